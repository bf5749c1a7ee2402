"""The dashboard in a real browser, against the live app: what it shows is what the API says."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Route

from tests.browser.conftest import Dashboard, open_dashboard
from tests.conftest import SEED_DIR, Databases, LiveServer, fetch_all

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess

# Every collection with item views; the last item listed sits far down the source text.
ITEM_COLLECTIONS = ("forecasts", "stances", "claims", "quotes", "events", "implications")

# Offsets of the excerpt, as the API counts them (code points), read off the rendered page.
SOURCE_LAYOUT = """() => {
  const box = document.getElementById("source-text");
  const mark = document.getElementById("excerpt");
  const range = document.createRange();
  range.setStart(box, 0);
  range.setEndBefore(mark);
  const before = range.toString();
  return {
    text: box.textContent,
    excerpt: mark.textContent,
    codePointsBefore: [...before].length,
    unitsBefore: before.length,
    focused: document.activeElement.id,
    heading: document.getElementById("view-title").textContent,
  };
}"""


def timeline_entries(client: httpx.Client, **params: Any) -> list[tuple[str, str]]:
    return [(e["type"], e["id"]) for e in fetch_all(client, "/v1/timeline", params)]


def test_page_and_assets_are_served_with_a_content_security_policy(
    client: httpx.Client,
) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assets = re.findall(r'(?:src|href)="(/dashboard/[^"]+)"', page.text)
    assert "/dashboard/js/app.js" in assets and "/dashboard/style.css" in assets
    for asset in [*assets, "/dashboard/js/views.js", "/dashboard/js/offsets.js"]:
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert response.headers["content-type"].split(";")[0] in {
            "text/javascript",
            "text/css",
            "image/svg+xml",
        }
    revalidated = client.get("/", headers={"If-None-Match": page.headers["etag"]})
    assert revalidated.status_code == 304
    missing = client.get("/dashboard/../app/main.py")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths and not any(p.startswith("/dashboard") for p in paths)


def test_timeline_shows_what_the_api_returns(dashboard: Dashboard, client: httpx.Client) -> None:
    dashboard.open()
    expected = timeline_entries(client)
    assert dashboard.listed() == expected
    assert dashboard.status() == f"{len(expected)} entries on the timeline."
    assert dashboard.page.get_attribute("#status", "aria-live") == "polite"
    dashboard.screenshot("dashboard-timeline-desktop.png")


DATE_RANGES = """async () => {
  const { dateRange } = await import('/dashboard/js/dom.js');
  const shown = (item) => {
    const node = dateRange(item);
    return node && [node.textContent, node.getAttribute("datetime"), node.getAttribute("title")];
  };
  return [
    shown({ date_start: "2025-07-14", date_end: "2025-07-14", date_precision: "day" }),
    shown({ date_start: null, date_end: "2025-07-14", date_precision: "day",
            date_basis: "inferred", date_note: "recent" }),
    shown({ date_start: "2024-10-01", date_end: null, date_precision: "month" }),
    shown({ date_start: null, date_end: null, date_precision: null }),
  ];
}"""


def test_dates_show_their_open_bounds_and_basis_and_an_undated_item_none(
    dashboard: Dashboard,
) -> None:
    dashboard.open()
    assert dashboard.page.evaluate(DATE_RANGES) == [
        ["14 Jul 2025", "2025-07-14", None],
        ["from ? to 14 Jul 2025", "2025-07-14", "inferred: recent"],
        ["from Oct 2024 to ?", "2024-10-01", None],
        ["undated", None, None],
    ]


def test_filters_narrow_the_timeline_as_the_api_does(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    dashboard.open()
    everything = dashboard.listed()
    page = dashboard.page
    page.select_option("#filter-entity", "donald-trump")
    page.select_option("#filter-type", "quote")
    dashboard.after(lambda: page.click("#filter-form button[type=submit]"))
    expected = timeline_entries(client, entity="donald-trump", type="quote")
    assert 0 < len(expected) < len(everything)
    assert dashboard.listed() == expected
    assert "entity=donald-trump" in page.url and "type=quote" in page.url
    assert "Donald Trump" in dashboard.status()

    # The filtered view is a shareable URL: loaded afresh it shows the same, forms included.
    dashboard.open(page.url.split("/", 3)[3])
    assert dashboard.listed() == expected
    assert page.input_value("#filter-entity") == "donald-trump"

    page.select_option("#filter-entity", "")
    page.select_option("#filter-type", "")
    page.select_option("#filter-section", "OVERVIEW:")
    page.fill("#filter-from", "2025-07-01")
    page.fill("#filter-to", "2025-07-12")
    dashboard.after(lambda: page.press("#filter-to", "Enter"))
    expected = timeline_entries(
        client, section="OVERVIEW:", date_from="2025-07-01", date_to="2025-07-12"
    )
    assert dashboard.listed() == expected

    dashboard.after(lambda: page.click("#filter-reset"))
    assert dashboard.listed() == everything

    dashboard.after(page.go_back)  # the back button returns to the filtered view
    assert "section=" in page.url
    assert dashboard.listed() == expected


def test_search_lists_the_api_hits(dashboard: Dashboard, client: httpx.Client) -> None:
    dashboard.open()
    page = dashboard.page
    page.fill("#search-q", "tariff")
    dashboard.after(lambda: page.press("#search-q", "Enter"))
    hits = fetch_all(client, "/v1/search", {"q": "tariff"})
    assert dashboard.listed() == [(h["type"], h["id"]) for h in hits]
    assert dashboard.status() == f"{len(hits)} results for “tariff”."

    page.select_option("#search-type", "claim")
    dashboard.after(lambda: page.click("#search-form button"))
    claims = fetch_all(client, "/v1/search", {"q": "tariff", "type": "claim"})
    assert dashboard.listed() == [("claim", h["id"]) for h in claims]
    assert {t for t, _ in dashboard.listed()} == {"claim"}


def test_every_item_marks_its_excerpt_at_its_span(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    """For each item of every type: the marked text is its provenance's excerpt, and it
    starts `char_start` code points into the whole source text shown around it."""
    texts: dict[str, str] = {}
    dashboard.open()
    for collection in ITEM_COLLECTIONS:
        for item in fetch_all(client, f"/v1/{collection}"):
            prov = item["provenance"]
            if prov["document_id"] not in texts:
                texts[prov["document_id"]] = client.get(
                    f"/v1/documents/{prov['document_id']}/text"
                ).text
            dashboard.go(f"#/{collection}/{item['id']}")
            shown = dashboard.page.evaluate(SOURCE_LAYOUT)
            assert shown["text"] == texts[prov["document_id"]]
            assert shown["excerpt"] == prov["excerpt"], item["id"]
            assert shown["codePointsBefore"] == prov["char_start"], item["id"]
            assert shown["focused"] == "view-title"
    # The last item sits far down the text: the box scrolled to it.
    assert dashboard.page.evaluate("document.getElementById('source-text').scrollTop") > 0
    dashboard.screenshot("dashboard-item-desktop.png")


def test_opening_an_item_moves_focus_and_back_returns_to_it(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    dashboard.open()
    page = dashboard.page
    link = page.locator("#timeline li[data-type=quote] h2 a").first
    href = str(link.get_attribute("href"))
    quote = client.get(f"/v1/quotes/{href.rsplit('/', 1)[1]}").json()
    dashboard.after(link.click)
    assert dashboard.active("el.id") == "view-title"
    assert page.text_content("#view-title") == f"“{quote['text']}”"
    assert page.title().startswith("“")
    dashboard.after(page.go_back)
    assert dashboard.active("el.getAttribute('href')") == href


def test_evidence_and_derived_from_links_lead_to_the_items(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    claim = next(c for c in fetch_all(client, "/v1/claims") if c["evidence"])
    evidence = claim["evidence"][0]
    dashboard.open(f"#/claims/{claim['id']}")
    page = dashboard.page
    links = page.locator("[data-relation=evidence] a")
    assert [a.get_attribute("data-id") for a in links.all()] == [e["id"] for e in claim["evidence"]]
    dashboard.after(links.first.click)
    assert page.url.endswith(f"#/{evidence['type']}s/{evidence['id']}")
    target = client.get(f"/v1/{evidence['type']}s/{evidence['id']}").json()
    assert page.evaluate(SOURCE_LAYOUT)["excerpt"] == target["provenance"]["excerpt"]
    # …and back the other way: the quote or event lists the claims it supports.
    backlinks = page.locator("[data-relation=evidence-for] a")
    assert claim["id"] in [a.get_attribute("data-id") for a in backlinks.all()]

    implication = fetch_all(client, "/v1/implications")[0]
    dashboard.go(f"#/implications/{implication['id']}")
    derived = page.locator("[data-relation=derived-from] a")
    assert [a.get_attribute("data-id") for a in derived.all()] == [
        c["id"] for c in implication["derived_from"]
    ]
    dashboard.after(derived.first.click)
    source = implication["derived_from"][0]["id"]
    assert page.url.endswith(f"#/claims/{source}")
    assert (
        page.text_content("#view-title") == client.get(f"/v1/claims/{source}").json()["statement"]
    )
    dashboard.after(page.go_back)
    assert page.url.endswith(f"#/implications/{implication['id']}")


def test_hedges_and_attributions_show_as_badges_with_their_cue(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    claims = fetch_all(client, "/v1/claims")
    badges = "#view .kicker .hedge"
    source = next(c for c in claims if c["attribution"]["asserted_by"] == "source")
    attribution = source["attribution"]
    dashboard.open(f"#/claims/{source['id']}")
    page = dashboard.page
    badge = page.locator(f"{badges}[data-kind=attribution]")
    assert badge.text_content() == f"{attribution['verb']} · {source['attributed_to']['name']}"
    assert badge.get_attribute("title") == attribution["cue"]["text"]

    estimate = next(c for c in claims if c["confidence"]["likelihood"])
    dashboard.go(f"#/claims/{estimate['id']}")
    badge = page.locator(f"{badges}[data-kind=confidence]")
    assert badge.text_content() == estimate["confidence"]["likelihood"].replace("_", " ")
    assert badge.get_attribute("title") == estimate["confidence"]["cue"]["text"]
    assert estimate["confidence"]["cue"]["text"] in str(page.text_content(".facts"))
    # …and the cue is marked in the source, at its own span.
    assert page.locator("#source-text mark.cue").text_content() == badge.get_attribute("title")

    implication = next(
        i for i in fetch_all(client, "/v1/implications") if i["confidence"]["hedged"]
    )
    dashboard.go(f"#/implications/{implication['id']}")
    assert page.locator(badges).get_attribute("title") == implication["confidence"]["cue"]["text"]

    plain = next(
        c
        for c in claims
        if (c["attribution"]["asserted_by"], c["attribution"]["verb"]) == ("author", "asserts")
        and not c["confidence"]["hedged"]
    )
    dashboard.go(f"#/claims/{plain['id']}")
    assert page.locator(badges).count() == 0


def test_the_home_page_lists_open_forecasts_by_horizon(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    forecasts = fetch_all(client, "/v1/forecasts", {"outcome": "open", "sort": "horizon"})
    assert forecasts, "the seed forecasts something"
    dashboard.open()
    page = dashboard.page
    rows = page.locator("#forecasts > li")
    # The panel shows the nearest twenty (one page of the API); the seed has more.
    shown = [f["id"] for f in forecasts[:20]]
    assert [row.get_attribute("data-id") for row in rows.all()] == shown
    first = forecasts[0]
    assert rows.first.locator("a").text_content() == first["statement"]
    dashboard.after(rows.first.locator("a").click)
    assert page.url.endswith(f"#/forecasts/{first['id']}")
    assert page.text_content("#view-title") == first["statement"]


def test_a_resolved_forecast_shows_its_outcome_and_evidence(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    """A curator's resolution, given to the page in place of the seed's open outcome."""
    forecast = fetch_all(client, "/v1/forecasts")[0]
    event = fetch_all(client, "/v1/events")[0]
    outcome = {
        "status": "came_true",
        "resolved_on": {
            "date_start": "2025-09-02",
            "date_end": "2025-09-02",
            "date_precision": "day",
            "date_basis": "external",
            "date_note": "a later report",
        },
        "evidence": {"type": "event", "id": event["id"]},
        "evidence_url": "javascript:alert(1)",
        "note": "as announced",
    }
    page = dashboard.page
    page.route(
        re.compile(rf"/v1/forecasts/{forecast['id']}$"),
        lambda route: route.fulfill(json={**forecast, "outcome": outcome}),
    )
    dashboard.open(f"#/forecasts/{forecast['id']}")
    shown = page.locator(".facts .outcome")
    assert shown.text_content() == (
        "came true, resolved 2 Sep 2025 (external: a later report) — evidence — as announced"
    )
    assert shown.locator("a").count() == 1, "only an http(s) page is linked"
    dashboard.after(shown.locator("a").click)
    assert page.url.endswith(f"#/events/{event['id']}")


def test_an_entity_page_charts_its_stance_toward_each_target(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    holder, target = (fetch_all(client, "/v1/stances")[0][role] for role in ("holder", "target"))
    series = client.get(
        f"/v1/entities/{holder['id']}/stances", params={"target": target["id"]}
    ).json()["items"]
    dashboard.open(f"#/entities/{holder['id']}")
    page = dashboard.page
    pair = f"section.stances[data-holder='{holder['id']}'][data-target='{target['id']}']"
    panel = page.locator(pair)
    assert f"toward {target['name']}" in str(panel.locator("h2").text_content())
    dated = [s for s in series if s["date_start"] or s["date_end"]]
    points = panel.locator("svg.stance-chart a.point")
    assert [p.get_attribute("data-id") for p in points.all()] == [s["id"] for s in dated]
    # Higher polarity sits higher (a smaller y), later stances further right.
    heights = [float(str(p.locator("circle").get_attribute("cy"))) for p in points.all()]
    by_polarity = sorted(range(len(dated)), key=lambda i: -dated[i]["polarity"])
    assert sorted(heights) == [heights[i] for i in by_polarity]
    # The list beside the chart shows an open bound as open, never as an invented day.
    listed = panel.locator(".stance-list li")
    for stance, row in zip(series, listed.all(), strict=True):
        text = str(row.text_content())
        assert ("to ?" in text) == (stance["date_start"] is not None and stance["date_end"] is None)
    dashboard.after(points.first.click)
    assert page.url.endswith(f"#/stances/{dated[0]['id']}")
    # The target's page charts the same stances, held toward it.
    dashboard.go(f"#/entities/{target['id']}")
    assert page.locator(f"{pair} svg.stance-chart a.point").count() == len(dated)


def test_dates_render_open_bounds_and_undated_items(dashboard: Dashboard) -> None:
    dashboard.open()
    shown = dashboard.page.evaluate(
        """async () => {
          const { dateRange } = await import('/dashboard/js/dom.js');
          const day = { date_precision: "day" };
          return [
            dateRange({ ...day, date_start: null, date_end: "2025-07-14" }).textContent,
            dateRange({ ...day, date_start: "2025-07-14", date_end: null }).textContent,
            dateRange({ date_start: null, date_end: null, date_precision: null }).textContent,
            dateRange({ id: "no date fields" }),
          ];
        }"""
    )
    assert shown == ["from ? to 14 Jul 2025", "from 14 Jul 2025 to ?", "undated", None]


def test_a_quotation_nobody_said_and_an_undated_item_render(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    """What the API may serve (a scare quote has no speaker; an item may have no date),
    given to the page in place of the seed's answers."""
    quote = fetch_all(client, "/v1/quotes")[0]
    unsaid = {"speaker": None, "kind": "scare_quote"}
    undated = dict.fromkeys(("date_start", "date_end", "date_precision", "date_basis", "date_note"))
    page = dashboard.page

    def timeline(route: Route) -> None:
        body = route.fetch().json()
        entry = next(e for e in body["items"] if e["id"] == quote["id"])
        entry["quote"].update(unsaid)
        route.fulfill(json=body)

    page.route(re.compile(r"/v1/timeline\?"), timeline)
    page.route(
        re.compile(rf"/v1/quotes/{quote['id']}$"),
        lambda route: route.fulfill(json={**quote, **unsaid, **undated}),
    )
    dashboard.open()
    footer = page.locator(f"#timeline li[data-id='{quote['id']}'] blockquote footer")
    assert str(footer.text_content()).startswith("— scare quote")
    dashboard.go(f"#/quotes/{quote['id']}")
    assert "scare quote" in str(page.text_content(".kicker"))
    facts = dict(
        zip(
            page.locator(".facts dt").all_text_contents(),
            page.locator(".facts dd").all_text_contents(),
            strict=True,
        )
    )
    assert facts["Date"] == "undated" and "Speaker" not in facts


