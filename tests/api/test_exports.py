"""Exports: every list as CSV, NDJSON and JSON-LD with the JSON list's filters and sort, the
whole corpus as NDJSON, content negotiation, and the caches' handling of both."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import httpx
import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from app.collections import REGISTRY
from app.models import ClaimPublic, EntityKind, EntityRef, Provenance
from app.models.assertion import Attribution, Confidence
from app.models.knowledge import Cue
from app.services.exports.batches import Batch
from app.services.exports.tabular import CsvWriter, neutralize
from tests.conftest import fetch_all

COLLECTIONS = ("documents", "entities", "claims", "quotes", "events", "implications")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
TYPES = {
    "person": SCHEMA.Person,
    "country": SCHEMA.Country,
    "organization": SCHEMA.Organization,
    "group": SCHEMA.Organization,
    "place": SCHEMA.Place,
    "government": SCHEMA.GovernmentOrganization,
    "military_unit": SCHEMA.Organization,
    "media_outlet": SCHEMA.NewsMediaOrganization,
    "facility": SCHEMA.Place,
    "operation": SCHEMA.Event,
    "document": SCHEMA.CreativeWork,
    "weapon_system": SCHEMA.Product,
}
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def ndjson(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    assert response.text.endswith("\n")
    return [json.loads(line) for line in response.text.splitlines()]


def csv_rows(response: httpx.Response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"), newline="")))


# --- NDJSON --------------------------------------------------------------------------------


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_ndjson_lines_are_the_json_lists_items(client: httpx.Client, collection: str) -> None:
    response = client.get(f"/v1/{collection}", params={"format": "ndjson"})
    assert response.headers["content-type"] == "application/x-ndjson"
    assert response.headers["content-disposition"] == (
        f'attachment; filename="{collection}.ndjson"'
    )
    assert ndjson(response) == fetch_all(client, f"/v1/{collection}")


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/quotes", {"speaker": "donald-trump", "sort": "-date_start"}),
        ("/v1/events", {"actor": ["china", "russia"], "date_from": "2025-07-01"}),
        ("/v1/claims", {"claim_type": "forecast", "sort": "claim_type"}),
        ("/v1/entities", {"kind": "person", "sort": "-name"}),
        ("/v1/implications", {"q": "ukraine"}),
    ],
)
def test_exports_take_the_lists_filters_and_sort(
    client: httpx.Client, path: str, params: dict[str, Any]
) -> None:
    expected = fetch_all(client, path, params)
    assert expected, "the filter should match something"
    lines = ndjson(client.get(path, params={**params, "format": "ndjson"}))
    assert lines == expected
    rows = csv_rows(client.get(path, params={**params, "format": "csv"}))
    assert [r["id"] for r in rows] == [item["id"] for item in expected]


def test_an_export_is_streamed_past_the_etag_layer(real_client: httpx.Client) -> None:
    """Chunked on the wire: the real server's framing of a body of unknown length."""
    with real_client.stream("GET", "/v1/claims", headers={"Accept": "application/x-ndjson"}) as r:
        assert r.status_code == 200
        assert r.headers["transfer-encoding"] == "chunked"
        assert "etag" not in r.headers and "content-length" not in r.headers
        assert "x-cache" not in r.headers
        streamed = sum(1 for line in r.iter_lines() if line)
    assert streamed == real_client.get("/v1/claims", params={"limit": 1}).json()["total"]


# --- limit and cursor ----------------------------------------------------------------------


