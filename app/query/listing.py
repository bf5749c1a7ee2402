"""One list engine for every collection: filters declared as data, sorting, keyset paging
and totals. Adding a collection or a filter is a few declarative lines in its spec
(`app.collections`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    String,
    Table,
    and_,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
)
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Session

from app.core.db import table_of
from app.core.errors import InvalidCursor, InvalidParameter, UnknownIds, ValidationIssue
from app.models import Involvement, ItemStatus, ItemType, Section
from app.query.cursor import decode_cursor, encode_cursor, fingerprint
from app.query.fulltext import matches, parse_query

Condition = ColumnElement[bool]
SORT_KEY = "sort_key_"  # the sort expression's value, selected alongside each row


class folded(FunctionElement[str]):
    """`lower(text)` ordered by code point on every backend: PostgreSQL would otherwise
    order by the database's collation, which may differ from SQLite's byte order."""

    type = String()
    inherit_cache = True


@compiles(folded)
def _folded(element: folded, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(folded, "postgresql")
def _folded_postgresql(element: folded, compiler: Any, **kw: Any) -> str:
    return f'lower({compiler.process(element.clauses, **kw)}) COLLATE "C"'


@dataclass(frozen=True)
class IdsOf:
    """What the values of an id-valued filter name: the rows of `table`, or of the listing
    itself when None; `plural` names them in an error (`entities`)."""

    plural: str | None = None
    table: Table | None = None


@dataclass(frozen=True)
class Filter:
    """How one query parameter narrows a listing. `build(listing, value)` gives a condition;
    for multi-valued parameters, `value` is the list of values, combined with OR. A filter on
    ids says whose (`ids_of`), so that an id naming nothing is refused (`refuse_unknown_ids`)."""

    build: Callable[[Listing, Any], Condition]
    ids_of: IdsOf | None = None


def any_of(column: str, ids_of: IdsOf | None = None) -> Filter:
    return Filter(lambda listing, values: listing.source.c[column].in_(list(values)), ids_of)


# Suggestions for a mistyped id come from at most this many ids of the same table, so that a
# refused filter on a large collection costs a bounded scan.
SUGGESTION_POOL = 20_000


def refuse_unknown_ids(session: Session, listing: Listing, values: Mapping[str, Any]) -> None:
    """Refuse ids that name no stored row, with the closest ids that do.

    A 422 rather than an empty 200: an empty page cannot tell "nothing involves this entity"
    from a typo, and a client that acts on the empty answer (a dashboard, a sync) is misled
    silently. Known means stored, whatever its status: a draft or a deleted item still
    answers its filter (empty for readers; with `status=draft` or `include_deleted` for a
    curator or a syncing client). Suggestions come from published, live rows only, so a
    reader is not shown a draft's id.
    """
    issues = []
    for name, given in values.items():
        ids_of = listing.filters[name].ids_of if name in listing.filters else None
        if ids_of is None or not _is_given(given):
            continue
        table = ids_of.table if ids_of.table is not None else listing.source
        column = table.c[listing.key if ids_of.table is None else "id"]
        wanted = sorted(set(given))
        found = set(session.execute(select(column).where(column.in_(wanted))).scalars())
        missing = [value for value in wanted if value not in found]
        if missing:
            plural = ids_of.plural or listing.name
            issues.append(_unknown(name, missing, plural, _suggestible(session, table, column)))
    if issues:
        raise UnknownIds(issues)


def _closest(value: str, pool: list[str], n: int = 3) -> list[str]:
    """Ids that contain `value` (`putin` in `vladimir-putin`), then those spelt alike."""
    containing = [known for known in pool if value in known][:n]
    return containing or get_close_matches(value, pool, n=n)


def _suggestible(session: Session, table: FromClause, column: Any) -> list[str]:
    """Ids any reader may see: published and not deleted, where the table tracks that."""
    stmt = select(column).limit(SUGGESTION_POOL)
    if "status" in table.c:
        stmt = stmt.where(table.c.status == ItemStatus.published, table.c.deleted_at.is_(None))
    return list(session.execute(stmt).scalars())


def _unknown(name: str, missing: list[str], plural: str, pool: list[str]) -> ValidationIssue:
    close = sorted({match for value in missing for match in _closest(value, pool)})
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else "."
    listed = ", ".join(map(repr, missing))
    noun = "id" if len(missing) == 1 else "ids"
    return ValidationIssue(
        loc=["query", name], msg=f"No {noun} {listed} among the {plural}{hint}", type="unknown_id"
    )


def involves(*roles: str) -> Filter:
    """Items that involve any of the given entities (in any of `roles`, or any role).

    Written as `id IN (ids linked to the entities)` rather than a correlated EXISTS, so the
    database starts from the entities' links (indexed by entity) instead of testing every
    item: the cost follows the matches, not the size of the corpus.
    """

    def build(listing: Listing, entity_ids: Sequence[str]) -> Condition:
        link = table_of(Involvement).c
        conditions = [link.entity_id.in_(list(entity_ids))]
        if roles:
            conditions.append(link.role.in_(roles))
        source = listing.source.c
        if "item_type" in source:  # a union of item types: match type and id together
            linked = select(link.item_type, link.item_id).where(*conditions)
            return tuple_(source.item_type, source.id).in_(linked)
        linked = select(link.item_id).where(link.item_type == listing.item_type_expr(), *conditions)
        return source.id.in_(linked)

    return Filter(build)


def full_text(*tables: Table) -> Filter:
    """Items matching a `q` query on the full-text index (see `fulltext.py`).

    A table source is searched directly. A source that unions item types lists its tables:
    a row matches when the row of the table named by its `item_type` does. A query without
    any word (only punctuation) matches nothing.
    """

    def build(listing: Listing, query: str) -> Condition:
        phrases = parse_query(query)
        if not phrases:
            return false()
        if not tables:
            return matches(listing.source, phrases)
        source = listing.source.c
        return or_(
            *(
                and_(
                    source.item_type == table.name,
                    source.id.in_(select(table.c.id).where(matches(table, phrases))),
                )
                for table in tables
            )
        )

    return Filter(build)


def within_section() -> Filter:
    """Items that stand inside any of the named sections; a part includes its subsections."""

    def build(listing: Listing, headings: Sequence[str]) -> Condition:
        section = table_of(Section).c
        item = listing.source.c
        return exists().where(
            section.document_id == item.document_id,
            section.heading.in_(list(headings)),
            section.char_start <= item.char_start,
            section.char_end > item.char_start,
        )

    return Filter(build)


def _overlaps(bound: str, other: str, compare: Callable[[Any, Any], Condition]) -> Filter:
    """Range overlap on one side: the `bound` column compared with the day, or open (null)
    while the `other` is not. An undated item (both null) overlaps nothing."""

    def build(listing: Listing, day: dt.date) -> Condition:
        columns = listing.source.c
        open_bound = and_(columns[bound].is_(None), columns[other].is_not(None))
        return or_(compare(columns[bound], day), open_bound)

    return Filter(build)


def date_from() -> Filter:
    """Items whose date range ends on or after the given day (range overlap, lower bound);
    an open end runs on past any day."""
    return _overlaps("date_end", "date_start", lambda column, day: column >= day)


def date_to() -> Filter:
    """Items whose date range starts on or before the given day (range overlap, upper bound);
    an open start reaches back before any day."""
    return _overlaps("date_start", "date_end", lambda column, day: column <= day)


def updated_since() -> Filter:
    """Items changed (created, updated or deleted) after the given instant."""
    return Filter(lambda listing, instant: listing.source.c.updated_at > instant)


def deleted_too() -> Filter:
    """Tombstones are left out unless asked for: a syncing client asks, to learn deletions."""
    return Filter(
        lambda listing, include: true() if include else listing.source.c.deleted_at.is_(None)
    )


# The filters on what every stored record tracks, and what a listing shows when they are
# not given: published records that are not deleted.
TRACKED_FILTERS = {
    "status": any_of("status"),
    "include_deleted": deleted_too(),
    "updated_since": updated_since(),
}
VISIBLE: Mapping[str, Any] = {"status": [ItemStatus.published.value], "include_deleted": False}


@dataclass(frozen=True)
class PageResult:
    rows: list[RowMapping]
    total: int | None  # None when the caller did not ask for it
    next_cursor: str | None


def _is_given(value: Any) -> bool:
    return value is not None and value != [] and value != ()


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


@dataclass(frozen=True)
class Listing:
    """A filterable, sortable, pageable view of one table or one union of tables.

    `key` names a unique column used as the tie-breaker of every sort. Sources that mix item
    types carry an `item_type` column; a single-table source names its type in `item_type`.
    Names and titles in `case_insensitive_sorts` sort as a reader expects ("conservative
    media" among the c's), identically on every backend. `list_defaults` are filters a
    page (a list, an export) applies unless given, and a lookup by id does not (the quotes
    a list shows by default are speech; a scare quote is still found by its id).
    """

    name: str
    source: FromClause
    filters: Mapping[str, Filter]
    sorts: Sequence[str]
    default_sort: str
    key: str = "id"
    item_type: ItemType | None = None
    case_insensitive_sorts: frozenset[str] = frozenset()
    defaults: Mapping[str, Any] = field(default_factory=lambda: VISIBLE)
    list_defaults: Mapping[str, Any] = field(default_factory=dict)

    def item_type_expr(self) -> ColumnElement[Any]:
        if "item_type" in self.source.c:
            return self.source.c.item_type
        if self.item_type is None:
            return literal(None)
        return literal(self.item_type.value)

    def where(self, values: Mapping[str, Any]) -> list[Condition]:
        unknown = set(values) - set(self.filters)
        if unknown:
            raise InvalidParameter(sorted(unknown)[0], "This collection has no such filter.")
        given = {n: v for n, v in values.items() if _is_given(v)}
        return [self.filters[n].build(self, v) for n, v in {**self.defaults, **given}.items()]

    def filtered(self, values: Mapping[str, Any]) -> Select[Any]:
        return select(self.source).where(*self.where(values))

    def sort_expression(self, field: str) -> ColumnElement[Any]:
        column = self.source.c[field]
        return folded(column) if field in self.case_insensitive_sorts else column

    def _order(self, sort: str) -> tuple[str, bool]:
        descending = sort.startswith("-")
        field = sort.removeprefix("-")
        if field not in self.sorts:
            raise InvalidParameter("sort", f"Cannot sort {self.name} by {field!r}.")
        return field, descending

    def page(
        self,
        session: Session,
        values: Mapping[str, Any],
        *,
        sort: str | None,
        limit: int,
        cursor: str | None,
        secret: str,
        count: bool = True,
    ) -> PageResult:
        """One keyset page. `count=False` skips the total, for callers that walk every page
        (exports) and would otherwise count the whole match once per page."""
        sort = sort or self.default_sort
        field, descending = self._order(sort)
        given = {**self.list_defaults, **{n: v for n, v in values.items() if _is_given(v)}}
        conditions = self.where(given)
        if cursor is None:  # a cursor's filters were checked on the first page (its `f`)
            refuse_unknown_ids(session, self, given)
        total = (
            session.execute(
                select(func.count()).select_from(self.source).where(*conditions)
            ).scalar_one()
            if count
            else None
        )
        sort_col = self.sort_expression(field)
        key_col = self.source.c[self.key]
        stmt = select(self.source, sort_col.label(SORT_KEY)).where(*conditions)
        scope = {"l": self.name, "s": sort, "f": fingerprint(given)}
        if cursor is not None:
            stmt = stmt.where(
                self._after(
                    decode_cursor(secret, cursor), scope, (field, sort_col), key_col, descending
                )
            )
        order = self._ordering(field, sort_col, key_col, descending)
        rows = list(session.execute(stmt.order_by(*order).limit(limit + 1)).mappings())
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            last = rows[-1]
            next_cursor = encode_cursor(
                secret, {**scope, "k": [_jsonable(last[SORT_KEY]), last[self.key]]}
            )
        return PageResult(rows=rows, total=total, next_cursor=next_cursor)

    def _nullable(self, field: str) -> bool:
        """Whether the column may hold null; an expression of a union is taken to."""
        return bool(getattr(self.source.c[field], "nullable", True))

    def _ordering(
        self, field: str, sort_col: Any, key_col: Any, descending: bool
    ) -> list[ColumnElement[Any]]:
        """The ORDER BY: the sort, then the key; nulls (an open or absent date) last in
        either direction, written as a leading `IS NULL` so every backend agrees."""
        order = [sort_col.desc(), key_col.desc()] if descending else [sort_col, key_col]
        return [sort_col.is_(None), *order] if self._nullable(field) else order

    def _after(
        self,
        payload: dict[str, Any],
        scope: dict[str, Any],
        sort: tuple[str, Any],
        key_col: Any,
        descending: bool,
    ) -> Condition:
        field, sort_col = sort
        if any(payload.get(k) != v for k, v in scope.items()):
            raise InvalidCursor(
                "The cursor belongs to a different collection, sort or set of filters; "
                "repeat the query that issued it."
            )
        key = payload.get("k")
        if not isinstance(key, list) or len(key) != 2:
            raise InvalidCursor("The cursor is malformed.")
        try:
            python_type = sort_col.type.python_type
        except NotImplementedError:
            python_type = str
        last_value, last_key = key
        beyond = key_col < last_key if descending else key_col > last_key
        if last_value is None:  # among the nulls, which come last: by key alone
            return and_(sort_col.is_(None), beyond)
        if python_type is dt.date:
            last_value = dt.date.fromisoformat(last_value)
        position = tuple_(sort_col, key_col)
        bound = tuple_(literal(last_value, sort_col.type), literal(last_key, key_col.type))
        after = position < bound if descending else position > bound
        return or_(after, sort_col.is_(None)) if self._nullable(field) else after

    def get(self, session: Session, item_id: str) -> RowMapping | None:
        """The row with this key, whatever its status: the caller decides who may see it."""
        stmt = select(self.source).where(self.source.c[self.key] == item_id)
        return session.execute(stmt).mappings().first()