def test_a_deadline_stands_out_on_the_timeline(dashboard: Dashboard, client: httpx.Client) -> None:
    """The seed's deadline event, or (before it has one) an event served as a deadline."""
    events = fetch_all(client, "/v1/events")
    deadline = next((e for e in events if e["event_type"] == "deadline"), events[0])

    def timeline(route: Route) -> None:
        body = route.fetch().json()
        for entry in body["items"]:
            if entry["id"] == deadline["id"]:
                entry["event"]["event_type"] = "deadline"
        route.fulfill(json=body)

    dashboard.page.route(re.compile(r"/v1/timeline\?"), timeline)
    dashboard.open()
    marked = dashboard.page.locator("#timeline li:has(.deadline)")
    seeded = {e["id"] for e in events if e["event_type"] == "deadline"}
    assert {li.get_attribute("data-id") for li in marked.all()} == seeded | {deadline["id"]}


def test_a_collection_the_api_lacks_hides_its_panel(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    """Against an API without forecasts or stances (a 404), the home page and an entity
    page show what they can."""
    problem = {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "none"}
    page = dashboard.page
    for path in (r"/v1/forecasts\?", r"/v1/stances\?", r"/v1/entities/[^/]+/stances"):
        page.route(re.compile(path), lambda route: route.fulfill(status=404, json=problem))
    dashboard.expected.append("404 (Not Found)")
    dashboard.open()
    assert page.locator("#forecasts-title").count() == 0
    assert dashboard.listed() == timeline_entries(client)
    dashboard.go("#/entities/donald-trump")
    assert page.text_content("#view-title") == "Donald Trump"
    assert page.locator("section.stances").count() == 0


def test_relations_link_to_the_related_items(dashboard: Dashboard, client: httpx.Client) -> None:
    item = next(c for c in fetch_all(client, "/v1/claims") if c["relations"])
    relation = item["relations"][0]
    dashboard.open(f"#/claims/{item['id']}")
    page = dashboard.page
    links = page.locator("[data-relation=related] li")
    assert [li.locator("a").get_attribute("data-id") for li in links.all()] == [
        r["id"] for r in item["relations"]
    ]
    assert links.first.locator(".relation").text_content() == relation["relation"]
    dashboard.after(links.first.locator("a").click)
    assert page.url.endswith(f"#/{relation['type']}s/{relation['id']}")
    target = client.get(f"/v1/{relation['type']}s/{relation['id']}").json()
    assert page.evaluate(SOURCE_LAYOUT)["excerpt"] == target["provenance"]["excerpt"]


def test_an_entity_links_to_its_filtered_timeline(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    dashboard.open("#/events/patriots-for-ukraine")
    page = dashboard.page
    actor = client.get("/v1/events/patriots-for-ukraine").json()["actors"][0]
    dashboard.after(page.locator(".facts a.chip", has_text=actor["name"]).first.click)
    assert page.text_content("#view-title") == actor["name"]
    dashboard.after(page.get_by_role("link", name=f"Timeline of {actor['name']}").click)
    assert dashboard.listed() == timeline_entries(client, entity=actor["id"])
    assert page.input_value("#filter-entity") == actor["id"]


def test_keyboard_alone_searches_and_opens_an_item(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    """Tab to the search box, search, Tab to a hit, open it with Enter: every stop along
    the way shows a visible focus indicator."""
    dashboard.open()
    page = dashboard.page
    keyboard = page.keyboard

    def tab_to(condition: str, limit: int = 40) -> None:
        for _ in range(limit):
            keyboard.press("Tab")
            outline = dashboard.active("getComputedStyle(el).outlineStyle")
            assert outline != "none", dashboard.active("el.outerHTML.slice(0, 80)")
            if dashboard.active(condition):
                return
        raise AssertionError(f"Tab never reached {condition}")

    tab_to("el.id === 'search-q'")
    keyboard.type("bullshit")
    dashboard.after(lambda: keyboard.press("Enter"))
    first = fetch_all(client, "/v1/search", {"q": "bullshit"})[0]
    tab_to("el.closest('#results') !== null")
    assert dashboard.active("el.getAttribute('href')").endswith(first["id"])
    dashboard.after(lambda: keyboard.press("Enter"))
    shown = page.evaluate(SOURCE_LAYOUT)
    assert shown["focused"] == "view-title"
    assert shown["excerpt"] == first["provenance"]["excerpt"]
    # The source text box scrolls, so it takes focus too, for keyboard scrolling.
    tab_to("el.id === 'source-text'")


def test_filters_work_from_the_keyboard(dashboard: Dashboard, client: httpx.Client) -> None:
    dashboard.open()
    page = dashboard.page
    page.focus("#filter-type")
    page.keyboard.press("ArrowDown")  # "Events only"
    assert page.input_value("#filter-type") == "event"
    page.keyboard.press("Tab")  # the section select, …
    while dashboard.active("el.type") != "submit":
        page.keyboard.press("Tab")
    dashboard.after(lambda: page.keyboard.press("Enter"))
    assert dashboard.listed() == timeline_entries(client, type="event")


def test_an_api_problem_shows_its_detail(dashboard: Dashboard, client: httpx.Client) -> None:
    dashboard.expected.append("404 (Not Found)")
    dashboard.open("#/claims/no-such-claim")
    problem = client.get("/v1/claims/no-such-claim").json()
    alert = dashboard.page.locator("[role=alert]")
    assert alert.locator(".error-detail").text_content() == problem["detail"]
    assert dashboard.active("el.id") == "view-title"

    # An unknown entity is its own 404, never the 422 an id filter gives for it.
    dashboard.go("#/entities/no-such-entity")
    problem = client.get("/v1/entities/no-such-entity").json()
    assert alert.locator(".error-detail").text_content() == problem["detail"]

    dashboard.expected.append("422 (Unprocessable Entity)")
    dashboard.go("#/?date_from=2025-07-12&date_to=2025-07-01")
    problem = client.get(
        "/v1/timeline", params={"date_from": "2025-07-12", "date_to": "2025-07-01"}
    ).json()
    assert alert.locator(".error-detail").text_content() == problem["detail"]
    assert dashboard.status() == f"Error: {problem['detail']}"


def test_landmarks_labels_and_contrast(dashboard: Dashboard) -> None:
    dashboard.open("#/claims/pivot-driven-by-pressure-miscalculation-and-smart-moves")
    page = dashboard.page
    for role in ("banner", "main", "search", "complementary", "contentinfo"):
        assert page.get_by_role(role).count() == 1, role
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, button, textarea')]
            .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label')
                         && !c.textContent.trim())
            .map(c => c.outerHTML)"""
    )
    assert unlabelled == []
    assert page.evaluate(LOW_CONTRAST) == []


def test_badges_forecasts_and_charts_meet_contrast(
    dashboard: Dashboard, client: httpx.Client
) -> None:
    hedged = next(c for c in fetch_all(client, "/v1/claims") if c["confidence"]["hedged"])
    holder = fetch_all(client, "/v1/stances")[0]["holder"]["id"]
    for view in ("#/", f"#/claims/{hedged['id']}", f"#/entities/{holder}"):
        dashboard.open(view)
        assert dashboard.page.locator(".hedge, .forecast, .stance-chart").count() > 0, view
        assert dashboard.page.evaluate(LOW_CONTRAST) == [], view


# Every visible element with text of its own whose colour against its (nearest opaque)
# background falls short of WCAG AA's 4.5:1.
LOW_CONTRAST = """() => {
  const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] === 1) return c;
    }
    return [255, 255, 255];
  };
  const failures = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length) continue;
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) failures.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`);
  }
  return failures;
}"""


def test_phone_width_has_no_horizontal_scroll(phone: Dashboard) -> None:
    overflow = "document.documentElement.scrollWidth - window.innerWidth"
    phone.open()
    page = phone.page
    assert page.evaluate(overflow) <= 0
    assert page.evaluate("document.getElementById('filters-panel').open") is False
    assert not page.is_visible("#filter-entity")
    phone.screenshot("dashboard-timeline-phone.png", full_page=False)
    page.click("#filters-panel summary")
    assert page.is_visible("#filter-entity")
    assert page.evaluate(overflow) <= 0
    phone.go("#/claims/secondary-tariffs-100-percent-50-days")
    assert page.evaluate(overflow) <= 0
    phone.screenshot("dashboard-item-phone.png")


@pytest.fixture(scope="module")
def non_bmp_server(
    databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[LiveServer, int]]:
    """The app on a copy of the seed with a flag emoji (two code points, four UTF-16
    units) early in the text, so every later offset differs between the two counts."""
    seed = tmp_path_factory.mktemp("non-bmp-seed")
    shutil.copytree(SEED_DIR, seed, dirs_exist_ok=True)
    source = next(seed.glob("*.txt"))
    text = source.read_text(encoding="utf-8")
    at = text.index("On July 14, President Trump announced")
    source.write_bytes((text[:at] + "🇺🇦 " + text[at:]).encode("utf-8"))
    log = tmp_path_factory.mktemp("non-bmp-server") / "uvicorn.log"
    server = LiveServer(databases.new("sqlite"), log, env={"SEED_DIR": str(seed)})
    yield server, at
    server.stop()


def test_offsets_count_code_points_not_utf16_units(
    browser: Browser, non_bmp_server: tuple[LiveServer, int]
) -> None:
    server, flag_at = non_bmp_server
    with httpx.Client(base_url=server.url) as api:
        items = [
            (collection, item)
            for collection in ITEM_COLLECTIONS
            for item in fetch_all(api, f"/v1/{collection}")
            if item["provenance"]["char_start"] > flag_at
        ]
    assert len(items) > 100
    for dashboard in open_dashboard(browser, server):
        dashboard.open()
        split = dashboard.page.evaluate(
            """async () => (await import('/dashboard/js/offsets.js'))
                .splitAtCodePoints('a🇺🇦b😀c', 1, 4)"""
        )
        assert split == ["a", "🇺🇦b", "😀c"]
        for collection, item in items[:: len(items) // 12]:
            dashboard.go(f"#/{collection}/{item['id']}")
            shown = dashboard.page.evaluate(SOURCE_LAYOUT)
            assert shown["excerpt"] == item["provenance"]["excerpt"]
            assert shown["codePointsBefore"] == item["provenance"]["char_start"]
            assert shown["unitsBefore"] == item["provenance"]["char_start"] + 2
