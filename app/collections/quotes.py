"""Quotes: quotations with their speaker, date and occasion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.collections.expansions import claims_citing
from app.collections.filters import role_filter
from app.collections.items import item_collection
from app.models import ItemType, Quote, QuotePublic, Role
from app.models.writes import QuoteCreate, QuoteUpdate

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def node(graph: Graph, item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
    """A `Quotation`: `spokenByCharacter` and `creator` its speaker, `isPartOf` the report."""
    speaker = graph.entity(item.pop("speaker"))
    start, end = item.pop("date_start"), item.pop("date_end")
    found = {
        "@type": "Quotation",
        "text": item.pop("text"),
        "spokenByCharacter": speaker,
        "creator": {"@id": speaker["@id"]},
        "about": graph.entities(item.pop("about")),
        "temporalCoverage": start if start == end else f"{start}/{end}",
        "isPartOf": document,
    }
    if start == end and item["date_precision"] == "day":
        found["dateCreated"] = start
    return found


SPEC = item_collection(
    "quotes",
    ItemType.quote,
    (Quote, QuotePublic, QuoteCreate, QuoteUpdate),
    node=node,
    describe=(
        "Quotations with speaker, date and occasion.",
        "Every quotation in the briefings: the words, who said them, when and on what occasion.",
    ),
    position=3,
    export_order=2,
    filters={
        "speaker": role_filter(
            Role.speaker, "Only quotes by these speakers (entity ids).", "donald-trump"
        ),
    },
    dated=True,
    expansions={"claims": claims_citing(ItemType.quote)},
    id_source="text",
    search_texts=("text", "context", None),
    roles={"speaker": Role.speaker, "about": Role.about},
)
