"""The rule-based extractor: a text, its publication date and the entities already known
in, draft items out, each anchored by its exact span.

Pure functions, no database: the API stores what `extract` proposes as drafts
(`status: draft`, `provenance.method: rule`), and `briefing ingest` writes it as an
annotation file for a curator to edit. What it proposes:

- **sections** from heading lines (`headings.py`);
- **quotes**: every full quotation with its speaker (`quotations.py`), named or inferred,
  dated by the nearest date before it in its section, else by the publication date;
- **events**: every sentence outside a heading that states a date (`dates.py`), with the
  entities it names as actors;
- **implications**: every sentence (or bullet) under an implications heading ("Implications",
  "What it means", "Looking ahead", …) and its subsections, each resting on a draft claim
  (a `forecast`) with the same excerpt, since an implication derives from claims; both
  carry the attribution and confidence the hedge and attribution lexicon proposes
  (`assertions.py`), each cue pinned where the text has it.

Every date says where it comes from (`dating.py`): stated in the sentence, from a dated
heading, computed from the publication date, or inferred.

It runs as steps: `parse` reads the text once into indexes (`parse.py`); quotes, events and
implications are found from those (`steps.py`); then their entities are named
(`entities.py`). Every step is linear in the text, or n log n.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.extract.drafts import (
    Anchor,
    Anchored,
    DraftClaim,
    DraftEntity,
    DraftEvent,
    DraftImplication,
    DraftQuote,
    When,
)
from app.extract.entities import name_entities
from app.extract.mentions import KnownEntity
from app.extract.parse import parse
from app.extract.steps import find_events, find_implications, find_quotes
from app.provenance import ResolvedSection

__all__ = [
    "Anchor",
    "DraftClaim",
    "DraftEntity",
    "DraftEvent",
    "DraftImplication",
    "DraftQuote",
    "Extraction",
    "When",
    "extract",
    "sha256_of",
]


@dataclass
class Extraction:
    document_id: str
    text: str
    sha256: str
    published_on: dt.date
    sections: list[ResolvedSection]
    entities: list[DraftEntity] = field(default_factory=list)
    quotes: list[DraftQuote[str]] = field(default_factory=list)
    events: list[DraftEvent[str]] = field(default_factory=list)
    claims: list[DraftClaim] = field(default_factory=list)
    implications: list[DraftImplication] = field(default_factory=list)

    def drafts(self) -> list[Anchored]:
        """Every draft item, quotes, events, claims, then implications."""
        return [*self.quotes, *self.events, *self.claims, *self.implications]

    def counts(self) -> dict[str, int]:
        return {
            "entities": len(self.entities),
            "quotes": len(self.quotes),
            "events": len(self.events),
            "claims": len(self.claims),
            "implications": len(self.implications),
        }


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract(
    text: str,
    published_on: dt.date,
    known: Iterable[KnownEntity] = (),
    *,
    document_id: str,
    subtitle: str | None = None,
    taken_ids: Iterable[str] = (),
    taken_entity_ids: Iterable[str] = (),
) -> Extraction:
    """Everything the rules propose for `text`; never raises for any input text.

    `taken_ids` are item ids already stored and `taken_entity_ids` entity ids already used
    (deleted ones included): new ids avoid both."""
    parsed = parse(text, published_on, known, document_id=document_id, subtitle=subtitle)
    taken_ids = tuple(taken_ids)
    drafts = name_entities(
        parsed,
        find_quotes(parsed, taken_ids),
        find_events(parsed, taken_ids),
        find_implications(parsed, taken_ids),
        taken_entity_ids,
    )
    return Extraction(
        document_id,
        text,
        sha256_of(text),
        published_on,
        list(parsed.sections),
        entities=drafts.entities,
        quotes=drafts.quotes,
        events=drafts.events,
        claims=drafts.claims,
        implications=drafts.implications,
    )
