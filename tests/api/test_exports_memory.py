"""An export's memory does not grow with its size: the server streams the whole corpus of a
deterministic synthetic corpus (`bench/corpus.py`) at two sizes, ten times apart, and its
peak resident memory grows by a small fraction of what it sent. On SQLite only: the point
is the app's own buffering (middlewares, batches), which does not depend on the backend."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from bench.corpus import generate
from tests.conftest import ROOT, LiveServer

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess

SMALL, LARGE = 30, 300  # briefings of about 100 items: ~3k and ~30k items
# Batches no larger than the small corpus has documents, so that every collection fills
# whole batches at both sizes: what is measured is what the length adds, not a batch.
BATCH = SMALL
PER_BRIEFING = {"quote": 10, "event": 20, "claim": 60, "implication": 10, "document": 1}


@dataclass(frozen=True)
class Run:
    briefings: int
    lines: Counter[str]
    body_bytes: int
    peak_growth: int  # bytes of VmHWM gained while streaming


def _kib(status: str, field: str) -> int:
    line = next(line for line in status.splitlines() if line.startswith(f"{field}:"))
    return int(line.split()[1]) * 1024


def peak_rss(pid: int) -> int:
    return _kib(Path(f"/proc/{pid}/status").read_text(), "VmHWM")


def synthetic_database(tmp: Path, briefings: int) -> str:
    """A SQLite database in `tmp` holding the synthetic corpus of `briefings` briefings."""
    seed = tmp / f"corpus-{briefings}"
    generate(briefings, seed)
    database = f"sqlite:///{tmp / f'corpus-{briefings}.db'}"
    subprocess.run(
        [str(Path(sys.executable).parent / "briefing"), "load", "--seed-dir", str(seed)],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": database},
        check=True,
        capture_output=True,
    )
    return database


def export_corpus(tmp: Path, briefings: int) -> Run:
    database = synthetic_database(tmp, briefings)
    server = LiveServer(
        database,
        tmp / f"server-{briefings}.log",
        env={"LOAD_SEED_ON_START": "false", "EXPORT_BATCH_SIZE": str(BATCH)},
    )
    try:
        with httpx.Client(base_url=server.url, timeout=120) as client:
            # Warm up every code path (a bounded page of each collection), so that the
            # measure is what the export's length adds.
            for collection in ("documents", "entities", "quotes", "events", "claims"):
                params = {"format": "ndjson", "limit": 3 * BATCH}
                assert client.get(f"/v1/{collection}", params=params).is_success
            before = peak_rss(server.process.pid)
            lines: Counter[str] = Counter()
            size = 0
            with client.stream("GET", "/v1/export") as response:
                assert response.status_code == 200
                for line in response.iter_lines():
                    size += len(line.encode()) + 1
                    lines[json.loads(line)["type"]] += 1
            return Run(briefings, lines, size, peak_rss(server.process.pid) - before)
    finally:
        server.stop()


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Run]:
    tmp = tmp_path_factory.mktemp("export-memory")
    return export_corpus(tmp, SMALL), export_corpus(tmp, LARGE)


def test_every_line_of_the_corpus_arrives_and_parses(runs: tuple[Run, Run]) -> None:
    for run in runs:
        for kind, count in PER_BRIEFING.items():
            assert run.lines[kind] == count * run.briefings, (run.briefings, kind)
        assert run.lines["entity"] > 0


def test_peak_memory_does_not_follow_the_export_size(runs: tuple[Run, Run]) -> None:
    small, large = runs
    print(
        f"\nexport of {sum(small.lines.values())} lines, {small.body_bytes / 1e6:.1f} MB: "
        f"peak RSS +{small.peak_growth / 1e6:.1f} MB; "
        f"export of {sum(large.lines.values())} lines, {large.body_bytes / 1e6:.1f} MB: "
        f"peak RSS +{large.peak_growth / 1e6:.1f} MB"
    )
    grown = large.body_bytes - small.body_bytes
    assert grown > 8 * small.body_bytes
    assert large.peak_growth - small.peak_growth < grown / 10
