"""An item's link rows (involvement, evidence, derivation): rewritten on every write, and
read back to refuse deleting an item that live items still name."""

from __future__ import annotations

from sqlalchemy import and_, delete, insert, or_, select
from sqlmodel import Session, SQLModel

from app.collections import CollectionSpec
from app.core.db import table_of
from app.models import (
    Claim,
    Derivation,
    Entity,
    Evidence,
    Forecast,
    Implication,
    Involvement,
    ItemType,
    Relation,
    Stance,
    StanceEvidence,
)
from app.services.rows import ItemRows
from app.services.writes.registry import ITEM_TABLES

# The column of each link table that names the item owning the row.
OWNER_COLUMN: dict[type[SQLModel], str] = {
    Involvement: "item_id",
    Evidence: "claim_id",
    Derivation: "implication_id",
    Relation: "item_id",
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
        if spec.table is not Entity:
            return []
        return _entity_referrers(session, item_id) + _stances_of(session, item_id)
    return _item_referrers(session, spec.item_type, item_id) + _knowledge_referrers(
        session, spec.item_type, item_id
    )


def _stances_of(session: Session, entity_id: str) -> list[str]:
    stance = table_of(Stance)
    rows = session.execute(
        select(stance.c.id, stance.c.holder_id)
        .where(
            or_(stance.c.holder_id == entity_id, stance.c.target_id == entity_id),
            stance.c.deleted_at.is_(None),
        )
        .order_by(stance.c.id)
    )
    return [f"stance {r.id!r} ({'holder' if r.holder_id == entity_id else 'target'})" for r in rows]


def _live(session: Session, item_type: ItemType, ids: set[str]) -> set[str]:
    items = table_of(ITEM_TABLES[item_type])
    stmt = select(items.c.id).where(items.c.id.in_(sorted(ids)), items.c.deleted_at.is_(None))
    return set(session.execute(stmt).scalars())


def _knowledge_referrers(session: Session, item_type: ItemType, item_id: str) -> list[str]:
    """The live links to an item from relations, forecasts and stances."""
    relation, forecast = table_of(Relation), table_of(Forecast)
    evidence, stance = table_of(StanceEvidence), table_of(Stance)
    owners = session.execute(
        select(relation.c.item_type, relation.c.item_id)
        .where(relation.c.to_type == item_type, relation.c.to_id == item_id)
        .order_by(relation.c.item_type, relation.c.item_id)
    ).all()
    found = [
        f"{ItemType(r.item_type).value} {r.item_id!r} (relations)"
        for r in dict.fromkeys(owners)
        if r.item_id in _live(session, ItemType(r.item_type), {r.item_id})
    ]
    forecasts = session.execute(
        select(forecast.c.id, forecast.c.subject_id).where(
            forecast.c.deleted_at.is_(None),
            or_(
                and_(forecast.c.subject_type == item_type, forecast.c.subject_id == item_id),
                and_(forecast.c.evidence_type == item_type, forecast.c.evidence_id == item_id),
            ),
        )
    )
    found += [
        f"forecast {r.id!r} ({'subject' if r.subject_id == item_id else 'outcome evidence'})"
        for r in forecasts
    ]
    stances = session.execute(
        select(evidence.c.stance_id)
        .join(stance, stance.c.id == evidence.c.stance_id)
        .where(
            evidence.c.evidence_type == item_type,
            evidence.c.evidence_id == item_id,
            stance.c.deleted_at.is_(None),
        )
        .order_by(evidence.c.stance_id)
    )
    return found + [f"stance {r.stance_id!r} (evidence)" for r in stances]


def _item_referrers(session: Session, item_type: ItemType, item_id: str) -> list[str]:
    """The live claims and implications whose evidence and derivations name the item."""
    if item_type in (ItemType.quote, ItemType.event):
        evidence, claims = table_of(Evidence), table_of(Claim)
        rows = session.execute(
            select(evidence.c.claim_id)
            .join(claims, claims.c.id == evidence.c.claim_id)
            .where(
                evidence.c.evidence_type == item_type,
                evidence.c.evidence_id == item_id,
                claims.c.deleted_at.is_(None),
            )
            .order_by(evidence.c.claim_id)
        )
        return [f"claim {r.claim_id!r} (evidence)" for r in rows]
    if item_type is ItemType.claim:
        derivation, implications = table_of(Derivation), table_of(Implication)
        rows = session.execute(
            select(derivation.c.implication_id)
            .join(implications, implications.c.id == derivation.c.implication_id)
            .where(derivation.c.claim_id == item_id, implications.c.deleted_at.is_(None))
            .order_by(derivation.c.implication_id)
        )
        return [f"implication {r.implication_id!r} (derived_from)" for r in rows]
    return []
