"""The API documentation pages work offline: Swagger UI (/docs) and ReDoc (/redoc) load
every script and style from the app itself and render the operations, in a browser whose
every request beyond the app's own origin is cut off."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route

from tests.conftest import LiveServer

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess

RENDERED_WITHIN = 60_000  # ms: parsing 1 MB of script on a busy machine


class OfflinePage:
    """A page that reaches only the app: any other request is refused and recorded."""

    def __init__(self, browser: Browser, server: LiveServer) -> None:
        self.origin = urlsplit(server.url).netloc
        self.context = browser.new_context()
        self.context.route("**/*", self._only_the_app)
        self.page: Page = self.context.new_page()
        self.elsewhere: list[str] = []
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "console",
            lambda message: self.errors.append(message.text) if message.type == "error" else None,
        )

    def _only_the_app(self, route: Route) -> None:
        url = route.request.url
        if urlsplit(url).scheme in {"http", "https"} and urlsplit(url).netloc != self.origin:
            self.elsewhere.append(url)
            route.abort("internetdisconnected")
        else:
            route.continue_()


@pytest.fixture
def offline(browser: Browser, real_server: LiveServer) -> Iterator[OfflinePage]:
    page = OfflinePage(browser, real_server)
    try:
        yield page
    finally:
        page.context.close()


# ReDoc's footer logo, from its CDN, is refused by the page's policy before any request.
LOGO_REFUSED = "Loading the image 'https://cdn.redoc.ly/redoc/logo-mini.svg' violates"
PAGES = [
    pytest.param("/docs", ".opblock[id$='-list_claims']", id="swagger-ui"),
    pytest.param("/redoc", "[data-section-id='operation/list_claims']", id="redoc"),
]


@pytest.mark.parametrize(("path", "operation"), PAGES)
def test_the_docs_render_the_operations_offline(
    offline: OfflinePage, real_server: LiveServer, path: str, operation: str
) -> None:
    offline.page.goto(f"{real_server.url}{path}")
    rendered = offline.page.wait_for_selector(operation, timeout=RENDERED_WITHIN)
    assert "/v1/claims" in rendered.text_content()
    assert offline.elsewhere == []
    assert [e for e in offline.errors if not e.startswith(LOGO_REFUSED)] == []
