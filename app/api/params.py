"""Query parameters shared by several operations, each documented once. The filters of
the collections are declared in `app.collections.filters`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request, Response
from pydantic import AfterValidator, AwareDatetime, BeforeValidator

from app.api.security import PrincipalDep, demand
from app.collections import CollectionSpec
from app.collections.enums import expansion_enum, sort_enum
from app.collections.filters import ABSENT, DATES, MAX_FILTER_VALUES, PRINTABLE, SCOPE
from app.core.config import get_settings
from app.models import Scope
from app.models.common import ItemStatus

_settings = get_settings()


_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([Zz]|[+-]\d{2}:\d{2})")


def _rfc3339_only(value: object) -> object:
    """An instant as RFC 3339 with its offset; not a Unix timestamp, not a bare date."""
    if isinstance(value, str) and not _RFC3339.fullmatch(value):
        raise ValueError("expected an RFC 3339 instant with a time zone, e.g. 2026-11-25T08:00:00Z")
    return value


def _in_utc(value: dt.datetime) -> dt.datetime:
    """The instant in UTC, as it is stored and compared: `9999-12-31T23:59:59-23:59` is a
    valid RFC 3339 instant that UTC cannot hold (an `OverflowError`, once a 500)."""
    try:
        return value.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError("the instant lies outside the years 1 to 9999 in UTC") from None


Instant = Annotated[AwareDatetime, BeforeValidator(_rfc3339_only), AfterValidator(_in_utc)]


def several(description: str) -> Any:
    """The `Query` of a parameter that may repeat (values combined with OR), bounded like
    every filter: `Annotated[list[X], several("Only …")]`."""
    return Query(description=description, max_length=MAX_FILTER_VALUES)


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

    def of(self, fetch: Callable[..., dict[str, Any]], *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The page that `fetch(*args, **kwargs)` finds at this limit and cursor, linked."""
        return self.linked(fetch(*args, limit=self.limit, cursor=self.cursor, **kwargs))


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


# The filter groups the dashboard shares with the collections.
ScopeDep = Annotated[dict[str, Any], Depends(SCOPE.dependency)]
DateFiltersDep = Annotated[dict[str, Any], Depends(DATES.dependency)]


@dataclass(frozen=True)
class Viewer:
    """Whether the caller may see drafts: a key with the curator scope (or admin)."""

    sees_drafts: bool


def viewer(principal: PrincipalDep) -> Viewer:
    return Viewer(sees_drafts=principal.scope is not None and principal.scope.allows(Scope.curator))


ViewerDep = Annotated[Viewer, Depends(viewer)]


StatusFilter = Annotated[
    list[ItemStatus],
    Query(
        description="Only items with these statuses (repeat for several); default `published`. "
        "`draft` (rule-extracted items waiting for a curator) needs an API key with the "
        "`curator` scope: 401 without a key, 403 with a lesser one.",
        max_length=_settings.max_filter_values,
    ),
]


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
    status: StatusFilter = ABSENT,
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


def sort_query(spec: CollectionSpec) -> Any:
    """The `sort` parameter of a collection: one of its sortable fields, `-` for descending."""
    return Annotated[
        sort_enum(spec) | None,
        Query(
            description="Sort by this field; prefix `-` for descending. Ties are broken by id. "
            f"Default: `{spec.default_sort}`.",
        ),
    ]


def include_query(spec: CollectionSpec) -> Any:
    """The `include` parameter: referenced items to embed in the page's `included`."""
    include = expansion_enum(spec)
    return Annotated[
        list[include] | None,  # type: ignore[valid-type]
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
