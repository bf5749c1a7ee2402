"""Turning rows into public models, loading every relation of a page in a few batched
queries (never one query per item)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, col

from app.models import (
    ClaimPublic,
    ClaimRef,
    Derivation,
    DocumentPublic,
    Entity,
    EntityPublic,
    EntityRef,
    EventPublic,
    Evidence,
    EvidenceRef,
    ImplicationPublic,
    Involvement,
    ItemType,
    Provenance,
    QuotePublic,
    Section,
    SectionPublic,
)

Roles = dict[str, list[str]]


def provenance(row: RowMapping) -> Provenance:
    return Provenance(
        document_id=row["document_id"],
        document_sha256=row["document_sha256"],
        section=row["section"],
        char_start=row["char_start"],
        char_end=row["char_end"],
        excerpt=row["excerpt"],
        method=row["provenance_method"],
    )


class Relations:
    """The entity references and links of one batch of items, fetched together."""

    def __init__(self, session: Session, item_type: ItemType, item_ids: Sequence[str]) -> None:
        self.session = session
        self.roles: dict[str, Roles] = defaultdict(lambda: defaultdict(list))
        links = session.scalars(
            select(Involvement)
            .where(col(Involvement.item_type) == item_type, col(Involvement.item_id).in_(item_ids))
            .order_by(col(Involvement.item_id), col(Involvement.role), col(Involvement.position))
        ).all()
        for link in links:
            self.roles[link.item_id][link.role].append(link.entity_id)
        self.entities = entity_refs(session, {link.entity_id for link in links})

    def refs(self, item_id: str, role: str) -> list[EntityRef]:
        return [self.entities[e] for e in self.roles[item_id][role]]

    def ref(self, item_id: str, role: str) -> EntityRef | None:
        refs = self.refs(item_id, role)
        return refs[0] if refs else None


def entity_refs(session: Session, ids: Iterable[str]) -> dict[str, EntityRef]:
    ids = list(ids)
    if not ids:
        return {}
    rows = session.execute(
        select(col(Entity.id), col(Entity.name), col(Entity.kind)).where(col(Entity.id).in_(ids))
    )
    return {r.id: EntityRef(id=r.id, name=r.name, kind=r.kind) for r in rows}


TRACKED_FIELDS = ("status", "version", "created_at", "updated_at", "deleted_at")


def tracked(row: RowMapping) -> dict[str, Any]:
    return {k: row[k] for k in TRACKED_FIELDS}


def _base(row: RowMapping) -> dict[str, Any]:
    return {
        "id": row["id"],
        "document_id": row["document_id"],
        "provenance": provenance(row),
        **tracked(row),
    }


def _dates(row: RowMapping) -> dict[str, Any]:
    return {k: row[k] for k in ("date_start", "date_end", "date_precision")}


def quotes(session: Session, rows: Sequence[RowMapping]) -> list[QuotePublic]:
    rel = Relations(session, ItemType.quote, [r["id"] for r in rows])
    return [
        QuotePublic(
            **_base(r),
            **_dates(r),
            text=r["text"],
            context=r["context"],
            speaker=rel.entities[rel.roles[r["id"]]["speaker"][0]],
            about=rel.refs(r["id"], "about"),
        )
        for r in rows
    ]


def events(session: Session, rows: Sequence[RowMapping]) -> list[EventPublic]:
    rel = Relations(session, ItemType.event, [r["id"] for r in rows])
    return [
        EventPublic(
            **_base(r),
            **_dates(r),
            title=r["title"],
            description=r["description"],
            event_type=r["event_type"],
            actors=rel.refs(r["id"], "actor"),
            location=rel.ref(r["id"], "location"),
        )
        for r in rows
    ]


def claims(session: Session, rows: Sequence[RowMapping]) -> list[ClaimPublic]:
    ids = [r["id"] for r in rows]
    rel = Relations(session, ItemType.claim, ids)
    evidence: dict[str, list[EvidenceRef]] = defaultdict(list)
    for link in session.scalars(
        select(Evidence).where(col(Evidence.claim_id).in_(ids)).order_by(col(Evidence.position))
    ):
        evidence[link.claim_id].append(EvidenceRef(type=link.evidence_type, id=link.evidence_id))
    return [
        ClaimPublic(
            **_base(r),
            statement=r["statement"],
            claim_type=r["claim_type"],
            attributed_to=rel.ref(r["id"], "attributed_to"),
            about=rel.refs(r["id"], "about"),
            evidence=evidence[r["id"]],
        )
        for r in rows
    ]


def implications(session: Session, rows: Sequence[RowMapping]) -> list[ImplicationPublic]:
    ids = [r["id"] for r in rows]
    rel = Relations(session, ItemType.implication, ids)
    derived: dict[str, list[ClaimRef]] = defaultdict(list)
    for link in session.scalars(
        select(Derivation)
        .where(col(Derivation.implication_id).in_(ids))
        .order_by(col(Derivation.position))
    ):
        derived[link.implication_id].append(ClaimRef(id=link.claim_id))
    return [
        ImplicationPublic(
            **_base(r),
            statement=r["statement"],
            about=rel.refs(r["id"], "about"),
            derived_from=derived[r["id"]],
        )
        for r in rows
    ]


def entities(session: Session, rows: Sequence[RowMapping]) -> list[EntityPublic]:
    return [EntityPublic.model_validate(dict(r)) for r in rows]


def documents(session: Session, rows: Sequence[RowMapping]) -> list[DocumentPublic]:
    ids = [r["id"] for r in rows]
    sections: dict[str, list[SectionPublic]] = defaultdict(list)
    for s in session.scalars(
        select(Section)
        .where(col(Section.document_id).in_(ids))
        .order_by(col(Section.document_id), col(Section.position))
    ):
        sections[s.document_id].append(SectionPublic.model_validate(s, from_attributes=True))
    return [
        DocumentPublic(
            id=r["id"],
            title=r["title"],
            subtitle=r["subtitle"],
            published_on=r["published_on"],
            source_sha256=r["source_sha256"],
            char_count=r["char_count"],
            sections=sections[r["id"]],
            **tracked(r),
        )
        for r in rows
    ]
