"""An item's link rows (involvement, evidence, derivation): rewritten on every write, and
read back to refuse deleting an item that live items still name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Table, and_, delete, insert, or_, select
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
    stances = _live_linkers(
        session,
        evidence.c.stance_id,
        stance,
        evidence.c.evidence_type == item_type,
        evidence.c.evidence_id == item_id,
    )
    return found + [f"stance {stance_id!r} (evidence)" for stance_id in stances]


def _item_referrers(session: Session, item_type: ItemType, item_id: str) -> list[str]:
    """The live claims and implications whose evidence and derivations name the item."""
    if item_type in (ItemType.quote, ItemType.event):
        evidence = table_of(Evidence)
        claims = _live_linkers(
            session,
            evidence.c.claim_id,
            table_of(Claim),
            evidence.c.evidence_type == item_type,
            evidence.c.evidence_id == item_id,
        )
        return [f"claim {claim_id!r} (evidence)" for claim_id in claims]
    if item_type is ItemType.claim:
        derivation = table_of(Derivation)
        implications = _live_linkers(
            session,
            derivation.c.implication_id,
            table_of(Implication),
            derivation.c.claim_id == item_id,
        )
        return [f"implication {i!r} (derived_from)" for i in implications]
    return []


def _live_linkers(
    session: Session, owner_id: ColumnElement[Any], owners: Table, *where: ColumnElement[bool]
) -> list[str]:
    """The ids, in order, of the live owners of the link rows `where` selects: the claims
    whose evidence, the implications whose derivations, the stances whose evidence name
    an item."""
    stmt = (
        select(owner_id)
        .join(owners, owners.c.id == owner_id)
        .where(*where, owners.c.deleted_at.is_(None))
        .order_by(owner_id)
    )
    return list(session.execute(stmt).scalars())
