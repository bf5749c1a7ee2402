"""`/v1/reconcile`: the W3C Entity Reconciliation API (0.2) as OpenRefine uses it, checked
against the specification's own JSON Schemas (vendored in reconciliation_schemas/), and a
real batch: the briefing's names with typos, other case and accents, and aliases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from tests.api.curation import Curation, serve
from tests.conftest import BACKENDS, Databases

SCHEMAS = Path(__file__).parent / "reconciliation_schemas"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{name}.json").read_text())
    return loaded


# The manifest refers to `type.json` relative to its `$id`.
REGISTRY: Registry[Any] = Registry().with_resources(
    (_schema(name)["$id"], Resource.from_contents(_schema(name), default_specification=DRAFT7))
    for name in ("type", "manifest")
)


def validate(instance: Any, schema: str) -> None:
    validator = Draft7Validator(_schema(schema), registry=REGISTRY)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]
    assert not errors, errors


def post(client: httpx.Client, queries: dict[str, Any]) -> httpx.Response:
    return client.post("/v1/reconcile", data={"queries": json.dumps(queries)})


def batch(client: httpx.Client, queries: dict[str, Any]) -> dict[str, Any]:
    validate(queries, "reconciliation-query-batch")
    response = post(client, queries)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    validate(answer, "reconciliation-result-batch")
    assert answer.keys() == queries.keys()
    return answer


def ids(answer: dict[str, Any], key: str) -> list[str]:
    return [c["id"] for c in answer[key]["result"]]


def test_the_manifest_validates_and_points_at_the_apis_own_pages(client: httpx.Client) -> None:
    response = client.get("/v1/reconcile")
    assert response.status_code == 200, response.text
    manifest = response.json()
    validate(manifest, "manifest")
    assert manifest["versions"] == ["0.2"]
    root = str(client.base_url).rstrip("/")
    assert manifest["view"]["url"] == f"{root}/v1/entities/{{{{id}}}}"
    assert client.get("/v1/entities/russia").status_code == 200
    assert manifest["preview"]["url"] == f"{root}/v1/reconcile/preview?id={{{{id}}}}"
    suggest = manifest["suggest"]["entity"]
    assert suggest["service_url"] + suggest["service_path"] == f"{root}/v1/reconcile/suggest/entity"
    assert {"person", "country", "government"} <= {t["id"] for t in manifest["defaultTypes"]}


def test_a_batch_by_post_and_by_get_gives_scored_candidates(client: httpx.Client) -> None:
    queries = {
        "q0": {"query": "Vladmir Puttin", "type": "person", "limit": 3},
        "q1": {"query": "russia"},
    }
    answer = batch(client, queries)
    putin = answer["q0"]["result"][0]
    assert putin["id"] == "vladimir-putin" and 85 <= putin["score"] < 100
    assert putin["match"] is False  # a typo is a candidate, never a certain match
    assert putin["type"] == [{"id": "person", "name": "Person"}]
    assert len(answer["q0"]["result"]) <= 3
    russia = answer["q1"]["result"][0]
    assert (russia["id"], russia["score"], russia["match"]) == ("russia", 100, True)
    assert [c["match"] for c in answer["q1"]["result"][1:]] == [False] * (
        len(answer["q1"]["result"]) - 1
    )
    scores = [c["score"] for c in answer["q1"]["result"]]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 100 for s in scores)
    by_get = client.get("/v1/reconcile", params={"queries": json.dumps(queries)})
    assert by_get.status_code == 200 and by_get.json() == answer


def test_type_constraints_filter_by_kind(client: httpx.Client) -> None:
    # "Ukraine" is a country; "Eastern Ukraine" a place, "Ukrainian leaders" a group.
    answer = batch(
        client,
        {
            "any": {"query": "Ukraine"},
            "place": {"query": "Ukraine", "type": "place"},
            "several": {"query": "Ukraine", "type": ["group", "place"], "type_strict": "any"},
            # `should`: the types rank, they do not filter; `all`: no entity has two kinds.
            "should": {"query": "Ukraine", "type": "place", "type_strict": "should"},
            "all": {"query": "Ukraine", "type": ["group", "place"], "type_strict": "all"},
        },
    )
    assert ids(answer, "any")[0] == "ukraine"
    assert set(ids(answer, "should")) == set(ids(answer, "any"))
    assert ids(answer, "all") == []
    assert ids(answer, "place")[0] == "eastern-ukraine"
    assert "ukraine" not in ids(answer, "place") + ids(answer, "several")
    assert all(c["type"][0]["id"] == "place" for c in answer["place"]["result"])


def test_property_constraints_on_kind_and_alias(client: httpx.Client) -> None:
    answer = batch(
        client,
        {
            "kind": {"query": "Trump", "properties": [{"pid": "kind", "v": "government"}]},
            "alias": {"query": "Trump", "properties": [{"pid": "alias", "v": "White House"}]},
            "alias_only": {"properties": [{"pid": "alias", "v": ["Moscw"]}]},
            "entity_value": {
                "query": "Trump",
                "properties": [{"pid": "kind", "v": {"id": "person", "name": "Person"}}],
            },
        },
    )
    assert ids(answer, "kind") == ["trump-administration"]
    assert ids(answer, "alias") == ["trump-administration"]
    assert ids(answer, "alias_only") == ["russia"]
    assert ids(answer, "entity_value")[0] == "donald-trump"


def test_suggest_completes_a_prefix_by_name_or_alias(client: httpx.Client) -> None:
    response = client.get("/v1/reconcile/suggest/entity", params={"prefix": "zel"})
    assert response.status_code == 200, response.text
    validate(response.json(), "suggest-entities-response")
    assert response.json()["result"][0]["id"] == "volodymyr-zelensky"
    # By an alias, accents and case ignored.
    moscow = client.get("/v1/reconcile/suggest/entity", params={"prefix": "MÓSC"}).json()
    assert [e["id"] for e in moscow["result"]] == ["russia"]


def test_the_preview_is_a_small_escaped_html_page(client: httpx.Client) -> None:
    response = client.get("/v1/reconcile/preview", params={"id": "china-djibouti-base"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    # "China's overseas base in Djibouti": the apostrophe is escaped like everything else.
    assert "China&#x27;s overseas base in Djibouti" in response.text
    assert "China's" not in response.text
    missing = client.get("/v1/reconcile/preview", params={"id": "nobody-at-all"})
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize(
    ("queries", "loc"),
    [
        ("{not json", ["body", "queries"]),
        ("[" * 5_000, ["body", "queries"]),
        ("[]", ["body", "queries"]),
        ("{}", ["body", "queries"]),
        ('{"q0": "Putin"}', ["body", "queries", "q0"]),
        ('{"q0": {"query": "Putin", "typo": 1}}', ["body", "queries", "q0", "typo"]),
        ('{"q0": {"query": "Putin", "type": "dragon"}}', ["body", "queries", "q0", "type"]),
        ('{"q0": {"query": "Putin", "limit": 0}}', ["body", "queries", "q0", "limit"]),
        ('{"q0": {"query": " "}}', ["body", "queries", "q0"]),
        (
            '{"q0": {"query": "Putin", "properties": [{"pid": "born", "v": "1952"}]}}',
            ["body", "queries", "q0", "properties", 0, "pid"],
        ),
        (
            '{"q0": {"query": "Putin", "properties": [{"pid": "kind", "v": "dragon"}]}}',
            ["body", "queries", "q0", "properties", 0, "v"],
        ),
    ],
)
def test_a_bad_batch_is_a_problem(client: httpx.Client, queries: str, loc: list[Any]) -> None:
    response = client.post("/v1/reconcile", data={"queries": queries})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["type"].endswith("invalid-reconciliation-query")
    assert problem["errors"][0]["loc"] == loc
    by_get = client.get("/v1/reconcile", params={"queries": queries})
    assert by_get.status_code == 422
    assert by_get.json()["errors"][0]["loc"] == ["query", *loc[1:]]


def test_a_post_without_a_form_is_a_problem(client: httpx.Client) -> None:
    no_field = client.post("/v1/reconcile", content="other=1", headers=FORM)
    assert no_field.status_code == 422 and no_field.json()["errors"][0]["type"] == "missing"
    as_json = client.post("/v1/reconcile", json={"queries": {"q0": {"query": "Putin"}}})
    assert as_json.status_code == 422
    assert as_json.headers["content-type"].startswith("application/problem+json")
    unknown = client.get("/v1/reconcile", params={"query": "Putin"})
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["loc"] == ["query", "query"]


# Names as a spreadsheet would hold them: typos, other case and accents, and aliases.
TYPO_BATCH: dict[str, str | None] = {
    "Vladmir Puttin": "vladimir-putin",
    "donald trump": "donald-trump",
    "Zelenskyy": "volodymyr-zelensky",
    "Emmanuel Macrón": "emmanuel-macron",
    "Sergey Lavrov": "sergei-lavrov",
    "Kaja Kalas": "kaja-kallas",
    "Mark Rute": "mark-rutte",
    "Henry Kisinger": "henry-kissinger",
    "Elbridge Colbey": "elbridge-colby",
    "RUSSIA": "russia",
    "Ukriane": "ukraine",
    "North Corea": "north-korea",
    "America": "united-states",
    "Moscow": "russia",
    "Beijing": "china",
    "the kremlin": "kremlin",
    "European Unoin": "european-union",
    "Houthi": "houthis",
    "Djibuti": "djibouti",
    "Wang Yí": "wang-yi",
    "Trump White House": "trump-administration",
    # Not in the briefing: the right answer is no candidate.
    "Angela Merkel": None,
    "Joe Biden": None,
}


def test_the_typo_batch_finds_the_briefings_entities(client: httpx.Client) -> None:
    queries = {f"q{i}": {"query": name} for i, name in enumerate(TYPO_BATCH)}
    answer = batch(client, queries)
    top = {
        name: (answer[f"q{i}"]["result"] or [{"id": None}])[0]["id"]
        for i, name in enumerate(TYPO_BATCH)
    }
    predicted = [name for name, found in top.items() if found is not None]
    expected = [name for name, wanted in TYPO_BATCH.items() if wanted is not None]
    correct = [name for name in predicted if top[name] == TYPO_BATCH[name]]
    precision, recall = len(correct) / len(predicted), len(correct) / len(expected)
    print(
        f"\nreconciliation typo batch: {len(TYPO_BATCH)} names, precision {precision:.3f} "
        f"({len(correct)}/{len(predicted)}), recall {recall:.3f} ({len(correct)}/{len(expected)})"
    )
    wrong = {
        name: (top[name], TYPO_BATCH[name]) for name in TYPO_BATCH if top[name] != TYPO_BATCH[name]
    }
    assert precision >= 0.9 and recall >= 0.9, wrong


@pytest.fixture(scope="module", params=BACKENDS)
def cur(request: pytest.FixtureRequest, databases: Databases) -> Iterator[Curation]:
    yield from serve(databases, request.param)


def test_drafts_and_deleted_entities_are_never_candidates(cur: Curation) -> None:
    draft = {
        "id": "vladimir-putin-draft",
        "name": "Vladimir Putin",
        "kind": "person",
        "description": "A draft namesake.",
        "status": "draft",
    }
    assert cur.post("entities", draft).status_code == 201
    gone = {"id": "henry-kissinger-twin", "name": "Henry Kissinger", "kind": "person"}
    assert cur.post("entities", {**gone, "description": "d"}).status_code == 201
    path = "/v1/entities/henry-kissinger-twin"
    assert cur.delete(path, cur.etag(path)).status_code == 200
    answer = batch(cur.http, {"a": {"query": "Vladimir Putin"}, "b": {"query": "Henry Kissinger"}})
    assert ids(answer, "a") == ["vladimir-putin"] and answer["a"]["result"][0]["match"] is True
    assert ids(answer, "b") == ["henry-kissinger"] and answer["b"]["result"][0]["match"] is True
    drafts = cur.http.get("/v1/reconcile/preview", params={"id": "vladimir-putin-draft"})
    assert drafts.status_code == 404


def test_an_exact_name_two_entities_share_is_no_certain_match(cur: Curation) -> None:
    palace = {
        "id": "kremlin-palace",
        "name": "The Kremlin",
        "kind": "facility",
        "description": "The fortress in Moscow, the building.",
    }
    assert cur.post("entities", palace).status_code == 201
    answer = batch(
        cur.http,
        {"both": {"query": "the Kremlin"}, "typed": {"query": "the Kremlin", "type": "facility"}},
    )
    both = answer["both"]["result"]
    assert {c["id"] for c in both[:2]} == {"kremlin", "kremlin-palace"}
    assert [c["score"] for c in both[:2]] == [100, 100]
    assert not any(c["match"] for c in both)
    # A type constraint leaves one: then it is certain.
    assert [(c["id"], c["match"]) for c in answer["typed"]["result"]] == [("kremlin-palace", True)]
