"""Turning rows into public models, loading every relation of a page in a few batched
queries (never one query per item)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar, get_args, get_origin

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, col

from app.models import (
    ClaimRef,
    Derivation,
    DocumentPublic,
    Entity,
    EntityPublic,
    EntityRef,
    Evidence,
    EvidenceRef,
    Forecast,
    Involvement,
    ItemType,
    Provenance,
    Relation,
    RelationPublic,
    Role,
    Section,
    SectionPublic,
)
from app.models.entity import EntityRolePublic
from app.models.items import ForecastSummary, StatedAt
from app.models.knowledge import BasedDate

Roles = dict[str, list[str]]


M = TypeVar("M", bound=BaseModel)


def from_row(model: type[M], row: RowMapping, **given: Any) -> M:
    """`model` from the row's columns named as its fields, and the fields `given`."""
    found = {name: row[name] for name in model.model_fields if name in row and name not in given}
    return model(**found, **given)


def provenance(row: RowMapping) -> Provenance:
    return from_row(Provenance, row, method=row["provenance_method"])


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


LinkedFields = Callable[[Session, Sequence[str]], Mapping[str, Mapping[str, Any]]]
"""The public fields an item type reads from its own link tables, by item id."""
ComposedFields = Callable[[RowMapping], Mapping[str, Any]]
"""The public fields an item type composes from several of its own columns."""


def _is_list(annotation: Any) -> bool:
    return get_origin(annotation) is list


DATE_PARTS = ("start", "end", "precision", "basis", "note")


def based_date_fields(public: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `public` that serve a `BasedDate` (null or not) from columns."""
    return tuple(
        name
        for name, info in public.model_fields.items()
        if BasedDate in (info.annotation, *get_args(info.annotation))
    )


def based_date(row: RowMapping, prefix: str) -> BasedDate | None:
    """The `BasedDate` stored as `{prefix}_start` … `{prefix}_note`; None if it has no
    precision (no date is stored there)."""
    if row[f"{prefix}_precision"] is None:
        return None
    return BasedDate(**{f"date_{part}": row[f"{prefix}_{part}"] for part in DATE_PARTS})


def provenanced(
    item_type: ItemType,
    public: type[BaseModel],
    roles: Mapping[str, Role],
    linked: LinkedFields | None = None,
    composed: ComposedFields | None = None,
) -> Callable[[Session, Sequence[RowMapping]], list[BaseModel]]:
    """The assembler of a provenance-carrying item type: its own columns as they are, each
    entity field from its role (a list or a single reference, as `public` declares it),
    the fields `composed` makes of several columns, and those `linked` reads from link
    tables."""
    listed = {name for name in roles if _is_list(public.model_fields[name].annotation)}
    dated = based_date_fields(public)
    own = [
        name
        for name in public.model_fields
        if name not in roles and name != "provenance" and name not in dated
    ]

    def assemble(session: Session, rows: Sequence[RowMapping]) -> list[BaseModel]:
        ids = [r["id"] for r in rows]
        rel = Relations(session, item_type, ids)
        links = linked(session, ids) if linked is not None else {}
        return [
            public(
                **{name: r[name] for name in own if name in r},
                provenance=provenance(r),
                **{
                    name: rel.refs(r["id"], role) if name in listed else rel.ref(r["id"], role)
                    for name, role in roles.items()
                },
                **(composed(r) if composed is not None else {}),
                **{name: based_date(r, name) for name in dated},
                **links.get(r["id"], {}),
            )
            for r in rows
        ]

    return assemble


def evidence_of(session: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each claim's `evidence`, in the order the curator gave it."""
    evidence: dict[str, list[EvidenceRef]] = {i: [] for i in ids}
    for link in session.scalars(
        select(Evidence).where(col(Evidence.claim_id).in_(ids)).order_by(col(Evidence.position))
    ):
        evidence[link.claim_id].append(EvidenceRef(type=link.evidence_type, id=link.evidence_id))
    return {i: {"evidence": refs} for i, refs in evidence.items()}


def derivations_of(session: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each implication's `derived_from` claims, in the order the curator gave them."""
    derived: dict[str, list[ClaimRef]] = {i: [] for i in ids}
    for link in session.scalars(
        select(Derivation)
        .where(col(Derivation.implication_id).in_(ids))
        .order_by(col(Derivation.position))
    ):
        derived[link.implication_id].append(ClaimRef(id=link.claim_id))
    return {i: {"derived_from": refs} for i, refs in derived.items()}


def entities(session: Session, rows: Sequence[RowMapping]) -> list[EntityPublic]:
    """Entities with each role's `of` embedded as a reference."""
    refs = entity_refs(session, {role["of"] for r in rows for role in r["roles"] or ()})

    def role(stored: Mapping[str, Any]) -> EntityRolePublic:
        return EntityRolePublic.model_validate({**stored, "of": refs[stored["of"]]})

    return [
        EntityPublic.model_validate({**r, "roles": [role(s) for s in r["roles"] or ()]})
        for r in rows
    ]


def documents(session: Session, rows: Sequence[RowMapping]) -> list[DocumentPublic]:
    ids = [r["id"] for r in rows]
    sections: dict[str, list[SectionPublic]] = defaultdict(list)
    for s in session.scalars(
        select(Section)
        .where(col(Section.document_id).in_(ids))
        .order_by(col(Section.document_id), col(Section.position))
    ):
        sections[s.document_id].append(SectionPublic.model_validate(s, from_attributes=True))
    return [from_row(DocumentPublic, r, sections=sections[r["id"]]) for r in rows]


def together(*readers: LinkedFields | None) -> LinkedFields:
    """One reader of link fields from several, each item's fields merged."""

    def read(session: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {i: {} for i in ids}
        for reader in readers:
            if reader is not None:
                for item_id, fields in reader(session, ids).items():
                    found[item_id].update(fields)
        return found

    return read


def relations_of(item_type: ItemType) -> LinkedFields:
    """Each item's typed links to other items, in the order the curator gave them."""

    def read(session: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, list[RelationPublic]] = {i: [] for i in ids}
        for link in session.scalars(
            select(Relation)
            .where(col(Relation.item_type) == item_type, col(Relation.item_id).in_(ids))
            .order_by(col(Relation.item_id), col(Relation.position))
        ):
            stated = None
            if link.excerpt is not None:
                stated = StatedAt(
                    char_start=link.char_start, char_end=link.char_end, excerpt=link.excerpt
                )
            found[link.item_id].append(
                RelationPublic(
                    relation=link.relation, type=link.to_type, id=link.to_id, provenance=stated
                )
            )
        return {i: {"relations": links} for i, links in found.items()}

    return read


def forecasts_of(item_type: ItemType) -> LinkedFields:
    """Each item's forecast, as its id and outcome; None when it makes none (or its
    forecast was deleted)."""

    def read(session: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, ForecastSummary | None] = dict.fromkeys(ids)
        rows = session.execute(
            select(col(Forecast.id), col(Forecast.subject_id), col(Forecast.outcome)).where(
                col(Forecast.subject_type) == item_type,
                col(Forecast.subject_id).in_(ids),
                col(Forecast.deleted_at).is_(None),
            )
        )
        for row in rows:
            found[row.subject_id] = ForecastSummary(id=row.id, status=row.outcome)
        return {i: {"forecast": summary} for i, summary in found.items()}

    return read
