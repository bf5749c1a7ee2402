"""The soak test's clients (issue 14): steady mixed reads, curators writing with `If-Match`,
one large ingest, slow export readers and a burst of forged keys, run together as asyncio
tasks against one server while its memory is sampled. Each records what it was answered;
`tests/ops/soak_report.py` judges it."""

from __future__ import annotations

import asyncio
import json
import random
import secrets
import socket
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.ops.process_tree import tree_resident_bytes

READ_TIMEOUT = 30.0  # an unanswered read counts as this slow, and as unanswered
WRITE_PERIOD = 1.0  # each curator starts a write a second: half its key's 120/minute
WRITE_ATTEMPTS = 5  # a write refetches after a 412 up to this many times
EXPORT_CHUNK = 2048  # slow readers take 2 KB a second, as in the finding 3
EXPORT_PAUSE = 1.0
STALLING_EVERY = 5  # one export reader in five stops reading after its first chunk
SMALL_RECEIVE_BUFFER = 4096  # so the server feels a slow reader at once, not after MBs
FORGERY_START, INGEST_START = 0.2, 0.4  # fractions of the run
INGEST_GRACE = 60.0  # seconds an ingest may answer after the run, before it counts as lost
MERGE_PATCH = "application/merge-patch+json"
# Idle connections are dropped well before uvicorn's 5 s keep-alive timeout closes them, so
# that no request is sent on a connection the server is closing (a ReadError, not its fault).
KEEPALIVE = 2.0


@dataclass(frozen=True)
class Outcome:
    """One request: who sent it, when (seconds into the run), how long its answer took (for
    an export, its headers), and the status; `status` None means no answer at all."""

    actor: str
    label: str
    started: float
    seconds: float
    status: int | None
    retry_after: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class Acknowledged:
    """A write the API answered 200 to: the version it made and the body it returned."""

    version: int
    body: dict[str, Any]


@dataclass
class Record:
    outcomes: list[Outcome] = field(default_factory=list)
    acknowledged: dict[str, list[Acknowledged]] = field(default_factory=lambda: defaultdict(list))
    unacknowledged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    memory: list[tuple[float, int]] = field(default_factory=list)  # (seconds, tree RSS bytes)
    loop_lag: list[float] = field(default_factory=list)  # the reads' own event-loop delays
    export_bytes: int = 0
    streams_cut: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Plan:
    """What to run against `base_url`, for `seconds`. `hostile` False is the control run:
    the reads and curators alone."""

    base_url: str
    seconds: float
    server_pid: int
    read_rate: float
    read_tokens: list[str]
    reads: Iterator[tuple[str, str]]  # (label, path with query)
    curator_tokens: list[str]
    write_targets: list[str]
    admin_token: str
    ingest_body: dict[str, Any]
    export_paths: list[str]
    exporters: int
    forgeries: int
    forgery_rate: float
    forged_key_id: str
    hostile: bool = True


class Clock:
    """Seconds since the run began, the same in every thread."""

    def __init__(self) -> None:
        self.start = time.monotonic()

    def now(self) -> float:
        return time.monotonic() - self.start

    async def until(self, at: float) -> None:
        await asyncio.sleep(max(0.0, at - self.now()))


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@dataclass(frozen=True)
class Caller:
    """One kind of client (`actor`): its requests are timed and recorded."""

    client: httpx.AsyncClient
    clock: Clock
    record: Record
    actor: str

    async def send(
        self, label: str, method: str, path: str, **kwargs: Any
    ) -> httpx.Response | None:
        """Send one request and record its outcome; None when no answer came."""
        started, began = self.clock.now(), time.perf_counter()
        try:
            response = await self.client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            self.note(label, started, time.perf_counter() - began, None, repr(exc))
            return None
        detail = response.text[:300] if response.status_code >= 500 else ""
        self.note(label, started, time.perf_counter() - began, response, detail)
        return response

    def note(
        self,
        label: str,
        started: float,
        seconds: float,
        response: httpx.Response | None,
        detail: str = "",
    ) -> None:
        status = response.status_code if response is not None else None
        retry_after = response.headers.get("retry-after") if response is not None else None
        outcome = Outcome(self.actor, label, started, seconds, status, retry_after, detail)
        self.record.outcomes.append(outcome)


