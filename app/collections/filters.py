"""The query parameters that narrow a collection, each declared once with its typed `Query`
and its SQL, and the groups of them that several collections (and the dashboard) share."""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Annotated, Any

from fastapi import Depends, Query
from pydantic import BeforeValidator, StringConstraints

from app.core.config import get_settings
from app.core.db import table_of
from app.core.errors import InvalidParameter
from app.models import Document, Entity, Role
from app.models.common import Slug
from app.models.knowledge import AssertedBy, AttributionVerb, Likelihood, Modality
from app.query.listing import (
    Condition,
    Filter,
    IdsOf,
    Listing,
    any_of,
    date_from,
    date_to,
    full_text,
    involves,
    within_section,
)

_settings = get_settings()
MAX_FILTER_VALUES = _settings.max_filter_values

# The default of an absent filter: None at run time, typed `Any` so that a multi-valued
# parameter keeps the type `list[X]`, and its schema offers no `null`, which no query
# string can express.
ABSENT: Any = None

# Control characters (NUL above all, which PostgreSQL cannot store) match no text; the
# pattern is in the schema so that clients and property tests know it.
PRINTABLE = r"^[^\x00-\x1F\x7F-\x9F]+$"

SearchText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=_settings.max_query_length, pattern=PRINTABLE),
]


def many(item: Any, description: str, **extra: Any) -> Any:
    """A filter that takes several values (repeat the parameter), combined with OR."""
    return Annotated[
        list[item],
        Query(description=description, max_length=MAX_FILTER_VALUES, **extra),
    ]


UNKNOWN_ID_RULE = "An id that names nothing stored is a 422 that names it."
IdFilter = Annotated[
    list[Slug],
    Query(
        description=f"Only these ids (repeat for several). {UNKNOWN_ID_RULE}",
        max_length=MAX_FILTER_VALUES,
    ),
]
FULL_TEXT_RULES = (
    "Every word must start a word of the text, in any order; case, accents and punctuation "
    'do not matter; "quoted words" must stand in sequence. A query without a letter or '
    "digit matches nothing."
)
TextQuery = Annotated[
    SearchText,
    Query(description=f"Full-text search over the item's text fields. {FULL_TEXT_RULES}"),
]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: object) -> object:
    """Pydantic reads `0` or `1700000000` as Unix timestamps; a date filter takes ISO 8601."""
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        raise ValueError("expected an ISO 8601 date, YYYY-MM-DD")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]


@dataclass(frozen=True)
class QueryFilter:
    """One query parameter of a list: its typed `Query` (annotation, description,
    examples) for FastAPI and OpenAPI, and the SQL condition it adds to the listing."""

    annotation: Any
    sql: Filter


ENTITIES = IdsOf("entities", table_of(Entity))
DOCUMENTS = IdsOf("documents", table_of(Document))
OWN_IDS = IdsOf()  # the collection's own items


def slugs(description: str, sql: Filter, ids_of: IdsOf, example: str | None = None) -> QueryFilter:
    """A multi-valued filter on ids (slugs), such as `speaker=donald-trump`. An id that names
    none of `ids_of` is a 422 with the closest known ids (see `refuse_unknown_ids`)."""
    extra = {"examples": [example]} if example else {}
    described = f"{description} {UNKNOWN_ID_RULE}"
    return QueryFilter(many(Slug, described, **extra), replace(sql, ids_of=ids_of))


def one_of(kind: Any, description: str, column: str) -> QueryFilter:
    """A multi-valued filter on a column holding a closed set, such as `kind=person`."""
    return QueryFilter(many(kind, description), any_of(column))


def role_filter(role: Role, description: str, example: str) -> QueryFilter:
    """Items that involve one of the given entities in `role`."""
    return slugs(description, involves(role), ENTITIES, example)


Check = Callable[[dict[str, Any]], None]


@dataclass(frozen=True)
class FilterGroup:
    """Filters that several operations share, served as one FastAPI dependency whose
    parameters follow the operation's own in OpenAPI; `within` nests another group (its
    parameters come after this group's), `check` validates the values together."""

    filters: Mapping[str, QueryFilter]
    within: FilterGroup | None = None
    check: Check | None = None
    dependency: Callable[..., dict[str, Any]] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "dependency", _dependency(self))

    def sql(self) -> dict[str, Filter]:
        """Every filter of the group, nested ones included, by parameter name."""
        nested = self.within.sql() if self.within else {}
        return {**{n: f.sql for n, f in self.filters.items()}, **nested}

    def depends(self) -> Any:
        return Annotated[dict[str, Any], Depends(self.dependency)]


