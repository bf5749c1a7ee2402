"""The rule-based extractor on the seed text, measured against the curated annotation, and
on any text at all."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract import KnownEntity, extract
from app.extract.drafts import DraftQuote, When
from app.extract.quotations import Quotation, quotations
from app.extract.text import Span, lines
from app.models import EntityKind, ItemType
from app.provenance import Span as SeedSpan
from app.seed.annotations import Dating, QuoteAnnotation
from tests.extract.seed_comparison import Score, curated, run

SEED = curated()
EXTRACTION = run(SEED)
# Curated quotes that are speech; the others (scare quotes, terms) are no full quotations.
SPEECH = [q for q in SEED.annotation.quotes if q.kind.is_speech]
FULL_QUOTATIONS_IN_SEED = 7


def _span(item_type: ItemType, item_id: str) -> SeedSpan:
    return SEED.spans[(item_type, item_id)]


def _overlaps(a: SeedSpan, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def test_sections_are_the_curated_ones() -> None:
    found = [(s.heading, s.level, s.char_start, s.char_end, s.parent) for s in EXTRACTION.sections]
    expected = [(s.heading, s.level, s.char_start, s.char_end, s.parent) for s in SEED.sections]
    assert found == expected


def _covering(quote: QuoteAnnotation) -> list[DraftQuote[str]]:
    span = _span(ItemType.quote, quote.id)
    return [
        q
        for q in EXTRACTION.quotes
        if _overlaps(span, q.anchor.start, q.anchor.end) and (quote.text or "") in q.text
    ]


def test_every_quotation_of_the_seed_is_found_and_no_scare_quote_or_term() -> None:
    assert len(EXTRACTION.quotes) == len(SPEECH) == FULL_QUOTATIONS_IN_SEED
    for quote in SEED.annotation.quotes:
        assert len(_covering(quote)) == (1 if quote.kind.is_speech else 0), quote.id


def test_a_speaker_is_named_or_inferred_as_the_curator_says() -> None:
    for quote in SPEECH:
        (found,) = _covering(quote)
        assert found.speaker_basis is quote.speaker_basis, quote.id


def speaker_score() -> Score:
    right = 0
    for quote in SEED.annotation.quotes:
        span = _span(ItemType.quote, quote.id)
        right += sum(
            q.speaker == quote.speaker
            for q in EXTRACTION.quotes
            if _overlaps(span, q.anchor.start, q.anchor.end)
        )
    return Score(right, len(EXTRACTION.quotes), FULL_QUOTATIONS_IN_SEED)


def _dates_overlap(curated: Dating, found: When) -> bool:
    """Whether the ranges meet; an open bound of the curated date meets anything."""
    bounds = curated.range()
    start, end = bounds["date_start"], bounds["date_end"]
    return (start is None or start <= found.date_end) and (end is None or found.date_start <= end)


def event_score() -> Score:
    """An extracted event is right when its passage overlaps a dated curated event's and
    their date ranges overlap; a curated event is found when an extracted passage overlaps
    it. (An undated curated event is no date the extractor could find.)"""
    curated_events = [
        (e, _span(ItemType.event, e.id)) for e in SEED.annotation.events if e.when is not None
    ]
    right = sum(
        any(
            _overlaps(span, e.anchor.start, e.anchor.end) and _dates_overlap(c.when, e.when)
            for c, span in curated_events
            if c.when is not None
        )
        for e in EXTRACTION.events
    )
    return Score(right, len(EXTRACTION.events), len(curated_events))


def test_every_curated_event_an_extracted_passage_overlaps_agrees_on_its_date() -> None:
    for curated_event in SEED.annotation.events:
        span = _span(ItemType.event, curated_event.id)
        for e in EXTRACTION.events:
            if curated_event.when is not None and _overlaps(span, e.anchor.start, e.anchor.end):
                assert _dates_overlap(curated_event.when, e.when), (curated_event.id, e.id)


def test_speakers_against_the_curated_quotes() -> None:
    score = speaker_score()
    print(f"speakers: {score}")
    # The one miss: the Patriots quotation follows a paragraph that names no speaker;
    # the last person named before it is Rutte, the curated speaker is Trump.
    assert (score.true_positives, score.proposed, score.curated) == (6, 7, 7)


def test_events_against_the_curated_events() -> None:
    score = event_score()
    print(f"events: {score}")
    assert (score.true_positives, score.proposed, score.curated) == (13, 15, 25)


def basis_score() -> Score:
    """An extracted event's date basis is right when a dated curated event it overlaps has
    the same basis; those are compared, of all extracted events."""
    compared = right = 0
    for e in EXTRACTION.events:
        bases = {
            c.when.basis
            for c in SEED.annotation.events
            if c.when is not None
            and _overlaps(_span(ItemType.event, c.id), e.anchor.start, e.anchor.end)
        }
        compared += bool(bases)
        right += e.when.date_basis in bases
    return Score(right, len(EXTRACTION.events), compared)


def test_date_bases_against_the_curated_events() -> None:
    """The curator reads "in January" as the inauguration's month known from outside, the
    July 4 call's date as inferred, "in recent weeks" as an open range up to publication:
    the extractor proposes what is written, and a curator decides."""
    score = basis_score()
    print(f"date bases: {score}")
    assert (score.true_positives, score.proposed, score.curated) == (9, 15, 13)


def test_implications_come_from_the_implications_part_only() -> None:
    part = next(s for s in SEED.sections if s.heading == "IMPLICATIONS:")
    assert EXTRACTION.implications
    for implication in EXTRACTION.implications:
        assert part.char_start <= implication.anchor.start < part.char_end
        assert implication.derived_from == (
            next(c.id for c in EXTRACTION.claims if c.anchor == implication.anchor),
        )
    curated_spans = [_span(ItemType.implication, i.id) for i in SEED.annotation.implications]
    found = sum(
        any(_overlaps(s, i.anchor.start, i.anchor.end) for i in EXTRACTION.implications)
        for s in curated_spans
    )
    assert found == len(curated_spans)  # every curated implication lies in a proposed one


def test_every_draft_is_anchored_verbatim_with_its_section() -> None:
    text = SEED.text
    for draft in (*EXTRACTION.quotes, *EXTRACTION.events, *EXTRACTION.implications):
        anchor = draft.anchor
        assert text[anchor.start : anchor.end] == anchor.excerpt
        section = max(
            (s for s in SEED.sections if s.char_start <= anchor.start < s.char_end),
            key=lambda s: s.level,
        )
        assert anchor.section == section.heading


def test_without_known_entities_speakers_become_draft_entities() -> None:
    bare = run(SEED, with_entities=False)
    assert len(bare.quotes) == FULL_QUOTATIONS_IN_SEED
    ids = {e.id for e in bare.entities}
    assert {q.speaker for q in bare.quotes} <= ids
    assert all(e.description.endswith("to review.") for e in bare.entities)


TEXT = """Pacific Shipping Talks Stall
OVERVIEW:
Delegates met in Singapore on Tuesday, March 10, and again in early March 2026.
“We will not accept a deal that leaves our fishermen behind,” said Foreign Minister Ana Lopez.
Defense Secretary Pete Hegseth told reporters: "The navy stays where it is. Nothing changes."
According to Hegseth, "the patrols continue every single week, whatever they say."
The "frank" talks ended last week.
What it means
- Shipping insurers will raise premiums within weeks.
- A second round is unlikely before the summer.
"""


def test_a_new_briefing_names_its_speakers_and_dates() -> None:
    x = extract(TEXT, dt.date(2026, 3, 12), (), document_id="pacific")
    assert [s.heading for s in x.sections] == [
        "Pacific Shipping Talks Stall",
        "OVERVIEW:",
        "What it means",
    ]
    speakers = [q.speaker for q in x.quotes]
    assert speakers == ["ana-lopez", "pete-hegseth", "pete-hegseth"]
    assert {e.id: e.aliases for e in x.entities}["pete-hegseth"] == ("Hegseth",)
    whens = {e.anchor.excerpt[:12]: (e.when.date_start, e.when.date_end) for e in x.events}
    assert whens["Delegates me"] == (dt.date(2026, 3, 10), dt.date(2026, 3, 10))
    assert whens['The "frank" '] == (dt.date(2026, 3, 2), dt.date(2026, 3, 8))
    assert [i.statement for i in x.implications] == [
        "Shipping insurers will raise premiums within weeks.",
        "A second round is unlikely before the summer.",
    ]


def test_quotation_marks_nest_and_mix() -> None:
    text = 'He said “I told them ‘no’ and “never” again, today.” Then "done, for now.”'
    found = quotations(text, Span(0, len(text)))
    assert [q.inner.of(text) for q in found] == [
        "I told them ‘no’ and “never” again, today.",
        "done, for now.",
    ]
    assert [q.is_full(text) for q in found] == [True, True]
    scare = Quotation(Span(0, 12), Span(1, 11))
    assert not scare.is_full("“two words”")


SAMPLE = 'ab C\n"“”‘’:.,!?-–0123456789JulyMonday said'
KNOWN = [KnownEntity("ana-lopez", "Ana Lopez", EntityKind.person, ("Lopez",))]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list(SAMPLE)) | st.characters(),
        max_size=400,
    ),
    published=st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)),
)
def test_any_text_extracts_without_error_and_anchors_exactly(text: str, published: dt.date) -> None:
    x = extract(text, published, KNOWN, document_id="any")
    for draft in (*x.quotes, *x.events, *x.claims, *x.implications):
        assert text[draft.anchor.start : draft.anchor.end] == draft.anchor.excerpt
        assert draft.anchor.excerpt
        assert draft.anchor.section in {"", *(s.heading for s in x.sections)}
    for section in x.sections:
        assert 0 <= section.char_start < section.char_end <= len(text)
    for line in lines(text):
        for quotation in quotations(text, line):
            assert text[quotation.span.start] in '“«„"' and text[quotation.span.end - 1] in '”»"'
