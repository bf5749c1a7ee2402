"""Curated writes through the real app: create, read, patch, delete, validated like the
seed, reflected at once by every public view."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.api.curation import DOCUMENT, Curation, quote_body, serve
from tests.conftest import BACKENDS, Databases, fetch_all

CLAIM = "pivot-driven-by-pressure-miscalculation-and-smart-moves"
EVIDENCE_QUOTE = "trump-secondary-tariffs-50-days"


@pytest.fixture(scope="module", params=BACKENDS)
def cur(request: pytest.FixtureRequest, databases: Databases) -> Iterator[Curation]:
    yield from serve(databases, request.param)


def test_create_read_patch_delete_and_history(cur: Curation) -> None:
    created = cur.post("quotes", quote_body(id="sanctions-heading"))
    assert created.status_code == 201, created.text
    assert created.headers["location"] == "/v1/quotes/sanctions-heading"
    item = created.json()
    assert item["provenance"]["excerpt"] == "Sanctions"
    assert item["provenance"]["section"] == "Sanctions"
    text = cur.http.get(f"/v1/documents/{DOCUMENT}/text").text
    p = item["provenance"]
    assert text[p["char_start"] : p["char_end"]] == "Sanctions"
    assert item["version"] == 1 and item["speaker"]["name"] == "Donald Trump"

    path = "/v1/quotes/sanctions-heading"
    read = cur.http.get(path)
    assert read.headers["etag"] == created.headers["etag"]
    assert read.json() == item
    assert cur.http.get(path, headers={"If-None-Match": read.headers["etag"]}).status_code == 304

    since = read.headers["corpus-updated-at"]
    patched = cur.patch(
        path, {"context": "Zanzibarian occasion", "about": None}, read.headers["etag"]
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["context"] == "Zanzibarian occasion"
    assert patched.json()["about"] == [] and patched.json()["version"] == 2
    assert cur.http.get(path).headers["etag"] == patched.headers["etag"] != read.headers["etag"]

    # Every public view reflects the change at once: detail, list, search, feed, timeline.
    assert cur.http.get(path).json()["context"] == "Zanzibarian occasion"
    found = cur.http.get("/v1/quotes", params={"q": "zanzibarian"}).json()
    assert [q["id"] for q in found["items"]] == ["sanctions-heading"]
    assert cur.http.get("/v1/search", params={"q": "zanzibarian"}).json()["total"] == 1
    feed = cur.http.get("/v1/quotes", params={"updated_since": since}).json()
    assert [q["id"] for q in feed["items"]] == ["sanctions-heading"]
    timeline = fetch_all(cur.http, "/v1/timeline")
    assert "sanctions-heading" in {t["id"] for t in timeline}

    deleted = cur.delete(path, patched.headers["etag"])
    assert deleted.status_code == 200, deleted.text
    assert deleted.json()["deleted_at"] is not None and deleted.json()["version"] == 3
    assert cur.http.get(path).status_code == 410
    assert cur.http.get("/v1/quotes", params={"q": "zanzibarian"}).json()["total"] == 0
    tombstones = fetch_all(
        cur.http, "/v1/quotes", {"updated_since": since, "include_deleted": "true"}
    )
    assert [(q["id"], q["version"]) for q in tombstones] == [("sanctions-heading", 3)]
    # A deleted id is still known to the id filter: an empty page, not a 422 (unknown id).
    assert cur.http.get("/v1/quotes", params={"id": "sanctions-heading"}).json()["total"] == 0

    history = cur.http.get(f"{path}/revisions").json()
    assert [(r["version"], r["action"]) for r in history["items"]] == [
        (3, "delete"),
        (2, "update"),
        (1, "create"),
    ]
    assert all(r["api_key_name"] is None for r in history["items"]), "keys only for admins"
    as_admin = cur.http.get(f"{path}/revisions", headers=cur.as_("admin")).json()
    assert all(r["api_key_name"] == "tests curator" for r in as_admin["items"])
    first = cur.http.get(f"{path}/revisions/1").json()
    assert first["representation"] == item
    assert cur.http.get(f"{path}/revisions/4").status_code == 404


def test_an_id_is_made_from_the_text_and_never_reused(cur: Curation) -> None:
    body = quote_body(provenance={"document_id": DOCUMENT, "excerpt": "Sanctions"})
    made = cur.post("quotes", body)
    assert made.status_code == 201, made.text
    assert made.json()["id"].startswith("sanctions")
    again = cur.post("quotes", {**body, "id": made.json()["id"]})
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


INVALID: dict[str, tuple[dict[str, Any], str, list[str | int]]] = {
    "excerpt not verbatim": (
        quote_body(provenance={"document_id": DOCUMENT, "excerpt": "Sanctions against Mars"}),
        "excerpt_not_found",
        ["body", "provenance", "excerpt"],
    ),
    "excerpt ambiguous": (
        quote_body(provenance={"document_id": DOCUMENT, "excerpt": "Russia"}),
        "excerpt_ambiguous",
        ["body", "provenance", "excerpt"],
    ),
    "occurrence out of range": (
        quote_body(provenance={"document_id": DOCUMENT, "excerpt": "Sanctions", "occurrence": 9}),
        "excerpt_out_of_range",
        ["body", "provenance", "excerpt"],
    ),
    "char_start past the end": (
        quote_body(
            provenance={"document_id": DOCUMENT, "excerpt": "Sanctions", "char_start": 10**7}
        ),
        "excerpt_out_of_range",
        ["body", "provenance", "excerpt"],
    ),
    "unknown document": (
        quote_body(provenance={"document_id": "no-such-document", "excerpt": "Sanctions"}),
        "unknown_reference",
        ["body", "provenance", "document_id"],
    ),
    "unknown entity": (
        quote_body(speaker="nobody-at-all"),
        "unknown_reference",
        ["body", "speaker"],
    ),
    "quote text not in the document": (
        quote_body(text="Words nobody said"),
        "quote_not_verbatim",
        ["body", "text"],
    ),
    "date range ends before it starts": (
        quote_body(date_start="2025-07-14", date_end="2025-07-01"),
        "value_error",
        ["body"],
    ),
    "month precision on one day": (
        quote_body(date_start="2025-07-14", date_end="2025-07-14", date_precision="month"),
        "value_error",
        ["body"],
    ),
    "unknown field": (quote_body(mood="cheerful"), "extra_forbidden", ["body", "mood"]),
    "a lone surrogate": (quote_body(context="half a character \ud800"), "value_error", ["body"]),
    "a NUL character": (quote_body(context="nul \u0000 here"), "value_error", ["body"]),
}


@pytest.mark.parametrize("case", INVALID)
def test_an_invalid_create_names_the_reason_and_writes_nothing(cur: Curation, case: str) -> None:
    body, code, loc = INVALID[case]
    before = cur.corpus_version()
    total = cur.http.get("/v1/quotes", params={"limit": 1}).json()["total"]
    response = cur.post("quotes", body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert {"loc": loc, "type": code} in [
        {"loc": e["loc"], "type": e["type"]} for e in response.json()["errors"]
    ]
    assert cur.corpus_version() == before
    assert cur.http.get("/v1/quotes", params={"limit": 1}).json()["total"] == total


def test_an_invalid_patch_writes_nothing(cur: Curation) -> None:
    path = f"/v1/claims/{CLAIM}"
    etag = cur.etag(path)
    before = cur.corpus_version()
    for patch in (
        {"evidence": [{"type": "quote", "id": "no-such-quote"}]},
        {"provenance": {"document_id": DOCUMENT, "excerpt": "not in the text at all"}},
        {"statement": None},
        {"status": None},  # would silently restore the default, `published`
        {"claim_type": None},
        {"statement": "a \udfff lone surrogate"},
        {"id": "renamed"},
    ):
        response = cur.patch(path, patch, etag)
        assert response.status_code == 422, (patch, response.text)
    assert cur.corpus_version() == before
    assert cur.etag(path) == etag


def test_writes_need_if_match_and_refuse_a_stale_one(cur: Curation) -> None:
    path = "/v1/entities/mark-rutte"
    etag = cur.etag(path)
    missing = cur.patch(path, {"description": "NATO's Secretary General."}, None)
    assert missing.status_code == 428
    assert cur.delete(path, None).status_code == 428
    assert cur.patch(path, {"description": "Anyone's."}, "*").status_code == 428
    unclosed = etag.removesuffix('"')
    assert cur.patch(path, {"description": "Anyone's."}, unclosed).status_code == 412
    assert cur.patch(path, {"description": "Anyone's."}, f"W/{etag}").status_code == 412
    fresh = cur.patch(path, {"description": "NATO's Secretary General."}, f'"x", {etag}')
    assert fresh.status_code == 200, fresh.text
    stale = cur.patch(path, {"description": "Someone else's edit."}, etag)
    assert stale.status_code == 412
    assert stale.headers["etag"] == fresh.headers["etag"]
    assert cur.delete(path, etag).status_code == 412
    assert cur.http.get(path).json()["description"] == "NATO's Secretary General."


def test_a_patch_that_changes_nothing_makes_no_version(cur: Curation) -> None:
    """An empty patch, or one restating what is stored, answers the item as it is: no new
    version, no revision, and the corpus keeps its version, so nothing needs refetching."""
    path = f"/v1/claims/{CLAIM}"
    read = cur.http.get(path)
    item, etag = read.json(), cur.etag(path)
    corpus_version = read.headers["corpus-version"]
    revisions = cur.http.get(f"{path}/revisions").json()["total"]
    for body in ({}, {}, {"statement": item["statement"], "claim_type": item["claim_type"]}):
        answer = cur.patch(path, body, etag)
        assert answer.status_code == 200, answer.text
        assert answer.json() == item
        assert answer.headers["etag"] == etag.replace("-gzip", "")  # the identity variant's
        assert answer.headers["corpus-version"] == corpus_version
    assert cur.http.get(path).json()["version"] == item["version"]
    assert cur.http.get(f"{path}/revisions").json()["total"] == revisions
    changed = cur.patch(path, {"statement": item["statement"] + " Indeed."}, etag)
    assert changed.json()["version"] == item["version"] + 1
    assert changed.headers["corpus-version"] != corpus_version
    restored = cur.patch(path, {"statement": item["statement"]}, changed.headers["etag"])
    assert restored.status_code == 200, restored.text


@pytest.mark.parametrize("collection", ["quotes", "events", "claims", "implications", "entities"])
def test_writes_need_a_curator_key(cur: Curation, collection: str) -> None:
    item = cur.http.get(f"/v1/{collection}", params={"limit": 1}).json()["items"][0]
    path = f"/v1/{collection}/{item['id']}"
    for scope, status in ((None, 401), ("read", 403)):
        assert cur.post(collection, {}, scope=scope).status_code == status
        assert cur.patch(path, {}, "*", scope=scope).status_code == status
        assert cur.delete(path, "*", scope=scope).status_code == status


def test_a_referenced_item_cannot_be_deleted(cur: Curation) -> None:
    quote = f"/v1/quotes/{EVIDENCE_QUOTE}"
    refused = cur.delete(quote, cur.etag(quote))
    assert refused.status_code == 409
    assert "evidence" in refused.json()["detail"] and "claim '" in refused.json()["detail"]
    entity = "/v1/entities/donald-trump"
    refused = cur.delete(entity, cur.etag(entity))
    assert refused.status_code == 409
    assert f"quote '{EVIDENCE_QUOTE}' (speaker)" in refused.json()["detail"]
    assert cur.http.get(quote).status_code == 200


def test_a_draft_is_hidden_until_a_curator_confirms_it(cur: Curation) -> None:
    body = quote_body(id="draft-sanctions", status="draft")
    assert cur.post("quotes", body).status_code == 201
    path = "/v1/quotes/draft-sanctions"
    assert cur.http.get(path).status_code == 404
    assert cur.http.get(f"{path}/revisions").status_code == 404
    assert "draft-sanctions" not in {q["id"] for q in fetch_all(cur.http, "/v1/quotes")}
    etag = cur.etag(path, scope="curator")
    confirmed = cur.patch(path, {"status": "published"}, etag)
    assert confirmed.status_code == 200, confirmed.text
    assert cur.http.get(path).json()["status"] == "published"
    assert "draft-sanctions" in {q["id"] for q in fetch_all(cur.http, "/v1/quotes")}
    public = cur.http.get(f"{path}/revisions").json()["items"]
    assert [(r["version"], r["action"]) for r in public] == [(2, "confirm")]
    curated = cur.http.get(f"{path}/revisions", headers=cur.as_("curator")).json()["items"]
    assert [(r["version"], r["status"]) for r in curated] == [(2, "published"), (1, "draft")]
    back = cur.patch(path, {"status": "draft"}, confirmed.headers["etag"])
    assert back.status_code == 422


def test_a_null_status_does_not_publish_a_draft(cur: Curation) -> None:
    assert cur.post("quotes", quote_body(id="draft-nulled", status="draft")).status_code == 201
    path = "/v1/quotes/draft-nulled"
    nulled = cur.patch(path, {"status": None}, cur.etag(path, scope="curator"))
    assert nulled.status_code == 422, nulled.text
    assert cur.http.get(path).status_code == 404, "still a draft"


def test_an_alias_cannot_hold_a_line_break(cur: Curation) -> None:
    body = {"name": "Split Name", "kind": "person", "description": "d", "aliases": ["a\nb"]}
    response = cur.post("entities", body)
    assert response.status_code == 422, response.text


def test_a_control_character_in_a_write_path_is_a_422(cur: Curation) -> None:
    for path in ("/v1/quotes/a%00b/revisions", "/v1/quotes/a%01b/revisions/1"):
        assert cur.http.get(path).status_code == 422
    response = cur.patch("/v1/quotes/a%00b", {"context": "x"}, '"v1"')
    assert response.status_code == 422


def test_renaming_an_entity_keeps_its_old_name_and_shows_everywhere(cur: Curation) -> None:
    quote = f"/v1/quotes/{EVIDENCE_QUOTE}"
    speaker = cur.http.get(quote).json()["speaker"]["id"]
    quote_etag = cur.etag(quote)
    path = f"/v1/entities/{speaker}"
    entity = cur.http.get(path).json()
    renamed = cur.patch(path, {"name": "The 47th President"}, cur.etag(path))
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["id"] == speaker
    assert entity["name"] in renamed.json()["aliases"]
    assert set(entity["aliases"]) <= set(renamed.json()["aliases"])
    assert cur.http.get(quote).json()["speaker"]["name"] == "The 47th President"
    assert cur.etag(quote) != quote_etag, "an item's ETag follows what it embeds"
    found = cur.http.get("/v1/entities", params={"q": "47th"}).json()["items"]
    assert [e["id"] for e in found] == [speaker]


def test_a_claim_and_an_implication_keep_their_links_in_step(cur: Curation) -> None:
    claim = cur.post(
        "claims",
        {
            "statement": "Sanctions are the heading of a section.",
            "claim_type": "factual",
            "about": ["russia"],
            "evidence": [{"type": "quote", "id": EVIDENCE_QUOTE}],
            "provenance": {"document_id": DOCUMENT, "excerpt": "Sanctions"},
        },
    )
    assert claim.status_code == 201, claim.text
    claim_id = claim.json()["id"]
    implication = cur.post(
        "implications",
        {
            "statement": "More sanctions will follow.",
            "derived_from": [{"type": "claim", "id": claim_id}],
            "provenance": {"document_id": DOCUMENT, "excerpt": "Sanctions"},
        },
    )
    assert implication.status_code == 201, implication.text
    citing = cur.http.get(f"/v1/quotes/{EVIDENCE_QUOTE}", params={}).json()
    assert citing["id"] == EVIDENCE_QUOTE
    by_entity = fetch_all(cur.http, "/v1/claims", {"entity": "russia"})
    assert claim_id in {c["id"] for c in by_entity}
    path = f"/v1/claims/{claim_id}"
    assert cur.delete(path, cur.etag(path)).status_code == 409
    patched = cur.patch(path, {"about": ["china"]}, cur.etag(path))
    assert patched.status_code == 200
    assert claim_id not in {
        c["id"] for c in fetch_all(cur.http, "/v1/claims", {"entity": "russia"})
    }
    assert claim_id in {c["id"] for c in fetch_all(cur.http, "/v1/claims", {"entity": "china"})}


def test_idempotency_key_replays_the_first_response(cur: Curation) -> None:
    body = quote_body(context="Posted twice")
    first = cur.post("quotes", body, **{"Idempotency-Key": "create-once"})
    assert first.status_code == 201, first.text
    version = cur.corpus_version()
    retry = cur.post("quotes", body, **{"Idempotency-Key": "create-once"})
    assert retry.status_code == 201
    assert retry.content == first.content
    assert retry.headers["location"] == first.headers["location"]
    assert retry.headers["idempotent-replayed"] == "true"
    assert cur.corpus_version() == version
    posted = fetch_all(cur.http, "/v1/quotes", {"q": "posted twice"})
    assert len(posted) == 1
    other = cur.post("quotes", {**body, "context": "Another"}, **{"Idempotency-Key": "create-once"})
    assert other.status_code == 422
    assert other.json()["type"].endswith("idempotency-key-reused")
    by_admin = cur.post("quotes", body, scope="admin", **{"Idempotency-Key": "create-once"})
    assert by_admin.status_code == 201 and "idempotent-replayed" not in by_admin.headers
    assert len(fetch_all(cur.http, "/v1/quotes", {"q": "posted twice"})) == 2


def test_the_audit_log_is_for_admins(cur: Curation) -> None:
    made = cur.post("quotes", quote_body(context="Audited"))
    assert made.status_code == 201
    assert cur.http.get("/v1/audit").status_code == 401
    assert cur.http.get("/v1/audit", headers=cur.as_("curator")).status_code == 403
    key_id = cur.keys["curator"].split("_")[1]
    log = cur.http.get(
        "/v1/audit",
        headers=cur.as_("admin"),
        params={
            "key": key_id,
            "collection": "quotes",
            "action": "create",
            "item": made.json()["id"],
        },
    )
    assert log.status_code == 200, log.text
    entries = log.json()["items"]
    assert [(e["item_id"], e["action"], e["api_key_id"]) for e in entries] == [
        (made.json()["id"], "create", key_id)
    ]
    assert entries[0]["request_id"] == made.headers["x-request-id"]
    since = cur.http.get(
        "/v1/audit", headers=cur.as_("admin"), params={"since": entries[0]["at"]}
    ).json()
    assert made.json()["id"] not in {e["item_id"] for e in since["items"]}