@dataclass(frozen=True)
class Soak:
    plan: Plan
    clock: Clock
    record: Record

    @asynccontextmanager
    async def caller(
        self, actor: str, timeout: float = READ_TIMEOUT, **options: Any
    ) -> AsyncIterator[Caller]:
        """A client of its own (connections, headers, socket options) for `actor`."""
        limits = httpx.Limits(
            max_connections=200, max_keepalive_connections=50, keepalive_expiry=KEEPALIVE
        )
        async with httpx.AsyncClient(
            base_url=self.plan.base_url, timeout=timeout, limits=limits, **options
        ) as client:
            yield Caller(client, self.clock, self.record, actor)


async def steady_reads(soak: Soak) -> None:
    """Reads started at a fixed rate, each whether or not the one before has been answered
    (an open loop: a slow server cannot slow the load down and so hide its latency)."""
    plan = soak.plan
    async with soak.caller("read") as reader:
        pending: set[asyncio.Task[Any]] = set()
        for n in range(int(plan.seconds * plan.read_rate)):
            await soak.clock.until(n / plan.read_rate)
            label, path = next(plan.reads)
            headers = bearer(plan.read_tokens[n % len(plan.read_tokens)])
            task = asyncio.create_task(reader.send(label, "GET", path, headers=headers))
            pending.add(task)
            task.add_done_callback(pending.discard)
        await asyncio.gather(*pending)


async def curator(soak: Soak, token: str, name: str) -> None:
    """GET then PATCH with `If-Match`, once a second, on items the other curator edits too."""
    rng = random.Random(name)
    async with soak.caller("curator", headers=bearer(token)) as writer:
        for n in range(int(soak.plan.seconds / WRITE_PERIOD)):
            await soak.clock.until(n * WRITE_PERIOD)
            path = rng.choice(soak.plan.write_targets)
            await _write(writer, path, f"Soak: {name} wrote this, edit {n}.")


async def _write(writer: Caller, path: str, statement: str) -> None:
    """One curated edit; a 412 (the other curator got there first) refetches and retries."""
    record = writer.record
    for _ in range(WRITE_ATTEMPTS):
        current = await writer.send("get for edit", "GET", path)
        if current is None or current.status_code != 200:
            return
        headers = {"If-Match": current.headers["etag"], "Content-Type": MERGE_PATCH}
        body = json.dumps({"statement": statement})
        sent = await writer.send("patch", "PATCH", path, content=body, headers=headers)
        if sent is None:  # it may or may not have been stored: nothing was acknowledged
            record.unacknowledged[path] += 1
            return
        if sent.status_code == 200:
            item = sent.json()
            record.acknowledged[path].append(Acknowledged(item["version"], item))
            return
        if sent.status_code != 412:
            return


async def ingest(soak: Soak) -> None:
    """One large document, posted 40% of the way in; it may answer after the run ends."""
    plan = soak.plan
    await soak.clock.until(plan.seconds * INGEST_START)
    timeout = plan.seconds * (1 - INGEST_START) + INGEST_GRACE
    async with soak.caller("ingest", timeout=timeout, headers=bearer(plan.admin_token)) as admin:
        body = json.dumps(plan.ingest_body)
        headers = {"Content-Type": "application/json"}
        await admin.send("ingest", "POST", "/v1/documents", content=body, headers=headers)


async def slow_exports(soak: Soak) -> None:
    """`plan.exporters` anonymous exports, started a tenth of a second apart, each read
    through a small receive buffer so the server feels its slowness at once."""
    options = [(socket.SOL_SOCKET, socket.SO_RCVBUF, SMALL_RECEIVE_BUFFER)]
    transport = httpx.AsyncHTTPTransport(socket_options=options)
    async with soak.caller("export", transport=transport) as reader:
        await asyncio.gather(*(slow_export(soak, reader, i) for i in range(soak.plan.exporters)))


async def slow_export(soak: Soak, reader: Caller, index: int) -> None:
    """One export read 2 KB a second, or (one in five) stalled after its first chunk, until
    the run ends; refused, it waits as told and asks again."""
    plan, clock = soak.plan, soak.clock
    await clock.until(index * 0.1)
    path = plan.export_paths[index % len(plan.export_paths)]
    stalls = index % STALLING_EVERY == 0
    while clock.now() < plan.seconds:
        wait = await _read_slowly(soak, reader, path, stalls)
        await clock.until(min(plan.seconds, clock.now() + wait))


