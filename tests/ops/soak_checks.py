"""The soak test's asserts, issue 14's list, each a `Check` that passes or fails with its
figures, so that one failure does not hide the others."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from tests.ops.soak_load import Outcome, Record
from tests.ops.soak_report import (
    MIB,
    MIN_WINDOW_READS,
    WINDOW,
    Window,
    growth_in_last_third,
    read_windows,
)

READ_P99_LIMIT = 0.250
# Two workers and their supervisor. Each worker holds the app, a ~10k-item corpus's
# response cache (RESPONSE_CACHE_BYTES, 64 MiB) and a large ingest's extraction; 1 GiB
# for the tree is the smallest container a two-worker deployment of it would be given.
MEMORY_CEILING = 1024 * MIB
MEMORY_GROWTH_LIMIT = 0.05  # of the last third's mean, as its least-squares trend adds
HEALTHZ_PROBES = 10
WRITES_CHECK = "no acknowledged write lost"
WORKERS_CHECK = "both workers alive at the end (same pids, /healthz answers)"


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    figures: str


def designed(outcome: Outcome) -> bool:
    """A 5xx the API means: 503 with `Retry-After` (pool exhausted, over capacity)."""
    return outcome.status == 503 and bool(outcome.retry_after)


def server_errors(record: Record) -> list[Outcome]:
    return [o for o in record.outcomes if o.status and o.status >= 500 and not designed(o)]


def unanswered(record: Record) -> list[Outcome]:
    return [o for o in record.outcomes if o.status is None]


def errors_check(record: Record) -> Check:
    errors = server_errors(record)
    expected = sum(designed(o) for o in record.outcomes)
    examples = "; ".join(f"{o.actor} {o.label} {o.status} {o.detail[:120]}" for o in errors[:3])
    return Check(
        "no 5xx apart from designed 503s with Retry-After",
        not errors,
        f"{len(errors)} other 5xx, {expected} designed 503s"
        + (f" (e.g. {examples})" if examples else ""),
    )


def answered_check(record: Record) -> Check:
    """A request with no answer or a stream cut short is an error the status cannot show."""
    missing = unanswered(record)
    examples = "; ".join(f"{o.actor} {o.label}: {o.detail[:80]}" for o in missing[:3])
    return Check(
        "every request answered, no export cut mid-body",
        not missing and not record.streams_cut,
        f"{len(missing)} unanswered, {len(record.streams_cut)} streams cut"
        + (f" (e.g. {examples})" if examples else ""),
    )


def lost_writes(http: httpx.Client, record: Record) -> list[str]:
    """Each item serves its last acknowledged write, and its history holds every
    acknowledged version with the body the write returned. An item with a write that got no
    answer may serve that one instead, if it is newer."""
    lost = []
    for path, writes in record.acknowledged.items():
        last = max(writes, key=lambda w: w.version)
        served = http.get(path).json()
        may_be_newer = record.unacknowledged[path] > 0 and served["version"] > last.version
        if served != last.body and not may_be_newer:
            lost.append(f"{path} serves v{served['version']}, last acknowledged v{last.version}")
        for write in writes:
            kept = http.get(f"{path}/revisions/{write.version}")
            if kept.status_code != 200 or kept.json()["representation"] != write.body:
                lost.append(f"{path} v{write.version}: its revision differs ({kept.status_code})")
    return lost


def answered_by(name: str, judge: Callable[[], Check]) -> Check:
    """`judge`'s check, or a failed one if the server no longer answers its questions."""
    try:
        return judge()
    except httpx.HTTPError as exc:
        return Check(name, False, f"the server did not answer the check's requests: {exc!r}")


def writes_check(http: httpx.Client, record: Record) -> Check:
    lost = lost_writes(http, record)
    acknowledged = sum(len(w) for w in record.acknowledged.values())
    return Check(
        WRITES_CHECK,
        acknowledged > 0 and not lost,
        f"{len(lost)} of {acknowledged} lost" + (f" ({'; '.join(lost[:3])})" if lost else ""),
    )


def latency_check(record: Record, seconds: float) -> Check:
    """Every window judged: one where the clients could not send `MIN_WINDOW_READS` reads
    (this machine starved them) fails too, rather than going unmeasured."""
    windows = read_windows(record, seconds)
    worst = max((w.p99 for w in windows if w.reads), default=math.inf)
    over = [_span(w) for w in windows if w.reads and w.p99 >= READ_P99_LIMIT]
    thin = [_span(w) for w in windows if w.reads < MIN_WINDOW_READS]
    return Check(
        f"read p99 under {READ_P99_LIMIT * 1000:.0f} ms in every 10 s window",
        bool(windows) and not over and not thin,
        f"worst window p99 {worst * 1000:.0f} ms"
        + (f"; over in {', '.join(over)}" if over else "")
        + (f"; fewer than {MIN_WINDOW_READS} reads sent in {', '.join(thin)}" if thin else ""),
    )


def _span(window: Window) -> str:
    return f"{window.start:.0f}-{window.start + WINDOW:.0f}s"


def memory_check(record: Record) -> Check:
    peak = max(rss for _, rss in record.memory)
    growth, mean = growth_in_last_third(record.memory)
    return Check(
        f"memory under {MEMORY_CEILING / MIB:.0f} MiB, last third grows under "
        f"{MEMORY_GROWTH_LIMIT:.0%}",
        peak <= MEMORY_CEILING and growth <= MEMORY_GROWTH_LIMIT * mean,
        f"peak {peak / MIB:.0f} MiB; last third's trend {growth / MIB:+.1f} MiB "
        f"on a mean of {mean / MIB:.0f} MiB",
    )


def healthz_answers(base_url: str) -> int:
    """How many of `HEALTHZ_PROBES` liveness probes, each on a new connection (so either
    worker may take it), are answered 200 within the probe's timeout."""
    answered = 0
    for _ in range(HEALTHZ_PROBES):
        with contextlib.suppress(httpx.HTTPError):
            probe = httpx.get(f"{base_url}/healthz", headers={"Connection": "close"}, timeout=5)
            answered += probe.status_code == 200
    return answered


def workers_check(base_url: str, workers: int, before: set[int], after: set[int]) -> Check:
    """The same worker processes as before the run, and every liveness probe answered."""
    healthy = healthz_answers(base_url)
    return Check(
        WORKERS_CHECK,
        len(before) == workers and before == after and healthy == HEALTHZ_PROBES,
        f"workers {sorted(before)} before, {sorted(after)} after; "
        f"/healthz answered {healthy} of {HEALTHZ_PROBES} within 5 s",
    )


def budget_check(record: Record) -> Check:
    """No curator is refused for its rate, and the forgeries did reach the rate limiter (a
    401 or a 429 each): a burst the server never got to proves nothing."""
    limited = sum(o.actor == "curator" and o.status == 429 for o in record.outcomes)
    forged = [o for o in record.outcomes if o.actor == "forged"]
    delivered = sum(o.status in (401, 429) for o in forged)
    return Check(
        "the real curators' keys never 429 (forgeries spend no key's budget)",
        limited == 0 and bool(forged) and delivered == len(forged),
        f"{limited} curator 429s; {delivered} of {len(forged)} forged requests refused "
        "(401) or limited (429)",
    )


def check_lines(checks: Sequence[Check]) -> list[str]:
    return [f"  {'PASS' if c.passed else 'FAIL'}  {c.name}: {c.figures}" for c in checks]
