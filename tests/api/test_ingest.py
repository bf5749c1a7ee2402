"""Ingesting briefings through the real app: `POST /v1/documents` stores the text and the
extractor's drafts, which only curators see until they are published."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy.engine import make_url
from sqlmodel import Session

from app.core.db import make_engine
from app.extract import extract
from app.models import Scope
from app.services import api_keys
from app.services import ingest as ingest_service
from tests.conftest import BACKENDS, Databases, bearer, make_tokens
from tests.in_process import InProcessServer

MAX_CHARS = 20_000
SUBTITLE = "Negotiators left Singapore without a deal on fishing rights and naval patrols"
TEXT = f"""Pacific Shipping Talks Stall
{SUBTITLE}
OVERVIEW:
Delegates met in Singapore on Tuesday, March 10, and the talks broke up two days later.
“We will not accept a deal that leaves our fishermen behind,” said Foreign Minister Ana Lopez.
Defense Secretary Pete Hegseth told reporters: "The navy stays where it is. Nothing changes."
What it means
- Shipping insurers will raise premiums within weeks.
- A second round is unlikely before the summer.
"""
COLLECTIONS = ("quotes", "events", "claims", "implications", "entities")


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, databases: Databases) -> Iterator[InProcessServer]:
    """An app of its own: the documents posted here must not change other tests' corpus."""
    app = InProcessServer(databases.seeded(request.param), document_max_chars=MAX_CHARS)
    yield app
    app.stop()


@pytest.fixture(scope="module")
def http(server: InProcessServer) -> httpx.Client:
    return server.client


@pytest.fixture(scope="module")
def keys(server: InProcessServer) -> dict[str, dict[str, str]]:
    return {scope: bearer(token) for scope, token in make_tokens(server.database_url).items()}


def body(**fields: Any) -> dict[str, Any]:
    return {"title": "Pacific Shipping Talks Stall", "published_on": "2026-03-12", **fields}


@pytest.fixture(scope="module")
def posted(http: httpx.Client, keys: dict[str, dict[str, str]], source_text: str) -> dict[str, Any]:
    """The test briefing (its id from its title) and the seed's text under another id."""
    new = http.post(
        "/v1/documents",
        json=body(
            subtitle=SUBTITLE,
            text=TEXT,
        ),
        headers=keys["admin"],
    )
    seed = http.post(
        "/v1/documents",
        json={
            "id": "pivot-again",
            "title": "The Trump Pivot Against Russia (again)",
            "published_on": "2025-07-14",
            "text": source_text,
        },
        headers=keys["admin"],
    )
    return {"new": new, "seed": seed}


def test_a_briefing_is_stored_with_its_hash_sections_and_draft_counts(
    http: httpx.Client, posted: dict[str, Any]
) -> None:
    response = posted["new"]
    assert response.status_code == 201, response.text
    assert response.headers["location"] == "/v1/documents/pacific-shipping-talks-stall"
    answer = response.json()
    document = answer["document"]
    assert document["id"] == "pacific-shipping-talks-stall"
    assert document["source_sha256"] == hashlib.sha256(TEXT.encode()).hexdigest()
    assert document["char_count"] == len(TEXT)
    assert document["status"] == "published" and document["version"] == 1
    assert [s["heading"] for s in document["sections"]] == [
        "Pacific Shipping Talks Stall",
        "OVERVIEW:",
        "What it means",
    ]
    assert answer["drafts"] == {
        "entities": 2,
        "quotes": 2,
        "events": 1,
        "claims": 2,
        "implications": 2,
    }
    assert http.get(response.headers["location"]).json() == document
    text = http.get(f"{response.headers['location']}/text")
    assert text.text == TEXT


