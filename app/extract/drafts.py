"""What the extractor proposes: draft items, each anchored by its exact span."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, TypeVar

from app.models.common import DatePrecision, EntityKind, EventType
from app.provenance import Anchor

# How a draft names an entity: by its `Mention` while the steps find it (`steps.py`), by
# the entity's id once the last step has named them (`entities.py`).
E = TypeVar("E")


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
class Anchored:
    """A draft item: its id, and the span of the text it was found in."""

    id: str
    anchor: Anchor


@dataclass(frozen=True)
class DraftQuote(Anchored, Generic[E]):
    text: str
    speaker: E
    when: When
    context: str
    about: tuple[E, ...]  # found: every name in the quotation; named: those not the speaker
    rule: str


@dataclass(frozen=True)
class DraftEvent(Anchored, Generic[E]):
    title: str
    description: str
    when: When
    event_type: EventType
    actors: tuple[E, ...]
    date_text: str


@dataclass(frozen=True)
class Statement(Anchored):
    """A claim or an implication: a statement of the text, about some entities."""

    statement: str
    about: tuple[str, ...]


@dataclass(frozen=True)
class DraftClaim(Statement):
    pass


@dataclass(frozen=True)
class DraftImplication(Statement):
    derived_from: tuple[str, ...]
