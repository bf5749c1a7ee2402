"""Every reference between items resolves: entities, evidence, derivations."""

from __future__ import annotations

import httpx

from app.models.knowledge import QuoteKind
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


def _dating_is_consistent(item: dict) -> None:
    """Bounds in order where both are given; undated (both null) has no precision."""
    start, end = item["date_start"], item["date_end"]
    if start is not None and end is not None:
        assert start <= end, item["id"]
    if start is None and end is None:
        assert item["date_precision"] is None, item["id"]
    else:
        assert item["date_precision"] in {"day", "month", "year"}, item["id"]


def test_speech_has_a_speaker_other_quotes_none_and_dates_are_ordered(
    client: httpx.Client,
) -> None:
    every_kind = {"kind": [kind.value for kind in QuoteKind]}
    for quote in fetch_all(client, "/v1/quotes", every_kind):
        speech = QuoteKind(quote["kind"]).is_speech
        assert (quote["speaker"] is not None) == speech, quote["id"]
        _dating_is_consistent(quote)
    for event in fetch_all(client, "/v1/events"):
        _dating_is_consistent(event)


def test_ids_are_url_safe_slugs(client: httpx.Client) -> None:
    import re

    slug = re.compile(r"^[a-z0-9][a-z0-9-]*$")
    for collection in ("documents", "entities", "claims", "quotes", "events", "implications"):
        for item in fetch_all(client, f"/v1/{collection}"):
            assert slug.match(item["id"]), item["id"]
