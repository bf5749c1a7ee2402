"""Curated writes: create, update (merge patch) and delete (a tombstone) on the five
writable collections, validated as the seed is, each recorded as a revision.

Every write runs in one transaction that starts with `corpus.advance`, which serializes the
writers of every process; the item's version is then checked against `If-Match` and
updated with a compare-and-set, so no write can overwrite one it has not seen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, SQLModel

from app.collections import REGISTRY
from app.core import data_version
from app.core.db import table_of
from app.core.errors import (
    Conflict,
    Gone,
    InvalidBody,
    NotFound,
    PreconditionFailed,
    ValidationIssue,
)
from app.models import (
    Claim,
    Derivation,
    Document,
    Entity,
    Evidence,
    IdempotentResponse,
    Implication,
    Involvement,
    ItemStatus,
    ItemType,
    ProvenanceMethod,
    RevisionAction,
    Section,
)
from app.models.entity import ALIAS_SEPARATOR
from app.models.searchable import Searchable
from app.models.writes import (
    ProvenanceInput,
)
from app.seed.anchoring import AnchorError, ResolvedSection, innermost_section, locate
from app.seed.annotations import Anchored
from app.seed.loader import involvement_rows
from app.services import corpus, revisions
from app.services import idempotency as idempotent
from app.services.catalog import COLLECTIONS, singular
from app.services.corpus import Stamp
from app.services.etags import check_if_match, item_etag
from app.services.revisions import Actor

Row = dict[str, Any]
ITEM_TABLES: dict[ItemType, type[SQLModel]] = {
    spec.item_type: spec.table for spec in REGISTRY.values() if spec.item_type is not None
}
MAX_SLUG_WORDS = 8
MAX_SLUG_LENGTH = 60


@dataclass(frozen=True)
class Writable:
    """How one collection is written. `entity_fields` maps each input field that names
    entities to its involvement role; `foreign_keys` maps the single-valued ones to the
    table's column."""

    collection: str
    table: type[SQLModel]
    create: type[BaseModel]
    update: type[BaseModel]
    slug_source: str
    item_type: ItemType | None = None
    entity_fields: Mapping[str, str] = field(default_factory=dict)
    foreign_keys: Mapping[str, str] = field(default_factory=dict)

    @property
    def noun(self) -> str:
        return singular(self.collection)

    @property
    def source(self) -> Table:
        return table_of(self.table)


WRITABLE: dict[str, Writable] = {
    spec.name: Writable(
        spec.name,
        spec.table,
        spec.create,
        spec.update,
        spec.id_source,
        spec.item_type,
        spec.roles,
        spec.foreign_keys,
    )
    for spec in REGISTRY.writable()
    if spec.create and spec.update and spec.id_source
}


@dataclass(frozen=True)
class Written:
    item: BaseModel
    etag: str
    stamp: Stamp


@dataclass(frozen=True)
class Idempotency:
    """A POST's `Idempotency-Key`, scoped to the API key that sent it, and the request it
    names (`idempotency.fingerprint`)."""

    key_id: str
    key: str
    request: str
    retention: int


def location(collection: str, item_id: str) -> str:
    return f"/v1/{collection}/{item_id}"


def _commit(session: Session) -> None:
    session.commit()
    data_version.changed_here()


class Problems:
    """Every problem of a request body, collected so that one 422 names them all."""

    def __init__(self) -> None:
        self.issues: list[ValidationIssue] = []

    def add(self, loc: list[str | int], msg: str, code: str) -> None:
        self.issues.append(ValidationIssue(loc=["body", *loc], msg=msg, type=code))

    def raise_any(self) -> None:
        if self.issues:
            raise InvalidBody(self.issues)


def invalid_body(exc: ValidationError) -> InvalidBody:
    return InvalidBody(
        [
            ValidationIssue(loc=["body", *e["loc"]], msg=e["msg"], type=e["type"])
            for e in exc.errors(include_url=False)
        ]
    )


# --- reading the current state ---------------------------------------------------------


def _current(session: Session, spec: Writable, item_id: str) -> tuple[RowMapping, BaseModel]:
    """The stored row and its public form; 404 for no such item, 410 for a tombstone."""
    listing = COLLECTIONS[spec.collection].listing
    row = listing.get(session, item_id)
    if row is None:
        raise NotFound(f"There is no {spec.noun} with id {item_id!r}.")
    if row["deleted_at"] is not None:
        raise Gone(f"The {spec.noun} {item_id!r} was deleted; its revisions stay readable.")
    return row, public(session, spec.collection, row)


