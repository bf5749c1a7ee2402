"""A write's body checked against the stored data, as the seed loader checks the seed: the
excerpt placed in its document, every reference naming a live item, no draft named by a
published item. Each problem is collected; one 422 names them all."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, SQLModel

from app.collections import CollectionSpec
from app.core.db import table_of
from app.models import Claim, Document, Entity, ItemStatus, ProvenanceMethod, Section
from app.models.assertion import AssertionRules, stored_columns
from app.models.writes import ForecastCreate, ProvenanceInput
from app.provenance import (
    Anchor,
    AnchorError,
    ResolvedSection,
    Span,
    innermost_section,
    locate,
    pinned,
)
from app.services.rows import Row, condition_span
from app.services.writes.problems import Problems
from app.services.writes.registry import ITEM_TABLES


def _sections(session: Session, document_id: str) -> list[ResolvedSection]:
    rows = session.scalars(
        select(Section).where(Section.document_id == document_id).order_by(Section.position)  # type: ignore[arg-type]
    )
    return [ResolvedSection(s.heading, s.level, s.char_start, s.char_end, s.parent) for s in rows]


def _document(
    session: Session, provenance: ProvenanceInput, published: bool, problems: Problems
) -> Any:
    """The live document the provenance names (its id, text, hash, status); None (with the
    problem noted) when there is none."""
    doc = session.execute(
        select(
            Document.id,  # type: ignore[call-overload]
            Document.text,
            Document.source_sha256,
            Document.status,
            Document.deleted_at,
        ).where(Document.id == provenance.document_id)
    ).first()
    if doc is None or doc.deleted_at is not None:
        problems.add(
            ["provenance", "document_id"],
            f"unknown document id {provenance.document_id!r}",
            "unknown_reference",
        )
        return None
    if published and doc.status != ItemStatus.published:
        problems.add(
            ["provenance", "document_id"],
            f"document {provenance.document_id!r} is a draft; publish it first",
            "draft_reference",
        )
    return doc


def _anchor(
    session: Session, provenance: ProvenanceInput, published: bool, problems: Problems
) -> tuple[Row, str] | None:
    """The provenance columns of an excerpt, located in its document as the seed's are,
    and the document's text; None (with the problem noted) when it cannot be placed."""
    doc = _document(session, provenance, published, problems)
    if doc is None:
        return None
    text, excerpt = doc.text, provenance.excerpt
    try:
        if provenance.char_start is not None:
            span = pinned(text, excerpt, provenance.char_start)
        else:
            span = locate(text, provenance)
        section = innermost_section(_sections(session, doc.id), span.start)
    except AnchorError as exc:
        problems.add(["provenance", "excerpt"], str(exc), f"excerpt_{exc.code}")
        return None
    anchor = Anchor(span.start, span.end, excerpt, section.heading)
    return anchor.columns(doc.id, doc.source_sha256), text


def _cues(data: AssertionRules, anchored: tuple[Row, str], problems: Problems) -> Row:
    """The attribution and confidence columns, each cue anchored near the excerpt as the
    seed loader anchors it."""
    columns, text = anchored
    span = Span(columns["char_start"], columns["char_end"])
    found, misplaced = stored_columns(data, text, span)
    for name, exc in misplaced:
        problems.add([name, "cue"], str(exc), f"cue_{exc.code}")
    return found


def _wanted(
    spec: CollectionSpec, data: BaseModel
) -> list[tuple[list[str | int], type[SQLModel], str, str]]:
    """Every reference of the body: where it stands, the table it names, its kind, its id."""
    wanted: list[tuple[list[str | int], type[SQLModel], str, str]] = []
    for name in spec.roles:
        value = getattr(data, name)
        ids = value if isinstance(value, list) else [value]
        for pos, ref in enumerate(ids):
            loc: list[str | int] = [name, pos] if isinstance(value, list) else [name]
            if ref is not None:
                wanted.append((loc, Entity, "entity", ref))
    if spec.item_type is None:  # an entity: the entities its titles are held in
        for pos, role in enumerate(getattr(data, "roles", [])):
            wanted.append((["roles", pos, "of"], Entity, "entity", role.of))
    for pos, ev in enumerate(getattr(data, "evidence", [])):
        wanted.append((["evidence", pos], ITEM_TABLES[ev.type], ev.type.value, ev.id))
    for pos, ref in enumerate(getattr(data, "derived_from", [])):
        wanted.append((["derived_from", pos], Claim, "claim", ref.id))
    for pos, relation in enumerate(getattr(data, "relations", [])):
        to = relation.to
        wanted.append((["relations", pos, "to"], ITEM_TABLES[to.type], to.type.value, to.id))
    if isinstance(data, ForecastCreate):
        subject = data.subject
        wanted.append((["subject"], ITEM_TABLES[subject.type], subject.type.value, subject.id))
        evidence = data.outcome.evidence
        if evidence is not None:
            where: list[str | int] = ["outcome", "evidence"]
            wanted.append((where, ITEM_TABLES[evidence.type], evidence.type.value, evidence.id))
    return wanted