def test_the_seed_text_yields_its_seven_quotations(
    http: httpx.Client, keys: dict[str, dict[str, str]], posted: dict[str, Any]
) -> None:
    assert posted["seed"].status_code == 201, posted["seed"].text
    drafts = posted["seed"].json()["drafts"]
    assert drafts["quotes"] == 7 and drafts["entities"] == 0  # every speaker is known
    quotes = http.get(
        "/v1/quotes",
        params={"document_id": "pivot-again", "status": "draft"},
        headers=keys["curator"],
    ).json()
    assert quotes["total"] == 7
    speakers = [q["speaker"]["id"] for q in quotes["items"]]
    assert speakers.count("donald-trump") == 2 and "kremlin" in speakers


def _drafts(http: httpx.Client, collection: str, headers: dict[str, str]) -> list[dict[str, Any]]:
    page = http.get(
        f"/v1/{collection}", params={"status": "draft", "limit": 500}, headers=headers
    ).json()
    assert page["next_cursor"] is None
    return page["items"]


def test_drafts_are_hidden_from_the_public(http: httpx.Client, posted: dict[str, Any]) -> None:
    assert posted["new"].status_code == 201
    for collection in ("quotes", "events", "claims", "implications"):
        items = http.get(f"/v1/{collection}", params={"document_id": "pivot-again"}).json()
        assert items["total"] == 0, collection
    assert http.get("/v1/entities", params={"id": "pete-hegseth"}).json()["total"] == 0
    assert http.get("/v1/search", params={"q": "fishermen"}).json()["total"] == 0
    timeline = http.get("/v1/timeline", params={"document_id": "pacific-shipping-talks-stall"})
    assert timeline.json()["total"] == 0
    quote_id = "pacific-shipping-talks-stall-quote-we-will-not-accept-a-deal"
    missing = http.get(f"/v1/quotes/{quote_id}")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"


def test_curators_see_drafts_with_verifiable_provenance(
    http: httpx.Client, keys: dict[str, dict[str, str]], posted: dict[str, Any]
) -> None:
    assert posted["new"].status_code == 201
    texts: dict[str, str] = {}
    seen = 0
    for collection in ("quotes", "events", "claims", "implications"):
        for item in _drafts(http, collection, keys["curator"]):
            seen += 1
            assert item["status"] == "draft"
            provenance = item["provenance"]
            assert provenance["method"] == "rule"
            doc = provenance["document_id"]
            if doc not in texts:
                texts[doc] = http.get(f"/v1/documents/{doc}/text").text
            text = texts[doc]
            assert text[provenance["char_start"] : provenance["char_end"]] == provenance["excerpt"]
            assert provenance["document_sha256"] == hashlib.sha256(text.encode()).hexdigest()
            one = http.get(f"/v1/{collection}/{item['id']}", headers=keys["admin"])
            assert one.status_code == 200 and one.json() == item
    assert seen > 20
    quote = http.get(
        "/v1/quotes/pacific-shipping-talks-stall-quote-we-will-not-accept-a-deal",
        headers=keys["curator"],
    ).json()
    assert quote["speaker"] == {"id": "ana-lopez", "name": "Ana Lopez", "kind": "person"}
    both = http.get(
        "/v1/quotes", params=[("status", "draft"), ("status", "published")], headers=keys["curator"]
    ).json()
    published = http.get("/v1/quotes").json()
    assert both["total"] == published["total"] + 9
    entities = {e["id"]: e for e in _drafts(http, "entities", keys["curator"])}
    assert entities["pete-hegseth"]["aliases"] == ["Hegseth"]


