"""Implications: forward-looking statements and the claims they are derived from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.collections.expansions import claims_of_implications, evidence_of_implications
from app.collections.filters import ASSERTION
from app.collections.items import item_collection, related
from app.models import Derivation, Implication, ImplicationPublic, ItemType, Role, assertion
from app.models.writes import ImplicationCreate, ImplicationUpdate
from app.query import assembly

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def node(graph: Graph, item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
    """A `Claim` that is also a `briefing:Implication`, `isBasedOn` its claims, `author`
    the speaker or source it is attributed to."""
    derived_from = item.pop("derived_from")
    attributed_to = item.pop("attributed_to")
    found = {
        "@type": ["Claim", "Implication"],
        "text": item.pop("statement"),
        "about": graph.entities(item.pop("about")),
        "isBasedOn": [graph.ref("claims", ref["id"]) for ref in derived_from],
        "appearance": document,
    }
    if attributed_to is not None:
        found["author"] = graph.entity(attributed_to)
    return found


def derivation_rows(item_id: str, item: Any, _row: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The claims it rests on, each once, in the order given (ids, or `ClaimRef`s)."""
    claims = dict.fromkeys(getattr(ref, "id", ref) for ref in item.derived_from)
    return [
        {"implication_id": item_id, "claim_id": claim_id, "position": position}
        for position, claim_id in enumerate(claims)
    ]


SPEC = item_collection(
    "implications",
    ItemType.implication,
    (Implication, ImplicationPublic, ImplicationCreate, ImplicationUpdate),
    node=node,
    describe=(
        "Forward-looking implications and their basis.",
        "Forward-looking implications, each with the claims it is derived from.",
    ),
    position=5,
    export_order=5,
    filters=ASSERTION,
    expansions={"claims": claims_of_implications, "evidence": evidence_of_implications},
    id_source="statement",
    search_texts=("statement", "statement", None),
    composed=assertion.served,
    **related(
        ItemType.implication,
        assembly.together(assembly.derivations_of, assembly.forecasts_of(ItemType.implication)),
        {Derivation: derivation_rows},
    ),
    roles={"attributed_to": Role.attributed_to, "about": Role.about},
)
