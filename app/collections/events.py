"""Events: dated happenings with their actors and place."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.collections.expansions import claims_citing, involved_entities
from app.collections.filters import DATES, ITEMS, one_of, role_filter
from app.collections.spec import CollectionSpec
from app.models import Event, EventPublic, EventType, ItemType, Role
from app.models.writes import EventCreate, EventUpdate

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def jsonld(graph: Graph, item_id: str, item: dict[str, Any], texts: Mapping[str, str]) -> Any:
    """An `Event`: `startDate`/`endDate`, `actor`, `location`, `subjectOf` the report."""

    def node(item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
        location = item.pop("location")
        found = {
            "@type": "Event",
            "name": item.pop("title"),
            "description": item.pop("description"),
            "startDate": item.pop("date_start"),
            "endDate": item.pop("date_end"),
            "actor": graph.entities(item.pop("actors")),
            "subjectOf": document,
        }
        if location is not None:
            found["location"] = graph.entity(location)
        return found

    return graph.provenanced("events", item_id, item, texts, node)


SPEC = CollectionSpec(
    name="events",
    noun="event",
    table=Event,
    public=EventPublic,
    jsonld=jsonld,
    tag_description="Dated events with actors and location.",
    list_description=("Every dated event in the briefings, with its actors, place and date range."),
    position=4,
    export_order=3,
    item_type=ItemType.event,
    filters={
        "actor": role_filter(Role.actor, "Only events with one of these actors.", "vladimir-putin"),
        "location": role_filter(Role.location, "Only events at one of these places.", "kyiv"),
        "event_type": one_of(EventType, "Only events of these types.", "event_type"),
    },
    filter_groups=(ITEMS, DATES),
    sorts=("char_start", "date_start", "date_end", "id", "title", "event_type"),
    default_sort="date_start",
    case_insensitive_sorts=frozenset({"title"}),
    expansions={
        "claims": claims_citing(ItemType.event),
        "entities": involved_entities(ItemType.event),
    },
    create=EventCreate,
    update=EventUpdate,
    id_source="title",
    search_texts=("title", "description", "event_type"),
    roles={"actors": Role.actor, "location": Role.location},
)
