"""Dates with their basis, open at one end or absent; quote kinds and who a quote is
credited to; the new entity kinds, `identified` and dated roles: written by a curator,
served, filtered, sorted, paged and exported."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.api.curation import Curation, quote_body, serve
from tests.api.test_exports import csv_rows
from tests.conftest import BACKENDS, Databases, fetch_all

UNDATED = {"date_start": None, "date_end": None, "date_precision": None}
UNTIL_JULY_14 = {"date_start": None, "date_end": "2025-07-14", "date_precision": "day"}
FROM_JULY_20 = {"date_start": "2025-07-20", "date_end": None, "date_precision": "day"}
KINDS = ("direct", "partial", "translated", "scare_quote", "term")


def _quote(excerpt: str, item_id: str, **changes: Any) -> dict[str, Any]:
    provenance = {"document_id": "trump-pivot-against-russia", "excerpt": excerpt}
    return quote_body(id=item_id, text=excerpt, provenance=provenance, **changes)


@pytest.fixture(scope="module", params=BACKENDS)
def cur(request: pytest.FixtureRequest, databases: Databases) -> Iterator[Curation]:
    """A seeded app with an undated quote, two open-ended ones and a scare quote."""
    for curation in serve(databases, request.param):
        for body in (
            _quote("Military Assistance", "undated-quote", **UNDATED),
            _quote(
                "OVERVIEW:",
                "until-july-14",
                date_basis="inferred",
                date_note="'recent', before publication",
                **UNTIL_JULY_14,
            ),
            _quote("BIGGER PICTURE:", "from-july-20", date_basis="stated", **FROM_JULY_20),
            _quote(
                "political defamation campaign",
                "defamation-scare-quote",
                kind="scare_quote",
                speaker=None,
                date_basis="stated",
            ),
        ):
            created = curation.post("quotes", body)
            assert created.status_code == 201, created.text
        yield curation


def _ids(cur: Curation, params: dict[str, Any]) -> list[str]:
    return [q["id"] for q in fetch_all(cur.http, "/v1/quotes", params)]


def test_open_and_absent_bounds_are_served_as_null(cur: Curation) -> None:
    undated = cur.http.get("/v1/quotes/undated-quote").json()
    assert {k: undated[k] for k in UNDATED} == UNDATED
    assert undated["date_basis"] is None and undated["period"] is None
    until = cur.http.get("/v1/quotes/until-july-14").json()
    assert {k: until[k] for k in UNTIL_JULY_14} == UNTIL_JULY_14
    assert (until["date_basis"], until["date_note"]) == ("inferred", "'recent', before publication")


@pytest.mark.parametrize("sort", ["date_start", "-date_start", "date_end", "-date_end"])
def test_nulls_sort_last_and_small_pages_visit_every_quote_once(cur: Curation, sort: str) -> None:
    everything = _ids(cur, {"sort": sort, "limit": 500})
    paged = _ids(cur, {"sort": sort, "limit": 2})
    assert paged == everything and len(set(paged)) == len(paged)
    field = sort.removeprefix("-")
    items = fetch_all(cur.http, "/v1/quotes", {"sort": sort})
    values = [q[field] for q in items]
    dated = [v for v in values if v is not None]
    assert values == dated + [None] * (len(values) - len(dated)), "nulls come last"
    assert dated == sorted(dated, reverse=sort.startswith("-"))
    assert "undated-quote" in paged


def test_an_open_bound_overlaps_every_window_on_its_side(cur: Curation) -> None:
    early = set(_ids(cur, {"date_to": "2025-01-01"}))
    late = set(_ids(cur, {"date_from": "2026-01-01"}))
    assert "until-july-14" in early and "from-july-20" not in early
    assert "from-july-20" in late and "until-july-14" not in late
    window = set(_ids(cur, {"date_from": "2025-07-15", "date_to": "2025-07-19"}))
    assert {"until-july-14", "from-july-20"}.isdisjoint(window)


def test_an_undated_item_matches_no_date_filter(cur: Curation) -> None:
    for params in ({"date_from": "1900-01-01"}, {"date_to": "2100-01-01"}):
        assert "undated-quote" not in _ids(cur, params)
    assert "undated-quote" in _ids(cur, {})


def test_date_basis_filters_quotes_and_events(cur: Curation) -> None:
    inferred = _ids(cur, {"date_basis": "inferred"})
    assert "until-july-14" in inferred and "from-july-20" not in inferred
    assert "undated-quote" not in inferred, "a basis not recorded matches none"
    events = fetch_all(cur.http, "/v1/events", {"date_basis": "stated"})
    assert events and {e["date_basis"] for e in events} == {"stated"}
    bad = cur.http.get("/v1/quotes", params={"date_basis": "guessed"})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem")


def test_quotes_list_speech_by_default_and_kind_reaches_the_others(cur: Curation) -> None:
    default = fetch_all(cur.http, "/v1/quotes")
    assert {q["kind"] for q in default} <= {"direct", "partial", "translated"}
    assert "defamation-scare-quote" not in {q["id"] for q in default}
    scare = fetch_all(cur.http, "/v1/quotes", {"kind": "scare_quote"})
    assert "defamation-scare-quote" in [q["id"] for q in scare]
    assert {q["kind"] for q in scare} == {"scare_quote"}
    assert all(q["speaker"] is None and q["speaker_basis"] is None for q in scare)
    both = _ids(cur, {"kind": ["direct", "scare_quote"]})
    assert "defamation-scare-quote" in both and "undated-quote" in both
    assert cur.http.get("/v1/quotes/defamation-scare-quote").status_code == 200


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"kind": "scare_quote"}, "credited to no one"),
        ({"kind": "term", "speaker": None, "speaker_basis": "named"}, "speaker_basis"),
        ({"speaker": None}, "needs a `speaker`"),
        ({"date_precision": None}, "date_precision is given exactly when a date is"),
    ],
)
def test_the_speaker_and_date_rules_refuse_a_write(
    cur: Curation, changes: dict[str, Any], reason: str
) -> None:
    response = cur.post("quotes", _quote("America First", "refused-quote", **changes))
    assert response.status_code == 422 and reason in response.text
    assert cur.http.get("/v1/quotes/refused-quote").status_code == 404


def test_a_quote_period_is_written_served_and_exported_flat(cur: Curation) -> None:
    period = {
        "date_start": "2025-07-14",
        "date_end": "2025-09-02",
        "date_precision": "day",
        "date_basis": "computed",
        "date_note": "14 July 2025 + 50 days",
    }
    body = _quote("Operation Aspides", "aspides-period", period=period, date_basis="heading")
    created = cur.post("quotes", body)
    assert created.status_code == 201, created.text
    assert created.json()["period"] == period
    rows = csv_rows(cur.http.get("/v1/quotes", params={"format": "csv", "id": "aspides-period"}))
    assert rows[0]["kind"] == "direct" and rows[0]["date_basis"] == "heading"
    assert (rows[0]["period_end"], rows[0]["period_note"]) == (
        "2025-09-02",
        "14 July 2025 + 50 days",
    )
    linked = cur.http.get("/v1/quotes", params={"format": "jsonld", "id": "aspides-period"}).json()
    assert linked["@context"]["date_basis"] == "brf:dateBasis"


def test_stats_count_an_open_start_in_the_month_it_ends_and_the_undated_in_none(
    cur: Curation,
) -> None:
    stats = cur.http.get("/v1/stats", params={"type": "quote"}).json()
    months = {f["value"]: f["count"] for f in stats["by_month"]}
    quotes = fetch_all(cur.http, "/v1/quotes", {"kind": list(KINDS)})
    undated = len([q for q in quotes if q["date_start"] is None and q["date_end"] is None])
    assert sum(months.values()) == stats["total"] - undated
    timeline = {t["id"] for t in fetch_all(cur.http, "/v1/timeline")}
    assert "until-july-14" in timeline and "undated-quote" not in timeline


def test_entities_take_the_new_kinds_identified_and_dated_roles(cur: Curation) -> None:
    body = {
        "id": "patriot-system",
        "name": "Patriot",
        "kind": "weapon_system",
        "description": "A US air defense system.",
        "identified": False,
        "roles": [
            {
                "title": "Air defense of",
                "of": "nato",
                "date_start": "2024-10-01",
                "date_precision": "day",
                "date_basis": "external",
                "date_note": "for the test",
            }
        ],
    }
    created = cur.post("entities", body)
    assert created.status_code == 201, created.text
    entity = cur.http.get("/v1/entities/patriot-system").json()
    assert entity["identified"] is False
    role = entity["roles"][0]
    assert role["of"] == {"id": "nato", "name": "NATO", "kind": "organization"}
    assert (role["date_start"], role["date_end"], role["date_basis"]) == (
        "2024-10-01",
        None,
        "external",
    )
    kinds = fetch_all(cur.http, "/v1/entities", {"kind": "weapon_system"})
    assert "patriot-system" in [e["id"] for e in kinds]
    assert {e["kind"] for e in kinds} == {"weapon_system"}
    etag = cur.etag("/v1/entities/patriot-system")
    patched = cur.patch("/v1/entities/patriot-system", {"identified": True}, etag)
    assert patched.status_code == 200, patched.text
    assert patched.json()["roles"] == entity["roles"], "a patch keeps the roles it leaves alone"
    unknown = {**body, "id": "patriot-2", "roles": [{"title": "x", "of": "no-such-entity"}]}
    refused = cur.post("entities", unknown)
    assert refused.status_code == 422 and "no-such-entity" in refused.text


def test_a_deadline_event_with_an_open_start_in_json_and_json_ld(cur: Curation) -> None:
    body = {
        "id": "open-start-deadline",
        "title": "Secondary tariff deadline",
        "description": "50 days after 14 July 2025.",
        "event_type": "deadline",
        "date_end": "2025-09-02",
        "date_precision": "day",
        "date_basis": "computed",
        "date_note": "14 July 2025 + 50 days",
        "provenance": {"document_id": "trump-pivot-against-russia", "excerpt": "IMPLICATIONS:"},
    }
    created = cur.post("events", body)
    assert created.status_code == 201, created.text
    assert created.json()["date_start"] is None and created.json()["event_type"] == "deadline"
    deadlines = fetch_all(cur.http, "/v1/events", {"event_type": "deadline"})
    # The seed's own deadline (2 September 2025, computed) is listed too.
    assert {"open-start-deadline", "tariff-deadline"} <= {e["id"] for e in deadlines}
    assert {e["event_type"] for e in deadlines} == {"deadline"}
    linked = cur.http.get("/v1/events", params={"format": "jsonld", "id": "open-start-deadline"})
    node = next(n for n in linked.json()["@graph"] if n.get("identifier") == "open-start-deadline")
    assert "startDate" not in node and node["endDate"] == "2025-09-02"
    assert node["date_basis"] == "computed"


@pytest.mark.parametrize(
    ("period", "reason"),
    [
        (
            {"date_start": None, "date_end": None, "date_precision": "day", "date_basis": "stated"},
            "a date needs date_start",
        ),
        (
            {
                "date_start": "2025-07-14",
                "date_end": "2025-07-01",
                "date_precision": "day",
                "date_basis": "stated",
            },
            "before date_start",
        ),
    ],
)
def test_a_period_without_a_bound_or_ending_before_it_starts_is_refused(
    cur: Curation, period: dict[str, Any], reason: str
) -> None:
    response = cur.post("quotes", _quote("America First", "bad-period", period=period))
    assert response.status_code == 422 and reason in response.text
