"""Storing a new briefing and the drafts the rule-based extractor proposes from it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.core.config import Settings
from app.core.db import table_of
from app.core.errors import AlreadyExists, DocumentTooLarge
from app.extract import Extraction, KnownEntity, extract
from app.extract.extractor import Anchor
from app.extract.text import slugify
from app.models import (
    Claim,
    ClaimType,
    Derivation,
    Document,
    Entity,
    Event,
    Implication,
    Involvement,
    ItemStatus,
    ItemType,
    ProvenanceMethod,
    Quote,
    Section,
)
from app.models.ingest import DocumentCreate
from app.services import corpus

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
    for model in (Quote, Event, Claim, Implication):
        ids = table_of(model).c.id
        stmt = select(ids).where(ids.startswith(f"{prefix}-", autoescape=True))
        taken.update(session.execute(stmt).scalars())
    return taken


def document_id_for(body: DocumentCreate) -> str:
    return body.id or slugify(body.title, 80) or "document"


def ingest(session: Session, settings: Settings, body: DocumentCreate) -> Extraction:
    """Store the document, its sections and the extractor's drafts in one transaction."""
    if len(body.text) > settings.document_max_chars:
        raise DocumentTooLarge(
            f"The text has {len(body.text)} characters; this server accepts at most "
            f"{settings.document_max_chars} (DOCUMENT_MAX_CHARS)."
        )
    document_id = document_id_for(body)
    stamp = corpus.advance(session)
    if session.get(Document, document_id) is not None:
        raise AlreadyExists(
            f"A document with id {document_id!r} already exists"
            + ("." if body.id else "; give another `id`.")
        )
    known, entity_ids = _known_entities(session)
    extraction = extract(
        body.text,
        body.published_on,
        known,
        document_id=document_id,
        subtitle=body.subtitle,
        taken_ids=_taken_item_ids(session, slugify(document_id, 60)),
        taken_entity_ids=entity_ids,
    )
    tracked: dict[str, Any] = {"created_at": stamp.at, "updated_at": stamp.at}
    session.add(
        Document(
            id=document_id,
            title=body.title,
            subtitle=body.subtitle,
            published_on=body.published_on,
            source_name=f"{document_id}.txt",
            source_sha256=extraction.sha256,
            char_count=len(body.text),
            text=body.text,
            **tracked,
        )
    )
    for position, s in enumerate(extraction.sections):
        session.add(
            Section(
                document_id=document_id,
                position=position,
                heading=s.heading,
                level=s.level,
                char_start=s.char_start,
                char_end=s.char_end,
                parent=s.parent,
            )
        )
    drafted = {**tracked, "status": DRAFT}
    for e in extraction.entities:
        session.add(
            Entity(
                id=e.id,
                name=e.name,
                kind=e.kind,
                aliases=list(e.aliases),
                aliases_text="\n".join(e.aliases),
                description=e.description,
                **drafted,
            )
        )

    def anchored(anchor: Anchor) -> dict[str, Any]:
        return {
            "document_id": document_id,
            "document_sha256": extraction.sha256,
            "section": anchor.section,
            "char_start": anchor.start,
            "char_end": anchor.end,
            "excerpt": anchor.excerpt,
            "provenance_method": ProvenanceMethod.rule,
            **drafted,
        }

    def involve(item_type: ItemType, item_id: str, role: str, ids: tuple[str, ...]) -> None:
        for position, entity_id in enumerate(dict.fromkeys(ids)):
            session.add(
                Involvement(
                    item_type=item_type,
                    item_id=item_id,
                    role=role,
                    entity_id=entity_id,
                    position=position,
                )
            )

    for q in extraction.quotes:
        session.add(
            Quote(
                id=q.id,
                text=q.text,
                context=q.context,
                speaker_id=q.speaker,
                date_start=q.when.date_start,
                date_end=q.when.date_end,
                date_precision=q.when.date_precision,
                **anchored(q.anchor),
            )
        )
        involve(ItemType.quote, q.id, "speaker", (q.speaker,))
        involve(ItemType.quote, q.id, "about", q.about)
    for ev in extraction.events:
        session.add(
            Event(
                id=ev.id,
                title=ev.title,
                description=ev.description,
                event_type=ev.event_type,
                date_start=ev.when.date_start,
                date_end=ev.when.date_end,
                date_precision=ev.when.date_precision,
                **anchored(ev.anchor),
            )
        )
        involve(ItemType.event, ev.id, "actor", ev.actors)
    for c in extraction.claims:
        session.add(
            Claim(
                id=c.id, statement=c.statement, claim_type=ClaimType.forecast, **anchored(c.anchor)
            )
        )
        involve(ItemType.claim, c.id, "about", c.about)
    for i in extraction.implications:
        session.add(Implication(id=i.id, statement=i.statement, **anchored(i.anchor)))
        involve(ItemType.implication, i.id, "about", i.about)
        for position, claim_id in enumerate(i.derived_from):
            session.add(Derivation(implication_id=i.id, claim_id=claim_id, position=position))
    session.commit()
    return extraction
