"""The linear rewrites of the extractor's rules say what the slow originals said."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract.headings import Heading, resolve
from app.extract.ids import Ids
from app.extract.parse import SectionIndex
from app.extract.text import _SENTENCE_END, Span, sentences
from app.provenance import innermost_section, resolve_sections
from app.seed.annotations import SectionAnnotation

# The original rule, which backtracks from every position of a run of punctuation.
BACKTRACKING_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[A-Z0-9])")


def backtracking_ends(piece: str) -> list[tuple[int, int]]:
    return [m.span() for m in BACKTRACKING_END.finditer(piece)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("..!?… \t\"”’')]“‘([Aa0.")), max_size=60))
def test_sentence_ends_are_the_backtracking_rules(piece: str) -> None:
    assert [m.span() for m in _SENTENCE_END.finditer(piece)] == backtracking_ends(piece)


def test_an_initial_or_abbreviation_does_not_end_a_sentence() -> None:
    text = "Mr. J. Smith met Dr. Lee. Then they left! A. B"
    assert [s.of(text) for s in sentences(text, Span(0, len(text)))] == [
        "Mr. J. Smith met Dr. Lee.",
        "Then they left!",
        "A. B",
    ]


levels = st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=12)


@given(levels, st.integers(min_value=0, max_value=3))
def test_sections_are_those_the_seed_anchoring_resolves(found: list[int], tail: int) -> None:
    headings, chunks, at = [], [], 0
    for i, level in enumerate(found):
        headings.append(Heading(Span(at, at + len(f"H{i}")), f"H{i}", level))
        chunks.append(f"H{i}\nbody {i}\n")
        at += len(chunks[-1])
    text = "".join(chunks) + "x" * tail
    annotations = [SectionAnnotation(heading=h.heading, level=h.level) for h in headings]
    sections = resolve(text, headings)
    assert sections == resolve_sections(text, annotations)
    index = SectionIndex(sections)
    for offset in range(len(text)):
        enclosing = [s for s in sections if s.char_start <= offset < s.char_end]
        innermost = innermost_section(enclosing, offset).heading if enclosing else ""
        assert index.heading_at(offset) == innermost
        assert sorted(s.heading for s in index.enclosing(offset)) == sorted(
            s.heading for s in enclosing
        )


def test_ids_take_the_first_free_suffix_in_constant_time_per_id() -> None:
    ids = Ids("doc", taken=["doc-quote-a", "doc-quote-a-3"])
    assert [ids.next("quote", "a") for _ in range(3)] == [
        "doc-quote-a-2",
        "doc-quote-a-4",
        "doc-quote-a-5",
    ]
    assert ids.fresh("doc-quote-a-4") == "doc-quote-a-4-2"
    many = Ids("doc", taken=[])
    assert len({many.next("event", "same words") for _ in range(20_000)}) == 20_000
