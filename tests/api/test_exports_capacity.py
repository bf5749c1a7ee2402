"""Bounded exports: a worker streams at most `EXPORT_MAX_CONCURRENT` exports, refuses more
with 503 and `Retry-After`, and gives a slot back however its stream ends (read to the end,
the client gone, the database failing mid-body); each batch is rendered after its connection
went back to the pool; an error after the first byte cuts the body, never a second response.

The in-process client streams for real: the app's `send` waits until the test reads (the
client's back-pressure), and leaving the `stream` block early is the client going away."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx
import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from app.core import foreground
from app.core.config import Settings
from app.core.foreground import FOREGROUND
from app.services.exports import NdjsonWriter, Part, open_export
from app.services.exports.capacity import EXPORT_SLOTS
from tests.conftest import BACKENDS, Databases, fetch_all, run_on_own_loop
from tests.in_process import InProcessServer

BATCH = 5  # so that every export of the seed spans many batches
EXPORT = ("/v1/claims", {"format": "ndjson"})
IDENTITY = {"Accept-Encoding": "identity"}  # chunks as the app sends them, not gzip's
OTHER_EXPORT = ("/v1/quotes", {"format": "csv"})


@pytest.fixture(params=BACKENDS)
def server(request: pytest.FixtureRequest, databases: Databases) -> Iterator[InProcessServer]:
    """An app of its own that streams one export at a time, on a seeded database of its own
    (a test may break a table). Every export the test opened is closed after it."""
    app = InProcessServer(
        databases.seeded(request.param), export_batch_size=BATCH, export_max_concurrent=1
    )
    yield app
    app.stop()
    assert EXPORT_SLOTS.taken == 0, "an export slot was not given back"


def started(response: httpx.Response) -> Iterator[bytes]:
    """The body's chunks as the app sends them, once its first has come."""
    assert response.status_code == 200
    chunks = response.iter_raw()
    assert next(chunks)
    return chunks


def assert_busy(response: httpx.Response) -> None:
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert int(response.headers["retry-after"]) > 0
    problem = response.json()
    assert problem["type"] == "urn:briefing-api:problem:exports-busy"
    assert problem["status"] == 503 and "retry" in problem["detail"]


def assert_admitted(client: httpx.Client) -> None:
    """The other export streams whole: the slot is free again."""
    path, params = OTHER_EXPORT
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.text.count("\r\n") == len(fetch_all(client, path)) + 1  # and the header


def break_table(database_url: str, table: str) -> None:
    """What a database failing mid-export looks like: the next batch's query fails."""
    from app.core.db import make_engine

    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f'ALTER TABLE "{table}" RENAME TO "{table}_gone"'))
    finally:
        engine.dispose()


def test_an_export_beyond_the_cap_is_a_503_to_retry_later(server: InProcessServer) -> None:
    client = server.client
    path, params = EXPORT
    with client.stream("GET", path, params=params, headers=IDENTITY) as streaming:
        started(streaming)
        for other in (OTHER_EXPORT, EXPORT, ("/v1/export", {})):
            assert_busy(client.get(other[0], params=other[1]))
        # A page, and an export of one page (`limit`), are not streamed: still answered.
        assert client.get("/v1/quotes", params={"limit": 3}).status_code == 200
        bounded = client.get("/v1/quotes", params={"format": "csv", "limit": 3})
        assert bounded.status_code == 200 and bounded.text.count("\r\n") == 4


def test_the_slot_is_given_back_when_the_export_is_read_to_the_end(
    server: InProcessServer,
) -> None:
    client = server.client
    path, params = EXPORT
    with client.stream("GET", path, params=params, headers=IDENTITY) as streaming:
        chunks = started(streaming)
        assert_busy(client.get(OTHER_EXPORT[0], params=OTHER_EXPORT[1]))
        rest = b"".join(chunks)
    assert rest.endswith(b"\n")
    assert_admitted(client)


def test_the_slot_is_given_back_when_the_client_goes_away(server: InProcessServer) -> None:
    client = server.client
    path, params = EXPORT
    with client.stream("GET", path, params=params, headers=IDENTITY) as streaming:
        started(streaming)
        assert_busy(client.get(OTHER_EXPORT[0], params=OTHER_EXPORT[1]))
    assert_admitted(client)


