"""Quotes: quotations with their speaker, date and occasion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.collections.expansions import claims_citing
from app.collections.filters import one_of, role_filter
from app.collections.items import item_collection
from app.models import ItemType, Quote, QuotePublic, Role
from app.models.knowledge import SPEECH, QuoteKind
from app.models.writes import QuoteCreate, QuoteUpdate

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def coverage(start: str | None, end: str | None) -> str | None:
    """`temporalCoverage`: a day, or an interval whose open end is `..`; None if undated."""
    if start is None and end is None:
        return None
    return start if start == end else f"{start or '..'}/{end or '..'}"


def node(graph: Graph, item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
    """A `Quotation`: `spokenByCharacter` and `creator` its speaker (speech only),
    `isPartOf` the report; its kind is `brf:quoteKind`."""
    speaker = item.pop("speaker")
    start, end = item.pop("date_start"), item.pop("date_end")
    found: dict[str, Any] = {
        "@type": "Quotation",
        "text": item.pop("text"),
        "quote_kind": item.pop("kind"),
        "about": graph.entities(item.pop("about")),
        "isPartOf": document,
    }
    if speaker is not None:
        found["spokenByCharacter"] = graph.entity(speaker)
        found["creator"] = {"@id": found["spokenByCharacter"]["@id"]}
    if (covered := coverage(start, end)) is not None:
        found["temporalCoverage"] = covered
    if start is not None and start == end and item["date_precision"] == "day":
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
        "kind": one_of(
            QuoteKind,
            "Only quotes of these kinds. By default the speech kinds "
            f"({', '.join(sorted(SPEECH))}); ask for `scare_quote` or `term` to see those.",
            "kind",
        ),
    },
    list_defaults={"kind": sorted(SPEECH)},
    dated=True,
    expansions={"claims": claims_citing(ItemType.quote)},
    id_source="text",
    search_texts=("text", "context", None),
    roles={"speaker": Role.speaker, "about": Role.about},
)