def test_limit_makes_an_export_one_page_and_cursor_resumes_it(client: httpx.Client) -> None:
    everything = fetch_all(client, "/v1/claims")
    first = client.get("/v1/claims", params={"format": "ndjson", "limit": 30})
    assert [line["id"] for line in ndjson(first)] == [c["id"] for c in everything[:30]]
    assert "etag" in first.headers, "a bounded page is an ordinary response"
    next_url = first.links["next"]["url"]
    assert "format=ndjson" in next_url and "cursor=" in next_url
    page = client.get("/v1/claims", params={"limit": 30}).json()
    cursor = dict(httpx.URL(next_url).params)["cursor"]
    assert cursor == page["next_cursor"], "the same cursor as the JSON page's"
    rest = client.get("/v1/claims", params={"format": "ndjson", "cursor": cursor})
    assert [line["id"] for line in ndjson(rest)] == [c["id"] for c in everything[30:]]
    assert "link" not in rest.headers


def test_a_last_page_has_no_link(client: httpx.Client) -> None:
    response = client.get("/v1/documents", params={"format": "csv", "limit": 5})
    assert len(csv_rows(response)) == 1 and "link" not in response.headers


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"format": "csv", "cursor": "not-a-cursor"}, "cursor"),
        ({"format": "ndjson", "sort": "speaker"}, "sort"),
        ({"format": "jsonld", "include": "claims"}, "include"),
        ({"format": "csv", "limit": 0}, "limit"),
        ({"format": "xml"}, "format"),
        ({"format": "ndjson", "speakr": "x"}, "speakr"),
    ],
)
def test_bad_parameters_are_a_problem_before_any_byte(
    client: httpx.Client, params: dict[str, Any], name: str
) -> None:
    response = client.get("/v1/quotes", params=params)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert name in [issue["loc"][-1] for issue in response.json()["errors"]]


def test_a_cursor_of_another_query_is_refused_by_an_export(client: httpx.Client) -> None:
    cursor = client.get("/v1/quotes", params={"limit": 2}).json()["next_cursor"]
    response = client.get(
        "/v1/quotes", params={"format": "csv", "cursor": cursor, "speaker": "donald-trump"}
    )
    assert response.status_code == 422 and response.json()["type"].endswith("invalid-cursor")


