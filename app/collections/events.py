"""Events: dated happenings with their actors and place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.collections.expansions import claims_citing
from app.collections.filters import one_of, role_filter
from app.collections.items import item_collection, related
from app.models import Event, EventPublic, EventType, ItemType, Role
from app.models.writes import EventCreate, EventUpdate

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def node(graph: Graph, item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
    """An `Event`: `startDate`/`endDate` (where not open), `actor`, `location`,
    `subjectOf` the report."""
    location = item.pop("location")
    found = {
        "@type": "Event",
        "name": item.pop("title"),
        "description": item.pop("description"),
        "actor": graph.entities(item.pop("actors")),
        "subjectOf": document,
    }
    for bound, term in (("date_start", "startDate"), ("date_end", "endDate")):
        if (day := item.pop(bound)) is not None:  # an open bound has no date to give
            found[term] = day
    if location is not None:
        found["location"] = graph.entity(location)
    return found


SPEC = item_collection(
    "events",
    ItemType.event,
    (Event, EventPublic, EventCreate, EventUpdate),
    node=node,
    describe=(
        "Dated events with actors and location.",
        "Every dated event in the briefings, with its actors, place and date range.",
    ),
    position=4,
    export_order=3,
    filters={
        "actor": role_filter(Role.actor, "Only events with one of these actors.", "vladimir-putin"),
        "location": role_filter(Role.location, "Only events at one of these places.", "kyiv"),
        "event_type": one_of(EventType, "Only events of these types.", "event_type"),
    },
    dated=True,
    sorts=("title", "event_type"),
    default_sort="date_start",
    case_insensitive_sorts=frozenset({"title"}),
    expansions={"claims": claims_citing(ItemType.event)},
    id_source="title",
    search_texts=("title", "description", "event_type"),
    roles={"actors": Role.actor, "location": Role.location},
    **related(ItemType.event),
)
