"""The soak test's judgement and figures: each of issue 14's asserts as a `Check`, and the
report that `tests/ops/artifacts/soak.txt` holds and the pytest summary prints."""

from __future__ import annotations

import contextlib
import json
import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.ops.soak_load import Outcome, Record

WINDOW = 10.0  # seconds: read p99 is judged in each window of the run, not over the whole
MIN_WINDOW_READS = 20  # fewer, and a window's p99 says nothing: the load fell behind
MIB = 1024 * 1024


@dataclass(frozen=True)
class Window:
    start: float
    reads: int
    p50: float
    p99: float
    worst: float


def p99(values: Sequence[float]) -> float:
    """The 99th percentile, nearest-rank: the value below which 99% of them fall."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


def read_windows(record: Record, seconds: float) -> list[Window]:
    """Read latency in each whole 10 s window of the run, by when each read was sent (and a
    shorter last window if it holds enough reads to judge). A read never answered counts as
    long as it was waited for; a window with no reads has no latencies (NaN)."""
    windows = []
    for n in range(math.ceil(seconds / WINDOW)):
        start = n * WINDOW
        latencies = [
            o.seconds
            for o in record.outcomes
            if o.actor == "read" and start <= o.started < start + WINDOW
        ]
        if start + WINDOW > seconds and len(latencies) < MIN_WINDOW_READS:
            continue
        if not latencies:
            windows.append(Window(start, 0, math.nan, math.nan, math.nan))
            continue
        p50, worst = statistics.median(latencies), max(latencies)
        windows.append(Window(start, len(latencies), p50, p99(latencies), worst))
    return windows


def growth_in_last_third(memory: Sequence[tuple[float, int]]) -> tuple[float, float]:
    """The least-squares trend of the tree's memory over the run's last third: what it adds
    across that third (bytes), and the third's mean (bytes)."""
    end = memory[-1][0]
    tail = [(t, rss) for t, rss in memory if t >= end * 2 / 3]
    if len(tail) < 3:
        return 0.0, float(tail[-1][1]) if tail else 0.0
    slope = statistics.linear_regression([t for t, _ in tail], [rss for _, rss in tail]).slope
    return slope * (tail[-1][0] - tail[0][0]), statistics.fmean(rss for _, rss in tail)


def statuses(outcomes: Iterable[Outcome]) -> str:
    counted = Counter("none" if o.status is None else str(o.status) for o in outcomes)
    return ", ".join(f"{status}: {n}" for status, n in sorted(counted.items())) or "none sent"


def _of(record: Record, actor: str) -> list[Outcome]:
    return [o for o in record.outcomes if o.actor == actor]


def traffic_figures(record: Record) -> list[str]:
    """What each kind of client sent and was answered."""
    reads = [o.seconds for o in _of(record, "read")]
    lines = [f"{actor:>8}: {statuses(_of(record, actor))}" for actor in ACTORS]
    if reads:
        lines.append(
            f"reads: {len(reads)}, p50 {statistics.median(reads) * 1000:.0f} ms, "
            f"p99 {p99(reads) * 1000:.0f} ms, worst {max(reads) * 1000:.0f} ms"
        )
    acknowledged = sum(len(writes) for writes in record.acknowledged.values())
    lines.append(
        f"curated writes acknowledged: {acknowledged} on {len(record.acknowledged)} items; "
        f"412 refetches: {sum(o.status == 412 for o in _of(record, 'curator'))}; "
        f"unacknowledged (no answer): {sum(record.unacknowledged.values())}"
    )
    for o in _of(record, "ingest"):
        lines.append(f"ingest: {o.status} after {o.seconds:.1f} s (sent at {o.started:.1f} s)")
    lines.append(
        f"exports: {len(_of(record, 'export'))} streams asked for, "
        f"{record.export_bytes / MIB:.1f} MiB read, {len(record.streams_cut)} cut mid-body"
    )
    lag = record.loop_lag or [0.0]
    lines.append(
        f"this client's event-loop lag (inflates every latency above): "
        f"p99 {p99(lag) * 1000:.0f} ms, worst {max(lag) * 1000:.0f} ms"
    )
    return lines


ACTORS = ("read", "curator", "ingest", "export", "forged")


def window_figures(windows: Sequence[Window]) -> list[str]:
    return [
        f"  {w.start:4.0f}-{w.start + WINDOW:<4.0f}s  reads {w.reads:4d}  "
        f"p50 {w.p50 * 1000:6.0f} ms  p99 {w.p99 * 1000:6.0f} ms  worst {w.worst * 1000:6.0f} ms"
        for w in windows
    ]


def memory_figures(memory: Sequence[tuple[float, int]]) -> list[str]:
    """The tree's memory at each 10 s mark (the sample nearest to it), and its peak."""
    end = memory[-1][0] if memory else 0.0
    marks = [
        min(memory, key=lambda sample: abs(sample[0] - mark))
        for mark in range(0, int(end) + 1, int(WINDOW))
    ]
    peak = max((rss for _, rss in memory), default=0)
    line = "  ".join(f"{t:.0f}s {rss / MIB:.0f}" for t, rss in marks)
    return [f"  {line}  (MiB); peak {peak / MIB:.0f} MiB, {len(memory)} samples"]


def render(title: str, settings: Sequence[str], sections: dict[str, list[str]]) -> str:
    lines = [title, "=" * len(title), *settings, ""]
    for heading, body in sections.items():
        lines += [heading, *body, ""]
    return "\n".join(lines)


def server_log_figures(log: Path) -> list[str]:
    """What the server logged during the run: the statuses it answered (a client that gave
    up never saw some of them) and its unhandled exceptions."""
    statuses: Counter[int] = Counter()
    text = log.read_text(errors="replace")
    for line in text.splitlines():
        if '"app.access"' in line:
            with contextlib.suppress(ValueError, KeyError):
                statuses[json.loads(line)["status"]] += 1
    counted = ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items()))
    return [
        f"  access log statuses: {counted}",
        f"  unhandled exceptions: {text.count('Exception in ASGI application')}, "
        f"workers started: {text.count('Started server process')}",
    ]