def test_draft_statements_carry_the_hedge_the_lexicon_finds_at_its_place(
    http: httpx.Client, keys: dict[str, dict[str, str]], posted: dict[str, Any]
) -> None:
    assert posted["new"].status_code == 201
    text = http.get("/v1/documents/pacific-shipping-talks-stall/text").text
    for collection in ("claims", "implications"):
        drafted = {
            item["statement"]: item
            for item in _drafts(http, collection, keys["curator"])
            if item["provenance"]["document_id"] == "pacific-shipping-talks-stall"
        }
        hedged = drafted["A second round is unlikely before the summer."]
        cue = hedged["confidence"].pop("cue")
        assert hedged["confidence"] == {
            "modality": "estimative",
            "likelihood": "unlikely",
            "hedged": True,
        }
        assert text[cue["char_start"] : cue["char_end"]] == cue["text"] == "unlikely"
        assert hedged["attribution"]["asserted_by"] == "author"
        plain = drafted["Shipping insurers will raise premiums within weeks."]
        assert plain["confidence"] == {
            "modality": "asserted",
            "likelihood": None,
            "hedged": False,
            "cue": None,
        }


def test_drafts_say_where_their_dates_and_speakers_come_from(
    http: httpx.Client, keys: dict[str, dict[str, str]], posted: dict[str, Any]
) -> None:
    assert posted["new"].status_code == 201
    prefix = "/v1/{}/pacific-shipping-talks-stall-{}"
    event = http.get(
        prefix.format("events", "event-delegates-met-in-singapore-on-tuesday"),
        headers=keys["curator"],
    ).json()
    assert (event["date_start"], event["date_basis"]) == ("2026-03-10", "stated")
    assert "the year is not written" in event["date_note"]
    quote = http.get(
        prefix.format("quotes", "quote-we-will-not-accept-a-deal"), headers=keys["curator"]
    ).json()
    assert (quote["kind"], quote["speaker_basis"]) == ("direct", "named")
    assert (quote["date_start"], quote["date_basis"]) == ("2026-03-10", "inferred")
    assert "on Tuesday, March 10" in quote["date_note"]


def test_a_draft_names_the_speaker_who_is_the_subject_of_its_verb(
    http: httpx.Client, keys: dict[str, dict[str, str]], posted: dict[str, Any]
) -> None:
    """On the seed text: "…, Trump signals that the US would benefit …"."""
    assert posted["seed"].status_code == 201
    text = http.get("/v1/documents/pivot-again/text").text
    params = {"status": "draft", "document_id": "pivot-again", "asserted_by": "speaker"}
    page = http.get("/v1/claims", params=params, headers=keys["curator"]).json()
    (claim,) = page["items"]
    assert claim["attributed_to"]["id"] == "donald-trump"
    attribution = claim["attribution"]
    assert (attribution["verb"], attribution["speaker_basis"]) == ("signals", "named")
    cue = attribution["cue"]
    assert text[cue["char_start"] : cue["char_end"]] == cue["text"] == "signals"


@pytest.mark.parametrize("collection", (*COLLECTIONS, "documents"))
def test_listing_drafts_needs_a_curator_key(
    http: httpx.Client, keys: dict[str, dict[str, str]], collection: str
) -> None:
    anonymous = http.get(f"/v1/{collection}", params={"status": "draft"})
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == "application/problem+json"
    reader = http.get(f"/v1/{collection}", params={"status": "draft"}, headers=keys["read"])
    assert reader.status_code == 403
    assert http.get(f"/v1/{collection}", params={"status": "published"}).status_code == 200
    assert http.get(f"/v1/{collection}", params={"status": "final"}).status_code == 422


def test_posting_needs_an_admin_key(
    http: httpx.Client, keys: dict[str, dict[str, str]], server: InProcessServer
) -> None:
    payload = body(id="never-stored", text=TEXT)
    assert http.post("/v1/documents", json=payload).status_code == 401
    for scope in ("read", "curator"):
        refused = http.post("/v1/documents", json=payload, headers=keys[scope])
        assert refused.status_code == 403
        assert refused.headers["content-type"] == "application/problem+json"
    revoked_engine = make_engine(server.database_url)
    with Session(revoked_engine) as session:
        key, token = api_keys.create(session, "revoked admin", Scope.admin)
        api_keys.revoke(session, key.id)
    revoked_engine.dispose()
    assert http.post("/v1/documents", json=payload, headers=bearer(token)).status_code == 401
    assert http.get("/v1/documents/never-stored").status_code == 404


