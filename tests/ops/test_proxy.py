"""The proxy compose.yaml puts in front of the API (deploy/nginx.conf), run by a local nginx
in front of the image's entrypoint: it closes request heads that do not arrive in time (which
uvicorn would keep), refuses oversized heads and bodies with problems, and hands the API the
client's real address, whatever X-Forwarded-For the client sent."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, Databases, LiveServer, bearer, free_port, make_tokens
from tests.ops.front import (
    ANONYMOUS_BUDGET,
    entrypoint,
    open_cut_off_heads,
    seconds_until_closed,
    send_oversized_header,
    statuses_claiming_new_addresses,
)

NGINX = shutil.which("nginx")
pytestmark = [
    pytest.mark.real_server,
    pytest.mark.skipif(NGINX is None, reason="needs nginx (.ci/run installs it)"),
]

CONFIG = ROOT / "deploy" / "nginx.conf"
HEADER_TIMEOUT = 10  # client_header_timeout


class Proxy:
    """nginx with deploy/nginx.conf, listening on a free port and passing to `upstream`
    instead of compose's `api:8000`."""

    def __init__(self, upstream: int, root: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = _replaced(
            CONFIG.read_text(),
            {
                "listen 8080;": f"listen {self.port};",
                "http://api:8000": f"http://127.0.0.1:{upstream}",
            },
        )
        (root / "nginx.conf").write_text(config)
        self.log = (root / "error.log").open("wb")
        directives = f"daemon off; pid {root / 'nginx.pid'}; error_log stderr;"
        command = [str(NGINX), "-p", str(root), "-c", str(root / "nginx.conf"), "-g", directives]
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        self._wait(root)

    def _wait(self, root: Path) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError((root / "error.log").read_text())
            try:
                httpx.get(f"{self.url}/healthz", timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"nginx did not answer:\n{(root / 'error.log').read_text()}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self.log.close()


def _replaced(text: str, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        assert text.count(old) == 1, f"deploy/nginx.conf has one {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def api(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The API as compose.yaml runs it: trusting X-Forwarded-For from the proxy's address
    (here 127.0.0.1), with httptools, which leaves bounding the request head to the proxy."""
    log = tmp_path_factory.mktemp("api") / "server.log"
    behind = {"FORWARDED_ALLOW_IPS": "127.0.0.1", "HTTP_PARSER": "httptools"}
    server = entrypoint(databases, log, **behind)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def proxy(api: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxy]:
    running = Proxy(api.port, tmp_path_factory.mktemp("nginx"))
    yield running
    running.stop()


def _problem(response: httpx.Response, status: int, problem: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    assert body["type"] == f"urn:briefing-api:problem:{problem}"


def test_the_proxy_closes_request_heads_that_do_not_arrive_in_time(
    proxy: Proxy, api: LiveServer
) -> None:
    started = time.monotonic()
    through_proxy = open_cut_off_heads(proxy.port, 100)
    direct = open_cut_off_heads(api.port, 3)
    served = httpx.get(f"{proxy.url}/healthz", timeout=5)
    assert served.status_code == 200, "others are served meanwhile"
    closed = [seconds_until_closed(sock, started) for sock in through_proxy]
    assert min(closed) >= HEADER_TIMEOUT - 1 and max(closed) <= HEADER_TIMEOUT + 5, closed
    for sock in direct:
        sock.settimeout(0.5)
        with pytest.raises(TimeoutError):
            sock.recv(1)  # uvicorn still waits for the rest of the head
    for sock in through_proxy + direct:
        sock.close()


def test_the_proxy_refuses_oversized_heads_and_bodies_with_problems(proxy: Proxy) -> None:
    answer = send_oversized_header(proxy.port)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), head
    assert json.loads(body)["type"] == "urn:briefing-api:problem:header-too-large"
    long_line = httpx.get(f"{proxy.url}/v1/quotes", params={"q": "a" * 9000})
    _problem(long_line, 414, "request-line-too-long")
    huge = httpx.post(f"{proxy.url}/v1/quotes", content=b"x" * (5 * 1024 * 1024))
    _problem(huge, 413, "body-too-large")
    assert "4194304 bytes" in huge.json()["detail"], "the API's limit, MAX_BODY_BYTES"


def test_behind_the_proxy_a_client_cannot_choose_its_address(proxy: Proxy) -> None:
    """Its claims do not buy it budgets: once its one budget is spent (by this test, or
    partly by the others here), every new claim is refused too."""
    statuses = statuses_claiming_new_addresses(proxy.url, ANONYMOUS_BUDGET + 2)
    assert 429 in statuses, statuses
    assert set(statuses[statuses.index(429) :]) == {429}, statuses


def test_links_behind_the_proxy_name_the_proxy(proxy: Proxy, api: LiveServer) -> None:
    key = bearer(make_tokens(api.database_url)["read"])  # a budget of its own
    page = httpx.get(f"{proxy.url}/v1/entities", params={"limit": 1}, headers=key)
    assert page.status_code == 200, page.text
    assert f"<{proxy.url}/v1/entities?" in page.headers["link"]