async def _read_slowly(soak: Soak, reader: Caller, path: str, stalls: bool) -> float:
    """One export stream, read until it ends or the run does; returns how long to wait
    before the next (its `Retry-After` when refused)."""
    started, began, answered = soak.clock.now(), time.perf_counter(), False
    try:
        async with reader.client.stream("GET", path) as response:
            answered = True
            reader.note(path, started, time.perf_counter() - began, response)
            if response.status_code != 200:
                retry_after = response.headers.get("retry-after", "")
                return float(retry_after) if retry_after.isdigit() else 1.0
            await _trickle(soak, response, stalls)
    except httpx.HTTPError as exc:
        if not answered:
            reader.note(path, started, time.perf_counter() - began, None, repr(exc))
        elif soak.clock.now() < soak.plan.seconds:
            cut = f"{path} cut {soak.clock.now():.1f}s into the run: {exc!r}"
            soak.record.streams_cut.append(cut)
        return 1.0
    return 0.0


async def _trickle(soak: Soak, response: httpx.Response, stalls: bool) -> None:
    async for chunk in response.aiter_raw(EXPORT_CHUNK):
        soak.record.export_bytes += len(chunk)
        remaining = soak.plan.seconds - soak.clock.now()
        if remaining <= 0:
            return
        await asyncio.sleep(remaining if stalls else EXPORT_PAUSE)


async def forged_keys(soak: Soak) -> None:
    """`plan.forgeries` writes under a curator's real key id with a made-up secret, at
    `plan.forgery_rate` a second, from 20% of the way in."""
    plan = soak.plan
    begin = plan.seconds * FORGERY_START
    async with soak.caller("forged") as forger:
        sent: list[Awaitable[Any]] = []
        for n in range(plan.forgeries):
            await soak.clock.until(begin + n / plan.forgery_rate)
            forged = f"brf_{plan.forged_key_id}_{secrets.token_urlsafe(32)}"
            headers = {**bearer(forged), "If-Match": '"0"', "Content-Type": MERGE_PATCH}
            path = plan.write_targets[n % len(plan.write_targets)]
            body = json.dumps({"statement": "Forged."})
            request = forger.send("patch", "PATCH", path, content=body, headers=headers)
            sent.append(asyncio.create_task(request))
        await asyncio.gather(*sent)


async def sample_memory(soak: Soak) -> None:
    """The server tree's resident memory, once a second."""
    for n in range(int(soak.plan.seconds) + 1):
        await soak.clock.until(n)
        rss = await asyncio.to_thread(tree_resident_bytes, soak.plan.server_pid)
        soak.record.memory.append((soak.clock.now(), rss))


async def watch_loop_lag(soak: Soak, tick: float = 0.05) -> None:
    """How late the reads' event loop wakes: each read's latency includes it."""
    clock = soak.clock
    while clock.now() < soak.plan.seconds:
        before = clock.now()
        await asyncio.sleep(tick)
        soak.record.loop_lag.append(clock.now() - before - tick)


async def _measured(soak: Soak) -> None:
    await asyncio.gather(steady_reads(soak), watch_loop_lag(soak))


async def _the_rest(soak: Soak) -> None:
    plan = soak.plan
    actors = [sample_memory(soak)]
    actors += [curator(soak, t, f"curator {i}") for i, t in enumerate(plan.curator_tokens)]
    if plan.hostile:
        actors += [ingest(soak), forged_keys(soak), slow_exports(soak)]
    await asyncio.gather(*actors)


def run(plan: Plan) -> Record:
    """Run every client for `plan.seconds` (the ingest may finish later) and return what
    they were answered. The measured reads have a thread and event loop of their own, so
    that the other clients' work delays them as little as it can in one process."""
    soak = Soak(plan, Clock(), Record())
    with ThreadPoolExecutor(max_workers=1) as thread:
        reads = thread.submit(asyncio.run, _measured(soak))
        asyncio.run(_the_rest(soak))
        reads.result()
    return soak.record
