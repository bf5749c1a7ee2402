"""Extraction in a child process: the same drafts as in this one, and past its budget an
`OverBudget` whose child is killed, with the next extraction served by a fresh one."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.extract import extract
from app.extract.pool import CHILD_NICENESS, ExtractionPool, OverBudget
from tests.extract.adversarial import dots
from tests.extract.seed_comparison import SEED_DIR

PUBLISHED = dt.date(2025, 7, 14)
SEED_TEXT = (SEED_DIR / "trump-pivot-against-russia.txt").read_text(encoding="utf-8")
SLOW = dots(1_000_000)  # about 2 s of CPU


@pytest.fixture
def pool() -> Iterator[ExtractionPool]:
    pool = ExtractionPool()
    yield pool
    pool.shutdown()


def children() -> set[int]:
    return {p.pid for p in multiprocessing.active_children() if p.pid is not None}


def test_a_child_proposes_what_this_process_does(pool: ExtractionPool) -> None:
    here = extract(SEED_TEXT, PUBLISHED, document_id="seed", taken_ids={"seed-quote-a"})
    there = pool.extract(30, SEED_TEXT, PUBLISHED, document_id="seed", taken_ids={"seed-quote-a"})
    assert there == here


def test_past_its_budget_the_child_is_killed_and_a_fresh_one_serves_next(
    pool: ExtractionPool,
) -> None:
    before = children()
    pool.extract(30, "A Report\nThey met.", PUBLISHED, document_id="warm")
    started = children() - before
    assert started, "the pool runs a child of its own"
    began = time.monotonic()
    with pytest.raises(OverBudget) as refused:
        pool.extract(0.3, SLOW, PUBLISHED, document_id="slow")
    assert time.monotonic() - began < 2, "refused at its budget, not when the text is done"
    assert refused.value.budget == 0.3
    deadline = time.monotonic() + 10
    while started & children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not started & children(), "the overrunning child is gone"
    after = pool.extract(30, SEED_TEXT, PUBLISHED, document_id="seed")
    assert after.quotes, "the next extraction is served"


def test_an_extraction_queued_behind_an_overrun_still_runs(pool: ExtractionPool) -> None:
    pool.extract(30, "warm", PUBLISHED, document_id="warm")
    with ThreadPoolExecutor(2) as threads:
        slow = threads.submit(pool.extract, 0.5, SLOW, PUBLISHED, document_id="slow")
        time.sleep(0.1)
        queued = threads.submit(pool.extract, 60, SEED_TEXT, PUBLISHED, document_id="seed")
        with pytest.raises(OverBudget):
            slow.result()
        assert queued.result().quotes


def test_the_child_yields_the_cpu_to_the_worker_serving_reads(pool: ExtractionPool) -> None:
    """Nicer than this process by CHILD_NICENESS, so an ingest slows reads as little as can be."""
    child_niceness = pool._current().submit(os.nice, 0).result()
    assert child_niceness == min(19, os.nice(0) + CHILD_NICENESS)