# --- negotiation and caching ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        (None, "application/json"),
        ("*/*", "application/json"),
        (BROWSER_ACCEPT, "application/json"),
        ("application/json", "application/json"),
        ("text/csv", "text/csv; charset=utf-8"),
        ("text/*", "text/csv; charset=utf-8"),
        ("application/json;q=0.5, text/csv", "text/csv; charset=utf-8"),
        ("application/x-ndjson", "application/x-ndjson"),
        ("application/ld+json, application/json;q=0.9", "application/ld+json"),
        ("application/*, application/json;q=0", "application/x-ndjson"),
    ],
)
def test_accept_chooses_the_representation(
    client: httpx.Client, accept: str | None, media_type: str
) -> None:
    headers = {"Accept": accept} if accept is not None else {}
    response = client.get("/v1/quotes", params={"limit": 3}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type
    assert "accept" in [v.strip().lower() for v in response.headers["vary"].split(",")]


@pytest.mark.parametrize("accept", ["image/png", "application/json;q=0, text/*;q=0, */*;q=0"])
def test_an_accept_no_format_satisfies_is_406(client: httpx.Client, accept: str) -> None:
    for path in ("/v1/events", "/v1/export"):
        response = client.get(path, headers={"Accept": accept})
        assert response.status_code == 406
        assert response.headers["content-type"] == "application/problem+json"
        assert "text/csv" in response.json()["detail"] or path == "/v1/export"


def test_format_overrides_accept(client: httpx.Client) -> None:
    response = client.get("/v1/quotes?format=csv&limit=1", headers={"Accept": "application/json"})
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    response = client.get("/v1/quotes?format=json&limit=1", headers={"Accept": "text/csv"})
    assert response.json()["limit"] == 1


def test_the_response_cache_keeps_representations_apart(client: httpx.Client) -> None:
    path = "/v1/events?limit=7&sort=-title"
    as_json = [client.get(path) for _ in range(2)]
    as_csv = [client.get(path, headers={"Accept": "text/csv"}) for _ in range(2)]
    assert [r.headers["x-cache"] for r in as_json] == ["miss", "hit"]
    assert [r.headers["x-cache"] for r in as_csv] == ["miss", "hit"]
    assert as_json[1].json()["items"][0]["id"] == csv_rows(as_csv[1])[0]["id"]
    assert as_csv[0].content == as_csv[1].content
    assert as_csv[1].headers["etag"] != as_json[1].headers["etag"]


# --- CSV -----------------------------------------------------------------------------------


def test_csv_flattens_quotes_for_a_spreadsheet(client: httpx.Client) -> None:
    response = client.get("/v1/quotes", headers={"Accept": "text/csv"})
    assert response.headers["content-disposition"] == 'attachment; filename="quotes.csv"'
    assert response.content.startswith(b"id,document_id,section,char_start,char_end,excerpt,")
    assert b"\r\n" in response.content, "RFC 4180 line ends"
    rows = csv_rows(response)
    quotes = fetch_all(client, "/v1/quotes")
    assert len(rows) == len(quotes)
    for row, quote in zip(rows, quotes, strict=True):
        p = quote["provenance"]
        assert row["document_id"] == p["document_id"]
        assert row["document_sha256"] == p["document_sha256"]
        assert (row["section"], row["excerpt"]) == (p["section"], p["excerpt"])
        assert (int(row["char_start"]), int(row["char_end"])) == (p["char_start"], p["char_end"])
        assert (row["date_start"], row["date_end"]) == (quote["date_start"], quote["date_end"])
        assert row["text"] == quote["text"]
        assert (row["speaker_id"], row["speaker_name"]) == (
            quote["speaker"]["id"],
            quote["speaker"]["name"],
        )
        assert row["about_ids"] == "; ".join(e["id"] for e in quote["about"])
        assert row["about_names"] == "; ".join(e["name"] for e in quote["about"])


def test_csv_writes_evidence_and_missing_references(client: httpx.Client) -> None:
    rows = {r["id"]: r for r in csv_rows(client.get("/v1/claims?format=csv"))}
    for claim in fetch_all(client, "/v1/claims"):
        row = rows[claim["id"]]
        assert row["evidence"] == "; ".join(f"{e['type']}:{e['id']}" for e in claim["evidence"])
        attributed = claim["attributed_to"] or {"id": "", "name": ""}
        assert (row["attributed_to_id"], row["attributed_to_name"]) == (
            attributed["id"],
            attributed["name"],
        )
    events = csv_rows(client.get("/v1/events?format=csv&location=kyiv"))
    assert events and all(r["location_name"] == "Kyiv" for r in events)
    assert list(events[0])[-5:] == [
        "actor_ids",
        "actor_names",
        "location_id",
        "location_name",
        "relations",
    ]


def test_csv_neutralizes_formulas() -> None:
    for cell in ('=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert neutralize(cell) == "'" + cell
    for cell in ("plain", "“quoted”", "2025-07-14", 42, -1, "a=b"):
        assert neutralize(cell) == cell
    claim = ClaimPublic(
        id="c",
        document_id="d",
        provenance=Provenance(
            document_id="d",
            document_sha256="0" * 64,
            section="@section",
            char_start=0,
            char_end=5,
            excerpt="=1+2",
        ),
        statement="-cmd|' /C calc'!A0",
        claim_type="factual",
        attributed_to=EntityRef(id="e", name="+Evil", kind="person"),
        attribution=Attribution(
            asserted_by="speaker",
            verb="says",
            cue=Cue(text="=said", char_start=0, char_end=5),
            speaker_basis="named",
        ),
        confidence=Confidence(modality="asserted", likelihood=None, hedged=False, cue=None),
        about=[],
        evidence=[],
        forecast=None,
        relations=[],
        created_at=dt.datetime(2026, 11, 25, tzinfo=dt.UTC),
        updated_at=dt.datetime(2026, 11, 25, tzinfo=dt.UTC),
    )
    writer = CsvWriter(ClaimPublic)
    batch = Batch("claims", [claim], texts={}, next_cursor=None)
    header, row = csv.reader(io.StringIO(writer.start() + writer.render(batch)))
    cells = dict(zip(header, row, strict=True))
    assert cells["excerpt"] == "'=1+2" and cells["section"] == "'@section"
    assert cells["statement"] == "'-cmd|' /C calc'!A0"
    assert cells["attributed_to_name"] == "'+Evil"
    assert cells["attribution_cue"] == "'=said" and cells["confidence_cue"] == ""
    assert cells["char_start"] == "0"


# --- the whole corpus ----------------------------------------------------------------------


def test_the_corpus_export_holds_every_item_once_with_its_type(client: httpx.Client) -> None:
    response = client.get("/v1/export")
    assert response.headers["content-type"] == "application/x-ndjson"
    assert "briefing-corpus.ndjson" in response.headers["content-disposition"]
    lines = ndjson(response)
    collections = ("documents", "entities", "quotes", "events", "claims", "implications")
    collections += ("forecasts", "stances")
    order = [REGISTRY[name].noun for name in collections]
    types = [line["type"] for line in lines]
    assert types == sorted(types, key=order.index), "collections one after another"
    for collection, kind in zip(collections, order, strict=True):
        items = [line["item"] for line in lines if line["type"] == kind]
        assert items == fetch_all(client, f"/v1/{collection}"), collection


# --- JSON-LD -------------------------------------------------------------------------------


def graph_of(client: httpx.Client, path: str) -> Graph:
    response = client.get(path, headers={"Accept": "application/ld+json"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/ld+json"
    body = response.json()
    assert isinstance(body["@context"], dict), "inline: nothing to fetch"
    return Graph().parse(data=response.text, format="json-ld")


def iri(client: httpx.Client, collection: str, item_id: str) -> URIRef:
    return URIRef(f"{client.base_url}/v1/{collection}/{item_id}".replace("//v1", "/v1"))


def selectors(graph: Graph, item: URIRef) -> tuple[URIRef, dict[str, Any], dict[str, Any]]:
    (annotation,) = graph.subjects(OA.hasBody, item)
    assert (annotation, RDF.type, OA.Annotation) in graph
    assert (annotation, OA.motivatedBy, OA.describing) in graph
    (target,) = graph.objects(annotation, OA.hasTarget)
    (source,) = graph.objects(target, OA.hasSource)
    found: dict[URIRef, dict[str, Any]] = {}
    for selector in graph.objects(target, OA.hasSelector):
        (kind,) = graph.objects(selector, RDF.type)
        found[kind] = {p.split("#")[-1]: o.toPython() for p, o in graph.predicate_objects(selector)}
    return source, found[OA.TextQuoteSelector], found[OA.TextPositionSelector]


def test_jsonld_quotes_are_quotations_with_web_annotation_provenance(
    client: httpx.Client, source_text: str
) -> None:
    graph = graph_of(client, "/v1/quotes")
    quotes = fetch_all(client, "/v1/quotes")
    assert set(graph.subjects(RDF.type, SCHEMA.Quotation)) == {
        iri(client, "quotes", q["id"]) for q in quotes
    }
    for quote in quotes:
        node, p = iri(client, "quotes", quote["id"]), quote["provenance"]
        assert (node, SCHEMA.text, Literal(quote["text"])) in graph
        speaker = iri(client, "entities", quote["speaker"]["id"])
        assert (node, SCHEMA.spokenByCharacter, speaker) in graph
        assert (node, SCHEMA.creator, speaker) in graph
        assert (speaker, RDF.type, TYPES[quote["speaker"]["kind"]]) in graph
        assert (node, SCHEMA.isPartOf, iri(client, "documents", p["document_id"])) in graph
        source, by_quote, by_position = selectors(graph, node)
        assert source == iri(client, "documents", p["document_id"])
        assert by_quote["exact"] == p["excerpt"]
        assert by_quote["prefix"] == source_text[max(0, p["char_start"] - 32) : p["char_start"]]
        assert by_quote["suffix"] == source_text[p["char_end"] : p["char_end"] + 32]
        assert (by_position["start"], by_position["end"]) == (p["char_start"], p["char_end"])
        assert source_text[by_position["start"] : by_position["end"]] == by_quote["exact"]


def test_jsonld_events_claims_and_implications(client: httpx.Client) -> None:
    events = graph_of(client, "/v1/events?location=kyiv")
    (event,) = events.subjects(RDF.type, SCHEMA.Event)
    kyiv = iri(client, "entities", "kyiv")
    assert (event, SCHEMA.location, kyiv) in events
    assert (kyiv, RDF.type, SCHEMA.Place) in events
    assert set(events.objects(event, SCHEMA.actor)), "actors"
    assert (event, SCHEMA.startDate, None) in events

    claims = graph_of(client, "/v1/claims?attributed_to=sergei-lavrov")
    for claim in fetch_all(client, "/v1/claims", {"attributed_to": "sergei-lavrov"}):
        node = iri(client, "claims", claim["id"])
        assert (node, RDF.type, SCHEMA.Claim) in claims
        assert (node, SCHEMA.author, iri(client, "entities", "sergei-lavrov")) in claims
        assert set(claims.objects(node, SCHEMA.isBasedOn)) == {
            iri(client, f"{e['type']}s", e["id"]) for e in claim["evidence"]
        }
        assert (node, SCHEMA.text, Literal(claim["statement"])) in claims

    implications = graph_of(client, "/v1/implications?limit=1")
    (node,) = implications.subjects(RDF.type, SCHEMA.Claim)
    assert (node, RDF.type, URIRef("urn:briefing-api:vocab:Implication")) in implications
    assert len(set(implications.objects(node, SCHEMA.isBasedOn))) > 1


def test_every_entity_kind_has_a_schema_org_type() -> None:
    assert set(TYPES) == {kind.value for kind in EntityKind}


def test_jsonld_entities_and_documents(client: httpx.Client) -> None:
    entities = graph_of(client, "/v1/entities")
    for entity in fetch_all(client, "/v1/entities"):
        node = iri(client, "entities", entity["id"])
        assert (node, SCHEMA.name, Literal(entity["name"])) in entities
        assert (node, RDF.type, TYPES[entity["kind"]]) in entities, entity
        for alias in entity["aliases"]:
            assert (node, SCHEMA.alternateName, Literal(alias)) in entities

    documents = graph_of(client, "/v1/documents")
    (report,) = documents.subjects(RDF.type, SCHEMA.Report)
    document = client.get("/v1/documents").json()["items"][0]
    assert report == iri(client, "documents", document["id"])
    (media,) = documents.objects(report, SCHEMA.associatedMedia)
    assert (media, SCHEMA.sha256, Literal(document["source_sha256"])) in documents
    assert (media, SCHEMA.contentUrl, URIRef(f"{report}/text")) in documents


# --- OpenAPI -------------------------------------------------------------------------------


def test_openapi_documents_the_export_media_types(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for collection in COLLECTIONS:
        operation = paths[f"/v1/{collection}"]["get"]
        content = operation["responses"]["200"]["content"]
        assert next(iter(content)) == "application/json"
        assert content["application/json"]["schema"]["$ref"].endswith("List")
        assert {"text/csv", "application/x-ndjson", "application/ld+json"} <= set(content)
        assert "406" in operation["responses"]
        (fmt,) = [p for p in operation["parameters"] if p["name"] == "format"]
        assert "csv" in json.dumps(fmt["schema"])
    corpus = paths["/v1/export"]["get"]
    assert corpus["operationId"] == "export_corpus"
    assert list(corpus["responses"]["200"]["content"]) == ["application/x-ndjson"]
