"""Cross-type sources: the provenance items (and entities) as one selectable, so the list
engine can filter, sort and page a timeline or a search exactly as it does a collection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, String, Text, cast, func, literal, null, union_all
from sqlalchemy.sql import Select, select

from app.collections import REGISTRY, CollectionSpec
from app.core.db import table_of
from app.models import Entity
from app.models.dashboard import TimelineEntry


def _typed(item_type: str, table: Any) -> list[Any]:
    return [
        literal(item_type, String).label("item_type"),
        table.c.id.label("id"),
        (literal(f"{item_type}:", String) + table.c.id).label("key"),
        *(table.c[name].label(name) for name in TRACKED_COLUMNS),
    ]


TRACKED_COLUMNS = ("status", "updated_at", "deleted_at")


def _anchor(table: Any) -> list[Any]:
    return [
        table.c.document_id.label("document_id"),
        table.c.section.label("section"),
        table.c.char_start.label("char_start"),
        table.c.excerpt.label("excerpt"),
    ]


def _dates(table: Any | None) -> list[Any]:
    if table is None:
        return [
            cast(null(), Date).label("date_start"),
            cast(null(), Date).label("date_end"),
            cast(null(), String).label("date_precision"),
        ]
    return [
        table.c.date_start.label("date_start"),
        table.c.date_end.label("date_end"),
        cast(table.c.date_precision, String).label("date_precision"),
    ]


def _texts(title: Any, body: Any, subtype: Any = None) -> list[Any]:
    return [
        cast(title, Text).label("title"),
        cast(body, Text).label("body"),
        (cast(subtype, String) if subtype is not None else cast(null(), String)).label("subtype"),
    ]


def _texts_of(spec: CollectionSpec, table: Any) -> list[Any]:
    assert spec.search_texts is not None, f"{spec.name} names no search_texts"
    title, body, subtype = spec.search_texts
    return _texts(table.c[title], table.c[body], table.c[subtype] if subtype else None)


def _select(spec: CollectionSpec) -> Select[Any]:
    table = spec.source
    dates = _dates(table if spec.dated else None)
    item_type = str(spec.item_type)
    return select(*_typed(item_type, table), *_anchor(table), *dates, *_texts_of(spec, table))


# Dated items first, each group in the order of `ItemType`.
ITEMS = sorted(REGISTRY.provenanced(), key=lambda spec: not spec.dated)
TIMELINE = [spec for spec in ITEMS if spec.dated and spec.noun in TimelineEntry.model_fields]
"""The dated items the timeline embeds (`TimelineEntry` has a field for each)."""


def _items() -> list[Select[Any]]:
    return [_select(spec) for spec in ITEMS]


def _dated(select_: Select[Any], spec: CollectionSpec) -> Select[Any]:
    """Only the items with a date, open at one end or not: an undated one has no place."""
    columns = spec.source.c
    return select_.where((columns.date_start.is_not(None)) | (columns.date_end.is_not(None)))


def timeline_source() -> Any:
    """Events and quotes that the briefing dates (an undated one is left out)."""
    return union_all(*(_dated(_select(spec), spec) for spec in TIMELINE)).subquery("timeline")


def items_source() -> Any:
    """Every provenance-carrying item type."""
    return union_all(*_items()).subquery("items")


def search_source() -> Any:
    """Every item plus entities; `position` orders entities first, then document order."""
    n = table_of(Entity)
    entity = select(
        *_typed("entity", n),
        cast(null(), String).label("document_id"),
        cast(null(), String).label("section"),
        cast(null(), Integer).label("char_start"),
        cast(null(), Text).label("excerpt"),
        *_dates(None),
        cast(n.c.name, Text).label("title"),
        cast(n.c.description, Text).label("body"),
        cast(n.c.kind, String).label("subtype"),
        n.c.aliases_text.label("aliases"),
    )
    items = [s.add_columns(cast(null(), Text).label("aliases")) for s in _items()]
    everything = union_all(entity, *items).subquery("everything")
    return select(
        everything,
        func.coalesce(everything.c.char_start, -1).label("position"),
    ).subquery("search")
