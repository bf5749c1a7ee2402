"""Browser fixtures: Debian's headless Chromium driven by Playwright, against the live app.

Playwright's own browser downloads are never used: `BRIEFING_TEST_CHROMIUM` (default
`/usr/bin/chromium`, Debian's `chromium` package) is the browser. Screenshots go to
`BRIEFING_TEST_ARTIFACTS` (default `tests/browser/artifacts/`, git-ignored)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

from tests.conftest import Databases, LiveServer, serve_empty

CHROMIUM = Path(os.environ.get("BRIEFING_TEST_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(os.environ.get("BRIEFING_TEST_ARTIFACTS", Path(__file__).parent / "artifacts"))
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """A browser test fails, never skips, without Chromium: CI installs it (`.ci/run`)."""
    if not CHROMIUM.exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield chromium
        chromium.close()


class Dashboard:
    """A page on the dashboard, which records every console error and uncaught exception:
    a test ends by checking there was none but those it said to expect."""

    def __init__(self, page: Page, base_url: str) -> None:
        self.page, self.base_url = page, base_url
        self.problems: list[str] = []
        self.expected: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text} at {message.location.get('url')}")

    def renders(self) -> int:
        return int(self.page.evaluate("Number(document.body.dataset.renders || 0)"))

    def after(self, action: Callable[[], object]) -> None:
        """Do `action` (a click, a key, a navigation) and wait for the view it leads to."""
        before = self.renders()
        action()
        # Selectors, not wait_for_function: the page's CSP forbids the eval that needs.
        self.page.wait_for_selector(f'body[data-state=ready]:not([data-renders="{before}"])')

    def open(self, hash_: str = "#/") -> None:
        """Load the dashboard afresh at a view, as a shared link would."""
        self.page.goto(f"{self.base_url}/{hash_}")
        self.page.wait_for_selector("body[data-state=ready]")

    def go(self, hash_: str) -> None:
        """Move to another view within the loaded page (a new history entry)."""
        self.after(lambda: self.page.evaluate("h => { location.hash = h; }", hash_))

    def listed(self, selector: str = "#view .entries > li[data-id]") -> list[tuple[str, str]]:
        """(type, id) of every entry the view's main list holds (the timeline, the search
        results), in order: not the panels beside it, such as the forecasts to watch."""
        return [
            (str(li.get_attribute("data-type")), str(li.get_attribute("data-id")))
            for li in self.page.query_selector_all(selector)
        ]

    def status(self) -> str:
        return str(self.page.text_content("#status"))

    def active(self, expression: str) -> object:
        """`expression` evaluated on the focused element, `el`."""
        return self.page.evaluate(
            f"(() => {{ const el = document.activeElement; return {expression}; }})()"
        )

    def screenshot(self, name: str, full_page: bool = True) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    def check_console(self) -> None:
        unexpected = [p for p in self.problems if not any(e in p for e in self.expected)]
        assert unexpected == []


def open_dashboard(
    browser: Browser, server: LiveServer, viewport: dict[str, int] = DESKTOP
) -> Iterator[Dashboard]:
    context = browser.new_context(viewport=viewport)
    dashboard = Dashboard(context.new_page(), server.url)
    try:
        yield dashboard
        dashboard.check_console()
    finally:
        context.close()


@pytest.fixture(scope="session")
def real_server(
    databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The browser tests' server, on SQLite only: the dashboard and the API docs are the same
    JavaScript over the same JSON whatever the database, and every API test runs on both.
    Run twice, they were a seventh of the suite's time."""
    yield from serve_empty("sqlite", databases, tmp_path_factory)


@pytest.fixture(scope="session")
def client(real_client: httpx.Client) -> httpx.Client:
    """What the dashboard is compared with: the API of the server it is served by."""
    return real_client


@pytest.fixture
def dashboard(browser: Browser, real_server: LiveServer) -> Iterator[Dashboard]:
    yield from open_dashboard(browser, real_server)


@pytest.fixture
def phone(browser: Browser, real_server: LiveServer) -> Iterator[Dashboard]:
    yield from open_dashboard(browser, real_server, PHONE)