def public(session: Session, collection: str, row: RowMapping) -> BaseModel:
    return COLLECTIONS[collection].assemble(session, [row])[0]


def _reread(session: Session, spec: Writable, item_id: str) -> BaseModel:
    row = COLLECTIONS[spec.collection].listing.get(session, item_id)
    assert row is not None
    return public(session, spec.collection, row)


def as_input(spec: Writable, item: BaseModel) -> dict[str, Any]:
    """The item as the body that would create it: entities by id, provenance pinned to its
    span. A merge patch applies to this."""
    data = item.model_dump(mode="json")
    values = {name: data[name] for name in spec.create.model_fields if name in data}
    values.pop("id", None)
    for name in spec.entity_fields:
        ref = values.get(name)
        values[name] = [r["id"] for r in ref] if isinstance(ref, list) else (ref or {}).get("id")
    if "provenance" in values:
        p = values["provenance"]
        values["provenance"] = {k: p[k] for k in ("document_id", "excerpt", "char_start")}
    return values


def merge_patch(target: dict[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """RFC 7386 at the top level: `null` removes a field (its default applies), any other
    value replaces it; `provenance` is one value, replaced whole."""
    merged = {k: v for k, v in target.items() if k not in patch}
    merged.update({k: v for k, v in patch.items() if v is not None})
    return merged


# --- validation, as the seed loader validates -------------------------------------------


def _sections(session: Session, document_id: str) -> list[ResolvedSection]:
    rows = session.scalars(
        select(Section).where(Section.document_id == document_id).order_by(Section.position)  # type: ignore[arg-type]
    )
    return [ResolvedSection(s.heading, s.level, s.char_start, s.char_end, s.parent) for s in rows]


def _anchor(
    session: Session, provenance: ProvenanceInput, published: bool, problems: Problems
) -> tuple[Row, str] | None:
    """The provenance columns of an excerpt, located in its document as the seed's are,
    and the document's text; None (with the problem noted) when it cannot be placed."""
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
    text, excerpt = doc.text, provenance.excerpt
    try:
        if provenance.char_start is not None:
            start = provenance.char_start
            if start + len(excerpt) > len(text):
                raise AnchorError(
                    f"char_start {start} plus the excerpt's length runs past the end of the "
                    f"document ({len(text)} code points)",
                    "out_of_range",
                )
            if text[start : start + len(excerpt)] != excerpt:
                raise AnchorError(f"the excerpt does not stand at char_start {start}", "not_found")
        else:
            item = Anchored(
                id="provenance",
                excerpt=excerpt,
                occurrence=provenance.occurrence,
                within=provenance.within,
            )
            start = locate(text, item).start
        section = innermost_section(_sections(session, doc.id), start)
    except AnchorError as exc:
        problems.add(["provenance", "excerpt"], str(exc), f"excerpt_{exc.code}")
        return None
    columns = {
        "document_id": doc.id,
        "document_sha256": doc.source_sha256,
        "section": section.heading,
        "char_start": start,
        "char_end": start + len(excerpt),
        "excerpt": excerpt,
    }
    return columns, text


def _check_references(
    session: Session, spec: Writable, data: BaseModel, published: bool, problems: Problems
) -> None:
    """Every entity, evidence and derived-from reference names a stored item that is not
    deleted, and a published item names no draft."""
    wanted: list[tuple[list[str | int], type[SQLModel], str, str]] = []
    for name in spec.entity_fields:
        value = getattr(data, name)
        ids = value if isinstance(value, list) else [value]
        for pos, ref in enumerate(ids):
            loc: list[str | int] = [name, pos] if isinstance(value, list) else [name]
            if ref is not None:
                wanted.append((loc, Entity, "entity", ref))
    for pos, ev in enumerate(getattr(data, "evidence", [])):
        wanted.append((["evidence", pos], ITEM_TABLES[ev.type], ev.type.value, ev.id))
    for pos, ref in enumerate(getattr(data, "derived_from", [])):
        wanted.append((["derived_from", pos], Claim, "claim", ref.id))
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


def _values(
    session: Session,
    spec: Writable,
    data: BaseModel,
    method: ProvenanceMethod,
    problems: Problems,
) -> Row:
    """The table row `data` describes (without id, version and timestamps)."""
    columns = spec.source.c
    row: Row = {
        name: getattr(data, name)
        for name in spec.create.model_fields
        if name in columns and name != "id"
    }
    for name, column in spec.foreign_keys.items():
        row[column] = getattr(data, name)
    published = row["status"] == ItemStatus.published
    provenance = getattr(data, "provenance", None)
    if provenance is not None:
        anchored = _anchor(session, provenance, published, problems)
        if anchored is not None:
            row.update(anchored[0], provenance_method=method)
            text = row.get("text")
            if isinstance(text, str) and text not in anchored[1]:
                problems.add(
                    ["text"],
                    "the quote's text does not occur verbatim in the document",
                    "quote_not_verbatim",
                )
    if "aliases" in row:
        row["aliases_text"] = ALIAS_SEPARATOR.join(row["aliases"])
    _check_references(session, spec, data, published, problems)
    problems.raise_any()
    if issubclass(spec.table, Searchable):
        row["search_text"] = spec.table.search_text_of(row)
    return row


# --- links ------------------------------------------------------------------------------


def _replace_links(session: Session, spec: Writable, item_id: str, data: BaseModel) -> None:
    """The item's involvement, evidence and derivation rows, rewritten from `data`."""
    if spec.item_type is None:
        return
    involvement = table_of(Involvement)
    session.execute(
        delete(involvement).where(
            involvement.c.item_type == spec.item_type, involvement.c.item_id == item_id
        )
    )
    roles: dict[str, list[str | None]] = {}
    for name, role in spec.entity_fields.items():
        value = getattr(data, name)
        roles[role] = list(value) if isinstance(value, list) else [value]
    rows = list(involvement_rows(spec.item_type, item_id, roles))
    if rows:
        session.execute(insert(involvement), rows)
    if spec.item_type is ItemType.claim:
        evidence = table_of(Evidence)
        session.execute(delete(evidence).where(evidence.c.claim_id == item_id))
        links = list(dict.fromkeys((ev.type, ev.id) for ev in data.evidence))  # type: ignore[attr-defined]
        if links:
            session.execute(
                insert(evidence),
                [
                    {"claim_id": item_id, "evidence_type": t, "evidence_id": i, "position": n}
                    for n, (t, i) in enumerate(links)
                ],
            )
    if spec.item_type is ItemType.implication:
        derivation = table_of(Derivation)
        session.execute(delete(derivation).where(derivation.c.implication_id == item_id))
        claims = list(dict.fromkeys(ref.id for ref in data.derived_from))  # type: ignore[attr-defined]
        session.execute(
            insert(derivation),
            [
                {"implication_id": item_id, "claim_id": c, "position": n}
                for n, c in enumerate(claims)
            ],
        )


def referrers(session: Session, spec: Writable, item_id: str) -> list[str]:
    """The live items (drafts included) whose links name this one: deleting it would
    break them."""
    found: list[str] = []
    if spec.item_type is None:
        link = table_of(Involvement)
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
    elif spec.item_type in (ItemType.quote, ItemType.event):
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
        found += [f"claim {r.claim_id!r} (evidence)" for r in rows]
    elif spec.item_type is ItemType.claim:
        derivation, implications = table_of(Derivation), table_of(Implication)
        rows = session.execute(
            select(derivation.c.implication_id)
            .join(implications, implications.c.id == derivation.c.implication_id)
            .where(derivation.c.claim_id == item_id, implications.c.deleted_at.is_(None))
            .order_by(derivation.c.implication_id)
        )
        found += [f"implication {r.implication_id!r} (derived_from)" for r in rows]
    return found


# --- ids --------------------------------------------------------------------------------


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())[:MAX_SLUG_WORDS]
    return "-".join(words)[:MAX_SLUG_LENGTH].strip("-")


def _exists(session: Session, spec: Writable, item_id: str) -> bool:
    stmt = select(spec.source.c.id).where(spec.source.c.id == item_id)
    return session.execute(stmt).first() is not None


def _new_id(session: Session, spec: Writable, data: BaseModel) -> str:
    """The given id (409 when taken, by a tombstone too: ids are never reused), or a slug
    of the item's text made unique with a number."""
    given = getattr(data, "id", None)
    if given is not None:
        if _exists(session, spec, given):
            raise Conflict(
                f"A {spec.noun} with id {given!r} already exists (ids are never reused)."
            )
        return given
    base = slugify(str(getattr(data, spec.slug_source))) or spec.noun
    candidate, n = base, 1
    while _exists(session, spec, candidate):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


# --- the writes -------------------------------------------------------------------------


def _recorded(
    session: Session,
    spec: Writable,
    item_id: str,
    action: RevisionAction,
    actor: Actor,
    stamp: Stamp,
    previous: BaseModel | None,
) -> Written:
    item = _reread(session, spec, item_id)
    revisions.record(session, spec.collection, item, action, actor, stamp, previous)
    return Written(item, item_etag(item), stamp)


def create(
    session: Session,
    spec: Writable,
    data: BaseModel,
    actor: Actor,
    idempotency: Idempotency | None = None,
) -> Written | IdempotentResponse:
    """Store a new item; with an idempotency key already used for this request, store
    nothing and give the first response to replay."""
    stamp = corpus.advance(session)
    if idempotency is not None:
        first = idempotent.find(
            session,
            idempotency.key_id,
            idempotency.key,
            idempotency.request,
            stamp.at,
            idempotency.retention,
        )
        if first is not None:
            session.rollback()
            return first
    row = _values(session, spec, data, ProvenanceMethod.curated, Problems())
    item_id = _new_id(session, spec, data)
    session.execute(
        insert(spec.source).values(
            id=item_id, **row, version=1, created_at=stamp.at, updated_at=stamp.at
        )
    )
    _replace_links(session, spec, item_id, data)
    written = _recorded(session, spec, item_id, RevisionAction.create, actor, stamp, None)
    if idempotency is not None:
        idempotent.remember(
            session,
            IdempotentResponse(
                api_key_id=idempotency.key_id,
                key=idempotency.key,
                request_sha256=idempotency.request,
                status_code=HTTPStatus.CREATED,
                location=location(spec.collection, item_id),
                etag=written.etag,
                body=written.item.model_dump_json(),
                created_at=stamp.at,
            ),
        )
    _commit(session)
    return written


def _compare_and_set(
    session: Session, spec: Writable, current: RowMapping, values: Row, stamp: Stamp
) -> None:
    """Write `values` as the next version, only if the stored version is still the one
    read; writers are serialized by the corpus lock, so this is a safeguard that turns any
    lost race into a 412 rather than a lost update."""
    result = session.execute(
        update(spec.source)
        .where(spec.source.c.id == current["id"], spec.source.c.version == current["version"])
        .values(**values, version=current["version"] + 1, updated_at=stamp.at)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise PreconditionFailed(f"The {spec.noun} changed during this write; retry.")


def update_item(
    session: Session,
    spec: Writable,
    item_id: str,
    body: BaseModel,
    if_match: str | None,
    actor: Actor,
) -> Written:
    """Apply a merge patch (`spec.update`) to the current version named by `If-Match`."""
    patch: Mapping[str, Any] = body.model_dump(exclude_unset=True)
    stamp = corpus.advance(session)
    row, before = _current(session, spec, item_id)
    check_if_match(if_match, item_etag(before))
    current = as_input(spec, before)
    if spec.item_type is None and "name" in patch and "aliases" not in patch:
        # A renamed entity keeps its old name as an alias: nothing it was called is lost.
        old, aliases = row["name"], list(current.get("aliases") or [])
        if patch["name"] != old and old not in aliases:
            patch = {**patch, "aliases": [*aliases, old]}
    try:
        data = spec.create.model_validate(merge_patch(current, patch))
    except ValidationError as exc:
        raise invalid_body(exc) from exc
    problems = Problems()
    was, becomes = row["status"], getattr(data, "status")  # noqa: B009
    if was == ItemStatus.published and becomes == ItemStatus.draft:
        problems.add(
            ["status"], "a published item cannot go back to draft; delete it instead", "status"
        )
    method = ProvenanceMethod.curated if "provenance" in patch else row.get("provenance_method")
    values = _values(session, spec, data, method or ProvenanceMethod.curated, problems)
    if spec.item_type is None:
        values.pop("provenance_method", None)
    _compare_and_set(session, spec, row, values, stamp)
    _replace_links(session, spec, item_id, data)
    confirmed = was == ItemStatus.draft and becomes == ItemStatus.published
    action = RevisionAction.confirm if confirmed else RevisionAction.update
    written = _recorded(session, spec, item_id, action, actor, stamp, before)
    _commit(session)
    return written


def delete_item(
    session: Session, spec: Writable, item_id: str, if_match: str | None, actor: Actor
) -> Written:
    """Tombstone the item: it leaves the lists, its row, links and history stay. Refused
    (409) while live items still reference it."""
    stamp = corpus.advance(session)
    row, before = _current(session, spec, item_id)
    check_if_match(if_match, item_etag(before))
    found = referrers(session, spec, item_id)
    if found:
        raise Conflict(
            f"The {spec.noun} {item_id!r} is still referenced by {len(found)} item(s): "
            f"{', '.join(found)}. Remove those references (or delete those items) first."
        )
    _compare_and_set(session, spec, row, {"deleted_at": stamp.at}, stamp)
    written = _recorded(session, spec, item_id, RevisionAction.delete, actor, stamp, before)
    _commit(session)
    return written
