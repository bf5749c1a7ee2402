"""Implications: forward-looking statements and the claims they are derived from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.collections.expansions import (
    claims_of_implications,
    evidence_of_implications,
    involved_entities,
)
from app.collections.filters import ITEMS
from app.collections.spec import CollectionName, CollectionSpec
from app.models import Implication, ImplicationPublic, ItemType, Role
from app.models.writes import ImplicationCreate, ImplicationUpdate
from app.query import assembly

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def jsonld(graph: Graph, item_id: str, item: dict[str, Any], texts: Mapping[str, str]) -> Any:
    """A `Claim` that is also a `briefing:Implication`, `isBasedOn` its claims."""

    def node(item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
        derived_from = item.pop("derived_from")
        return {
            "@type": ["Claim", "Implication"],
            "text": item.pop("statement"),
            "about": graph.entities(item.pop("about")),
            "isBasedOn": [graph.ref("claims", ref["id"]) for ref in derived_from],
            "appearance": document,
        }

    return graph.provenanced("implications", item_id, item, texts, node)


SPEC = CollectionSpec(
    name=CollectionName.implications,
    noun="implication",
    table=Implication,
    public=ImplicationPublic,
    assemble=assembly.implications,
    jsonld=jsonld,
    tag_description="Forward-looking implications and their basis.",
    list_description="Forward-looking implications, each with the claims it is derived from.",
    export_order=5,
    item_type=ItemType.implication,
    filter_groups=(ITEMS,),
    sorts=("char_start", "id"),
    default_sort="char_start",
    expansions={
        "claims": claims_of_implications,
        "evidence": evidence_of_implications,
        "entities": involved_entities(ItemType.implication),
    },
    create=ImplicationCreate,
    update=ImplicationUpdate,
    id_source="statement",
    roles={"about": Role.about},
)
