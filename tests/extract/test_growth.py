"""Extraction grows linearly with the text, for every hostile family (issue 14), from 10k
to 1M characters: a tenfold larger text may cost at most fifteen times as much. The
quadratic rules this guards against cost 100× per step (and minutes at 100k characters).

Two measures, each where it is sound:
- CPU time of this process, per family, 10k → 100k and 100k → 1M. It sees all the work,
  a regex backtracking inside one C call included; a busy machine slows a measurement, so
  each is the best of a few runs, and a step is tried up to three times.
- Python calls, counted by cProfile, on mixes of families that hypothesis draws. A count
  has no noise, so a failing mix shrinks to the smallest one; it is blind to the work
  inside one C call, which the time test sees.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import gc
import pstats
import time
from itertools import cycle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.extract import extract
from tests.extract.adversarial import FAMILIES
from tests.extract.seed_comparison import curated, known_entities

KNOWN = known_entities(curated())
PUBLISHED = dt.date(2025, 7, 14)
MAX_RATIO = 15
TRIALS = 3
RUNS = {10_000: 5, 100_000: 2, 1_000_000: 1}  # fewer runs where one costs seconds


def cpu_seconds(text: str, runs: int) -> float:
    """The best of `runs`, with the garbage collector held off: its pauses grow with the
    heap, not with the extractor's work."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            extract(text, PUBLISHED, KNOWN, document_id="growth")
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize(("small", "large"), [(10_000, 100_000), (100_000, 1_000_000)])
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_ten_times_the_text_costs_at_most_fifteen_times_the_time(
    family: str, small: int, large: int
) -> None:
    """Up to three trials: a busy machine can slow one measurement, never all three by the
    factor of ten that a quadratic rule costs at every trial."""
    build = FAMILIES[family]
    small_text, large_text = build(small), build(large)
    figures = []
    for _ in range(TRIALS):
        small_time = cpu_seconds(small_text, RUNS[small])
        large_time = cpu_seconds(large_text, RUNS[large])
        figures.append((round(small_time, 3), round(large_time, 3)))
        if large_time <= MAX_RATIO * max(small_time, 0.005):
            return
    pytest.fail(f"{family}: seconds at {small} and {large} characters: {figures}")


def mixed(families: list[str], size: int, chunk: int) -> str:
    """`chunk` characters of each family in turn, up to `size`."""
    pieces = cycle([FAMILIES[family](chunk) for family in families])
    return "".join(next(pieces) for _ in range(-(-size // chunk)))[:size]


def calls(text: str) -> int:
    profile = cProfile.Profile()
    profile.runcall(extract, text, PUBLISHED, KNOWN, document_id="growth")
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined, no-any-return]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(sorted(FAMILIES)), min_size=2, max_size=4),
    st.sampled_from([200, 1_000, 4_000]),
)
def test_any_mix_of_families_makes_at_most_fifteen_times_the_calls(
    families: list[str], chunk: int
) -> None:
    small, large = calls(mixed(families, 5_000, chunk)), calls(mixed(families, 50_000, chunk))
    assert large <= MAX_RATIO * small, f"{families} in chunks of {chunk}: {small} → {large}"
