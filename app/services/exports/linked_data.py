"""JSON-LD: the items as schema.org nodes, their provenance as W3C Web Annotations.

Types: a document is a `schema:Report` (its exact text an `associatedMedia` `MediaObject`
with `sha256`); a quote a `Quotation` (`spokenByCharacter` and `creator` its speaker,
`isPartOf` the report); an event an `Event` (`startDate`/`endDate`, `actor`, `location`,
`subjectOf` the report); a claim a `Claim` (`text`, `author` whom the briefing attributes it
to, `about`, `isBasedOn` its evidence, `appearance` the report); an implication a `Claim`
that is also a `briefing:Implication`, `isBasedOn` the claims it derives from. Entities are
`Person`, `Country`, `Organization` (groups too: schema.org's type for a body of people)
or `Place`.

Each item's provenance is an `oa:Annotation` whose body is the item (`provenance` is the
reverse of `oa:hasBody`) and whose target is an `oa:SpecificResource` of the document's IRI,
selected by an `oa:TextQuoteSelector` (exact excerpt, 32 code points of prefix and suffix)
and an `oa:TextPositionSelector` (code-point offsets, end exclusive, as the JSON's).

A forecast is a `brf:Forecast` (`isBasedOn` the claim or implication that makes it), a
stance a `brf:Stance` (`holder` and `target` entities, `isBasedOn` its evidence); their
fields, and an item's `relations`, are terms of the briefing's own small vocabulary
(`FORECAST_TERMS`, under `brf:`), as schema.org has none for them.

The `@context` is inline: nothing has to be fetched (no schema.org request) to read it.
Fields with no schema.org counterpart keep their JSON name under `urn:briefing-api:vocab:`
(the context's `@vocab`), so a field added to a public model appears here by itself.

schema.org has no term for who asserts a claim by which verb, nor for estimative
probability, so a small vocabulary under the same namespace (prefix `brf:`) names them:
`brf:attribution` (with `brf:assertedBy`: author, speaker, source or unnamed_source;
`brf:attributionVerb`, one of `AttributionVerb`; `brf:speakerBasis`: named or inferred),
`brf:confidence` (with `brf:modality`: asserted, estimative, possible, evidential or
reported; `brf:likelihood`: an ICD 203 step, `almost_no_chance` to `almost_certain`;
`brf:hedged`, a boolean), and `brf:cue`, the word(s) that say so, with their offsets.

Dates and quotes have documented terms there too: `brf:dateBasis`,
`brf:dateNote`, `brf:datePrecision` (how a date is known), `brf:period` (what a quote
speaks about), `brf:quoteKind`, `brf:identified`, `brf:roles`. An open date bound is
written `..` in `temporalCoverage` (ISO 8601-2); an undated item has none.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from app.collections import REGISTRY

if TYPE_CHECKING:
    from app.services.exports.batches import Batch

SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
VOCAB = "urn:briefing-api:vocab:"
AFFIX_LENGTH = 32  # code points of prefix and suffix in a TextQuoteSelector

_SCHEMA_TYPES = (
    "Report",
    "MediaObject",
    "Quotation",
    "Event",
    "Claim",
    "Person",
    "Country",
    "Organization",
    "Place",
    "GovernmentOrganization",
    "NewsMediaOrganization",
    "CreativeWork",
    "Product",
)
_SCHEMA_PROPERTIES = (
    "identifier",
    "name",
    "alternateName",
    "alternativeHeadline",
    "description",
    "text",
    "temporalCoverage",
    "encodingFormat",
    "sha256",
    "spokenByCharacter",
    "creator",
    "author",
    "about",
    "actor",
    "location",
    "isPartOf",
    "subjectOf",
    "appearance",
    "isBasedOn",
    "associatedMedia",
)
_OFFSET = "xsd:nonNegativeInteger"

# The briefing's own terms for forecasts, stances and relations between items: the
# `brf:` prefix is `@vocab`, so each term's IRI is the one `@vocab` would give its JSON
# name; named here to document them.
FORECAST_TERMS: dict[str, Any] = {
    "Forecast": "brf:Forecast",  # what a claim or implication says will happen
    "Stance": "brf:Stance",  # a holder entity toward a target entity, on a topic
    "horizon": "brf:horizon",  # by when (a date with its basis)
    "condition": "brf:condition",  # on what condition, verbatim and anchored
    "drawn_by": "brf:drawnBy",  # the author, or a curator
    "outcome": "brf:outcome",  # open, came_true, did_not, partly, superseded
    "holder": "brf:holder",
    "target": "brf:target",
    "topic": "brf:topic",
    "polarity": {"@id": "brf:polarity", "@type": "xsd:integer"},  # -2 hostile … +2 supportive
    "relations": "brf:relations",  # typed links to other items
    "relation": "brf:relation",  # supports, contradicts, qualifies, summarizes, causes
}

CONTEXT: dict[str, Any] = {
    "@vocab": VOCAB,
    "schema": SCHEMA,
    "oa": OA,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    **{name: f"schema:{name}" for name in (*_SCHEMA_TYPES, *_SCHEMA_PROPERTIES)},
    **{
        name: {"@id": f"schema:{name}", "@type": "xsd:date"}
        for name in ("datePublished", "dateCreated", "startDate", "endDate")
    },
    "contentUrl": {"@id": "schema:contentUrl", "@type": "@id"},
    **{
        name: f"oa:{name}"
        for name in (
            "Annotation",
            "SpecificResource",
            "TextQuoteSelector",
            "TextPositionSelector",
            "hasTarget",
            "hasSelector",
            "exact",
            "prefix",
            "suffix",
        )
    },
    "provenance": {"@reverse": "oa:hasBody"},
    "motivation": {"@id": "oa:motivatedBy", "@type": "@vocab"},
    "describing": "oa:describing",
    "hasSource": {"@id": "oa:hasSource", "@type": "@id"},
    "start": {"@id": "oa:start", "@type": _OFFSET},
    "end": {"@id": "oa:end", "@type": _OFFSET},
    "brf": VOCAB,
    **{
        name: f"brf:{term}"
        for name, term in (
            ("attribution", "attribution"),
            ("asserted_by", "assertedBy"),
            ("verb", "attributionVerb"),
            ("speaker_basis", "speakerBasis"),
            ("confidence", "confidence"),
            ("modality", "modality"),
            ("likelihood", "likelihood"),
            ("cue", "cue"),
        )
    },
    "hedged": {"@id": "brf:hedged", "@type": "xsd:boolean"},
    **FORECAST_TERMS,
    # The briefing's own vocabulary, where schema.org has no term: how a date is known.
    "date_precision": "brf:datePrecision",
    "date_basis": "brf:dateBasis",
    "date_note": "brf:dateNote",
    "period": "brf:period",
    "quote_kind": "brf:quoteKind",
    "identified": "brf:identified",
    "roles": "brf:roles",
}

ENTITY_TYPES = {
    "person": "Person",
    "country": "Country",
    "organization": "Organization",
    "place": "Place",
    "group": "Organization",
    "government": "GovernmentOrganization",
    "military_unit": "Organization",
    "media_outlet": "NewsMediaOrganization",
    "facility": "Place",
    "operation": "Event",
    "document": "CreativeWork",
    "weapon_system": "Product",
}


class Graph:
    """Builds the nodes of one response; IRIs are `<base>/v1/<collection>/<id>`."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/")

    def iri(self, collection: str, item_id: str) -> str:
        return f"{self.base}/v1/{collection}/{item_id}"

    def entity(self, ref: dict[str, Any]) -> dict[str, Any]:
        """An entity reference (id, name, kind) or a whole entity, as a node."""
        node = dict(ref)
        entity_id = node.pop("id")
        node = {
            "@id": self.iri("entities", entity_id),
            "@type": ENTITY_TYPES.get(ref["kind"], "Thing"),
            "identifier": entity_id,
            **node,
        }
        if "aliases" in node:
            node["alternateName"] = node.pop("aliases")
        return node

    def ref(self, collection: str, item_id: str) -> dict[str, str]:
        return {"@id": self.iri(collection, item_id)}

    def entities(self, refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [self.entity(ref) for ref in refs]

    def annotation(self, item: dict[str, Any], text: str | None) -> dict[str, Any]:
        p = item.pop("provenance")
        quote: dict[str, Any] = {"@type": "TextQuoteSelector", "exact": p["excerpt"]}
        if text is not None:
            quote["prefix"] = text[max(0, p["char_start"] - AFFIX_LENGTH) : p["char_start"]]
            quote["suffix"] = text[p["char_end"] : p["char_end"] + AFFIX_LENGTH]
        return {
            "@type": "Annotation",
            "motivation": "describing",
            "hasTarget": {
                "@type": "SpecificResource",
                "hasSource": self.iri("documents", p["document_id"]),
                "section": p["section"],
                "document_sha256": p["document_sha256"],
                "hasSelector": [
                    quote,
                    {
                        "@type": "TextPositionSelector",
                        "start": p["char_start"],
                        "end": p["char_end"],
                    },
                ],
            },
        }

    def node(self, collection: str, model: BaseModel, texts: Mapping[str, str]) -> dict[str, Any]:
        """The item's node, as its collection's spec maps it."""
        item = model.model_dump(mode="json")
        return REGISTRY[collection].jsonld(self, item.pop("id"), item, texts)

    def provenanced(
        self,
        collection: str,
        item_id: str,
        item: dict[str, Any],
        texts: Mapping[str, str],
        typed: Callable[[dict[str, Any], dict[str, str]], dict[str, Any]],
    ) -> dict[str, Any]:
        """A provenance-carrying item: `typed` maps its own fields (given the document's
        reference), the provenance becomes an annotation."""
        document = self.ref("documents", item.pop("document_id"))
        provenance = self.annotation(item, texts.get(document["@id"]))
        node = {"@id": self.iri(collection, item_id), **typed(item, document)}
        # What has no schema.org counterpart keeps its JSON name, under @vocab.
        return {**node, "identifier": item_id, **item, "provenance": provenance}


class JsonLdWriter:
    """`{"@context": {…}, "@graph": [node, …]}`, written node by node."""

    quotes_sources = True  # a selector's prefix and suffix come from the document's text

    def __init__(self, base_url: str) -> None:
        self.graph = Graph(base_url)
        self.separator = ""

    def start(self) -> str:
        return '{"@context":' + json.dumps(CONTEXT) + ',"@graph":[\n'

    def render(self, batch: Batch) -> str:
        if not batch.items:
            return ""
        texts = {self.graph.iri("documents", i): text for i, text in batch.texts.items()}
        nodes = ",\n".join(
            json.dumps(self.graph.node(batch.collection, item, texts), ensure_ascii=False)
            for item in batch.items
        )
        chunk, self.separator = self.separator + nodes, ",\n"
        return chunk

    def end(self) -> str:
        return "\n]}\n"