NESTED = "within_"


def parameters(filters: Mapping[str, QueryFilter]) -> list[inspect.Parameter]:
    """Keyword parameters for a signature FastAPI reads, each defaulting to absent."""
    return [
        inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, annotation=f.annotation, default=None)
        for n, f in filters.items()
    ]


def _dependency(group: FilterGroup) -> Callable[..., dict[str, Any]]:
    def values(**given: Any) -> dict[str, Any]:
        nested = given.pop(NESTED, {})
        found = {**given, **nested}
        if group.check:
            group.check(found)
        return found

    params = parameters(group.filters)
    if group.within is not None:
        kind = inspect.Parameter.KEYWORD_ONLY
        params.insert(0, inspect.Parameter(NESTED, kind, annotation=group.within.depends()))
    values.__signature__ = inspect.Signature(params, return_annotation=dict[str, Any])  # type: ignore[attr-defined]
    return values


def ordered_dates(values: dict[str, Any]) -> None:
    """`date_from` not after `date_to`: an empty range is a mistake, not a question."""
    start, end = values.get("date_from"), values.get("date_to")
    if start and end and start > end:
        raise InvalidParameter("date_from", "date_from is after date_to.", "date_range")


SCOPE = FilterGroup(
    {
        "document_id": slugs(
            "Only items from these documents (repeat for several).",
            any_of("document_id"),
            DOCUMENTS,
        ),
        "entity": slugs(
            "Only items that involve one of these entity ids, in any role (speaker, actor, "
            "location, subject, attributed-to). Repeat for several (OR).",
            involves(),
            ENTITIES,
            "donald-trump",
        ),
        "section": QueryFilter(
            many(
                SearchText,
                "Only items inside a section with this heading, exactly as in the document's "
                "`sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.",
            ),
            within_section(),
        ),
    }
)
ID = QueryFilter(IdFilter, any_of("id", OWN_IDS))
TEXT = QueryFilter(TextQuery, full_text())
ITEMS = FilterGroup({"id": ID, "q": TEXT}, within=SCOPE)
_ENDS = "Only items whose date range ends on or after this day (ISO 8601)."
_STARTS = "Only items whose date range starts on or before this day (ISO 8601)."
DATES = FilterGroup(
    {
        "date_from": QueryFilter(Annotated[IsoDate | None, Query(description=_ENDS)], date_from()),
        "date_to": QueryFilter(Annotated[IsoDate | None, Query(description=_STARTS)], date_to()),
    },
    check=ordered_dates,
)


def _hedged() -> Filter:
    def build(listing: Listing, hedged: bool) -> Condition:
        modality = listing.source.c.modality
        return modality != Modality.asserted if hedged else modality == Modality.asserted

    return Filter(build)


def _at_least(column: str) -> Filter:
    """Items whose ICD 203 step is `level` or higher; those without a step are left out."""
    return Filter(lambda listing, level: listing.source.c[column] >= Likelihood(level).rank)


# How a claim or an implication is put forward (`models.assertion`): who asserts it, with
# which verb, and how sure the text is.
ASSERTION = {
    "modality": one_of(
        Modality, "Only items the text puts forward in these modalities.", "modality"
    ),
    "hedged": QueryFilter(
        Annotated[
            bool | None,
            Query(
                description="`true`: only hedged items (any modality but `asserted`); "
                "`false`: only plain assertions."
            ),
        ],
        _hedged(),
    ),
    "min_likelihood": QueryFilter(
        Annotated[
            Likelihood | None,
            Query(
                description="Only items the text rates at least this likely (ICD 203 steps, "
                "`almost_no_chance` to `almost_certain`); items without a likelihood are left out."
            ),
        ],
        _at_least("likelihood_rank"),
    ),
    "asserted_by": one_of(AssertedBy, "Only items asserted by these.", "asserted_by"),
    "attribution_verb": one_of(
        AttributionVerb, "Only items put forward with these verbs.", "attribution_verb"
    ),
}


def own_and_grouped(
    own: Mapping[str, QueryFilter], groups: Sequence[FilterGroup]
) -> dict[str, Filter]:
    """The SQL of every filter a collection takes besides the change feed's."""
    found = {n: f.sql for n, f in own.items()}
    for group in groups:
        found |= group.sql()
    return found
