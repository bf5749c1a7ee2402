"""What the extractor proposes: draft items, each anchored by its exact span."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from app.models.assertion import AttributionInput, ConfidenceInput
from app.models.common import DatePrecision, EntityKind, EventType
from app.models.items import ItemType
from app.models.knowledge import DateBasis, SpeakerBasis
from app.provenance import Anchor

# How a draft names an entity: by its `Mention` while the steps find it (`steps.py`), by
# the entity's id once the last step has named them (`entities.py`).
E = TypeVar("E")


@dataclass(frozen=True)
class When:
    """A draft's date with its basis: `stated` in its sentence, from a dated `heading`,
    `computed` from the publication date ("yesterday"), or `inferred` (the nearest date
    before it, else the publication date); the note says how."""

    date_start: dt.date
    date_end: dt.date
    date_precision: DatePrecision
    date_basis: DateBasis
    date_note: str | None = None


@dataclass(frozen=True)
class DraftEntity:
    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Anchored:
    """A draft item: its id, and the span of the text it was found in. `item_type` names
    its collection, whose spec reads the draft's fields by name (`services.rows`)."""

    item_type: ClassVar[ItemType]
    id: str
    anchor: Anchor


@dataclass(frozen=True)
class DraftQuote(Anchored, Generic[E]):
    item_type = ItemType.quote
    text: str
    speaker: E
    speaker_basis: SpeakerBasis  # `inferred` when no rule found the speaker named nearby
    when: When
    context: str
    about: tuple[E, ...]  # found: every name in the quotation; named: those not the speaker
    rule: str


@dataclass(frozen=True)
class DraftEvent(Anchored, Generic[E]):
    item_type = ItemType.event
    title: str
    description: str
    when: When
    event_type: EventType
    actors: tuple[E, ...]
    date_text: str


@dataclass(frozen=True)
class Statement(Anchored):
    """A claim or an implication: a statement of the text, about some entities, with who
    the lexicon says puts it forward and how sure it is (None: the author asserts it). A
    cue is pinned where the extractor found it (`cue_start`, a document offset)."""

    statement: str
    about: tuple[str, ...]
    attributed_to: str | None
    attribution: AttributionInput | None
    confidence: ConfidenceInput | None


@dataclass(frozen=True)
class DraftClaim(Statement):
    item_type = ItemType.claim


@dataclass(frozen=True)
class DraftImplication(Statement):
    item_type = ItemType.implication
    derived_from: tuple[str, ...]
