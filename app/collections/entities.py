"""Entities: the people, countries, organizations, places and groups the items involve."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.collections.expansions import items_involving
from app.collections.filters import ID, TEXT, one_of
from app.collections.spec import CollectionSpec
from app.models import Entity, EntityKind, EntityPublic, ItemType
from app.models.writes import EntityCreate, EntityUpdate
from app.query import assembly

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def jsonld(graph: Graph, item_id: str, item: dict[str, Any], texts: Mapping[str, str]) -> Any:
    return graph.entity({"id": item_id, **item})


SPEC = CollectionSpec(
    name="entities",
    noun="entity",
    table=Entity,
    public=EntityPublic,
    assembler=assembly.entities,
    jsonld=jsonld,
    tag_description="People, countries, organizations, places, groups.",
    list_description=(
        "People, countries, organizations, places and groups the briefings name, one id each."
    ),
    position=1,
    export_order=1,
    filters={
        "id": ID,
        "kind": one_of(EntityKind, "Only entities of these kinds.", "kind"),
        "q": TEXT,
    },
    sorts=("name", "kind", "id"),
    default_sort="name",
    case_insensitive_sorts=frozenset({"name"}),
    expansions={
        "quotes": items_involving(ItemType.quote, "quotes"),
        "events": items_involving(ItemType.event, "events"),
        "claims": items_involving(ItemType.claim, "claims"),
        "implications": items_involving(ItemType.implication, "implications"),
    },
    create=EntityCreate,
    update=EntityUpdate,
    id_source="name",
)
