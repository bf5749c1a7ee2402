"""The rows that store an item, built from its collection's spec for the three writers.

The seed loader (`services.seeding`), curated writes (`services.writes`) and ingest
(`services.ingest`) each hold an item in their own shape (an annotation, a validated
body, an extractor's draft). `item_rows` reads it by the field names its spec declares:
the table's columns, which entities it involves in which `Role`, and its other link rows
(`spec.links`). A new column, role or item type needs nothing here.

`stored` carries what the writer decides and the builder does not: the provenance columns
(`Anchor.columns`), `status`, `provenance_method`, timestamps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlmodel import SQLModel

from app.collections import CollectionSpec
from app.models import (
    Document,
    Entity,
    EntityKind,
    Involvement,
    ItemType,
    Role,
    Section,
)
from app.models.entity import ALIAS_SEPARATOR, EntityRole
from app.models.forecast import Forecast, ForecastInput, ItemRef, forecast_columns
from app.models.relation import ItemRefInput
from app.models.searchable import Searchable
from app.models.stance import Stance, StanceEvidence
from app.provenance import ResolvedSection
from app.query.assembly import DATE_PARTS

Row = dict[str, Any]


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


def based_columns(value: Any, prefix: str = "date") -> Row:
    """A date with its basis as the columns `{prefix}_start` … `{prefix}_note`, however the
    writer holds it: the seed's `Dating` (it knows its columns), an object with
    `date_start` … `date_note` (a write body's `BasedDate`, an extractor's dates, which may
    lack a basis), or None (all null: undated)."""
    if value is None:
        return {f"{prefix}_{part}": None for part in DATE_PARTS}
    if hasattr(value, "columns"):
        found: Row = value.columns(prefix)
        return found
    return {f"{prefix}_{part}": getattr(value, f"date_{part}", None) for part in DATE_PARTS}


def _dates(item: Any, spec: CollectionSpec) -> Row:
    """The item's date columns, from its `when` (the seed, a draft) or its own fields (a
    write body); and those of every other dated field the table stores (a quote's `period`)."""
    found = based_columns(getattr(item, "when", item))
    for prefix in spec.dated_fields:
        found |= based_columns(getattr(item, prefix, None), prefix)
    return found


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


def _entity_ids(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def item_rows(spec: CollectionSpec, item_id: str, item: Any, stored: Mapping[str, Any]) -> ItemRows:
    """The rows of a provenance-carrying item, however its writer holds it (an annotation,
    a validated body, a draft): its own fields read from `item` by name, its dates from
    `item.when` or `item`, its entity fields by role, its other links by `spec.links`. A
    field `item` lacks is the writer's to decide, in `stored`."""
    assert spec.item_type is not None, f"{spec.name} is not a provenance-carrying collection"
    values = {"id": item_id, **{f: getattr(item, f) for f in spec.own_fields if hasattr(item, f)}}
    if spec.dated:
        values |= _dates(item, spec)
    values |= {column: getattr(item, name, None) for name, column in spec.foreign_keys.items()}
    roles = {role: _entity_ids(getattr(item, name, None)) for name, role in spec.roles.items()}
    row = _row(spec.table, values, stored)
    links: dict[type[SQLModel], list[Row]] = {
        Involvement: involvement(spec.item_type, item_id, roles)
    }
    links |= {table: build(item_id, item, row) for table, build in spec.links.items()}
    return ItemRows(spec.table, row, links)


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


def _stored_role(role: Any) -> Row:
    """A role as the `roles` column holds it: the seed's knows its form, a body's is an
    `EntityRole`."""
    if hasattr(role, "stored"):
        found: Row = role.stored()
        return found
    return EntityRole.model_validate(role).model_dump(mode="json")


def entity_rows(entity_id: str, entity: EntityFields, stored: Mapping[str, Any]) -> ItemRows:
    """An entity's row; `identified` and `roles` default (true, none) for a writer without
    them (an extractor's draft)."""
    values = {
        "id": entity_id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "aliases_text": ALIAS_SEPARATOR.join(entity.aliases),
        "description": entity.description,
        "identified": getattr(entity, "identified", True),
        "roles": [_stored_role(r) for r in getattr(entity, "roles", ())],
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


def forecast_rows(
    forecast_id: str,
    subject: ItemRef | ItemRefInput,
    fields: ForecastInput,
    stored: Mapping[str, Any],
) -> ItemRows:
    """A forecast's row: its own fields, its subject, and what the writer decides in
    `stored` (status, the condition's offsets in the subject's excerpt)."""
    values = {
        "id": forecast_id,
        "subject_type": subject.type,
        "subject_id": subject.id,
        **forecast_columns(fields),
    }
    return ItemRows(Forecast, _row(Forecast, values, stored))


def condition_span(
    condition: str | None, subject_start: int, subject_excerpt: str
) -> dict[str, int | None]:
    """Where a forecast's condition stands: its first occurrence inside the subject's
    excerpt, in document offsets; None when it has none or it is not there."""
    offset = subject_excerpt.find(condition) if condition else -1
    if condition is None or offset < 0:
        return {"condition_start": None, "condition_end": None}
    start = subject_start + offset
    return {"condition_start": start, "condition_end": start + len(condition)}


class StanceFields(Protocol):
    """A stance as the seed and a write hold it."""

    @property
    def holder(self) -> str: ...

    @property
    def target(self) -> str: ...

    @property
    def topic(self) -> str: ...

    @property
    def polarity(self) -> int: ...

    @property
    def evidence(self) -> Sequence[ItemRefInput]: ...


def stance_rows(
    stance_id: str, stance: StanceFields, dates: Mapping[str, Any], stored: Mapping[str, Any]
) -> ItemRows:
    """A stance's row (its `dates` as `date_*` columns, all null when undated) and its
    evidence rows, in the order given, each once."""
    values = {
        "id": stance_id,
        "holder_id": stance.holder,
        "target_id": stance.target,
        "topic": stance.topic,
        "polarity": stance.polarity,
        **dates,
    }
    cited = dict.fromkeys((ref.type, ref.id) for ref in stance.evidence)
    evidence = [
        {"stance_id": stance_id, "position": position, "evidence_type": kind, "evidence_id": ref}
        for position, (kind, ref) in enumerate(cited)
    ]
    return ItemRows(Stance, _row(Stance, values, stored), {StanceEvidence: evidence})
