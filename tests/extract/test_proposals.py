"""What the extractor proposes besides the items: who asserts a statement and how sure it
is (from the hedge and attribution lexicon, each cue pinned where the text says it), where
each date comes from, and whether a quotation's speaker was named or only inferred."""

from __future__ import annotations

import datetime as dt

import yaml

from app.extract import KnownEntity, extract
from app.extract.annotation import draft_annotation
from app.extract.drafts import Statement
from app.models import EntityKind
from app.models.assertion import stored_columns
from app.models.knowledge import AssertedBy, AttributionVerb, DateBasis, Likelihood, Modality
from app.models.knowledge import SpeakerBasis as Basis
from app.provenance import Span
from app.seed.annotations import ClaimAnnotation

PUBLISHED = dt.date(2026, 3, 12)
KNOWN = [
    KnownEntity("pete-hegseth", "Pete Hegseth", EntityKind.person, ("Hegseth",)),
    KnownEntity("ana-lopez", "Ana Lopez", EntityKind.person, ("Lopez",)),
    KnownEntity("reuters", "Reuters", EntityKind.media_outlet),
    KnownEntity("kremlin", "The Kremlin", EntityKind.government, ("the Kremlin",)),
]
TEXT = """Pacific Shipping Talks Stall
OVERVIEW:
Delegates met in Singapore on Tuesday, March 10, and the talks broke up two days later.
“We will not accept a deal that leaves our fishermen behind,” said Foreign Minister Ana Lopez.
The navy held its course. He added: "The patrols continue every single week, whatever they say."
March 11 - Hegseth Speaks
"We stay where we are, and that is the end of the matter," Hegseth told reporters.
What it means
- Shipping insurers will likely raise premiums within weeks, Hegseth has repeatedly warned.
- A second round is very unlikely before the summer, according to Reuters.
- The fleet reportedly may sail again in April.
- The announcement of new patrols suggests nothing; Lopez’s warning stands.
- Talks will resume, according to the Kremlin.
- Freight rates will rise.
"""
X = extract(TEXT, PUBLISHED, KNOWN, document_id="pacific")
CLAIMS = {c.statement.split(",")[0].split(";")[0]: c for c in X.claims}


def _cue_at(statement: Statement, part: str) -> str:
    value = getattr(statement, part)
    assert value.cue_start is not None
    return TEXT[value.cue_start : value.cue_start + len(value.cue)]


def test_a_named_subject_before_the_verb_is_the_speaker() -> None:
    claim = CLAIMS["Shipping insurers will likely raise premiums within weeks"]
    assert claim.attributed_to == "pete-hegseth"
    assert claim.attribution is not None
    assert (claim.attribution.by, claim.attribution.verb, claim.attribution.basis) == (
        AssertedBy.speaker,
        AttributionVerb.warns,
        Basis.named,
    )
    assert _cue_at(claim, "attribution") == claim.attribution.cue == "warned"
    assert claim.confidence is not None
    assert (claim.confidence.modality, claim.confidence.likelihood) == (
        Modality.estimative,
        Likelihood.likely,
    )
    assert _cue_at(claim, "confidence") == "likely"


def test_according_to_an_outlet_is_a_source_and_the_longest_hedge_wins() -> None:
    claim = CLAIMS["A second round is very unlikely before the summer"]
    assert claim.attributed_to == "reuters"
    assert claim.attribution is not None and claim.attribution.by is AssertedBy.source
    assert claim.attribution.verb is AttributionVerb.reports
    assert claim.confidence is not None
    assert claim.confidence.likelihood is Likelihood.very_unlikely
    assert _cue_at(claim, "confidence") == "very unlikely"


def test_according_to_a_government_is_its_speaker() -> None:
    claim = CLAIMS["Talks will resume"]
    assert claim.attributed_to == "kremlin"
    assert claim.attribution is not None and claim.attribution.by is AssertedBy.speaker


