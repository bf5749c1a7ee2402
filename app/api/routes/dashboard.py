from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Query

from app.api.deps import SessionDep, SettingsDep
from app.api.params import DateFiltersDep, PageDep, ScopeDep, several
from app.collections.filters import (
    ABSENT,
    FULL_TEXT_RULES,
    SearchText,
    TextQuery,
)
from app.core.errors import problem_responses
from app.models import ItemType
from app.models.dashboard import SearchResults, SearchType, Stats, Timeline, TimelineType
from app.services import dashboard

if TYPE_CHECKING:
    TimelineSort = str
else:
    TimelineSort = dashboard.TimelineSort  # an enum built from the timeline's sorts

router = APIRouter(tags=["dashboard"])


@router.get(
    "/timeline",
    response_model=Timeline,
    summary="Events and dated quotes in date order",
    responses=problem_responses(422),
)
def get_timeline(
    session: SessionDep,
    settings: SettingsDep,
    page: PageDep,
    dates: DateFiltersDep,
    scope: ScopeDep,
    q: TextQuery = ABSENT,
    type: Annotated[list[TimelineType], several("Only `event` or only `quote` entries.")] = ABSENT,
    sort: Annotated[
        TimelineSort | None,
        Query(description="Default `date_start`; `-` for newest first. Ties by type and id."),
    ] = None,
) -> dict[str, Any]:
    """Events and quotes on one time axis, for a dashboard's timeline view."""
    filters = {**dates, **scope, "q": q, "type": type}
    return page.of(dashboard.timeline, session, settings, filters, sort=sort)


@router.get(
    "/search",
    response_model=SearchResults,
    summary="Search every item type",
    responses=problem_responses(422),
)
def search(
    session: SessionDep,
    settings: SettingsDep,
    page: PageDep,
    q: Annotated[
        SearchText,
        Query(
            description="Full-text search of entities, claims, quotes, events and "
            f"implications. {FULL_TEXT_RULES}"
        ),
    ],
    scope: ScopeDep,
    type: Annotated[list[SearchType], several("Only hits of these types.")] = ABSENT,
) -> dict[str, Any]:
    """Hits across all types, entities first, then in document order, each with a snippet."""
    filters = {**scope, "q": q, "type": type}
    return page.of(dashboard.search, session, settings, filters, sort=None)


@router.get(
    "/stats",
    response_model=Stats,
    summary="Facet counts for dashboards",
    responses=problem_responses(422),
)
def get_stats(
    session: SessionDep,
    dates: DateFiltersDep,
    scope: ScopeDep,
    q: TextQuery = ABSENT,
    type: Annotated[list[ItemType], several("Only items of these types.")] = ABSENT,
) -> Stats:
    """Counts of the matching items per type, entity, month, section, claim and event type.
    Date filters keep only dated items (events and quotes)."""
    return dashboard.stats(session, {**dates, **scope, "q": q, "type": type})
