from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import SessionDep
from app.api.params import (
    ChangesDep,
    DateFiltersDep,
    ItemFiltersDep,
    ViewerDep,
    include_query,
    item_id,
    many,
    sort_query,
)
from app.api.representations import ListDep, list_responses
from app.core.errors import problem_responses
from app.models import EventPublic, EventType
from app.models.common import Slug
from app.models.pages import EventList
from app.services import collections
from app.services.etags import tagged

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=EventList, summary="List events", responses=list_responses())
def list_events(
    lists: ListDep,
    changes: ChangesDep,
    filters: ItemFiltersDep,
    dates: DateFiltersDep,
    actor: many(Slug, "Only events with one of these actors.", examples=["vladimir-putin"]) = None,
    location: many(Slug, "Only events at one of these places.", examples=["kyiv"]) = None,
    event_type: many(EventType, "Only events of these types.") = None,
    sort: sort_query("events") = None,
    include: include_query("events") = None,
) -> object:
    """Every dated event in the briefings, with its actors, place and date range."""
    return lists.serve(
        "events",
        {
            **changes,
            **filters,
            **dates,
            "actor": actor,
            "location": location,
            "event_type": event_type,
        },
        sort=sort,
        include=include,
    )


@router.get(
    "/{event_id}",
    response_model=EventPublic,
    summary="Get an event",
    responses=problem_responses(404, 422),
)
def get_event(
    session: SessionDep,
    viewer: ViewerDep,
    response: Response,
    event_id: item_id("event"),
) -> object:
    """One event by id."""
    item = collections.get_item(session, "events", event_id, drafts=viewer.sees_drafts)
    return tagged(response, item)
