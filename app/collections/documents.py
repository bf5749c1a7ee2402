"""Documents: the source briefings. Not writable here; `POST /documents` ingests one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.collections.filters import ID, TEXT
from app.collections.spec import CollectionSpec
from app.models import Document, DocumentPublic
from app.query import assembly

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def jsonld(graph: Graph, item_id: str, item: dict[str, Any], texts: Mapping[str, str]) -> Any:
    """A `schema:Report`, its exact text an `associatedMedia` `MediaObject`."""
    node = {
        "@type": "Report",
        "name": item.pop("title"),
        "datePublished": item.pop("published_on"),
        "associatedMedia": {
            "@type": "MediaObject",
            "contentUrl": f"{graph.iri('documents', item_id)}/text",
            "encodingFormat": "text/plain; charset=utf-8",
            "sha256": item.pop("source_sha256"),
        },
    }
    subtitle = item.pop("subtitle")
    if subtitle is not None:
        node["alternativeHeadline"] = subtitle
    return {"@id": graph.iri("documents", item_id), **node, "identifier": item_id, **item}


SPEC = CollectionSpec(
    name="documents",
    noun="document",
    table=Document,
    public=DocumentPublic,
    assembler=assembly.documents,
    jsonld=jsonld,
    tag_description="Source documents, their sections and exact text.",
    list_description="The source documents, with their sections and the SHA-256 of their text.",
    position=0,
    export_order=0,
    filters={"id": ID, "q": TEXT},
    sorts=("published_on", "title", "id"),
    default_sort="published_on",
    case_insensitive_sorts=frozenset({"title"}),
)
