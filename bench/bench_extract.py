"""The extractor's growth table (issue 14): for each hostile family of texts, CPU seconds
at 10k, 100k and 1M characters and the ratio of each tenfold step.

Each measurement runs in a child process with a CPU-time limit, so a quadratic rule costs
its limit, not the afternoon; a size over the limit skips the larger ones. `--app-root` points
the child at another checkout (a `git worktree` of an older commit) to measure its
extractor on the same texts, which this checkout builds (`tests/extract/adversarial.py`).

    .venv/bin/python bench/bench_extract.py                       # this checkout
    git worktree add /tmp/extract-before 246e164^
    .venv/bin/python bench/bench_extract.py --app-root /tmp/extract-before --timeout 120
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.extract.adversarial import FAMILIES  # noqa: E402
from tests.extract.seed_comparison import curated, known_entities  # noqa: E402

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}

# Run in the child, in the checkout measured: its own `app.extract`, on texts built here.
# Entity kinds that checkout does not know yet are taken as organizations.
CHILD = """
import datetime as dt, gc, json, sys, time
from app.extract import KnownEntity, extract
from app.models.common import EntityKind
text = open(sys.argv[1], encoding="utf-8").read()
def kind(k):
    return EntityKind(k) if k in EntityKind.__members__ else EntityKind.organization
known = [KnownEntity(i, n, kind(k), tuple(a)) for i, n, k, a in json.load(open(sys.argv[2]))]
runs, best = int(sys.argv[3]), float("inf")
gc.collect(); gc.disable()
for _ in range(runs):
    start = time.process_time()
    extract(text, dt.date(2025, 7, 14), known, document_id="growth")
    best = min(best, time.process_time() - start)
print(best)
"""


def measure(root: Path, text_file: Path, known_file: Path, runs: int, limit: float) -> float:
    """Best CPU seconds of `runs` extractions in a child; infinity once the child has used
    `limit` CPU seconds (a CPU limit, not a wall clock: a busy machine does not cut short)."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    command = [sys.executable, "-c", CHILD, str(text_file), str(known_file), str(runs)]
    seconds = math.ceil(limit)

    def cpu_limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))

    done = subprocess.run(
        command, cwd=root, env=env, capture_output=True, text=True, preexec_fn=cpu_limit
    )
    if done.returncode < 0:  # SIGXCPU at the limit (SIGKILL a second later)
        return float("inf")
    done.check_returncode()
    return float(done.stdout.strip().splitlines()[-1])


def cell(seconds: float, timeout: float) -> str:
    return f">{timeout:.0f}" if seconds == float("inf") else f"{seconds:.3f}"


def ratio(small: float | None, large: float | None) -> str:
    if small is None or large is None or large == float("inf") or small == float("inf"):
        return "-"
    return f"{large / max(small, 0.001):.1f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app-root", type=Path, default=ROOT, help="checkout to measure")
    parser.add_argument("--timeout", type=float, default=120, help="CPU seconds per measurement")
    parser.add_argument("--runs", type=int, default=3, help="best of this many (below 1M)")
    parser.add_argument("--families", default=",".join(FAMILIES), help="comma-separated")
    args = parser.parse_args()
    root = args.app_root.resolve()
    commit = subprocess.run(
        ["git", "log", "-1", "--format=%h %s"], cwd=root, capture_output=True, text=True
    ).stdout.strip()
    print(
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; {platform.machine()}, "
        f"{os.cpu_count()} CPUs; Python {platform.python_version()}"
    )
    print(f"extractor of {root}: {commit}")
    print(f"CPU seconds, best of {args.runs} (1 at 1M), limit {args.timeout:.0f} CPU s each\n")
    header = "".join(f"{s:>10}" for s in SIZES) + f"{'100k/10k':>10}{'1M/100k':>10}"
    print(f"{'family':<22}{header}")
    with tempfile.TemporaryDirectory() as work:
        known_file = Path(work, "known.json")
        known = [(e.id, e.name, e.kind.value, e.aliases) for e in known_entities(curated())]
        known_file.write_text(json.dumps(known), encoding="utf-8")
        for family in args.families.split(","):
            seconds: list[float | None] = []
            for size in SIZES.values():
                if seconds and seconds[-1] == float("inf"):
                    seconds.append(None)
                    continue
                text_file = Path(work, "text.txt")
                text_file.write_text(FAMILIES[family](size), encoding="utf-8")
                runs = 1 if size >= 1_000_000 else args.runs
                seconds.append(measure(root, text_file, known_file, runs, args.timeout))
            cells = "".join(
                f"{'skipped' if s is None else cell(s, args.timeout):>10}" for s in seconds
            )
            ratios = f"{ratio(seconds[0], seconds[1]):>10}{ratio(seconds[1], seconds[2]):>10}"
            print(f"{family:<22}{cells}{ratios}", flush=True)


if __name__ == "__main__":
    main()
