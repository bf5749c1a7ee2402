"""Every reference between items resolves: entities, evidence, derivations."""

from __future__ import annotations

import httpx

from tests.conftest import entity_refs, fetch_all


def test_every_entity_reference_resolves_to_that_entity(client: httpx.Client) -> None:
    entities = {e["id"]: e for e in fetch_all(client, "/v1/entities")}
    for collection in ("claims", "quotes", "events", "implications"):
        for item in fetch_all(client, f"/v1/{collection}"):
            for ref in entity_refs(item):
                entity = entities[ref["id"]]
                assert ref == {"id": entity["id"], "name": entity["name"], "kind": entity["kind"]}


def test_every_evidence_reference_resolves(client: httpx.Client) -> None:
    quotes = {q["id"] for q in fetch_all(client, "/v1/quotes")}
    events = {e["id"] for e in fetch_all(client, "/v1/events")}
    for claim in fetch_all(client, "/v1/claims"):
        for ref in claim["evidence"]:
            assert ref["id"] in {"quote": quotes, "event": events}[ref["type"]], claim["id"]


def test_every_implication_derives_from_existing_claims(client: httpx.Client) -> None:
    claims = {c["id"] for c in fetch_all(client, "/v1/claims")}
    for implication in fetch_all(client, "/v1/implications"):
        assert implication["derived_from"], implication["id"]
        for ref in implication["derived_from"]:
            assert ref == {"type": "claim", "id": ref["id"]}
            assert ref["id"] in claims


def test_every_quote_has_a_speaker_and_every_event_a_date(client: httpx.Client) -> None:
    for quote in fetch_all(client, "/v1/quotes"):
        assert quote["speaker"]["id"]
        assert quote["date_start"] <= quote["date_end"]
    for event in fetch_all(client, "/v1/events"):
        start, end = event["date_start"], event["date_end"]
        assert start is None or end is None or start <= end, event["id"]
        # An undated event has no precision; a dated one (even with an open end) has one.
        assert (event["date_precision"] is None) == (start is None and end is None), event["id"]


def test_ids_are_url_safe_slugs(client: httpx.Client) -> None:
    import re

    slug = re.compile(r"^[a-z0-9][a-z0-9-]*$")
    for collection in ("documents", "entities", "claims", "quotes", "events", "implications"):
        for item in fetch_all(client, f"/v1/{collection}"):
            assert slug.match(item["id"]), item["id"]
