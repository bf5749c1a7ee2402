"""Filters: each narrows the list as the contract says, several values combine with OR."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from app.models.common import SLUG_PATTERN
from tests.conftest import ROOT, entity_refs, fetch_all


def ids(items: list[dict]) -> set[str]:
    return {item["id"] for item in items}


def entity_ids(item: dict) -> set[str]:
    return {ref["id"] for ref in entity_refs(item)}


@pytest.mark.parametrize("collection", ["claims", "quotes", "events", "implications"])
def test_entity_selects_items_involving_it_in_any_role(
    client: httpx.Client, collection: str
) -> None:
    everything = fetch_all(client, f"/v1/{collection}")
    for entity in ("donald-trump", "russia", "china"):
        expected = {i["id"] for i in everything if entity in entity_ids(i)}
        assert ids(fetch_all(client, f"/v1/{collection}", {"entity": entity})) == expected


def test_several_values_of_one_filter_are_ored(client: httpx.Client) -> None:
    trump = ids(fetch_all(client, "/v1/quotes", {"speaker": "donald-trump"}))
    others = fetch_all(client, "/v1/quotes")
    other_speaker = next(q["speaker"]["id"] for q in others if q["speaker"]["id"] != "donald-trump")
    other = ids(fetch_all(client, "/v1/quotes", {"speaker": other_speaker}))
    both = fetch_all(client, "/v1/quotes", {"speaker": ["donald-trump", other_speaker]})
    assert trump and other and ids(both) == trump | other


def test_different_filters_are_anded(client: httpx.Client) -> None:
    putin_events = ids(fetch_all(client, "/v1/events", {"actor": "vladimir-putin"}))
    calls = ids(fetch_all(client, "/v1/events", {"event_type": "phone_call"}))
    both = ids(
        fetch_all(client, "/v1/events", {"actor": "vladimir-putin", "event_type": "phone_call"})
    )
    assert both == putin_events & calls and both


def test_speaker_filter_matches_the_speaker(client: httpx.Client) -> None:
    quotes = fetch_all(client, "/v1/quotes", {"speaker": "donald-trump"})
    assert quotes and all(q["speaker"]["id"] == "donald-trump" for q in quotes)


def test_actor_and_location_filters(client: httpx.Client) -> None:
    events = fetch_all(client, "/v1/events", {"actor": "vladimir-putin"})
    assert events and all("vladimir-putin" in {a["id"] for a in e["actors"]} for e in events)
    located = [e for e in fetch_all(client, "/v1/events") if e["location"]]
    place = located[0]["location"]["id"]
    at_place = fetch_all(client, "/v1/events", {"location": place})
    assert at_place and all(e["location"]["id"] == place for e in at_place)


@pytest.mark.parametrize(
    ("path", "name", "field"),
    [
        ("/v1/events", "event_type", "event_type"),
        ("/v1/claims", "claim_type", "claim_type"),
        ("/v1/entities", "kind", "kind"),
    ],
)
def test_typed_filters_partition_the_collection(
    client: httpx.Client, path: str, name: str, field: str
) -> None:
    everything = fetch_all(client, path)
    values = {item[field] for item in everything}
    assert len(values) > 1
    parts = [fetch_all(client, path, {name: value}) for value in sorted(values)]
    for value, part in zip(sorted(values), parts, strict=True):
        assert part and all(item[field] == value for item in part)
    assert sum(len(p) for p in parts) == len(everything)


def test_attributed_to_filter(client: httpx.Client) -> None:
    claims = fetch_all(client, "/v1/claims")
    attributed = [c for c in claims if c["attributed_to"]]
    who = attributed[0]["attributed_to"]["id"]
    expected = {c["id"] for c in attributed if c["attributed_to"]["id"] == who}
    assert ids(fetch_all(client, "/v1/claims", {"attributed_to": who})) == expected


def _overlaps(item: dict, start: str | None, end: str | None) -> bool:
    """An open bound reaches as far as the filter does; an undated item matches no filter."""
    first, last = item["date_start"], item["date_end"]
    if first is None and last is None:
        return False
    return (start is None or last is None or last >= start) and (
        end is None or first is None or first <= end
    )


@pytest.mark.parametrize("collection", ["quotes", "events"])
@pytest.mark.parametrize(
    ("date_from", "date_to"),
    [
        ("2025-07-03", "2025-07-03"),
        ("2025-07-10", None),
        (None, "2025-06-30"),
        ("2025-06-15", "2025-07-04"),
    ],
)
def test_date_filters_select_overlapping_ranges(
    client: httpx.Client, collection: str, date_from: str | None, date_to: str | None
) -> None:
    everything = fetch_all(client, f"/v1/{collection}")
    params = {k: v for k, v in {"date_from": date_from, "date_to": date_to}.items() if v}
    expected = {i["id"] for i in everything if _overlaps(i, date_from, date_to)}
    assert ids(fetch_all(client, f"/v1/{collection}", params)) == expected


def test_a_multi_day_range_overlapping_the_window_is_included(client: httpx.Client) -> None:
    spanning = [
        e
        for e in fetch_all(client, "/v1/events")
        if e["date_start"] and e["date_end"] and e["date_start"] < e["date_end"]
    ]
    event = spanning[0]
    inside = (dt.date.fromisoformat(event["date_start"]) + dt.timedelta(days=1)).isoformat()
    inside = min(inside, event["date_end"])
    found = fetch_all(client, "/v1/events", {"date_from": inside, "date_to": inside})
    assert event["id"] in ids(found)


def test_date_from_after_date_to_is_a_422(client: httpx.Client) -> None:
    response = client.get("/v1/events", params={"date_from": "2025-07-10", "date_to": "2025-07-01"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "date_from"]


def test_section_filter_a_part_includes_its_subsections(client: httpx.Client) -> None:
    [document] = fetch_all(client, "/v1/documents")
    part = next(s for s in document["sections"] if s["heading"] == "IMPLICATIONS:")
    claims = fetch_all(client, "/v1/claims")
    expected = {
        c["id"]
        for c in claims
        if part["char_start"] <= c["provenance"]["char_start"] < part["char_end"]
    }
    assert expected
    assert ids(fetch_all(client, "/v1/claims", {"section": "IMPLICATIONS:"})) == expected
    sub = next(s for s in document["sections"] if s["parent"] == "IMPLICATIONS:")
    in_sub = fetch_all(client, "/v1/claims", {"section": sub["heading"]})
    assert in_sub and all(c["provenance"]["section"] == sub["heading"] for c in in_sub)
    assert ids(in_sub) < expected


def test_document_id_filter(client: httpx.Client) -> None:
    [document] = fetch_all(client, "/v1/documents")
    everything = fetch_all(client, "/v1/claims")
    assert len(fetch_all(client, "/v1/claims", {"document_id": document["id"]})) == len(everything)


def id_valued_filters() -> list[tuple[str, str]]:
    """(path, parameter) of every GET whose query parameter takes ids, from the published
    OpenAPI document (`schemas/`, drift-tested): the contract, not the declarations."""
    document = json.loads((ROOT / "schemas" / "openapi.json").read_text())
    found = []
    for path, operations in document["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            items = parameter["schema"].get("items", {})
            if parameter["in"] == "query" and items.get("pattern") == SLUG_PATTERN:
                found.append((path, parameter["name"]))
    return found


def test_the_id_valued_filters_are_those_of_the_collections_and_dashboard() -> None:
    names = {name for _, name in id_valued_filters()}
    assert names == {
        *("id", "document_id", "entity", "speaker", "attributed_to", "actor", "location"),
        *("holder", "target"),
    }
    assert len(id_valued_filters()) >= 29


@pytest.mark.parametrize(("path", "name"), id_valued_filters())
def test_an_unknown_id_in_any_id_filter_is_a_422_naming_it(
    client: httpx.Client, path: str, name: str
) -> None:
    required = {"q": "russia"} if path == "/v1/search" else {}
    response = client.get(path, params={name: "no-such-thing", **required})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == "urn:briefing-api:problem:unknown-id"
    [issue] = problem["errors"]
    assert issue["loc"] == ["query", name] and issue["type"] == "unknown_id"
    assert issue["msg"].startswith("No id 'no-such-thing' among the ")


def test_an_unknown_id_is_answered_with_the_closest_known_ones(client: httpx.Client) -> None:
    problem = client.get(
        "/v1/events", params={"actor": "putin", "entity": ["donald-trum", "russia"]}
    ).json()
    by_name = {issue["loc"][1]: issue["msg"] for issue in problem["errors"]}
    assert by_name == {
        "actor": "No id 'putin' among the entities; did you mean 'vladimir-putin'?",
        "entity": "No id 'donald-trum' among the entities; did you mean 'donald-trump'?",
    }, "only the unknown id of the two is named"
    assert all(f"{n}: {m}" in problem["detail"] for n, m in by_name.items())


def test_an_export_refuses_an_unknown_id_before_it_streams(client: httpx.Client) -> None:
    response = client.get("/v1/claims", params={"entity": "no-such-thing", "format": "csv"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "entity"]


def test_a_known_id_that_nothing_involves_is_an_empty_page(client: httpx.Client) -> None:
    """Known means stored: an entity no quote involves is a 200 with no items."""
    speakers = {q["speaker"]["id"] for q in fetch_all(client, "/v1/quotes") if q["speaker"]}
    silent = next(e["id"] for e in fetch_all(client, "/v1/entities") if e["id"] not in speakers)
    page = client.get("/v1/quotes", params={"speaker": silent})
    assert page.status_code == 200 and page.json()["total"] == 0


def test_q_is_a_case_insensitive_text_search(client: httpx.Client) -> None:
    lower = fetch_all(client, "/v1/quotes", {"q": "patriots"})
    upper = fetch_all(client, "/v1/quotes", {"q": "PATRIOTS"})
    assert lower and ids(lower) == ids(upper)
    assert all("patriots" in (q["text"] + q["context"]).lower() for q in lower)


def test_q_treats_wildcards_literally(client: httpx.Client) -> None:
    percent = fetch_all(client, "/v1/claims", {"q": "100%"})
    assert percent and all("100%" in (c["statement"] + c["provenance"]["excerpt"]) for c in percent)
    assert fetch_all(client, "/v1/claims", {"q": "%%_%"}) == []


def test_entities_q_searches_aliases(client: httpx.Client) -> None:
    trump = client.get("/v1/entities/donald-trump").json()
    alias = trump["aliases"][-1]
    assert "donald-trump" in ids(fetch_all(client, "/v1/entities", {"q": alias}))


@pytest.mark.parametrize(
    ("path", "params", "loc"),
    [
        ("/v1/quotes", {"date_from": "14/07/2025"}, "date_from"),
        ("/v1/events", {"event_type": "picnic"}, "event_type"),
        ("/v1/claims", {"claim_type": "rumour"}, "claim_type"),
        ("/v1/entities", {"kind": "planet"}, "kind"),
        ("/v1/quotes", {"speaker": "Not A Slug"}, "speaker"),
        ("/v1/claims", {"q": ""}, "q"),
        ("/v1/claims", {"include": "everything"}, "include"),
        ("/v1/claims", {"speaker": "donald-trump"}, "speaker"),
        ("/v1/entities", {"entity": "russia"}, "entity"),
        ("/v1/claims", {"sort": "char_start", "Sort": "id"}, "Sort"),
        ("/v1/claims", {"sort": ["char_start", "id"]}, "sort"),
    ],
)
def test_a_bad_or_unknown_parameter_is_a_422_problem_naming_it(
    client: httpx.Client, path: str, params: dict, loc: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 422 and problem["title"] and problem["detail"]
    assert any(e["loc"][:2] == ["query", loc] for e in problem["errors"])


def test_entities_q_finds_aliases_with_typographic_apostrophes(client: httpx.Client) -> None:
    curly = [
        (e["id"], a) for e in fetch_all(client, "/v1/entities") for a in e["aliases"] if "’" in a
    ]
    assert curly, "the seed names some entities with a curly apostrophe"
    for entity_id, alias in curly:
        assert entity_id in ids(fetch_all(client, "/v1/entities", {"q": alias}))


@pytest.mark.parametrize(
    ("typed", "printed"),
    [("Russia's", "Russia’s"), ("Beijing's", "Beijing’s"), ('"bullshit"', "“bullshit”")],
)
def test_q_matches_typographic_quotes_with_straight_ones(
    client: httpx.Client, source_text: str, typed: str, printed: str
) -> None:
    assert printed in source_text
    for collection in ("claims", "events", "quotes"):
        straight = ids(fetch_all(client, f"/v1/{collection}", {"q": typed}))
        curly = ids(fetch_all(client, f"/v1/{collection}", {"q": printed}))
        assert straight == curly, collection
    hits = fetch_all(client, "/v1/search", {"q": typed})
    assert hits and all(h["snippet"] for h in hits)
