"""Dashboard views across item types: a timeline, a search and facet counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Date, String, case, distinct, func, literal, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Session

from app.collections import REGISTRY
from app.collections.enums import sorts_enum
from app.collections.filters import DATES, SCOPE
from app.core.config import Settings
from app.core.db import table_of
from app.models import (
    Entity,
    Involvement,
    ItemType,
    Provenance,
    Section,
)
from app.models.dashboard import (
    EntityCount,
    FacetCount,
    SearchHit,
    Stats,
    TimelineEntry,
)
from app.models.entity import ALIAS_SEPARATOR
from app.query import assembly
from app.query.fulltext import Phrase, locate, parse_query
from app.query.listing import TRACKED_FILTERS, Listing, any_of, full_text, refuse_unknown_ids
from app.services import unions
from app.services.collections import fetch
from app.services.unions import items_source, search_source, timeline_source


class year_month(FunctionElement[str]):
    """`YYYY-MM` of a date, grouped on by the database rather than in Python."""

    type = String()
    inherit_cache = True


@compiles(year_month)
def _year_month_text(element: year_month, compiler: Any, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"  # SQLite dates are text


@compiles(year_month, "postgresql")
def _year_month_postgresql(element: year_month, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


# The collections' scope and date filters, with the item type the dashboard adds.
_COMMON = {"type": any_of("item_type"), **SCOPE.sql(), **TRACKED_FILTERS}
_DATES = DATES.sql()
_DATED = [spec.source for spec in unions.TIMELINE]
_ITEMS = [spec.source for spec in unions.ITEMS]

TIMELINE = Listing(
    name="timeline",
    source=timeline_source(),
    filters={**_COMMON, **_DATES, "q": full_text(*_DATED)},
    sorts=("date_start", "date_end", "char_start"),
    default_sort="date_start",
    key="key",
)
SEARCH = Listing(
    name="search",
    source=search_source(),
    filters={**_COMMON, "q": full_text(table_of(Entity), *_ITEMS)},
    sorts=("position",),
    default_sort="position",
    key="key",
)
ITEMS = Listing(
    name="stats",
    source=items_source(),
    filters={**_COMMON, **_DATES, "q": full_text(*_ITEMS)},
    sorts=("char_start",),
    default_sort="char_start",
    key="key",
)

TimelineSort = sorts_enum("TimelineSort", TIMELINE.sorts)

SNIPPET_RADIUS = 80


def _page(
    session: Session,
    settings: Settings,
    listing: Listing,
    filters: Mapping[str, Any],
    *,
    sort: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[RowMapping], dict[str, Any]]:
    page = listing.page(
        session, filters, sort=sort, limit=limit, cursor=cursor, secret=settings.cursor_secret
    )
    return page.rows, {"total": page.total, "limit": limit, "next_cursor": page.next_cursor}


def _by_id(session: Session, collection: str, rows: Sequence[RowMapping]) -> dict[str, Any]:
    return {item.id: item for item in fetch(session, collection, [r["id"] for r in rows])}  # type: ignore[attr-defined]


def timeline(
    session: Session, settings: Settings, filters: Mapping[str, Any], **paging: Any
) -> dict[str, Any]:
    rows, meta = _page(session, settings, TIMELINE, filters, **paging)
    events = _by_id(session, "events", [r for r in rows if r["item_type"] == ItemType.event])
    quotes = _by_id(session, "quotes", [r for r in rows if r["item_type"] == ItemType.quote])
    entries = [
        assembly.from_row(
            TimelineEntry,
            r,
            type=r["item_type"],
            event=events.get(r["id"]) if r["item_type"] == ItemType.event else None,
            quote=quotes.get(r["id"]) if r["item_type"] == ItemType.quote else None,
        )
        for r in rows
    ]
    return {"items": entries, **meta}


def snippet(texts: Sequence[str | None], phrases: Sequence[Phrase]) -> str:
    """The first text where the search matched, cut around the match to whole words."""
    for text in texts:
        found = locate(text, phrases) if text else None
        if text is None or found is None:
            continue
        start = max(0, found[0] - SNIPPET_RADIUS)
        end = min(len(text), found[1] + SNIPPET_RADIUS)
        if start > 0:  # widen to whole words rather than cut one
            start = text.rfind(" ", 0, start) + 1
        if end < len(text):
            end = next((i for i in range(end, len(text)) if text[i].isspace()), len(text))
        return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    first = next((t for t in texts if t), "")
    return first[: 2 * SNIPPET_RADIUS] + ("…" if len(first) > 2 * SNIPPET_RADIUS else "")


def search(
    session: Session, settings: Settings, filters: Mapping[str, Any], **paging: Any
) -> dict[str, Any]:
    rows, meta = _page(session, settings, SEARCH, filters, **paging)
    phrases = parse_query(filters["q"])
    anchors = _anchors(session, [r for r in rows if r["item_type"] != "entity"])
    hits = [
        assembly.from_row(
            SearchHit,
            r,
            type=r["item_type"],
            snippet=snippet([r["title"], r["body"], r["excerpt"], _aliases(r)], phrases),
            provenance=anchors.get(r["key"]),
        )
        for r in rows
    ]
    return {"items": hits, **meta}


def _aliases(row: RowMapping) -> str | None:
    aliases = row["aliases"]
    return aliases.replace(ALIAS_SEPARATOR, "; ") if aliases else None


def _anchors(session: Session, rows: Sequence[RowMapping]) -> dict[str, Provenance]:
    """Provenance of mixed-type rows, read from each type's own table."""
    found: dict[str, Provenance] = {}
    for item_type in ItemType:
        ids = [r["id"] for r in rows if r["item_type"] == item_type]
        if not ids:
            continue
        listing = REGISTRY.of_type(item_type).listing
        for row in session.execute(listing.filtered({"id": ids})).mappings():
            found[f"{item_type.value}:{row['id']}"] = assembly.provenance(row)
    return found


