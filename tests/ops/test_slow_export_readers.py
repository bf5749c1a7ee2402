"""Slow readers of exports cannot stop one worker answering (issue 14, finding 3).

Forty clients ask one uvicorn worker, on a synthetic corpus of about 10k items, for the
corpus and for CSV, NDJSON and JSON-LD exports, and read each a few KB at a time with pauses
in between. Meanwhile a probe asks for `GET /v1/quotes?limit=1` (the response cache off, so it
reaches the database): it must answer within a second, every time. Each export is admitted
(200) or refused as designed (503 problem with `Retry-After`, beyond `EXPORT_MAX_CONCURRENT`);
none fails with a 500 or is cut, and the server logs no error. Once the readers have left, as
many exports as the cap allows start at once: every slot came back."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx
import pytest

from tests.api.test_exports_memory import peak_rss, synthetic_database
from tests.conftest import LiveServer

# A load test with a latency bound: run on demand with the soak test (`-m soak`), not in CI,
# whose shared machine makes its timing a coin toss.
pytestmark = [pytest.mark.real_server, pytest.mark.soak]

BRIEFINGS = 100  # about 100 items each
READERS = 40
CAP = 8  # EXPORT_MAX_CONCURRENT, as the default
READ_SECONDS = 8.0
READ_BYTES = 4096  # each read; then the reader sleeps
PAUSE = 0.25
PROBE_DEADLINE = 1.0  # seconds
EXPORTS = (
    "/v1/export",
    "/v1/claims?format=csv",
    "/v1/claims?format=ndjson",
    "/v1/claims?format=jsonld",
    "/v1/events?format=jsonld",
)


@dataclass
class Reading:
    path: str
    status: int
    retry_after: str | None = None
    content_type: str = ""
    received: int = 0
    error: str | None = None  # a transport error while reading: the body was cut


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp("slow-readers")
    database = synthetic_database(tmp, BRIEFINGS)
    live = LiveServer(
        database,
        tmp / "server.log",
        env={
            "LOAD_SEED_ON_START": "false",
            "RESPONSE_CACHE_BYTES": "0",
            "EXPORT_MAX_CONCURRENT": str(CAP),
        },
    )
    try:
        yield live
    finally:
        live.stop()


def read_slowly(
    url: str, path: str, start: threading.Barrier, answered: threading.Barrier
) -> Reading:
    """A few KB, a pause, and again, for `READ_SECONDS`; then the client goes away."""
    with httpx.Client(base_url=url, timeout=30) as client:
        start.wait()
        try:
            with client.stream("GET", path) as response:
                reading = Reading(
                    path,
                    response.status_code,
                    response.headers.get("retry-after"),
                    response.headers.get("content-type", ""),
                )
                answered.wait()
                if response.status_code != 200:
                    response.read()
                    return reading
                deadline = time.monotonic() + READ_SECONDS
                for chunk in response.iter_raw(READ_BYTES):
                    reading.received += len(chunk)
                    if time.monotonic() > deadline:
                        break
                    time.sleep(PAUSE)
                return reading
        except httpx.TransportError as exc:
            return Reading(path, 0, error=repr(exc))


def probe(url: str, until: float) -> list[float]:
    """Seconds each `GET /v1/quotes?limit=1` took, one after another until `until`."""
    latencies = []
    with httpx.Client(base_url=url, timeout=30) as client:
        while time.monotonic() < until:
            started = time.perf_counter()
            response = client.get("/v1/quotes", params={"limit": 1})
            latencies.append(time.perf_counter() - started)
            assert response.status_code == 200, response.text
            time.sleep(0.1)
    return latencies


def all_slots_free(url: str, timeout: float = 10) -> bool:
    """Whether `CAP` exports can stream at once again (a slot comes back as soon as the
    server notices its client left)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with httpx.Client(base_url=url, timeout=30) as client:
            responses = [client.send(client.build_request("GET", EXPORTS[1]), stream=True)]
            try:
                while len(responses) < CAP and responses[-1].status_code == 200:
                    responses.append(
                        client.send(client.build_request("GET", EXPORTS[1]), stream=True)
                    )
                if all(r.status_code == 200 for r in responses):
                    return True
            finally:
                for response in responses:
                    response.close()
        time.sleep(0.5)
    return False


def test_slow_export_readers_leave_the_worker_answering(server: LiveServer) -> None:
    url = server.url
    pid = server.process.pid
    assert httpx.get(f"{url}/v1/quotes", params={"limit": 1}).status_code == 200
    rss_before = peak_rss(pid)
    start, answered = threading.Barrier(READERS + 1), threading.Barrier(READERS + 1)
    with ThreadPoolExecutor(max_workers=READERS) as pool:
        readings = [
            pool.submit(read_slowly, url, EXPORTS[i % len(EXPORTS)], start, answered)
            for i in range(READERS)
        ]
        start.wait()
        started = time.monotonic()
        answered.wait(timeout=180)  # every export admitted or refused; the admitted are read
        all_answered = time.monotonic() - started
        latencies = probe(url, until=time.monotonic() + READ_SECONDS - 2)
        results = [future.result() for future in readings]
    rss_growth = peak_rss(pid) - rss_before
    admitted = [r for r in results if r.status == 200]
    refused = [r for r in results if r.status == 503]
    print(
        f"\n{READERS} slow readers, cap {CAP}: all answered in {all_answered:.1f} s; "
        f"{len(admitted)} streamed "
        f"(median {statistics.median(r.received for r in admitted) / 1e3:.0f} KB read), "
        f"{len(refused)} refused with 503; probe: {len(latencies)} answers, "
        f"median {statistics.median(latencies) * 1000:.0f} ms, "
        f"max {max(latencies) * 1000:.0f} ms; peak RSS +{rss_growth / 1e6:.0f} MB"
    )
    assert [r for r in results if r.error or r.status not in (200, 503)] == []
    assert len(admitted) == CAP, "the cap admits as many as it says, and no more"
    assert all(r.received > 0 for r in admitted)
    for reading in refused:
        assert reading.content_type == "application/problem+json"
        assert reading.retry_after and int(reading.retry_after) > 0
    assert max(latencies) < PROBE_DEADLINE
    log = server.log_path.read_text()
    for sign in ("Traceback", "already started", "Exception in ASGI", '"level": "error"'):
        assert sign not in log
    assert all_slots_free(url)
