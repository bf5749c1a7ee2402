"""The `include=` expansions: from a page's ids to the ids of the items they reference."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from app.collections.spec import Expander, IdsByCollection
from app.models import Derivation, Evidence, Involvement, ItemType, Relation


def _column(rows: Any) -> set[str]:
    return {row[0] for row in rows}


def _involvements(item_type: ItemType, found: Any, given: Any, collection: str) -> Expander:
    """Through the involvement links of one item type: the `found` ends of the links whose
    `given` end is one of the page's ids."""

    def expand(session: Session, ids: Sequence[str]) -> IdsByCollection:
        stmt = select(found).where(col(Involvement.item_type) == item_type, given.in_(ids))
        return {collection: _column(session.execute(stmt))}

    return expand


def involved_entities(item_type: ItemType) -> Expander:
    """The entities a page's items involve."""
    entity, item = col(Involvement.entity_id), col(Involvement.item_id)
    return _involvements(item_type, entity, item, "entities")


def items_involving(item_type: ItemType, collection: str) -> Expander:
    """The items of one type that involve a page's entities."""
    entity, item = col(Involvement.entity_id), col(Involvement.item_id)
    return _involvements(item_type, item, entity, collection)


def claims_citing(item_type: ItemType) -> Expander:
    def expand(session: Session, ids: Sequence[str]) -> IdsByCollection:
        stmt = select(col(Evidence.claim_id)).where(
            col(Evidence.evidence_type) == item_type, col(Evidence.evidence_id).in_(ids)
        )
        return {"claims": _column(session.execute(stmt))}

    return expand


def evidence_of_claims(session: Session, claim_ids: Sequence[str]) -> IdsByCollection:
    stmt = select(col(Evidence.evidence_type), col(Evidence.evidence_id)).where(
        col(Evidence.claim_id).in_(claim_ids)
    )
    found: IdsByCollection = {"quotes": set(), "events": set()}
    for evidence_type, evidence_id in session.execute(stmt):
        found["quotes" if evidence_type == ItemType.quote else "events"].add(evidence_id)
    return found


def implications_of_claims(session: Session, claim_ids: Sequence[str]) -> IdsByCollection:
    stmt = select(col(Derivation.implication_id)).where(col(Derivation.claim_id).in_(claim_ids))
    return {"implications": _column(session.execute(stmt))}


def claims_of_implications(session: Session, ids: Sequence[str]) -> IdsByCollection:
    stmt = select(col(Derivation.claim_id)).where(col(Derivation.implication_id).in_(ids))
    return {"claims": _column(session.execute(stmt))}


def evidence_of_implications(session: Session, ids: Sequence[str]) -> IdsByCollection:
    claim_ids = sorted(claims_of_implications(session, ids)["claims"])
    return evidence_of_claims(session, claim_ids)


def related_items(item_type: ItemType) -> Expander:
    """The items a page's items link to (`relations`), by their collections."""

    def expand(session: Session, ids: Sequence[str]) -> IdsByCollection:
        stmt = select(col(Relation.to_type), col(Relation.to_id)).where(
            col(Relation.item_type) == item_type, col(Relation.item_id).in_(ids)
        )
        found: IdsByCollection = {}
        for to_type, to_id in session.execute(stmt):
            found.setdefault(f"{ItemType(to_type).value}s", set()).add(to_id)
        return found

    return expand
