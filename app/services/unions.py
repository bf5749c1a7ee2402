"""Cross-type sources: the provenance items (and entities) as one selectable, so the list
engine can filter, sort and page a timeline or a search exactly as it does a collection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, String, Text, cast, func, literal, null, union_all
from sqlalchemy.sql import Select, select

from app.core.db import table_of
from app.models import Claim, Entity, Event, Implication, ItemType, Quote


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


def _items(*, dated_only: bool = False) -> list[Select[Any]]:
    q, e, c, i = (table_of(m) for m in (Quote, Event, Claim, Implication))
    selects = [
        select(*_typed(ItemType.quote, q), *_anchor(q), *_dates(q), *_texts(q.c.text, q.c.context)),
        select(
            *_typed(ItemType.event, e),
            *_anchor(e),
            *_dates(e),
            *_texts(e.c.title, e.c.description, e.c.event_type),
        ),
    ]
    if not dated_only:
        selects += [
            select(
                *_typed(ItemType.claim, c),
                *_anchor(c),
                *_dates(None),
                *_texts(c.c.statement, c.c.statement, c.c.claim_type),
            ),
            select(
                *_typed(ItemType.implication, i),
                *_anchor(i),
                *_dates(None),
                *_texts(i.c.statement, i.c.statement),
            ),
        ]
    return selects


def timeline_source() -> Any:
    """Events and quotes, the items the briefing dates."""
    return union_all(*_items(dated_only=True)).subquery("timeline")


def items_source() -> Any:
    """All four provenance-carrying item types."""
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