def _counts(session: Session, stmt: Any) -> list[FacetCount]:
    return [FacetCount(value=str(v), count=n) for v, n in session.execute(stmt) if v is not None]


def stats(session: Session, filters: Mapping[str, Any]) -> Stats:
    refuse_unknown_ids(session, ITEMS, filters)
    matching = ITEMS.filtered(filters).subquery("matching")
    total = session.execute(select(func.count()).select_from(matching)).scalar_one()

    def facet(column: Any, *where: Any) -> list[FacetCount]:
        stmt = select(column, func.count()).where(*where).group_by(column).order_by(column)
        return _counts(session, stmt)

    link = table_of(Involvement).c
    per_entity = session.execute(
        select(link.entity_id, func.count(distinct(matching.c.key)))
        .join(matching, (link.item_type == matching.c.item_type) & (link.item_id == matching.c.id))
        .group_by(link.entity_id)
        .order_by(func.count(distinct(matching.c.key)).desc(), link.entity_id)
    ).all()
    refs = assembly.entity_refs(session, [e for e, _ in per_entity])
    # An item counts in the month it starts (ends, if its start is open), or in date_from's
    # month if the window starts later; an undated item in no month.
    start: ColumnElement[Any] = func.coalesce(matching.c.date_start, matching.c.date_end)
    window_start = filters.get("date_from")
    if window_start is not None:
        start = case((start < window_start, literal(window_start, Date)), else_=start)
    month = year_month(start)
    months = session.execute(
        select(month, func.count()).where(start.is_not(None)).group_by(month).order_by(month)
    ).all()
    # Sections in document order: each heading where it first stands in any document.
    section = table_of(Section).c
    counts = (
        select(matching.c.section, func.count().label("n"))
        .group_by(matching.c.section)
        .subquery("counts")
    )
    first = (
        select(section.heading, func.min(section.position).label("position"))
        .group_by(section.heading)
        .subquery("first")
    )
    sections = session.execute(
        select(counts.c.section, counts.c.n)
        .join(first, first.c.heading == counts.c.section)
        .order_by(first.c.position, counts.c.section)
    ).all()
    return Stats(
        total=total,
        by_type=facet(matching.c.item_type),
        by_entity=[EntityCount(entity=refs[e], count=n) for e, n in per_entity],
        by_month=[FacetCount(value=m, count=n) for m, n in months],
        by_section=[FacetCount(value=s, count=n) for s, n in sections],
        by_claim_type=facet(matching.c.subtype, matching.c.item_type == ItemType.claim),
        by_event_type=facet(matching.c.subtype, matching.c.item_type == ItemType.event),
    )
