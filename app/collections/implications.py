"""Implications: forward-looking statements and the claims they are derived from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.collections.expansions import claims_of_implications, evidence_of_implications
from app.collections.items import item_collection
from app.collections.spec import CollectionName
from app.models import Implication, ImplicationPublic, ItemType, Role
from app.models.writes import ImplicationCreate, ImplicationUpdate
from app.query import assembly

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def node(graph: Graph, item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
    """A `Claim` that is also a `briefing:Implication`, `isBasedOn` its claims."""
    derived_from = item.pop("derived_from")
    return {
        "@type": ["Claim", "Implication"],
        "text": item.pop("statement"),
        "about": graph.entities(item.pop("about")),
        "isBasedOn": [graph.ref("claims", ref["id"]) for ref in derived_from],
        "appearance": document,
    }


SPEC = item_collection(
    CollectionName.implications,
    ItemType.implication,
    (Implication, ImplicationPublic, ImplicationCreate, ImplicationUpdate),
    assemble=assembly.implications,
    node=node,
    describe=(
        "Forward-looking implications and their basis.",
        "Forward-looking implications, each with the claims it is derived from.",
    ),
    export_order=5,
    expansions={"claims": claims_of_implications, "evidence": evidence_of_implications},
    id_source="statement",
    roles={"about": Role.about},
)
