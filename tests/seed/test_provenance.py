"""Every item served can be verified against the source text it cites."""

from __future__ import annotations

import hashlib
import itertools

import httpx
import pytest

from tests.conftest import SOURCE, fetch_all

ITEM_COLLECTIONS = ["claims", "quotes", "events", "implications"]


@pytest.mark.parametrize("collection", ITEM_COLLECTIONS)
def test_every_excerpt_is_the_source_text_at_its_span(
    client: httpx.Client, source_text: str, collection: str
) -> None:
    items = fetch_all(client, f"/v1/{collection}")
    assert items
    for item in items:
        p = item["provenance"]
        assert source_text[p["char_start"] : p["char_end"]] == p["excerpt"], item["id"]
        assert p["char_start"] < p["char_end"]


@pytest.mark.parametrize("collection", ITEM_COLLECTIONS)
def test_every_item_carries_the_source_files_sha256(client: httpx.Client, collection: str) -> None:
    digest = hashlib.sha256(SOURCE.read_bytes()).hexdigest()
    for item in fetch_all(client, f"/v1/{collection}"):
        assert item["provenance"]["document_sha256"] == digest
        assert item["provenance"]["document_id"] == item["document_id"]


@pytest.mark.parametrize("collection", ITEM_COLLECTIONS)
def test_every_item_names_the_section_that_encloses_it(
    client: httpx.Client, collection: str
) -> None:
    [document] = fetch_all(client, "/v1/documents")
    sections = document["sections"]
    for item in fetch_all(client, f"/v1/{collection}"):
        start = item["provenance"]["char_start"]
        enclosing = [s for s in sections if s["char_start"] <= start < s["char_end"]]
        innermost = max(enclosing, key=lambda s: s["level"])
        assert item["provenance"]["section"] == innermost["heading"]


def test_every_quote_is_verbatim_in_the_source(client: httpx.Client, source_text: str) -> None:
    for quote in fetch_all(client, "/v1/quotes"):
        assert quote["text"] in source_text, quote["id"]
        assert (
            quote["text"] in quote["provenance"]["excerpt"]
            or quote["provenance"]["excerpt"] in quote["text"]
        ), quote["id"]


def test_the_document_text_is_the_seed_file_byte_for_byte(client: httpx.Client) -> None:
    [document] = fetch_all(client, "/v1/documents")
    response = client.get(f"/v1/documents/{document['id']}/text")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.content == SOURCE.read_bytes()
    assert document["source_sha256"] == hashlib.sha256(response.content).hexdigest()
    assert document["char_count"] == len(response.text)
    assert document["published_on"] == "2025-07-14"


def test_sections_tile_the_document_in_order(client: httpx.Client, source_text: str) -> None:
    [document] = fetch_all(client, "/v1/documents")
    sections = document["sections"]
    assert sections[0]["char_start"] == 0
    for section in sections:
        heading_line = source_text[section["char_start"] :].split("\n", 1)[0]
        assert heading_line == section["heading"]
        assert section["char_end"] <= len(source_text)
    top_level = [s for s in sections if s["level"] == 1]
    assert top_level[-1]["char_end"] == len(source_text)
    for before, after in itertools.pairwise(top_level):
        assert before["char_end"] == after["char_start"]
