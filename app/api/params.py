"""Query parameters shared by several operations, each documented once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request, Response

from app.core.config import get_settings
from app.core.errors import InvalidParameter
from app.models.common import Slug
from app.services.catalog import COLLECTIONS, expansion_enum, sort_enum

_settings = get_settings()

IdFilter = Annotated[list[Slug] | None, Query(description="Only these ids (repeat for several).")]
DocumentFilter = Annotated[
    list[Slug] | None, Query(description="Only items from these documents (repeat for several).")
]
EntityFilter = Annotated[
    list[Slug] | None,
    Query(
        description="Only items that involve one of these entity ids, in any role "
        "(speaker, actor, location, subject, attributed-to). Repeat for several (OR).",
        examples=["donald-trump"],
    ),
]
SectionFilter = Annotated[
    list[str] | None,
    Query(
        description="Only items inside a section with this heading, exactly as in the "
        "document's `sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.",
        max_length=_settings.max_query_length,
    ),
]
TextQuery = Annotated[
    str | None,
    Query(
        description="Case-insensitive text search over the item's text fields.",
        min_length=1,
        max_length=_settings.max_query_length,
    ),
]
DateFrom = Annotated[
    dt.date | None,
    Query(description="Only items whose date range ends on or after this day (ISO 8601)."),
]
DateTo = Annotated[
    dt.date | None,
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
            max_length=2000,
        ),
    ] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor, request=request, response=response)


PageDep = Annotated[PageParams, Depends(page_params)]


def item_filters(
    id: IdFilter = None,
    document_id: DocumentFilter = None,
    entity: EntityFilter = None,
    section: SectionFilter = None,
    q: TextQuery = None,
) -> dict[str, Any]:
    """The filters every claim, quote, event and implication collection takes."""
    return {"id": id, "document_id": document_id, "entity": entity, "section": section, "q": q}


ItemFiltersDep = Annotated[dict[str, Any], Depends(item_filters)]


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
    return Annotated[
        list[expansion_enum(collection)] | None,  # type: ignore[valid-type]
        Query(
            description="Embed referenced items in `included`, saving a round trip per "
            "item. Repeat for several.",
        ),
    ]
