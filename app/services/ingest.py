"""Storing a new briefing and the drafts the rule-based extractor proposes from it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlmodel import Session, SQLModel

from app.collections import REGISTRY
from app.core.config import Settings
from app.core.db import table_of
from app.core.errors import AlreadyExists, DocumentTooLarge, ExtractionOverBudget
from app.extract import Extraction, KnownEntity
from app.extract.drafts import Anchored, Statement
from app.extract.pool import POOL, OverBudget
from app.extract.text import slugify
from app.models import ClaimType, Document, Entity, ItemStatus, ItemType, ProvenanceMethod
from app.models.assertion import stored_columns
from app.models.ingest import DocumentCreate
from app.provenance import Span
from app.services import corpus, rows
from app.services.rows import ItemRows, Row
from app.services.seeding import SEED_TABLES

DRAFT = ItemStatus.draft


def _known_entities(session: Session) -> tuple[list[KnownEntity], set[str]]:
    """Entities to match (not deleted, drafts too) and every entity id in use."""
    rows = session.execute(select(table_of(Entity))).all()
    known = [
        KnownEntity(r.id, r.name, r.kind, tuple(r.aliases or ())) for r in rows if not r.deleted_at
    ]
    return known, {r.id for r in rows}


def _taken_item_ids(session: Session, prefix: str) -> set[str]:
    taken: set[str] = set()
    for spec in REGISTRY.provenanced():
        ids = table_of(spec.table).c.id
        stmt = select(ids).where(ids.startswith(f"{prefix}-", autoescape=True))
        taken.update(session.execute(stmt).scalars())
    return taken


def document_id_for(body: DocumentCreate) -> str:
    return body.id or slugify(body.title, 80) or "document"


def _refuse_too_large(settings: Settings, body: DocumentCreate) -> None:
    if len(body.text) > settings.document_max_chars:
        raise DocumentTooLarge(
            f"The text has {len(body.text)} characters; this server accepts at most "
            f"{settings.document_max_chars} (DOCUMENT_MAX_CHARS)."
        )


def _refuse_taken(session: Session, document_id: str, body: DocumentCreate) -> None:
    if session.get(Document, document_id) is not None:
        raise AlreadyExists(
            f"A document with id {document_id!r} already exists"
            + ("." if body.id else "; give another `id`.")
        )


@dataclass(frozen=True)
class _Stored:
    """What extraction reads from the database: the entities to match, and the ids a draft
    must not take."""

    known: tuple[KnownEntity, ...]
    entity_ids: frozenset[str]
    item_ids: frozenset[str]


def _stored(session: Session, document_id: str) -> _Stored:
    known, entity_ids = _known_entities(session)
    taken = _taken_item_ids(session, slugify(document_id, 60))
    return _Stored(tuple(known), frozenset(entity_ids), frozenset(taken))


def over_budget(budget: float) -> ExtractionOverBudget:
    return ExtractionOverBudget(
        f"Extracting drafts from this text took longer than this server's budget of "
        f"{budget:g} s (EXTRACT_TIME_BUDGET); it was stopped and nothing was stored."
    )


def _extract(
    settings: Settings, body: DocumentCreate, document_id: str, stored: _Stored
) -> Extraction:
    """The extractor's drafts, with ids that avoid every stored one, found in a child
    process within `EXTRACT_TIME_BUDGET` (`extract.pool`)."""
    try:
        return POOL.extract(
            settings.extract_time_budget,
            body.text,
            body.published_on,
            list(stored.known),
            document_id=document_id,
            subtitle=body.subtitle,
            taken_ids=set(stored.item_ids),
            taken_entity_ids=set(stored.entity_ids),
        )
    except OverBudget as exc:
        raise over_budget(exc.budget) from None


def _document_rows(body: DocumentCreate, extraction: Extraction, tracked: Row) -> ItemRows:
    document_id = extraction.document_id
    return rows.document_rows(
        document_id,
        title=body.title,
        subtitle=body.subtitle,
        published_on=body.published_on,
        source_name=f"{document_id}.txt",
        text=body.text,
        sha256=extraction.sha256,
        sections=extraction.sections,
        stored=tracked,
    )


# What ingest decides for a draft that its extractor does not say: the rules find forecasts.
DRAFT_FIELDS: dict[ItemType, Row] = {ItemType.claim: {"claim_type": ClaimType.forecast}}


def _asserted(extraction: Extraction, draft: Anchored) -> Row:
    """A claim's or an implication's attribution and confidence columns, its cues where
    the extractor pinned them (inside its excerpt, so they always stand)."""
    if not isinstance(draft, Statement):
        return {}
    excerpt = Span(draft.anchor.start, draft.anchor.end)
    columns, misplaced = stored_columns(draft, extraction.text, excerpt)
    assert not misplaced, f"a pinned cue of {draft.id} does not stand: {misplaced}"
    return columns


def _draft_rows(extraction: Extraction, drafted: Row) -> Iterator[ItemRows]:
    """Every draft's rows, each item's provenance placed by the extractor's anchor."""
    for e in extraction.entities:
        yield rows.entity_rows(e.id, e, drafted)
    for draft in extraction.drafts():
        columns = draft.anchor.columns(extraction.document_id, extraction.sha256)
        stored = {**columns, "provenance_method": ProvenanceMethod.rule, **drafted}
        stored |= DRAFT_FIELDS.get(draft.item_type, {}) | _asserted(extraction, draft)
        yield rows.item_rows(REGISTRY.of_type(draft.item_type), draft.id, draft, stored)


def _insert(session: Session, items: Iterable[ItemRows]) -> None:
    """Every row in Core inserts, a table at a time, parents first (as the seed loads).

    A large briefing has thousands of drafts: made into ORM objects and flushed one by one,
    they held the worker's interpreter for seconds, while its reads waited their turn."""
    tables: dict[tuple[type[SQLModel], frozenset[str]], list[Row]] = defaultdict(list)
    for built in items:
        tables[built.table, frozenset(built.row)].append(built.row)
        for link, link_rows in built.links.items():
            for row in link_rows:
                tables[link, frozenset(row)].append(row)
    for model in reversed(SEED_TABLES):
        for (table, _), table_rows in tables.items():
            if table is model:
                session.execute(insert(table_of(model)), table_rows)


def ingest(session: Session, settings: Settings, body: DocumentCreate) -> Extraction:
    """Store the document, its sections and the extractor's drafts in one transaction.

    The extractor runs in a child process (this worker's GIL stays free), before the write
    lock is taken and with no transaction open, so other writers wait only for the store.
    Under the lock, what it read is read again; if another writer changed it meanwhile (an
    entity, a taken id), it runs once more."""
    _refuse_too_large(settings, body)
    document_id = document_id_for(body)
    _refuse_taken(session, document_id, body)
    read = _stored(session, document_id)
    session.rollback()
    extraction = _extract(settings, body, document_id, read)
    stamp = corpus.advance(session)
    _refuse_taken(session, document_id, body)
    now = _stored(session, document_id)
    if now != read:
        extraction = _extract(settings, body, document_id, now)
    tracked: Row = {"created_at": stamp.at, "updated_at": stamp.at}
    drafts = _draft_rows(extraction, {**tracked, "status": DRAFT})
    _insert(session, [_document_rows(body, extraction, tracked), *drafts])
    session.commit()
    return extraction
