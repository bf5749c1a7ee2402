"""The seed says what the briefing says: no dropped hedge, no date the text does not bear
out, no quotation credited to someone who did not say it, no link to nothing. Each guard
passes on the seed and catches a copy broken on purpose, naming the item at fault.

The checks are in `tests/seed/fidelity.py`; they read the resolved seed (`read_seed`) and
the seed as loaded into each database backend.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from sqlalchemy import insert
from sqlmodel import SQLModel

from app.core.db import make_engine, table_of
from app.models import EntityKind, Relation, StanceEvidence
from app.models.items import ItemType
from app.models.knowledge import DateBasis, QuoteKind, RelationType, SpeakerBasis
from app.models.lexicon import hedges
from app.seed.annotations import EntityAnnotation
from app.seed.reader import ResolvedSeed, read_seed
from tests.conftest import BACKENDS, SEED_DIR, Databases
from tests.seed.fidelity import (
    dropped_hedges,
    misattributed_quotes,
    unfounded_dates,
    unresolved_links,
)

SEEDS = read_seed(SEED_DIR)
(SEED,) = SEEDS  # the guards' broken copies are made from the one briefing


def _all(check: Any) -> list[str]:
    return [problem for seed in SEEDS for problem in check(seed)]


def _broken(collection: str, item_id: str, **changes: Any) -> ResolvedSeed:
    """A copy of the seed with one item changed, past its validation, as a careless edit
    could leave it."""
    broken = copy.deepcopy(SEED)
    items = getattr(broken.annotation, collection)
    at = next(i for i, item in enumerate(items) if item.id == item_id)
    items[at] = items[at].model_copy(update=changes)
    return broken


# ---- hedges ------------------------------------------------------------------------------


def test_no_claim_implication_or_event_drops_a_hedge_of_its_excerpt() -> None:
    assert _all(dropped_hedges) == []


def test_a_statement_that_drops_its_hedge_is_reported_by_id() -> None:
    hedged = next(
        item
        for item in (*SEED.annotation.claims, *SEED.annotation.implications)
        if any(True for _ in hedges(item.excerpt))
    )
    cue = next(hedges(hedged.excerpt)).text
    dropped = re.sub(rf"(?<!\w){re.escape(cue)}(?!\w)\s*", "", hedged.statement, flags=re.I)
    kind = f"{hedged.item_type.value}s"
    broken = _broken(kind, hedged.id, statement=dropped, attribution=None, confidence=None)
    broken.placed.pop((hedged.item_type, hedged.id), None)
    assert f"{hedged.item_type.value} {hedged.id}: drops the hedge {cue!r}" in dropped_hedges(
        broken
    )


# ---- dates -------------------------------------------------------------------------------


def test_every_date_is_where_its_basis_says() -> None:
    assert _all(unfounded_dates) == []


def _dated_event(basis: DateBasis) -> Any:
    return next(e for e in SEED.annotation.events if e.when is not None and e.when.basis is basis)


def test_a_stated_date_the_excerpt_does_not_write_is_reported_by_id() -> None:
    event = _dated_event(DateBasis.stated)
    moved = event.when.model_copy(update={"date": "1999-02-03", "precision": None})
    problems = unfounded_dates(_broken("events", event.id, when=moved))
    assert f"event {event.id} when: stated 1999-02-03 is not written in its excerpt" in problems


def test_a_heading_date_under_no_such_heading_is_reported_by_id() -> None:
    event = _dated_event(DateBasis.stated)
    heading = event.when.model_copy(update={"date": "1999-02-03", "basis": DateBasis.heading})
    problems = unfounded_dates(_broken("events", event.id, when=heading))
    assert f"event {event.id} when: 1999-02-03 is in no heading over it" in problems


def test_an_outside_date_without_its_note_is_reported_by_id() -> None:
    event = _dated_event(DateBasis.stated)
    bare = event.when.model_copy(update={"basis": DateBasis.external, "note": None})
    problems = unfounded_dates(_broken("events", event.id, when=bare))
    assert f"event {event.id} when: a external date {event.when.date} has no note" in problems


# ---- quotes ------------------------------------------------------------------------------


def test_every_quote_is_credited_as_the_text_credits_it() -> None:
    assert _all(misattributed_quotes) == []


def test_a_scare_quote_credited_to_a_speaker_is_reported_by_id() -> None:
    speech = next(q for q in SEED.annotation.quotes if q.kind.is_speech)
    quote = next(q for q in SEED.annotation.quotes if q.id != speech.id)
    credited = _broken(
        "quotes",
        quote.id,
        kind=QuoteKind.scare_quote,
        speaker=speech.speaker,
        speaker_basis=SpeakerBasis.named,
    )
    assert (
        f"quote {quote.id}: a scare_quote is credited to {speech.speaker}"
        in misattributed_quotes(credited)
    )


def test_a_word_in_quotation_marks_taken_for_direct_speech_is_reported_by_id() -> None:
    term = next(q for q in SEED.annotation.quotes if not q.kind.is_speech)
    speaker = next(q.speaker for q in SEED.annotation.quotes if q.kind.is_speech)
    spoken = _broken(
        "quotes",
        term.id,
        kind=QuoteKind.direct,
        speaker=speaker,
        speaker_basis=SpeakerBasis.inferred,
    )
    assert f"quote {term.id}: {term.text!r} is no full quotation: a partial quote, a scare " in (
        " ".join(misattributed_quotes(spoken))
    )


def test_a_speaker_the_text_does_not_name_there_is_reported_unless_inferred() -> None:
    quote = next(
        q
        for q in SEED.annotation.quotes
        if q.kind.is_speech and q.speaker_basis is SpeakerBasis.named
    )
    stranger = EntityAnnotation(
        id="nobody-named", name="Nobody Named", kind=EntityKind.person, description="Unnamed."
    )
    named = _broken("quotes", quote.id, speaker=stranger.id)
    named.annotation.entities.append(stranger)
    reported = f"quote {quote.id}: its speaker {stranger.id} is not named"
    assert any(p.startswith(reported) for p in misattributed_quotes(named))
    inferred = _broken("quotes", quote.id, speaker=stranger.id, speaker_basis=SpeakerBasis.inferred)
    inferred.annotation.entities.append(stranger)
    assert not any(p.startswith(f"quote {quote.id}:") for p in misattributed_quotes(inferred))


# ---- links, on every backend -------------------------------------------------------------


@pytest.fixture(params=BACKENDS)
def seeded(request: pytest.FixtureRequest, databases: Databases) -> str:
    return databases.seeded(request.param)


def test_relations_and_stances_lead_to_stored_items(seeded: str) -> None:
    engine = make_engine(seeded)
    try:
        with engine.connect() as connection:
            assert unresolved_links(connection) == []
    finally:
        engine.dispose()


def _add(connection: Any, table: type[SQLModel], **row: Any) -> None:
    connection.execute(insert(table_of(table)).values(**row))


def test_a_link_to_nothing_is_reported_by_id(seeded: str) -> None:
    claim = SEED.annotation.claims[0]
    stance = SEED.annotation.stances[0]
    engine = make_engine(seeded)
    try:
        with engine.begin() as connection:
            _add(
                connection,
                Relation,
                item_type=ItemType.claim.value,
                item_id=claim.id,
                position=99,
                relation=RelationType.causes.value,
                to_type=ItemType.event.value,
                to_id="no-such-event",
            )
            _add(
                connection,
                StanceEvidence,
                stance_id=stance.id,
                position=99,
                evidence_type=ItemType.quote.value,
                evidence_id="no-such-quote",
            )
            problems = unresolved_links(connection)
    finally:
        engine.dispose()
    assert problems == [
        f"claim {claim.id} relation 99: causes event no-such-event is not stored",
        f"stance {stance.id} evidence 99: quote no-such-quote is not stored",
    ]
