"""What a response-cache hit costs at the ASGI layer, run by hand (never part of the tests).

    .venv/bin/python bench/bench_cache_hit.py [--requests 5000] [--path /v1/quotes?limit=5]

It points `DATABASE_URL` at a fresh temporary SQLite file, runs `app.main:app`'s lifespan
(migrate, load the seed), fills the cache with one request, then calls the ASGI app directly
N times, with no server and no socket in between, and prints the median, p90 and p99 of one
hit in microseconds. Rate limits stay on, as they are in production.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio


async def _lifespan(app: Any, phase: str) -> None:
    """Drive one lifespan phase (`startup` or `shutdown`) through the ASGI protocol."""
    sent = anyio.create_memory_object_stream[dict[str, Any]](2)
    done = anyio.Event()

    async def receive() -> dict[str, Any]:
        return await sent[1].receive()

    async def send(message: dict[str, Any]) -> None:
        if message["type"].startswith(f"lifespan.{phase}"):
            done.set()

    await sent[0].send({"type": f"lifespan.{phase}"})
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(app, {"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send)
        await done.wait()
        tasks.cancel_scope.cancel()


async def _one(app: Any, path: str, query: str) -> tuple[int, list[tuple[bytes, bytes]]]:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query.encode(),
        "headers": [(b"host", b"bench"), (b"accept-encoding", b"gzip")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    start: dict[str, Any] = {}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            start.update(message)

    await app(scope, receive, send)
    return start["status"], start["headers"]


async def _run(requests: int, target: str) -> list[float]:
    from app.main import app

    path, _, query = target.partition("?")
    await _lifespan(app, "startup")
    status, headers = await _one(app, path, query)
    assert status == 200, status
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        status, headers = await _one(app, path, query)
        timings.append((time.perf_counter() - started) * 1e6)
    assert (b"x-cache", b"hit") in headers, "the request was not answered from the cache"
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--path", default="/v1/quotes?limit=5")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'bench.db'}"
        os.environ.setdefault("RATE_LIMIT_ANONYMOUS", "1000000/hour")
        os.environ.setdefault("LOG_LEVEL", "warning")
        timings = anyio.run(_run, args.requests, args.path)
    cuts = statistics.quantiles(timings, n=100)
    print(
        f"{args.requests} cache hits on {args.path}: median {statistics.median(timings):.1f} µs,"
        f" p90 {cuts[89]:.1f} µs, p99 {cuts[98]:.1f} µs"
    )


if __name__ == "__main__":
    main()