def _check_references(
    session: Session, spec: CollectionSpec, data: BaseModel, published: bool, problems: Problems
) -> None:
    """Every entity, evidence and derived-from reference names a stored item that is not
    deleted, and a published item names no draft."""
    wanted = _wanted(spec, data)
    by_table: dict[type[SQLModel], set[str]] = {}
    for _, model, _, ref in wanted:
        by_table.setdefault(model, set()).add(ref)
    found: dict[tuple[type[SQLModel], str], RowMapping] = {}
    for model, wanted_ids in by_table.items():
        t = table_of(model)
        rows = session.execute(
            select(t.c.id, t.c.status, t.c.deleted_at).where(t.c.id.in_(sorted(wanted_ids)))
        ).mappings()
        found.update({(model, r["id"]): r for r in rows})
    for loc, model, kind, ref in wanted:
        row = found.get((model, ref))
        if row is None or row["deleted_at"] is not None:
            problems.add(loc, f"unknown {kind} id {ref!r}", "unknown_reference")
        elif published and row["status"] != ItemStatus.published:
            problems.add(loc, f"{kind} {ref!r} is a draft; confirm it first", "draft_reference")


def validated(
    session: Session,
    spec: CollectionSpec,
    data: BaseModel,
    method: ProvenanceMethod,
    problems: Problems,
) -> Row:
    """What the write stores besides the body's own fields: the status and, for an item,
    its provenance columns and method. Raises `InvalidBody` naming every problem."""
    status = getattr(data, "status")  # noqa: B009 - every create model has one
    stored: Row = {"status": status}
    published = status == ItemStatus.published
    provenance = getattr(data, "provenance", None)
    if provenance is not None:
        anchored = _anchor(session, provenance, published, problems)
        if anchored is not None:
            stored.update(anchored[0], provenance_method=method)
            text = getattr(data, "text", None)
            if isinstance(text, str) and text not in anchored[1]:
                problems.add(
                    ["text"],
                    "the quote's text does not occur verbatim in the document",
                    "quote_not_verbatim",
                )
            if isinstance(data, AssertionRules):
                stored.update(_cues(data, anchored, problems))
    _check_references(session, spec, data, published, problems)
    _check_stated_words(data, problems)
    if isinstance(data, ForecastCreate):
        stored.update(_condition(session, data, problems))
    problems.raise_any()
    return stored


def _check_stated_words(data: BaseModel, problems: Problems) -> None:
    """A relation's excerpt is words of the item's own excerpt, as in the seed."""
    provenance = getattr(data, "provenance", None)
    excerpt = provenance.excerpt if provenance is not None else ""
    for pos, relation in enumerate(getattr(data, "relations", [])):
        if relation.excerpt is not None and relation.excerpt not in excerpt:
            problems.add(
                ["relations", pos, "excerpt"],
                "the relation's excerpt is not inside the item's excerpt",
                "excerpt_not_found",
            )


def _condition(session: Session, data: ForecastCreate, problems: Problems) -> Row:
    """Where the forecast's condition stands inside its subject's excerpt."""
    table = table_of(ITEM_TABLES[data.subject.type])
    subject = session.execute(
        select(table.c.char_start, table.c.excerpt).where(table.c.id == data.subject.id)
    ).first()
    if subject is None:
        return {}
    if data.condition is not None and data.condition not in subject.excerpt:
        problems.add(
            ["condition"], "the condition is not inside the subject's excerpt", "excerpt_not_found"
        )
    return condition_span(data.condition, subject.char_start, subject.excerpt)
