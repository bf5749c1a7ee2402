"""One anchoring input for the seed format and curated writes: same fields, same checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from app.models.writes import ProvenanceInput
from app.provenance import ExcerptAnchor, Excerpts, Span, anchor_of, locate, pinned
from app.provenance.anchoring import AnchorError
from app.seed.annotations import Anchored
from tests.conftest import SOURCE

TEXT = SOURCE.read_text(encoding="utf-8")


def _seed(**fields: object) -> BaseModel:
    return Anchored(id="x", **fields)


def _write(**fields: object) -> BaseModel:
    return ProvenanceInput(document_id="doc", **fields)


@pytest.mark.parametrize("make", [_seed, _write])
def test_both_shapes_are_the_one_anchor(make) -> None:
    item = make(excerpt="Putin", occurrence=2)
    assert isinstance(item, ExcerptAnchor)
    with pytest.raises(ValidationError, match=r"give one of `occurrence`.* not several"):
        make(excerpt="Putin", occurrence=1, within="Putin said")
    with pytest.raises(ValidationError, match="`within` must contain `excerpt`"):
        make(excerpt="Putin", within="Trump")
    with pytest.raises(ValidationError, match="at least 1 character"):
        make(excerpt="")


def test_a_write_may_also_pin_by_char_start_but_only_by_one() -> None:
    assert _write(excerpt="Putin", char_start=3).char_start == 3
    with pytest.raises(ValidationError, match="`occurrence`, `char_start` or `within`"):
        _write(excerpt="Putin", char_start=3, occurrence=1)
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        _seed(excerpt="Putin", char_start=3)


def test_pinned_checks_the_text_at_the_offset() -> None:
    start = TEXT.index("Putin")
    assert pinned(TEXT, "Putin", start) == Span(start, start + 5)
    with pytest.raises(AnchorError) as wrong:
        pinned(TEXT, "Putin", start + 1)
    assert wrong.value.code == "not_found"
    with pytest.raises(AnchorError) as past:
        pinned(TEXT, "Putin", len(TEXT) - 2)
    assert past.value.code == "out_of_range"


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_anchor_of_is_what_locate_places_back(data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(TEXT) - 1))
    end = data.draw(st.integers(start + 1, min(len(TEXT), start + 120)))
    anchor = anchor_of(TEXT, Span(start, end))
    assert anchor.excerpt == TEXT[start:end]
    assert locate(TEXT, anchor) == Span(start, end)


def test_one_excerpts_places_every_occurrence_of_a_repeated_excerpt() -> None:
    """The starts kept from the first search number every later span of the excerpt."""
    excerpts = Excerpts(TEXT)
    starts = [i for i in range(len(TEXT)) if TEXT.startswith("Putin", i)]
    assert len(starts) > 2
    for n, start in enumerate(reversed(starts)):
        anchor = excerpts.anchor_of(Span(start, start + 5))
        assert anchor.occurrence == len(starts) - n
        assert locate(TEXT, anchor) == Span(start, start + 5)
    unique = TEXT[: TEXT.index("\n")]
    assert excerpts.anchor_of(Span(0, len(unique))).occurrence is None
