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
from app.collections.spec import CollectionSpec
from app.models import Derivation, Implication, ImplicationPublic, ItemType, Role
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


def derivation_rows(item_id: str, item: Any) -> list[dict[str, Any]]:
    """The claims it rests on, each once, in the order given (ids, or `ClaimRef`s)."""
    claims = dict.fromkeys(getattr(ref, "id", ref) for ref in item.derived_from)
    return [
        {"implication_id": item_id, "claim_id": claim_id, "position": position}
        for position, claim_id in enumerate(claims)
    ]


SPEC = CollectionSpec(
    name="implications",
    noun="implication",
    table=Implication,
    public=ImplicationPublic,
    jsonld=jsonld,
    tag_description="Forward-looking implications and their basis.",
    list_description="Forward-looking implications, each with the claims it is derived from.",
    position=5,
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
    linked=assembly.derivations_of,
    links={Derivation: derivation_rows},
    create=ImplicationCreate,
    update=ImplicationUpdate,
    id_source="statement",
    search_texts=("statement", "statement", None),
    roles={"about": Role.about},
)