def test_hearsay_with_nobody_named_is_an_unnamed_source() -> None:
    claim = CLAIMS["The fleet reportedly may sail again in April."]
    assert claim.attributed_to is None
    assert claim.attribution is not None
    assert (claim.attribution.by, claim.attribution.verb) == (
        AssertedBy.unnamed_source,
        AttributionVerb.reports,
    )
    assert claim.confidence is not None and claim.confidence.modality is Modality.reported


def test_a_cue_used_as_a_noun_attributes_nothing() -> None:
    """ "The announcement", "Lopez’s warning": the statement names a statement; the verb it
    does carry ("suggests") is the author's."""
    claim = CLAIMS["The announcement of new patrols suggests nothing"]
    assert claim.attributed_to is None
    assert claim.attribution is not None
    assert (claim.attribution.by, claim.attribution.verb) == (
        AssertedBy.author,
        AttributionVerb.suggests,
    )


def test_a_statement_without_cues_proposes_nothing() -> None:
    claim = CLAIMS["Freight rates will rise."]
    assert (claim.attributed_to, claim.attribution, claim.confidence) == (None, None, None)


def test_an_implication_carries_the_proposal_of_the_claim_it_rests_on() -> None:
    by_claim = {c.id: c for c in X.claims}
    for implication in X.implications:
        claim = by_claim[implication.derived_from[0]]
        proposed = (implication.attributed_to, implication.attribution, implication.confidence)
        assert proposed == (claim.attributed_to, claim.attribution, claim.confidence)


def test_each_date_says_where_it_comes_from() -> None:
    events = {e.date_text: e.when for e in X.events}
    stated = events["on Tuesday, March 10"]
    assert stated.date_basis is DateBasis.stated and stated.date_start == dt.date(2026, 3, 10)
    assert stated.date_note is not None and "year is not written" in stated.date_note
    heading = {q.text[:9]: q.when for q in X.quotes}
    assert heading["We stay w"].date_basis is DateBasis.heading
    assert heading["We stay w"].date_start == dt.date(2026, 3, 11)
    inferred = heading["We will n"]
    assert inferred.date_basis is DateBasis.inferred and inferred.date_note
    assert "on Tuesday, March 10" in inferred.date_note


def test_a_date_counted_from_publication_is_computed_and_says_so() -> None:
    yesterday = extract("Talks\nThe talks broke up yesterday.\n", PUBLISHED, document_id="t")
    (event,) = yesterday.events
    assert event.when.date_basis is DateBasis.computed
    assert event.when.date_start == dt.date(2026, 3, 11)
    assert event.when.date_note == "'yesterday', counted from the publication date 2026-03-12"


def test_with_no_date_before_it_a_quote_gets_the_publication_date_inferred() -> None:
    undated = extract(
        'Talks\n"We will not move, not now and not ever," said Ana Lopez.\n',
        PUBLISHED,
        KNOWN,
        document_id="u",
    )
    (quote,) = undated.quotes
    assert (quote.when.date_start, quote.when.date_basis) == (PUBLISHED, DateBasis.inferred)
    assert quote.when.date_note is not None and "publication date" in quote.when.date_note


def test_a_speaker_found_only_by_the_pronoun_fallback_is_inferred() -> None:
    bases = {q.text[:9]: q.speaker_basis for q in X.quotes}
    assert bases["We will n"] is Basis.named
    assert bases["The patro"] is Basis.inferred


def test_the_annotation_file_places_each_cue_where_the_extractor_pinned_it() -> None:
    """The draft annotation's claims validate as the seed's, and its cues (text and
    occurrence, no offsets) anchor back to the offsets the extractor found."""
    written = yaml.safe_load(draft_annotation(X, source="p.txt", title="P", subtitle=None))
    by_id = {c.id: c for c in X.claims}
    for raw in written["claims"]:
        claim = ClaimAnnotation.model_validate(raw)
        draft = by_id[claim.id]
        excerpt = Span(draft.anchor.start, draft.anchor.end)
        columns, misplaced = stored_columns(claim, TEXT, excerpt)
        assert not misplaced
        for part in ("attribution", "confidence"):
            pinned = getattr(draft, part)
            start = pinned.cue_start if pinned is not None else None
            assert columns[f"{part}_cue_start"] == start, (claim.id, part)