def test_a_duplicate_id_is_a_conflict(
    http: httpx.Client, keys: dict[str, dict[str, str]], posted: dict[str, Any]
) -> None:
    assert posted["seed"].status_code == 201
    before = http.get("/v1/quotes", params={"status": "draft"}, headers=keys["curator"]).json()
    again = http.post(
        "/v1/documents",
        json=body(id="pivot-again", text="Something else\nentirely."),
        headers=keys["admin"],
    )
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    assert again.json()["type"].endswith("already-exists")
    after = http.get("/v1/quotes", params={"status": "draft"}, headers=keys["curator"]).json()
    assert after["total"] == before["total"]
    assert http.get("/v1/documents/pivot-again/text").text.startswith("The Trump Pivot")


def test_a_body_that_is_not_utf8_is_400(
    http: httpx.Client, keys: dict[str, dict[str, str]]
) -> None:
    response = http.post(
        "/v1/documents",
        content=b'{"title": "\xff", "published_on": "2026-01-01", "text": "x"}',
        headers={**keys["admin"], "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"


def test_an_oversized_text_is_413_and_nothing_is_stored(
    http: httpx.Client, keys: dict[str, dict[str, str]]
) -> None:
    response = http.post(
        "/v1/documents",
        json=body(id="too-long", text="x" * (MAX_CHARS + 1)),
        headers=keys["admin"],
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert str(MAX_CHARS) in response.json()["detail"]
    assert http.get("/v1/documents/too-long").status_code == 404


@pytest.mark.parametrize(
    "payload",
    [
        {"title": "No text", "published_on": "2026-01-01"},
        body(text=""),
        body(text="A\x00B"),
        body(text="ok", published_on="yesterday"),
        body(text="ok", id="Not A Slug"),
        body(text="ok", extra="field"),
        body(text="Lone \ud800 surrogate"),
    ],
)
def test_malformed_bodies_are_422_and_nothing_is_stored(
    http: httpx.Client, keys: dict[str, dict[str, str]], payload: dict[str, Any]
) -> None:
    before = http.get("/v1/documents").json()["total"]
    # As ASCII JSON, so that a lone surrogate travels as the escape `\ud800`.
    response = http.post(
        "/v1/documents",
        content=json.dumps(payload).encode(),
        headers={**keys["admin"], "Content-Type": "application/json"},
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert http.get("/v1/documents").json()["total"] == before


def _write_lock_is_free(database_url: str) -> bool:
    """Whether another writer could take the corpus lock at once (within a second)."""
    url = make_url(database_url)
    try:
        if url.get_backend_name() == "sqlite":
            with closing(sqlite3.connect(str(url.database), timeout=1)) as connection:
                connection.execute("BEGIN IMMEDIATE")
                connection.rollback()
        else:
            plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
            with psycopg.connect(plain) as connection:
                connection.execute("SET lock_timeout = '1s'")
                connection.execute("UPDATE corpus_state SET version = version WHERE id = 1")
                connection.rollback()
    except (sqlite3.OperationalError, psycopg.errors.LockNotAvailable):
        return False
    return True


def test_other_writers_are_not_locked_out_while_the_extractor_runs(
    server: InProcessServer, keys: dict[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Extraction comes before the write lock: the lock is held only to store."""
    seen: list[bool] = []

    def extract_and_look(budget: float, *args: Any, **kwargs: Any) -> Any:
        seen.append(_write_lock_is_free(server.database_url))
        return extract(*args, **kwargs)

    monkeypatch.setattr(ingest_service.POOL, "extract", extract_and_look)
    response = server.client.post(
        "/v1/documents", json=body(id="ingest-lock-probe", text=TEXT), headers=keys["admin"]
    )
    assert response.status_code == 201, response.text
    assert seen == [True]
