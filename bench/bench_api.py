"""Side-by-side latency benchmark of the real API, run by hand (never part of the tests).

    .venv/bin/python bench/bench_api.py [--repeat 30] [--postgres postgresql://postgres@127.0.0.1:5432/test]

It starts `uvicorn app.main:app` in a subprocess on a free port against a fresh temporary
SQLite database (the app creates the schema and loads `seed/` on start), waits until it
answers, and then times, with one persistent httpx client:

  a) "claims with their evidence": N+1 requests (the claims page, then every distinct
     evidence quote/event by id) against one request with `include=evidence`;
  b) a conditional GET: the full 200 of `/v1/claims?limit=500` against the 304 that
     `If-None-Match` earns;
  c) keyset paging: walking every claim with `limit=10` through `next_cursor`, the first
     page against the last;
  d) with `--postgres ADMIN_URL`: the same list query on SQLite and on PostgreSQL (a fresh
     database is created through ADMIN_URL and dropped afterwards).

The variants are interleaved round-robin (the starting variant rotates every repetition), so
a noisy machine slows them alike; compare the ratios of medians, not absolute times.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = "/v1/claims?limit=500"
CLAIMS_WITH_EVIDENCE = "/v1/claims?limit=500&include=evidence"
STARTUP_TIMEOUT = 90.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve(database_url: str, log_path: Path) -> Iterator[str]:
    """Run the API with uvicorn on a free port; yield its base URL; stop it afterwards."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "LOAD_SEED_ON_START": "true",
        "RATE_LIMIT_ENABLED": "false",
    }
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"uvicorn exited with {process.returncode}:\n{log_path.read_text()}"
                )
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base_url}/v1/documents", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not answer within {STARTUP_TIMEOUT:.0f} s")
            time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
    """Create an empty database through `admin_url`; yield its SQLAlchemy URL; drop it."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"briefing_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(admin_url).set(drivername="postgresql+psycopg", database=name)
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def ok(response: httpx.Response, status: int = 200) -> httpx.Response:
    if response.status_code != status:
        raise RuntimeError(f"{response.request.url}: {response.status_code} {response.text}")
    return response


class Scenarios:
    """Each method performs one variant once, as a dashboard would, body read included."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.etag = ok(client.get(CLAIMS)).headers["etag"]
        self.page_times: tuple[float, float] = (0.0, 0.0)
        self.pages = 0
        self.evidence_requests = 0

    def n_plus_one(self) -> None:
        claims = ok(self.client.get(CLAIMS)).json()["items"]
        refs = dict.fromkeys((e["type"], e["id"]) for c in claims for e in c["evidence"])
        for kind, item_id in refs:
            ok(self.client.get(f"/v1/{kind}s/{item_id}"))
        self.evidence_requests = len(refs)

    def include(self) -> None:
        ok(self.client.get(CLAIMS_WITH_EVIDENCE)).json()

    def full_200(self) -> None:
        ok(self.client.get(CLAIMS))

    def not_modified_304(self) -> None:
        ok(self.client.get(CLAIMS, headers={"If-None-Match": self.etag}), 304)

    def walk(self) -> None:
        """Every claim, 10 a page; remembers the first and the last page's latency."""
        url: str | None = "/v1/claims?limit=10"
        times = []
        while url:
            start = time.perf_counter()
            page = ok(self.client.get(url)).json()
            times.append((time.perf_counter() - start) * 1000)
            cursor = page["next_cursor"]
            url = f"/v1/claims?limit=10&cursor={cursor}" if cursor else None
        self.page_times = (times[0], times[-1])
        self.pages = len(times)

    def check_same_evidence(self) -> int:
        """Both ways of getting the evidence must return the same items."""
        page = ok(self.client.get(CLAIMS_WITH_EVIDENCE)).json()
        embedded = {("quote", q["id"]) for q in page["included"]["quotes"] or []}
        embedded |= {("event", e["id"]) for e in page["included"]["events"] or []}
        cited = {(e["type"], e["id"]) for c in page["items"] for e in c["evidence"]}
        if embedded != cited:
            raise RuntimeError(f"include=evidence differs from the evidence: {embedded ^ cited}")
        return len(cited)


def round_robin(variants: dict[str, Callable[[], float]], repeat: int) -> dict[str, list[float]]:
    """Run every variant once per repetition, rotating which goes first."""
    names = list(variants)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for rep in range(repeat):
        shift = rep % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(variants[name]())
    return samples


def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmpdir:
        measure(args, Path(tmpdir))