def test_a_failure_mid_body_cuts_the_stream_logs_it_and_gives_the_slot_back(
    server: InProcessServer, caplog: pytest.LogCaptureFixture
) -> None:
    client = server.client
    path, params = EXPORT
    whole = len(fetch_all(client, path))
    with client.stream("GET", path, params=params, headers=IDENTITY) as streaming:
        chunks = started(streaming)
        body = next(chunks)  # the second batch: the third is read after the failure
        assert_busy(client.get(OTHER_EXPORT[0], params=OTHER_EXPORT[1]))
        break_table(server.database_url, "claim")
        body += b"".join(chunks)  # no exception: the body just ends
    lines = [json.loads(line) for line in body.decode().splitlines()]
    assert BATCH <= len(lines) < whole, "what was sent before the failure, and no more"
    cut = [r for r in caplog.records if r.name == "app.exports" and r.levelno == logging.ERROR]
    assert len(cut) == 1 and "cut short" in cut[0].getMessage() and cut[0].exc_info
    assert_admitted(client)


def test_no_connection_is_held_while_a_batch_is_rendered_or_waits(
    server: InProcessServer,
) -> None:
    """Each batch's session is closed before it is rendered, and nothing is held between
    batches: the pool has every connection back whenever the writer works, and whenever
    the stream waits for its reader."""
    engine = server.engine
    writer = PoolWatchingWriter(engine)
    settings = Settings(database_url=server.database_url, export_batch_size=BATCH)
    session = Session(engine)
    export = open_export(session, settings, [Part("claims")], writer)

    async def read_slowly() -> list[int]:
        assert export.stream is not None
        between = []
        async for _ in export.stream.chunks:
            between.append(engine.pool.checkedout())
            await anyio.sleep(0)  # a reader that takes its time
        await export.stream.aclose()
        return between

    between = run_on_own_loop(read_slowly)
    assert len(writer.checked_out) > 3, "several batches"
    assert writer.checked_out == [0] * len(writer.checked_out)
    assert between == [0] * len(between)
    assert EXPORT_SLOTS.taken == 0


class PoolWatchingWriter(NdjsonWriter):
    """An NDJSON writer that notes how many of the pool's connections are checked out each
    time it renders a batch."""

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.checked_out: list[int] = []

    def render(self, *args: Any) -> str:
        self.checked_out.append(self.engine.pool.checkedout())
        return super().render(*args)


def test_a_streamed_export_steps_back_and_its_batches_wait_for_requests_in_flight(
    server: InProcessServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export is bulk work: it is not counted as foreground, and while a request someone
    waits on is in flight (a ticket held here), its next batch is not rendered."""
    monkeypatch.setattr(foreground, "YIELD_AT_MOST", 60.0)  # a batch waits as long as it takes
    path, params = EXPORT
    with server.client.stream("GET", path, params=params, headers=IDENTITY) as streaming:
        chunks = started(streaming)
        assert FOREGROUND.count == 0, "the export's own request no longer counts"
        in_flight = FOREGROUND.enter()
        released = threading.Event()

        def answer_it() -> None:
            time.sleep(0.3)
            released.set()
            in_flight.release()

        threading.Thread(target=answer_it).start()
        next(chunks), next(chunks)  # one batch may be rendered already; the next waits
        assert released.is_set(), "a batch was rendered while a request was in flight"


def test_an_export_waiting_for_its_turn_holds_no_connection(
    server: InProcessServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a request someone waits on is in flight, an admitted export waits before its
    first batch; the connection its request used for the corpus headers is back in the pool
    meanwhile, or fifty waiting exports would take every connection the reads need."""
    monkeypatch.setattr(foreground, "YIELD_AT_MOST", 60.0)
    in_flight = FOREGROUND.enter()
    path, params = EXPORT
    with ThreadPoolExecutor(1) as thread:
        answer = thread.submit(server.client.get, path, params=params, headers=IDENTITY)
        try:
            deadline = time.monotonic() + 30
            while EXPORT_SLOTS.taken == 0 and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.3)  # admitted, and now waiting for its turn
            assert not answer.done() and EXPORT_SLOTS.taken == 1
            held = server.engine.pool.checkedout()
        finally:
            in_flight.release()
        assert answer.result(timeout=60).status_code == 200
    assert held == 0
