"""The rows that store an item: one builder per type, shared by the three writers.

The seed loader (`services.seeding`), curated writes (`services.writes`) and ingest
(`services.ingest`) each hold an item in their own shape (an annotation, a validated
body, an extractor's draft). Each calls the builder of its type, which alone knows the
item's table columns, which entities it involves in which `Role`, and its evidence or
derivation rows. A new column or role is then added here, once.

`stored` carries what the writer decides and the builder does not: the provenance columns
(`Anchor.columns`), `status`, `provenance_method`, timestamps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlmodel import SQLModel

from app.models import (
    Claim,
    ClaimType,
    DatePrecision,
    Derivation,
    Document,
    Entity,
    EntityKind,
    Event,
    EventType,
    Evidence,
    Implication,
    Involvement,
    ItemType,
    Quote,
    Role,
    Section,
)
from app.models.entity import ALIAS_SEPARATOR
from app.models.searchable import Searchable
from app.provenance import ResolvedSection

Row = dict[str, Any]


class Dates(Protocol):
    """A date range, as the seed's `DateRange`, a write body or an extractor draft has it."""

    @property
    def date_start(self) -> dt.date: ...

    @property
    def date_end(self) -> dt.date: ...

    @property
    def date_precision(self) -> DatePrecision: ...


@dataclass(frozen=True)
class ItemRows:
    """One item as rows: its own table's, and its link rows by link table."""

    table: type[SQLModel]
    row: Row
    links: dict[type[SQLModel], list[Row]] = field(default_factory=dict)

    def of(self, link: type[SQLModel]) -> list[Row]:
        return self.links.get(link, [])


def _row(table: type[SQLModel], values: Row, stored: Mapping[str, Any]) -> Row:
    row = {**values, **stored}
    if issubclass(table, Searchable):
        row["search_text"] = table.search_text_of(row)
    return row


def _dates(when: Dates) -> Row:
    return {
        "date_start": when.date_start,
        "date_end": when.date_end,
        "date_precision": when.date_precision,
    }


def involvement(
    item_type: ItemType, item_id: str, roles: Mapping[Role, Iterable[str | None]]
) -> list[Row]:
    """One row per entity and role, in the order given, each entity once per role."""
    return [
        {
            "item_type": item_type,
            "item_id": item_id,
            "role": role,
            "entity_id": entity_id,
            "position": position,
        }
        for role, entity_ids in roles.items()
        for position, entity_id in enumerate(dict.fromkeys(e for e in entity_ids if e))
    ]


def quote_rows(
    item_id: str,
    *,
    text: str,
    context: str,
    when: Dates,
    speaker: str,
    about: Sequence[str],
    stored: Mapping[str, Any],
) -> ItemRows:
    values = {"id": item_id, "text": text, "context": context, "speaker_id": speaker}
    roles = {Role.speaker: [speaker], Role.about: about}
    return ItemRows(
        Quote,
        _row(Quote, {**values, **_dates(when)}, stored),
        {Involvement: involvement(ItemType.quote, item_id, roles)},
    )


def event_rows(
    item_id: str,
    *,
    title: str,
    description: str,
    event_type: EventType,
    when: Dates,
    actors: Sequence[str],
    location: str | None,
    stored: Mapping[str, Any],
) -> ItemRows:
    values = {
        "id": item_id,
        "title": title,
        "description": description,
        "event_type": event_type,
        "location_id": location,
        **_dates(when),
    }
    roles = {Role.actor: actors, Role.location: [location]}
    return ItemRows(
        Event,
        _row(Event, values, stored),
        {Involvement: involvement(ItemType.event, item_id, roles)},
    )


def claim_rows(
    item_id: str,
    *,
    statement: str,
    claim_type: ClaimType,
    attributed_to: str | None,
    about: Sequence[str],
    evidence: Iterable[tuple[ItemType, str]],
    stored: Mapping[str, Any],
) -> ItemRows:
    values = {
        "id": item_id,
        "statement": statement,
        "claim_type": claim_type,
        "attributed_to_id": attributed_to,
    }
    roles = {Role.attributed_to: [attributed_to], Role.about: about}
    supports = [
        {"claim_id": item_id, "evidence_type": kind, "evidence_id": ref, "position": position}
        for position, (kind, ref) in enumerate(dict.fromkeys(evidence))
    ]
    return ItemRows(
        Claim,
        _row(Claim, values, stored),
        {Involvement: involvement(ItemType.claim, item_id, roles), Evidence: supports},
    )


def implication_rows(
    item_id: str,
    *,
    statement: str,
    about: Sequence[str],
    derived_from: Iterable[str],
    stored: Mapping[str, Any],
) -> ItemRows:
    derivation = [
        {"implication_id": item_id, "claim_id": claim_id, "position": position}
        for position, claim_id in enumerate(dict.fromkeys(derived_from))
    ]
    roles = {Role.about: about}
    return ItemRows(
        Implication,
        _row(Implication, {"id": item_id, "statement": statement}, stored),
        {Involvement: involvement(ItemType.implication, item_id, roles), Derivation: derivation},
    )


class EntityFields(Protocol):
    """An entity as the seed, a write body and an extractor draft all hold it."""

    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> EntityKind: ...

    @property
    def aliases(self) -> Sequence[str]: ...

    @property
    def description(self) -> str: ...


def entity_rows(entity_id: str, entity: EntityFields, stored: Mapping[str, Any]) -> ItemRows:
    values = {
        "id": entity_id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "aliases_text": ALIAS_SEPARATOR.join(entity.aliases),
        "description": entity.description,
    }
    return ItemRows(Entity, _row(Entity, values, stored))


def document_rows(
    document_id: str,
    *,
    title: str,
    subtitle: str | None,
    published_on: dt.date,
    source_name: str,
    text: str,
    sha256: str,
    sections: Sequence[ResolvedSection],
    stored: Mapping[str, Any],
) -> ItemRows:
    """The document's row and its sections' (in document order: the position is the key)."""
    values = {
        "id": document_id,
        "title": title,
        "subtitle": subtitle,
        "published_on": published_on,
        "source_name": source_name,
        "source_sha256": sha256,
        "char_count": len(text),
        "text": text,
    }
    section_rows = [
        {
            "document_id": document_id,
            "position": position,
            "heading": s.heading,
            "level": s.level,
            "char_start": s.char_start,
            "char_end": s.char_end,
            "parent": s.parent,
        }
        for position, s in enumerate(sections)
    ]
    return ItemRows(Document, _row(Document, values, stored), {Section: section_rows})