def measure(args: argparse.Namespace, tmp: Path) -> None:
    sqlite_url = f"sqlite:///{tmp / 'bench.db'}"
    rows: list[tuple[str, list[float]]] = []
    ratios: list[tuple[str, str, float]] = []
    with (
        serve(sqlite_url, tmp / "uvicorn-sqlite.log") as base_url,
        httpx.Client(base_url=base_url, timeout=30) as client,
    ):
        s = Scenarios(client)
        evidence_items = s.check_same_evidence()
        first_last: dict[str, list[float]] = {"page 1 of walk": [], "last page of walk": []}

        def walk() -> float:
            total = timed(s.walk)
            first_last["page 1 of walk"].append(s.page_times[0])
            first_last["last page of walk"].append(s.page_times[1])
            return total

        variants: dict[str, Callable[[], float]] = {
            "claims + evidence, N+1": lambda: timed(s.n_plus_one),
            "claims + evidence, include=": lambda: timed(s.include),
            "GET claims, full 200": lambda: timed(s.full_200),
            "GET claims, 304": lambda: timed(s.not_modified_304),
            "walk all claims, limit=10": walk,
        }
        for fn in variants.values():  # warm-up: connections, statement caches
            for _ in range(args.warmup):
                fn()
        for pages in first_last.values():
            pages.clear()
        samples = round_robin(variants, args.repeat)
        rows += list(samples.items()) + list(first_last.items())
        med = {name: statistics.median(v) for name, v in [*samples.items(), *first_last.items()]}
        ratios += [
            (
                "N+1 / include=evidence",
                f"1 + {s.evidence_requests} requests vs 1",
                med["claims + evidence, N+1"] / med["claims + evidence, include="],
            ),
            (
                "full 200 / 304",
                "same URL, If-None-Match",
                med["GET claims, full 200"] / med["GET claims, 304"],
            ),
            (
                "last page / first page",
                f"{s.pages} pages of 10 via next_cursor",
                med["last page of walk"] / med["page 1 of walk"],
            ),
        ]
        full = ok(client.get(CLAIMS))
        notes = [
            f"{evidence_items} distinct evidence items cited by the claims; "
            f"N+1 fetches each once ({s.evidence_requests} GETs by id).",
            f"GET {CLAIMS}: {len(full.content)} bytes of JSON, {full.num_bytes_downloaded} on "
            f"the wire ({full.headers.get('content-encoding', 'identity')}); the 304 has no body.",
        ]
        if args.postgres:
            with (
                postgres_database(args.postgres) as pg_url,
                serve(pg_url, tmp / "uvicorn-postgres.log") as pg_base,
                httpx.Client(base_url=pg_base, timeout=30) as pg_client,
            ):
                query = CLAIMS_WITH_EVIDENCE
                if ok(client.get(query)).content != ok(pg_client.get(query)).content:
                    notes.append("note: SQLite and PostgreSQL returned different bodies.")
                backends = {
                    f"{query} on SQLite": lambda: timed(lambda: ok(client.get(query))),
                    f"{query} on PostgreSQL": lambda: timed(lambda: ok(pg_client.get(query))),
                }
                for fn in backends.values():
                    for _ in range(args.warmup):
                        fn()
                pg_samples = round_robin(backends, args.repeat)
                rows += list(pg_samples.items())
                sqlite_ms, pg_ms = (statistics.median(v) for v in pg_samples.values())
                ratios.append(("PostgreSQL / SQLite", query, pg_ms / sqlite_ms))
    report(args, rows, ratios, notes)


def report(
    args: argparse.Namespace,
    rows: list[tuple[str, list[float]]],
    ratios: list[tuple[str, str, float]],
    notes: list[str],
) -> None:
    command = shlex.join([".venv/bin/python", "bench/bench_api.py", *sys.argv[1:]])
    print(f"$ {command}")
    print(
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; "
        f"{args.repeat} interleaved repetitions after {args.warmup} warm-up runs each"
    )
    print()
    width = max(len(name) for name, _ in rows)
    print(f"{'variant':<{width}}  {'median ms':>9}  {'p10 ms':>7}  {'p90 ms':>7}")
    for name, values in rows:
        deciles = statistics.quantiles(values, n=10) if len(values) > 1 else values * 9
        print(
            f"{name:<{width}}  {statistics.median(values):9.2f}  {deciles[0]:7.2f}  "
            f"{deciles[-1]:7.2f}"
        )
    print()
    width = max(len(name) for name, _, _ in ratios)
    print(f"{'ratio of medians':<{width}}  {'ratio':>6}  what")
    for name, what, value in ratios:
        print(f"{name:<{width}}  {value:6.2f}  {what}")
    print()
    for note in notes:
        print(note)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30, help="repetitions per variant")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs per variant first")
    parser.add_argument(
        "--postgres",
        metavar="ADMIN_URL",
        help="also compare with PostgreSQL; a scratch database is created through this "
        "libpq URL (e.g. postgresql://postgres@127.0.0.1:5432/test) and dropped afterwards",
    )
    args = parser.parse_args()
    if args.repeat < 2:
        parser.error("--repeat must be at least 2")
    run(args)


if __name__ == "__main__":
    main()
