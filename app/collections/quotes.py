"""Quotes: quotations with their speaker, date and occasion."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.collections.expansions import claims_citing, involved_entities
from app.collections.filters import DATES, ITEMS, role_filter
from app.collections.spec import CollectionSpec
from app.models import ItemType, Quote, QuotePublic, Role
from app.models.writes import QuoteCreate, QuoteUpdate

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def jsonld(graph: Graph, item_id: str, item: dict[str, Any], texts: Mapping[str, str]) -> Any:
    """A `Quotation`: `spokenByCharacter` and `creator` its speaker, `isPartOf` the report."""

    def node(item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
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

    return graph.provenanced("quotes", item_id, item, texts, node)


SPEC = CollectionSpec(
    name="quotes",
    noun="quote",
    table=Quote,
    public=QuotePublic,
    jsonld=jsonld,
    tag_description="Quotations with speaker, date and occasion.",
    list_description=(
        "Every quotation in the briefings: the words, who said them, when and on what occasion."
    ),
    position=3,
    export_order=2,
    item_type=ItemType.quote,
    filters={
        "speaker": role_filter(
            Role.speaker, "Only quotes by these speakers (entity ids).", "donald-trump"
        ),
    },
    filter_groups=(ITEMS, DATES),
    sorts=("char_start", "date_start", "date_end", "id"),
    default_sort="char_start",
    expansions={
        "claims": claims_citing(ItemType.quote),
        "entities": involved_entities(ItemType.quote),
    },
    create=QuoteCreate,
    update=QuoteUpdate,
    id_source="text",
    search_texts=("text", "context", None),
    roles={"speaker": Role.speaker, "about": Role.about},
)
