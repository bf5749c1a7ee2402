"""The annotation format: date forms and exact, unambiguous anchoring."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.models.common import DatePrecision
from app.models.knowledge import DateBasis
from app.provenance import AnchorError, locate, occurrences
from app.seed.annotations import Anchored, Dating, QuoteAnnotation
from tests.conftest import SOURCE

TEXT = SOURCE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("date", "start", "end", "precision"),
    [
        ("2025-07-14", "2025-07-14", "2025-07-14", "day"),
        ("2025-06", "2025-06-01", "2025-06-30", "month"),
        ("2024-02", "2024-02-01", "2024-02-29", "month"),
        ("2025-12", "2025-12-01", "2025-12-31", "month"),
        ("2025", "2025-01-01", "2025-12-31", "year"),
        ("2025-07-11/2025-07-13", "2025-07-11", "2025-07-13", "day"),
        ("2025-06/2025-07-14", "2025-06-01", "2025-07-14", "month"),
        ("../2025-07-14", None, "2025-07-14", "day"),
        ("2024-10/..", "2024-10-01", None, "month"),
    ],
)
def test_datings_become_inclusive_ranges_with_open_ends(date, start, end, precision) -> None:
    found = Dating.model_validate({"date": date, "basis": "stated"}).range()
    assert found["date_start"] == (start and dt.date.fromisoformat(start))
    assert found["date_end"] == (end and dt.date.fromisoformat(end))
    assert found["date_precision"] == DatePrecision(precision)


def test_a_dating_may_state_the_precision_of_a_vague_span() -> None:
    dating = Dating(date="2025-06-01/2025-07-14", precision=DatePrecision.month, basis="inferred")
    assert dating.columns("period") == {
        "period_start": dt.date(2025, 6, 1),
        "period_end": dt.date(2025, 7, 14),
        "period_precision": DatePrecision.month,
        "period_basis": DateBasis.inferred,
        "period_note": None,
    }


@pytest.mark.parametrize("date", ["2025-13-01", "July 14", "2025-07-14/2025-07-01", "1/2/3", ".."])
def test_bad_dates_are_rejected(date: str) -> None:
    with pytest.raises(ValidationError):
        Dating.model_validate({"date": date, "basis": "stated"})


@pytest.mark.parametrize("basis", ["computed", "external"])
def test_computed_and_external_dates_need_a_note(basis: str) -> None:
    with pytest.raises(ValidationError, match="needs a `note`"):
        Dating.model_validate({"date": "2025-09-02", "basis": basis})


@pytest.mark.parametrize(
    "legacy",
    ["2025-07-14", dt.date(2025, 7, 14), {"interval": "2025-06/2025-07", "precision": "month"}],
)
def test_legacy_dates_without_a_basis_are_refused_saying_what_to_write(legacy: object) -> None:
    quote = {"id": "q", "excerpt": "17 Patriots", "speaker": "x", "context": "c", "when": legacy}
    refusal = re.escape("a date carries its basis now: write `{date: 2025")
    with pytest.raises(ValidationError, match=refusal):
        QuoteAnnotation.model_validate(quote)


def test_an_item_without_when_is_undated() -> None:
    quote = QuoteAnnotation.model_validate(
        {"id": "q", "excerpt": "17 Patriots", "speaker": "x", "context": "c"}
    )
    assert quote.when is None


def _item(excerpt: str, **extra: object) -> Anchored:
    return Anchored(id="x", excerpt=excerpt, **extra)


def test_a_unique_excerpt_is_found_at_its_offset() -> None:
    span = locate(TEXT, _item("17 Patriots"))
    assert TEXT[span.start : span.end] == "17 Patriots"


def test_a_missing_excerpt_is_an_error_naming_it() -> None:
    with pytest.raises(AnchorError, match="not found verbatim: 'seventeen Patriots'"):
        locate(TEXT, _item("seventeen Patriots"))


def test_a_repeated_excerpt_needs_a_disambiguator() -> None:
    with pytest.raises(AnchorError, match="ambiguous, it occurs 2 times"):
        locate(TEXT, _item("bullshit"))
    second = locate(TEXT, _item("bullshit", occurrence=2))
    within = locate(TEXT, _item("bullshit", within="The “bullshit” coming"))
    assert second == within
    assert TEXT[second.start - 1] == "“"


def test_occurrence_past_the_last_is_an_error() -> None:
    with pytest.raises(AnchorError, match="occurrence 3 requested"):
        locate(TEXT, _item("bullshit", occurrence=3))


def test_within_must_contain_the_excerpt() -> None:
    with pytest.raises(ValidationError, match="`within` must contain `excerpt`"):
        _item("Putin", within="Trump")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_substring_anchors_back_to_itself(data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(TEXT) - 1))
    end = data.draw(st.integers(start + 1, min(len(TEXT), start + 200)))
    excerpt = TEXT[start:end]
    starts = occurrences(TEXT, excerpt)
    item = _item(excerpt, occurrence=starts.index(start) + 1) if len(starts) > 1 else _item(excerpt)
    span = locate(TEXT, item)
    assert (span.start, span.end) == (start, end)
