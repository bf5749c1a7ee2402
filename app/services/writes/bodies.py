"""A validated body as rows, by the builder of its type (`services.rows`), which the seed
loader and ingest use too."""

from __future__ import annotations

from pydantic import BaseModel

from app.models.writes import (
    ClaimCreate,
    EntityCreate,
    EventCreate,
    ImplicationCreate,
    QuoteCreate,
)
from app.services import rows
from app.services.rows import ItemRows, Row


def body_rows(item_id: str, data: BaseModel, stored: Row) -> ItemRows:
    """The rows that store `data` (a create body, or a patched item validated as one) as
    `item_id`, with `stored` (status, provenance) from `validation.validated`."""
    match data:
        case QuoteCreate():
            return rows.quote_rows(
                item_id,
                text=data.text,
                context=data.context,
                when=data,
                speaker=data.speaker,
                about=data.about,
                stored=stored,
            )
        case EventCreate():
            return rows.event_rows(
                item_id,
                title=data.title,
                description=data.description,
                event_type=data.event_type,
                when=data,
                actors=data.actors,
                location=data.location,
                stored=stored,
            )
        case ClaimCreate():
            return rows.claim_rows(
                item_id,
                statement=data.statement,
                claim_type=data.claim_type,
                attributed_to=data.attributed_to,
                about=data.about,
                evidence=((ev.type, ev.id) for ev in data.evidence),
                stored=stored,
            )
        case ImplicationCreate():
            return rows.implication_rows(
                item_id,
                statement=data.statement,
                about=data.about,
                derived_from=(ref.id for ref in data.derived_from),
                stored=stored,
            )
        case EntityCreate():
            return rows.entity_rows(item_id, data, stored)
    raise TypeError(f"no rows for a {type(data).__name__}")
