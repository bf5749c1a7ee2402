"""Extraction time grows linearly with the text, for every hostile family (issue 14).

Measured in process CPU time, the best of a few runs, so other processes on the machine
matter little; a tenfold larger text may cost at most fifteen times as much. The quadratic
rules this guards against cost 100× (and minutes at 100k characters)."""

from __future__ import annotations

import datetime as dt
import gc
import time

import pytest

from app.extract import extract
from tests.extract.adversarial import FAMILIES
from tests.extract.seed_comparison import curated, known_entities

KNOWN = known_entities(curated())
SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 15
TRIALS = 3


def cpu_seconds(text: str, runs: int) -> float:
    """The best of `runs`, with the garbage collector held off: its pauses grow with the
    heap, not with the extractor's work."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            extract(text, dt.date(2025, 7, 14), KNOWN, document_id="growth")
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_ten_times_the_text_costs_at_most_fifteen_times_the_time(family: str) -> None:
    """Up to three trials: a busy machine can slow one measurement, never all three by the
    factor of ten that a quadratic rule costs at every trial."""
    build = FAMILIES[family]
    small_text, large_text = build(SMALL), build(LARGE)
    figures = []
    for _ in range(TRIALS):
        small = cpu_seconds(small_text, runs=5)
        large = cpu_seconds(large_text, runs=2)
        figures.append((round(small, 3), round(large, 3)))
        if large <= MAX_RATIO * max(small, 0.005):
            return
    pytest.fail(f"{family}: seconds at {SMALL} and {LARGE} characters: {figures}")
