"""Query parameters shared by several operations, each documented once."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request, Response
from pydantic import AwareDatetime, BeforeValidator, StringConstraints

from app.api.security import PrincipalDep, demand
from app.core.config import get_settings
from app.core.errors import InvalidParameter
from app.models import Scope
from app.models.common import ItemStatus, Slug
from app.services.catalog import COLLECTIONS, expansion_enum, sort_enum

_settings = get_settings()


# Control characters (NUL above all, which PostgreSQL cannot store) match no text; the
# pattern is in the schema so that clients and property tests know it.
PRINTABLE = r"^[^\x00-\x1F\x7F-\x9F]+$"

SearchText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=_settings.max_query_length, pattern=PRINTABLE),
]


def many(item: Any, description: str, **extra: Any) -> Any:
    """A filter that takes several values (repeat the parameter), combined with OR."""
    # Typed without `| None` (the default stays None): an absent filter is simply absent,
    # and the schema does not offer `null`, which no query string can express.
    return Annotated[
        list[item],
        Query(description=description, max_length=_settings.max_filter_values, **extra),
    ]


IdFilter = many(Slug, "Only these ids (repeat for several).")
DocumentFilter = many(Slug, "Only items from these documents (repeat for several).")
EntityFilter = many(
    Slug,
    "Only items that involve one of these entity ids, in any role (speaker, actor, "
    "location, subject, attributed-to). Repeat for several (OR).",
    examples=["donald-trump"],
)
SectionFilter = many(
    SearchText,
    "Only items inside a section with this heading, exactly as in the document's "
    "`sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.",
)
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

_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([Zz]|[+-]\d{2}:\d{2})")


def _rfc3339_only(value: object) -> object:
    """An instant as RFC 3339 with its offset; not a Unix timestamp, not a bare date."""
    if isinstance(value, str) and not _RFC3339.fullmatch(value):
        raise ValueError("expected an RFC 3339 instant with a time zone, e.g. 2026-11-25T08:00:00Z")
    return value


Instant = Annotated[AwareDatetime, BeforeValidator(_rfc3339_only)]

DateFrom = Annotated[
    IsoDate | None,
    Query(description="Only items whose date range ends on or after this day (ISO 8601)."),
]
DateTo = Annotated[
    IsoDate | None,
    Query(description="Only items whose date range starts on or before this day (ISO 8601)."),
]


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None
    request: Request
    response: Response

    def linked(self, page: dict[str, Any]) -> dict[str, Any]:
        """Add an RFC 8288 `Link: <…>; rel="next"` header when there is a next page."""
        if page["next_cursor"]:
            url = self.request.url.include_query_params(cursor=page["next_cursor"])
            self.response.headers["Link"] = f'<{url}>; rel="next"'
        return page


def page_params(
    request: Request,
    response: Response,
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=_settings.max_page_size,
            description=f"Page size, 1–{_settings.max_page_size}.",
        ),
    ] = _settings.default_page_size,
    cursor: Annotated[
        str | None,
        Query(
            description="The `next_cursor` of the previous page, with the same filters and sort.",
            max_length=_settings.max_cursor_length,
        ),
    ] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor, request=request, response=response)


PageDep = Annotated[PageParams, Depends(page_params)]


def scope_filters(
    document_id: DocumentFilter = None,
    entity: EntityFilter = None,
    section: SectionFilter = None,
) -> dict[str, Any]:
    """Where in the briefings to look: the filters every item view takes, across types too."""
    return {"document_id": document_id, "entity": entity, "section": section}


ScopeDep = Annotated[dict[str, Any], Depends(scope_filters)]


def item_filters(scope: ScopeDep, id: IdFilter = None, q: TextQuery = None) -> dict[str, Any]:
    """The filters every claim, quote, event and implication collection takes."""
    return {**scope, "id": id, "q": q}


ItemFiltersDep = Annotated[dict[str, Any], Depends(item_filters)]


@dataclass(frozen=True)
class Viewer:
    """Whether the caller may see drafts: a key with the curator scope (or admin)."""

    sees_drafts: bool


def viewer(principal: PrincipalDep) -> Viewer:
    return Viewer(sees_drafts=principal.scope is not None and principal.scope.allows(Scope.curator))


ViewerDep = Annotated[Viewer, Depends(viewer)]


def change_filters(
    principal: PrincipalDep,
    updated_since: Annotated[
        Instant | None,
        Query(
            description="Only items changed after this instant (RFC 3339 with a time zone, "
            "e.g. `2026-11-25T08:00:00Z`): pass the `Corpus-Updated-At` header of your last "
            "sync to fetch only what changed since.",
        ),
    ] = None,
    include_deleted: Annotated[
        bool,
        Query(
            description="Also list deleted items (with `deleted_at` set), so a syncing "
            "client learns of deletions.",
        ),
    ] = False,
    status: many(
        ItemStatus,
        "Only items with these statuses (repeat for several); default `published`. `draft` "
        "(rule-extracted items waiting for a curator) needs an API key with the `curator` "
        "scope: 401 without a key, 403 with a lesser one.",
    ) = None,
) -> dict[str, Any]:
    """The change feed: what a client that keeps a copy needs to stay in sync; and, for
    curators, the drafts."""
    if status and any(s != ItemStatus.published for s in status):
        demand(principal, Scope.curator, "Listing drafts (status=draft)")
    return {
        "updated_since": updated_since,
        "include_deleted": include_deleted,
        "status": [s.value for s in dict.fromkeys(status or ())],
    }


ChangesDep = Annotated[dict[str, Any], Depends(change_filters)]


def date_filters(date_from: DateFrom = None, date_to: DateTo = None) -> dict[str, Any]:
    if date_from and date_to and date_from > date_to:
        raise InvalidParameter("date_from", "date_from is after date_to.", "date_range")
    return {"date_from": date_from, "date_to": date_to}


DateFiltersDep = Annotated[dict[str, Any], Depends(date_filters)]


def sort_query(collection: str) -> Any:
    """The `sort` parameter of a collection: one of its sortable fields, `-` for descending."""
    listing = COLLECTIONS[collection].listing
    return Annotated[
        sort_enum(collection) | None,
        Query(
            description="Sort by this field; prefix `-` for descending. Ties are broken by id. "
            f"Default: `{listing.default_sort}`.",
        ),
    ]


def include_query(collection: str) -> Any:
    """The `include` parameter: referenced items to embed in the page's `included`."""
    include = expansion_enum(collection)
    return Annotated[
        list[include] | None,
        Query(
            description="Embed referenced items in `included`, saving a round trip per "
            "item. Repeat for several.",
        ),
    ]


def item_id(noun: str) -> Any:
    """A path id. Any printable string is accepted, so that an id that cannot exist is a 404
    like any other unknown id, not a validation error; a control character (NUL above all,
    which PostgreSQL cannot even compare) is a 422."""
    return Annotated[
        str, Path(description=f"The {noun}'s id (a slug).", min_length=1, pattern=PRINTABLE)
    ]
