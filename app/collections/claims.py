"""Claims: analytic statements, typed, with the quotes and events that support them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.collections.expansions import evidence_of_claims, implications_of_claims
from app.collections.filters import ASSERTION, one_of, role_filter
from app.collections.items import item_collection, related
from app.models import Claim, ClaimPublic, ClaimType, Evidence, ItemType, Role, assertion
from app.models.writes import ClaimCreate, ClaimUpdate
from app.query import assembly

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def node(graph: Graph, item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
    """A `Claim`: `author` whom the briefing attributes it to, `isBasedOn` its evidence."""
    attributed_to = item.pop("attributed_to")
    evidence = item.pop("evidence")
    found = {
        "@type": "Claim",
        "text": item.pop("statement"),
        "about": graph.entities(item.pop("about")),
        "isBasedOn": [graph.ref(f"{ref['type']}s", ref["id"]) for ref in evidence],
        "appearance": document,
    }
    if attributed_to is not None:
        found["author"] = graph.entity(attributed_to)
    return found


def evidence_rows(item_id: str, item: Any, _row: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Its evidence (quotes and events, each once), in the order given; ingest's drafts
    cite none."""
    cited = dict.fromkeys((ref.type, ref.id) for ref in getattr(item, "evidence", ()))
    return [
        {"claim_id": item_id, "evidence_type": kind, "evidence_id": ref, "position": position}
        for position, (kind, ref) in enumerate(cited)
    ]


SPEC = item_collection(
    "claims",
    ItemType.claim,
    (Claim, ClaimPublic, ClaimCreate, ClaimUpdate),
    node=node,
    describe=(
        "Analytic claims with their supporting evidence.",
        "Every analytic claim, typed, with the quotes and events that support it.",
    ),
    position=2,
    export_order=4,
    filters={
        "claim_type": one_of(ClaimType, "Only claims of these types.", "claim_type"),
        "attributed_to": role_filter(
            Role.attributed_to,
            "Only claims the briefing attributes to these entities.",
            "mark-rutte",
        ),
        **ASSERTION,
    },
    sorts=("claim_type",),
    expansions={"evidence": evidence_of_claims, "implications": implications_of_claims},
    id_source="statement",
    search_texts=("statement", "statement", "claim_type"),
    composed=assertion.served,
    **related(
        ItemType.claim,
        assembly.together(assembly.evidence_of, assembly.forecasts_of(ItemType.claim)),
        {Evidence: evidence_rows},
    ),
    roles={"attributed_to": Role.attributed_to, "about": Role.about},
)
