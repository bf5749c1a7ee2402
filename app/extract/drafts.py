"""What the extractor proposes: draft items, each anchored by its exact span."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models.common import DatePrecision, EntityKind, EventType


@dataclass(frozen=True)
class Anchor:
    """Where a draft comes from: `text[start:end] == excerpt`, always."""

    start: int
    end: int
    excerpt: str
    section: str


@dataclass(frozen=True)
class When:
    date_start: dt.date
    date_end: dt.date
    date_precision: DatePrecision


@dataclass(frozen=True)
class DraftEntity:
    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class DraftQuote:
    id: str
    anchor: Anchor
    text: str
    speaker: str
    when: When
    context: str
    about: tuple[str, ...]
    rule: str


@dataclass(frozen=True)
class DraftEvent:
    id: str
    anchor: Anchor
    title: str
    description: str
    when: When
    event_type: EventType
    actors: tuple[str, ...]
    date_text: str


@dataclass(frozen=True)
class DraftClaim:
    id: str
    anchor: Anchor
    statement: str
    about: tuple[str, ...]


@dataclass(frozen=True)
class DraftImplication:
    id: str
    anchor: Anchor
    statement: str
    about: tuple[str, ...]
    derived_from: tuple[str, ...]
