"""An item's link rows (involvement, evidence, derivation): rewritten on every write, and
read back to refuse deleting an item that live items still name."""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlmodel import Session, SQLModel

from app.collections import CollectionSpec
from app.core.db import table_of
from app.models import Claim, Derivation, Evidence, Implication, Involvement, ItemType
from app.services.rows import ItemRows
from app.services.writes.registry import ITEM_TABLES

# The column of each link table that names the item owning the row.
OWNER_COLUMN: dict[type[SQLModel], str] = {
    Involvement: "item_id",
    Evidence: "claim_id",
    Derivation: "implication_id",
}


def replace_links(session: Session, spec: CollectionSpec, built: ItemRows) -> None:
    """The item's link rows, replaced by those `built` holds (an item type always names
    each of its link tables, empty or not)."""
    item_id = built.row["id"]
    for model, rows in built.links.items():
        link = table_of(model)
        owned = link.c[OWNER_COLUMN[model]] == item_id
        if "item_type" in link.c:
            owned &= link.c.item_type == spec.item_type
        session.execute(delete(link).where(owned))
        if rows:
            session.execute(insert(link), rows)


def _entity_referrers(session: Session, item_id: str) -> list[str]:
    link = table_of(Involvement)
    found: list[str] = []
    for item_type, model in ITEM_TABLES.items():
        items = table_of(model)
        rows = session.execute(
            select(link.c.item_id, link.c.role)
            .join(items, items.c.id == link.c.item_id)
            .where(
                link.c.item_type == item_type,
                link.c.entity_id == item_id,
                items.c.deleted_at.is_(None),
            )
            .order_by(link.c.item_id, link.c.role)
        )
        found += [f"{item_type.value} {r.item_id!r} ({r.role})" for r in rows]
    return found


def referrers(session: Session, spec: CollectionSpec, item_id: str) -> list[str]:
    """The live items (drafts included) whose links name this one: deleting it would
    break them."""
    if spec.item_type is None:
        return _entity_referrers(session, item_id)
    if spec.item_type in (ItemType.quote, ItemType.event):
        evidence, claims = table_of(Evidence), table_of(Claim)
        rows = session.execute(
            select(evidence.c.claim_id)
            .join(claims, claims.c.id == evidence.c.claim_id)
            .where(
                evidence.c.evidence_type == spec.item_type,
                evidence.c.evidence_id == item_id,
                claims.c.deleted_at.is_(None),
            )
            .order_by(evidence.c.claim_id)
        )
        return [f"claim {r.claim_id!r} (evidence)" for r in rows]
    if spec.item_type is ItemType.claim:
        derivation, implications = table_of(Derivation), table_of(Implication)
        rows = session.execute(
            select(derivation.c.implication_id)
            .join(implications, implications.c.id == derivation.c.implication_id)
            .where(derivation.c.claim_id == item_id, implications.c.deleted_at.is_(None))
            .order_by(derivation.c.implication_id)
        )
        return [f"implication {r.implication_id!r} (derived_from)" for r in rows]
    return []
