"""The API against its peer (Datasette) and its floor (bare ASGI), at 1k, 10k and 100k items.

    .venv/bin/python bench/bench_peer.py --workdir /tmp/briefing-bench [--scales 1k,10k,100k]
                                         [--quick] [--profile]

Run by hand, never by the tests (issue 5). For each scale it generates the synthetic corpus
(`bench/corpus.py`, 100 items per briefing) and loads it with `briefing load`, timed; both
are kept in `--workdir` and reused while `bench/corpus.py` and `app/` are unchanged. Then it
starts, each with `uvicorn --workers 1 --no-access-log` pinned to one core:

  - the API (`app.main:app`) as shipped, its own JSON access log included, and a second
    instance with `LOG_LEVEL=WARNING` to show what that log costs;
  - Datasette on the same SQLite file (`peer_app.py`, what `datasette serve -i` runs);
  - the floor (`floor_app.py`), answering each URL with the bytes the API returned for it.

`wrk` (one thread, pinned to the other core) drives each server in turn, round-robin, for
`--duration` seconds per round; the figures are medians of `--rounds` rounds, compared as
ratios. An http.client connection then times, on the API alone, what must stay flat as the
corpus grows: the first answer for a never-seen filtered list, a deep cursor page, `q`,
`stats` and `timeline`. The table at the end marks each target of the issue met or not.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime as dt
import hashlib
import http.client
import json
import os
import platform
import random
import resource
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
BIN = Path(sys.executable).parent
SCALES = {"1k": 10, "10k": 100, "100k": 1000}  # briefings of 100 items each
UVICORN_FLAGS = ("--workers", "1", "--no-access-log")
STARTUP_TIMEOUT = 180.0
SAMPLE_DOCS = 5  # the bounded list: the quotes of 5 briefings, 50 rows at every scale
DETAIL_ID = "b0003-quote-004"
PAGE_SIZE = 10
PAGE_WINDOW = 10  # pages averaged at each end of the cursor walk
SEARCH_WORD = "hestria"


@dataclass(frozen=True)
class Targets:
    """The issue's targets, as ratios or limits."""

    peer_list: float = 10.0  # API/Datasette requests/s, filtered list
    floor_list: float = 0.4  # API/floor requests/s, filtered list
    floor_detail: float = 0.4  # API/floor requests/s, detail by id
    first_growth: float = 1.5  # first answer at N items / at 1k items
    deep_page: float = 1.25  # deepest page / page 1 ("as fast as": within noise)
    load_seconds: float = 60.0  # seeding 100k items
    rss_mb: float = 300.0  # API server peak RSS at 100k items


TARGETS = Targets()


# --- processes -------------------------------------------------------------------------


def pinned(cpu: int | None) -> list[str]:
    """`taskset -c CPU`, or nothing on a one-core machine (where pinning cannot separate)."""
    return ["taskset", "-c", str(cpu)] if cpu is not None else []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Client:
    """One keep-alive HTTP/1.1 connection; stdlib only, so its own overhead stays small."""

    def __init__(self, base: str) -> None:
        host, port = base.removeprefix("http://").split(":")
        self.conn = http.client.HTTPConnection(host, int(port), timeout=120)

    def get(self, target: str) -> tuple[int, list[tuple[str, str]], bytes, float]:
        """Status, headers, body and the milliseconds from sending to the last byte."""
        for attempt in (1, 2):
            try:
                start = time.perf_counter()
                self.conn.request("GET", target)
                response = self.conn.getresponse()
                body = response.read()
                ms = (time.perf_counter() - start) * 1000
                return response.status, response.getheaders(), body, ms
            except (ConnectionError, http.client.HTTPException):
                self.conn.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def ok(self, target: str) -> tuple[list[tuple[str, str]], bytes, float]:
        status, headers, body, ms = self.get(target)
        if status != 200:
            raise RuntimeError(f"GET {target}: {status} {body[:300]!r}")
        return headers, body, ms

    def json(self, target: str) -> Any:
        return json.loads(self.ok(target)[1])

    def close(self) -> None:
        self.conn.close()


@dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    base: str
    started_in: float

    def status(self, field_name: str) -> float:
        """A `/proc/PID/status` memory field (VmRSS, VmHWM) in MB."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(f"{field_name}:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_server(
    name: str,
    app: Sequence[str],
    env: dict[str, str],
    log: Path,
    cpu: int | None,
    ready: str,
) -> Server:
    """`uvicorn APP` with the shared flags on a free port; returns once `ready` answers 200."""
    port = free_port()
    command = [
        *pinned(cpu),
        sys.executable,
        "-m",
        "uvicorn",
        *app,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        *UVICORN_FLAGS,
    ]
    start = time.perf_counter()
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}; see {log}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            client = Client(base)
            status = client.get(ready)[0]
            client.close()
            if status == 200:
                return Server(name, process, base, time.perf_counter() - start)
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"{name} did not answer within {STARTUP_TIMEOUT:.0f} s")
        time.sleep(0.1)


@dataclass
class WrkRun:
    rps: float
    p50_ms: float
    p99_ms: float
    failures: int


def wrk(url: str, seconds: int, connections: int, cpu: int | None) -> WrkRun:
    command = [
        *pinned(cpu),
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(BENCH / "wrk_report.lua"),
        url,
    ]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("WRK_JSON "))
    r = json.loads(line.removeprefix("WRK_JSON "))
    return WrkRun(
        rps=r["requests"] / (r["duration_us"] / 1e6),
        p50_ms=r["p50_us"] / 1000,
        p99_ms=r["p99_us"] / 1000,
        failures=r["non2xx"] + r["socket_errors"],
    )


class CpuShare:
    """How much of the machine's CPU other processes took while a scale was measured: on a
    shared machine that is the noise in every figure, so the report says how much there was."""

    def __init__(self) -> None:
        self.start = (time.monotonic(), self.busy(), self.own())

    @staticmethod
    def busy() -> float:
        """Seconds all CPUs spent busy since boot (`/proc/stat`, idle and iowait excluded)."""
        ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def own() -> float:
        """CPU seconds of this script and of every child it has reaped (servers, wrk, loads)."""
        me, children = (
            resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        )
        return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime

    def others(self) -> float:
        """The share of all CPUs' time, since construction, used by other processes."""
        wall, busy, own = self.start
        elapsed = (time.monotonic() - wall) * (os.cpu_count() or 1)
        return max(0.0, (self.busy() - busy) - (self.own() - own)) / elapsed


# --- corpora -----------------------------------------------------------------------------


def digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def app_version() -> str | None:
    """The git tree of `app/` at HEAD, or None if it has uncommitted changes (or no git)."""
    try:
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "app"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        tree = subprocess.run(
            ["git", "rev-parse", "HEAD:app"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return None if dirty else tree


@dataclass
class Corpus:
    scale: str
    briefings: int
    seed_dir: Path
    db: Path
    load_seconds: float
    load_rss_mb: float
    loaded_now: bool


def prepare(workdir: Path, scale: str, fresh: bool) -> Corpus:
    """Generate and load one corpus, reusing what an earlier run left if nothing changed.

    A database is reused only when `app/` (the loader, the models, the migrations) and
    `bench/corpus.py` are what loaded it, so its recorded load time stays the current one."""
    briefings = SCALES[scale]
    corpus_key = digest((BENCH / "corpus.py").read_text(), str(briefings))
    seed_dir = workdir / f"corpus-{scale}"
    stamp = seed_dir / ".generated"
    if fresh or not stamp.exists() or stamp.read_text() != corpus_key:
        shutil.rmtree(seed_dir, ignore_errors=True)
        subprocess.run(
            [
                sys.executable,
                str(BENCH / "corpus.py"),
                "--briefings",
                str(briefings),
                "--out",
                str(seed_dir),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        stamp.write_text(corpus_key)
    db = workdir / f"briefing-{scale}.db"
    record = workdir / f"briefing-{scale}.load.json"
    version = app_version()
    db_key = digest(corpus_key, version) if version else None
    if not fresh and db_key and db.exists() and record.exists():
        loaded = json.loads(record.read_text())
        if loaded["key"] == db_key:
            return Corpus(
                scale, briefings, seed_dir, db, loaded["seconds"], loaded["rss_mb"], False
            )
    for stale in (db, db.with_name(db.name + "-journal"), db.with_name(db.name + ".startup-lock")):
        stale.unlink(missing_ok=True)
    print(f"[{scale}] loading {briefings} briefings into {db} ...", flush=True)
    with (workdir / "logs" / f"load-{scale}.log").open("wb") as log:
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(BIN / "briefing"), "load", "--seed-dir", str(seed_dir)],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": f"sqlite:///{db}"},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        _, wait_status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(wait_status)
    if process.returncode:
        raise RuntimeError(f"briefing load failed; see {workdir / 'logs'}/load-{scale}.log")
    rss_mb = usage.ru_maxrss / 1024
    record.write_text(json.dumps({"key": db_key, "seconds": seconds, "rss_mb": rss_mb}))
    return Corpus(scale, briefings, seed_dir, db, seconds, rss_mb, True)


# --- the requests --------------------------------------------------------------------------


def doc_id(n: int) -> str:
    return f"briefing-{n:04d}"


def bounded_docs(briefings: int) -> list[str]:
    """Five briefings spread over the corpus: 50 quotes whatever its size."""
    return [doc_id(i * briefings // SAMPLE_DOCS) for i in range(SAMPLE_DOCS)]


def fresh_doc_sets(briefings: int, count: int) -> Iterator[list[str]]:
    """Sets of five briefings other than the benchmarked one, each new, so every URL is too."""
    seen = {tuple(bounded_docs(briefings))}
    rng = random.Random(5)
    while count:
        docs = tuple(doc_id(i) for i in sorted(rng.sample(range(briefings), SAMPLE_DOCS)))
        if docs not in seen:
            seen.add(docs)
            count -= 1
            yield list(docs)


def api_list(docs: Sequence[str]) -> str:
    return "/v1/quotes?" + urlencode([("document_id", d) for d in docs] + [("limit", 50)])


def busiest_speaker(db: Path) -> str:
    """The speaker quoted most in the first ten briefings, which every corpus shares: its
    quotes grow with the corpus, so `speaker=` is the unbounded filter."""
    first = [doc_id(i) for i in range(SCALES["1k"])]
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            f"SELECT speaker_id FROM quote WHERE document_id IN ({','.join('?' * len(first))})"
            " GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id LIMIT 1",
            first,
        ).fetchone()
    return str(row[0])


@dataclass(frozen=True)
class Request:
    """One benchmarked request: the API's URL and Datasette's URL for the same rows."""

    label: str
    api: str
    peer: str
    with_log_off: bool


def requests_for(corpus: Corpus, peer_db: str) -> list[Request]:
    docs = bounded_docs(corpus.briefings)
    speaker = busiest_speaker(corpus.db)
    table = f"/{peer_db}/quote.json?"
    rows = {"_sort": "char_start", "_size": 50, "_shape": "array"}
    return [
        Request(
            f"list, {SAMPLE_DOCS} documents (50 rows)",
            api_list(docs),
            table + urlencode({"document_id__in": ",".join(docs), **rows}),
            True,
        ),
        Request(
            "quote by id",
            f"/v1/quotes/{DETAIL_ID}",
            f"/{peer_db}/quote/{DETAIL_ID}.json?_shape=array",
            True,
        ),
        Request(
            f"list, speaker={speaker} (grows)",
            "/v1/quotes?" + urlencode({"speaker": speaker, "limit": 50}),
            table + urlencode({"speaker_id": speaker, **rows}),
            False,
        ),
    ]


def same_rows(api: Client, peer: Client, request: Request) -> str:
    """Datasette must answer the same rows in the same order; says so, with both sizes."""
    api_body, peer_body = api.ok(request.api)[1], peer.ok(request.peer)[1]
    found = json.loads(api_body)
    api_ids = [item["id"] for item in found["items"]] if "items" in found else [found["id"]]
    peer_ids = [row["id"] for row in json.loads(peer_body)]
    same = "same rows" if api_ids == peer_ids else "OTHER ROWS than the API"
    return (
        f"{request.label}: {len(api_ids)} rows, API {len(api_body)} bytes, "
        f"Datasette {len(peer_body)} bytes ({same})"
    )


def capture(api: Client, targets: Sequence[str], out: Path) -> None:
    """Write the API's exact answers (headers and body) for the floor to replay."""
    captured = {}
    for target in targets:
        headers, body, _ = api.ok(target)
        captured[target] = {
            "status": 200,
            "headers": headers,
            "body": base64.b64encode(body).decode(),
        }
    out.write_text(json.dumps(captured))


# --- measurements --------------------------------------------------------------------------


@dataclass
class ScaleResult:
    corpus: Corpus
    started_in: float = 0.0
    first_after_start_ms: float = 0.0
    first_ms: list[float] = field(default_factory=list)
    throughput: dict[str, dict[str, list[WrkRun]]] = field(default_factory=dict)
    latency: dict[str, tuple[float, float]] = field(default_factory=dict)
    walk: tuple[int, float, float] = (0, 0.0, 0.0)
    rss: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    profile: list[str] = field(default_factory=list)
    others_cpu: float = 0.0

    def rps(self, label: str, server: str) -> float:
        return statistics.median(r.rps for r in self.throughput[label][server])


def round_robin(
    servers: dict[str, Server],
    requests: Sequence[Request],
    args: argparse.Namespace,
    result: ScaleResult,
) -> None:
    """Every (request, server) pair once per round, the servers' order rotating each round,
    so that a burst of noise on the shared machine lands on all of them alike."""
    plan: dict[str, dict[str, str]] = {}
    for request in requests:
        plan[request.label] = {
            name: server.base + (request.peer if name == "datasette" else request.api)
            for name, server in servers.items()
            if request.with_log_off or name != "api, logs off"
        }
    for label, urls in plan.items():  # warm-up: code paths, statement caches, page cache
        result.throughput[label] = {name: [] for name in urls}
        for url in urls.values():
            wrk(url, 1, args.connections, args.client_cpu)
    names = list(servers)
    for round_ in range(args.rounds):
        shift = round_ % len(names)
        for label, urls in plan.items():
            for name in names[shift:] + names[:shift]:
                if name not in urls:
                    continue
                run = wrk(urls[name], args.duration, args.connections, args.client_cpu)
                if run.failures:
                    result.notes.append(f"{name}, {label}: {run.failures} failed requests")
                result.throughput[label][name].append(run)
        print(f"[{result.corpus.scale}] round {round_ + 1}/{args.rounds} done", flush=True)


def timed(client: Client, target: str, samples: int, budget: float) -> tuple[float, float]:
    """The first answer for `target` in this process, then the median of repeats."""
    first = client.ok(target)[2]
    times: list[float] = []
    deadline = time.monotonic() + budget
    while len(times) < samples and (len(times) < 3 or time.monotonic() < deadline):
        times.append(client.ok(target)[2])
    return first, statistics.median(times)


def walk(client: Client, max_pages: int) -> tuple[int, float, float]:
    """Follow `next_cursor` through the claims, 10 a page, each page fetched once; returns
    the deepest page reached and the median ms of the first and of the last pages."""
    target: str | None = f"/v1/claims?limit={PAGE_SIZE}"
    times: list[float] = []
    while target and len(times) < max_pages:
        _, body, ms = client.ok(target)
        times.append(ms)
        cursor = json.loads(body)["next_cursor"]
        target = f"/v1/claims?limit={PAGE_SIZE}&cursor={cursor}" if cursor else None
    window = min(PAGE_WINDOW, len(times) // 2)
    return len(times), statistics.median(times[:window]), statistics.median(times[-window:])


def profile(api: Server, url: str, args: argparse.Namespace, out: Path) -> list[str]:
    """py-spy on the API while wrk drives `url`: the frames with the most samples."""
    spy = shutil.which("py-spy", path=str(BIN)) or shutil.which("py-spy")
    if not spy:
        return ["py-spy is not installed (pip install -e '.[bench]'); no profile."]
    command = [spy, "record", "--pid", str(api.process.pid), "--duration", str(args.duration)]
    command += ["--rate", "250", "--format", "raw", "--nolineno", "--output", str(out)]
    recorder = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(0.5)
    wrk(url, args.duration, args.connections, args.client_cpu)
    _, err = recorder.communicate(timeout=60)
    if recorder.returncode or not out.exists():
        return [f"py-spy failed ({recorder.returncode}): {err.decode().strip()[-300:]}"]
    return summarize_profile(out)


def package(frame: str) -> str:
    """`execute (sqlalchemy/engine/base.py)` → `sqlalchemy`; `uuid4 (uuid.py)` → `uuid`."""
    path = frame.rpartition(" (")[2].rstrip(")")
    return path.split("/")[0].removesuffix(".py") if path else frame


# The threadpool's idle workers, which py-spy samples as if busy: left out of the shares.
IDLE = ("Condition.wait (threading.py)",)


def summarize_profile(raw: Path, top: int = 12) -> list[str]:
    """Where the busy threads were: self share by package, the project's own frames by
    inclusive share, and the frames most often on top (collapsed stacks, one a line).

    `Runner.run` on top is the event loop inside uvloop's C code: HTTP parsing, socket
    writes, and whatever idle wait remains at full load."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    by_package: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        if frames[-1] in IDLE:
            continue
        n = int(count)
        total += n
        for frame in set(frames):
            inclusive[frame] += n
        own[frames[-1]] += n
        by_package[package(frames[-1])] += n
    if not total:
        return ["py-spy recorded no samples."]

    def share(counts: list[tuple[str, int]]) -> list[str]:
        return [f"  {100 * n / total:5.1f}%  {name}" for name, n in counts]

    ours = [(f, n) for f, n in inclusive.most_common() if "(app/" in f]
    return [
        f"{total} samples of busy threads; self share by package:",
        *share(by_package.most_common(top)),
        "the project's own frames (app/), inclusive share:",
        *share(ours[:top]),
        "the frames most often on top (self share):",
        *share(own.most_common(top)),
    ]


def measure_scale(corpus: Corpus, args: argparse.Namespace, workdir: Path) -> ScaleResult:
    result = ScaleResult(corpus)
    scale, logs = corpus.scale, workdir / "logs"
    api_env = {
        "DATABASE_URL": f"sqlite:///{corpus.db}",
        "SEED_DIR": str(corpus.seed_dir),
        "RATE_LIMIT_ENABLED": "false",  # one client at full speed: a policy, not a cost
    }
    api_app = ["app.main:app"]
    bench_app = ["--app-dir", str(BENCH)]
    servers: dict[str, Server] = {}
    try:
        api = start_server(
            "api", api_app, api_env, logs / f"api-{scale}.log", args.server_cpu, "/healthz"
        )
        servers["api"] = api
        result.started_in = api.started_in
        api_client = Client(api.base)
        fresh = fresh_doc_sets(corpus.briefings, args.first_samples + 1)
        result.first_after_start_ms = api_client.ok(api_list(next(fresh)))[2]

        peer_db = corpus.db.stem
        servers["datasette"] = start_server(
            "datasette",
            [*bench_app, "--factory", "peer_app:app"],
            {"BENCH_DATASETTE_DB": str(corpus.db)},
            logs / f"datasette-{scale}.log",
            args.server_cpu,
            f"/{peer_db}.json",
        )
        requests = requests_for(corpus, peer_db)
        responses = workdir / f"floor-{scale}.json"
        capture(api_client, [r.api for r in requests], responses)
        peer_client = Client(servers["datasette"].base)
        result.notes += [same_rows(api_client, peer_client, r) for r in requests]
        peer_client.close()
        servers["floor"] = start_server(
            "floor",
            [*bench_app, "floor_app:app"],
            {"BENCH_FLOOR_RESPONSES": str(responses)},
            logs / f"floor-{scale}.log",
            args.server_cpu,
            requests[1].api,
        )
        servers["api, logs off"] = start_server(
            "api, logs off",
            api_app,
            {**api_env, "LOG_LEVEL": "WARNING"},
            logs / f"api-quiet-{scale}.log",
            args.server_cpu,
            "/healthz",
        )

        # Never-seen URLs, before wrk warms anything: no cache keyed on the URL can help.
        result.first_ms = [api_client.ok(api_list(docs))[2] for docs in fresh]

        round_robin(servers, requests, args, result)

        latency_targets = {
            "search q": f"/v1/search?q={SEARCH_WORD}&limit=50",
            "claims q": f"/v1/claims?q={SEARCH_WORD}&limit=50",
            "stats": "/v1/stats",
            "timeline": "/v1/timeline?limit=50",
        }
        for label, target in latency_targets.items():
            result.latency[label] = timed(api_client, target, args.samples, 3.0)
        result.walk = walk(api_client, args.max_pages)
        api_client.close()
        if args.profile and scale == args.scales[-1]:
            for request in requests:
                raw = workdir / f"profile-{scale}-{request.label.split(',')[0].replace(' ', '-')}"
                result.profile.append(f"-- {request.label}: {request.api}")
                result.profile += profile(
                    api, api.base + request.api, args, raw.with_suffix(".txt")
                )
        for name, server in servers.items():
            result.rss[name] = server.status("VmHWM")
    finally:
        for server in servers.values():
            server.stop()
    return result


# --- the report ----------------------------------------------------------------------------


def versions() -> str:
    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "absent"

    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split()
    commit = subprocess.run(
        ["git", "log", "-1", "--format=%h %s"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = " (app/ has uncommitted changes)" if app_version() is None else ""
    return (
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} CPUs ({cpu}); Python "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, uvicorn "
        f"{version('uvicorn')}, FastAPI {version('fastapi')}, Datasette {version('datasette')}, "
        f"wrk {wrk_version[1] if len(wrk_version) > 1 else '?'}\ncommit {commit}{dirty}"
    )


def ms(value: float) -> str:
    """Milliseconds, with a decimal when small: a cached answer takes well under one."""
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("met" if ok else "NOT MET")


def report(results: list[ScaleResult], args: argparse.Namespace) -> None:
    scales = [r.corpus.scale for r in results]
    print()
    print(versions())
    print(
        f"wrk -t1 -c{args.connections}, {args.rounds} rounds of {args.duration} s per figure "
        f"(median); servers: uvicorn {' '.join(UVICORN_FLAGS)} on CPU {args.server_cpu}, "
        f"wrk on CPU {args.client_cpu}"
    )
    for r in results:
        print(f"\n== {r.corpus.scale} items ({r.corpus.briefings} briefings) ==")
        print(f"{'requests/s (median)':44} {'api':>8} {'logs off':>8} {'datasette':>9}", end="")
        print(f" {'floor':>8} {'api/ds':>7} {'api/floor':>9} {'api p50 ms':>10}")
        for label, by_server in r.throughput.items():
            med = {name: r.rps(label, name) for name in by_server}
            api_p50 = statistics.median(x.p50_ms for x in by_server["api"])
            quiet = f"{med['api, logs off']:8.0f}" if "api, logs off" in med else f"{'':8}"
            print(
                f"{label:44} {med['api']:8.0f} {quiet} {med['datasette']:9.0f} "
                f"{med['floor']:8.0f} {med['api'] / med['datasette']:6.2f}x "
                f"{med['api'] / med['floor']:8.3f}x {api_p50:10.1f}"
            )
        for note in r.notes:
            print(f"  note: {note}")
        print(
            f"  note: other processes used {100 * r.others_cpu:.0f}% of the machine's CPU meanwhile"
        )

    print("\n== the API as the corpus grows ==")
    header = f"{'':46}" + "".join(f"{s:>11}" for s in scales)
    print(header)

    def row(label: str, values: Sequence[str]) -> None:
        print(f"{label:46}" + "".join(f"{v:>11}" for v in values))

    row("server start to first answer, s", [f"{r.started_in:.2f}" for r in results])
    row("first request after start, list, ms", [f"{r.first_after_start_ms:.1f}" for r in results])
    row(
        f"first answer, never-seen list, ms (med of {args.first_samples})",
        [f"{statistics.median(r.first_ms):.1f}" for r in results],
    )
    list_label = next(iter(results[0].throughput))
    row("warm list, requests/s", [f"{r.rps(list_label, 'api'):.0f}" for r in results])
    for name in results[0].latency:
        row(
            f"{name}, first / warm ms",
            ["/".join(ms(x) for x in r.latency[name]) for r in results],
        )
    row("cursor walk (claims, 10/page): deepest page", [str(r.walk[0]) for r in results])
    row(f"  pages 1-{PAGE_WINDOW}, median ms", [f"{r.walk[1]:.1f}" for r in results])
    row(f"  last {PAGE_WINDOW} pages, median ms", [f"{r.walk[2]:.1f}" for r in results])
    row(
        "seed load (briefing load), s",
        [f"{r.corpus.load_seconds:.1f}{'' if r.corpus.loaded_now else '*'}" for r in results],
    )
    row("loader peak RSS, MB", [f"{r.corpus.load_rss_mb:.0f}" for r in results])
    row("API server peak RSS (VmHWM), MB", [f"{r.rss['api']:.0f}" for r in results])
    row("Datasette peak RSS, MB", [f"{r.rss['datasette']:.0f}" for r in results])
    if any(not r.corpus.loaded_now for r in results):
        print("* load time recorded when an earlier run loaded the same corpus with the same app/")

    print("\n== targets ==")
    print(f"{'target':46}{'goal':>9}" + "".join(f"{s:>18}" for s in scales))
    base = next((r for r in results if r.corpus.scale == "1k"), None)
    detail_label = list(results[0].throughput)[1]

    def target(label: str, goal: str, cells: Sequence[tuple[str, bool | None]]) -> None:
        print(f"{label:46}{goal:>9}" + "".join(f"{v + ' ' + verdict(ok):>18}" for v, ok in cells))

    def ratio(r: ScaleResult, label: str, peer: str, goal: float) -> tuple[str, bool]:
        value = r.rps(label, "api") / r.rps(label, peer)
        return f"{value:.3g}x", value >= goal

    target(
        "filtered list, API/Datasette req/s",
        f">={TARGETS.peer_list:g}x",
        [ratio(r, list_label, "datasette", TARGETS.peer_list) for r in results],
    )
    target(
        "filtered list, API/floor req/s",
        f">={TARGETS.floor_list:g}x",
        [ratio(r, list_label, "floor", TARGETS.floor_list) for r in results],
    )
    target(
        "quote by id, API/floor req/s",
        f">={TARGETS.floor_detail:g}x",
        [ratio(r, detail_label, "floor", TARGETS.floor_detail) for r in results],
    )
    cells: list[tuple[str, bool | None]] = []
    for r in results:
        if base is None or r is base:
            cells.append(("", None))
            continue
        value = statistics.median(r.first_ms) / statistics.median(base.first_ms)
        cells.append((f"{value:.2f}x", value <= TARGETS.first_growth))
    target("first list answer, N items / 1k items", f"<={TARGETS.first_growth:g}x", cells)
    target(
        "deepest page / pages 1-10 (cursor walk)",
        f"<={TARGETS.deep_page:g}x",
        [
            (
                f"{r.walk[2] / r.walk[1]:.2f}x@{r.walk[0]}",
                r.walk[2] / r.walk[1] <= TARGETS.deep_page,
            )
            for r in results
        ],
    )
    big = [(r.corpus.scale == "100k") for r in results]
    target(
        "seed load of 100k items",
        f"<{TARGETS.load_seconds:g}s",
        [
            (
                f"{r.corpus.load_seconds:.0f}s",
                r.corpus.load_seconds < TARGETS.load_seconds if b else None,
            )
            for r, b in zip(results, big, strict=True)
        ],
    )
    target(
        "API peak RSS at 100k items",
        f"<{TARGETS.rss_mb:g}MB",
        [
            (f"{r.rss['api']:.0f}MB", r.rss["api"] < TARGETS.rss_mb if b else None)
            for r, b in zip(results, big, strict=True)
        ],
    )
    for r in results:
        if r.profile:
            print(f"\n== py-spy profile of the API at {r.corpus.scale} items ==")
            print("\n".join(r.profile))


# --- the command ---------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--workdir",
        type=Path,
        help="where corpora, databases and logs are "
        "kept between runs (default: a temporary directory, removed at the end)",
    )
    parser.add_argument("--scales", default="1k,10k,100k", help="a subset of 1k,10k,100k")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="2 s rounds, fewer samples, a 300-page walk: a smoke run",
    )
    parser.add_argument("--duration", type=int, help="seconds per wrk round (5; --quick 2)")
    parser.add_argument("--rounds", type=int, help="wrk rounds per figure (3)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument("--server-cpu", type=int, default=0)
    parser.add_argument("--client-cpu", type=int, default=1)
    parser.add_argument("--fresh", action="store_true", help="regenerate and reload every corpus")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="py-spy the API at the largest scale (list and detail)",
    )
    args = parser.parse_args()
    args.scales = [s.strip() for s in args.scales.split(",") if s.strip()]
    unknown = [s for s in args.scales if s not in SCALES]
    if unknown:
        parser.error(f"unknown scale(s) {unknown}; choose from {', '.join(SCALES)}")
    args.scales.sort(key=list(SCALES).index)
    args.first_samples, args.samples, args.max_pages = (3, 5, 300) if args.quick else (7, 20, 1000)
    args.duration = args.duration or (2 if args.quick else 5)
    args.rounds = args.rounds or 3
    if (os.cpu_count() or 1) < 2:
        args.server_cpu = args.client_cpu = None
    return args


def main() -> None:
    args = parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk (Debian/Ubuntu), then run again.")
    try:
        import datasette  # noqa: F401
    except ImportError:
        sys.exit("Datasette is not installed: .venv/bin/pip install -e '.[bench]'")
    if args.client_cpu is not None:
        os.sched_setaffinity(0, {args.client_cpu})
    with contextlib.ExitStack() as stack:
        if args.workdir:
            workdir = args.workdir.resolve()
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-peer-")))
        (workdir / "logs").mkdir(parents=True, exist_ok=True)
        results = []
        for scale in args.scales:
            cpu = CpuShare()
            corpus = prepare(workdir, scale, args.fresh)
            print(f"[{scale}] {corpus.db.name}: measuring ...", flush=True)
            results.append(measure_scale(corpus, args, workdir))
            results[-1].others_cpu = cpu.others()
        report(results, args)


if __name__ == "__main__":
    main()
