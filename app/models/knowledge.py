"""What the briefing says about its own statements: who asserts them and how, how sure the
author is, where each date comes from, what kind of quotation a quote is, what is
forecast and how it turned out, how items relate and how an entity's stance moves.

These closed sets are shared by the seed format, the tables, curated writes, the API, the
extractor's drafts and the fidelity tests; each is declared here once.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, Field, model_validator

from app.models.common import DatePrecision


class AttributionVerb(StrEnum):
    """How a statement is put forward: the reporting verb, as a closed set. `asserts` is the
    author's plain statement, with no cue in the text."""

    asserts = "asserts"
    says = "says"
    announces = "announces"
    declares = "declares"
    confirms = "confirms"
    suggests = "suggests"
    alleges = "alleges"
    reports = "reports"
    warns = "warns"
    threatens = "threatens"
    promises = "promises"
    denies = "denies"
    claims = "claims"
    blames = "blames"
    judges = "judges"
    signals = "signals"


class AssertedBy(StrEnum):
    """Who puts a statement forward: the document's `author`, a `speaker` (a person or a body
    that says it), a reporting `source` (an outlet, a report), or an `unnamed_source` the
    text leaves anonymous ("allegedly", "reportedly")."""

    author = "author"
    speaker = "speaker"
    source = "source"
    unnamed_source = "unnamed_source"


class SpeakerBasis(StrEnum):
    """How the speaker or source is known: `named` in the sentence (or the one before), or
    `inferred` from the context by the curator."""

    named = "named"
    inferred = "inferred"


class Modality(StrEnum):
    """How the text commits to a statement. `asserted`: no hedge. `estimative`: a likelihood
    word ("likely", "probably"), with a level. `possible`: "may", "might", "could".
    `evidential`: an appearance or an inference ("appears", "seems", "suggests").
    `reported`: second-hand ("reportedly", "allegedly")."""

    asserted = "asserted"
    estimative = "estimative"
    possible = "possible"
    evidential = "evidential"
    reported = "reported"


class Likelihood(StrEnum):
    """The seven steps of US Intelligence Community Directive 203, lowest first."""

    almost_no_chance = "almost_no_chance"  # 1-5 %
    very_unlikely = "very_unlikely"  # 5-20 %
    unlikely = "unlikely"  # 20-45 %
    roughly_even_chance = "roughly_even_chance"  # 45-55 %
    likely = "likely"  # 55-80 %
    very_likely = "very_likely"  # 80-95 %
    almost_certain = "almost_certain"  # 95-99 %

    @property
    def rank(self) -> int:
        """1 (almost no chance) to 7 (almost certain), for `min_likelihood`."""
        return list(Likelihood).index(self) + 1

    @property
    def percent(self) -> tuple[int, int]:
        """The probability range ICD 203 gives the step, in percent."""
        return _PERCENT[self]


_PERCENT = {
    Likelihood.almost_no_chance: (1, 5),
    Likelihood.very_unlikely: (5, 20),
    Likelihood.unlikely: (20, 45),
    Likelihood.roughly_even_chance: (45, 55),
    Likelihood.likely: (55, 80),
    Likelihood.very_likely: (80, 95),
    Likelihood.almost_certain: (95, 99),
}


class DateBasis(StrEnum):
    """Where a date comes from. `stated` in the item's own sentence; `heading`: a dated
    section heading; `computed` from a stated date (the computation is its note);
    `inferred` from context in the text; `external`: outside knowledge (its note says
    which)."""

    stated = "stated"
    heading = "heading"
    computed = "computed"
    inferred = "inferred"
    external = "external"


class QuoteKind(StrEnum):
    """What a quotation is. Only `direct`, `partial` and `translated` are speech and have a
    speaker; a `scare_quote` is the author's distance from a word, a `term` a slogan or a
    coined name, and neither is credited to anyone."""

    direct = "direct"
    partial = "partial"
    translated = "translated"
    scare_quote = "scare_quote"
    term = "term"

    @property
    def is_speech(self) -> bool:
        return self in SPEECH


SPEECH = frozenset({QuoteKind.direct, QuoteKind.partial, QuoteKind.translated})


def check_speaker(kind: QuoteKind, speaker: object, speaker_basis: object = None) -> None:
    """The one rule on a quote's speaker, for the seed and for curated writes alike: speech
    has a speaker; a scare quote or a term is credited to no one, and so has no basis."""
    if kind.is_speech and speaker is None:
        raise ValueError(f"a {kind.value} quote needs a `speaker`")
    if not kind.is_speech and speaker is not None:
        raise ValueError(f"a {kind.value} is credited to no one: give no `speaker`")
    if speaker is None and speaker_basis is not None:
        raise ValueError("`speaker_basis` says how a speaker is known: give none without one")


class DrawnBy(StrEnum):
    """Who draws a forecast: the document's `author`, or a `curator` reading it."""

    author = "author"
    curator = "curator"


class ForecastStatus(StrEnum):
    """How a forecast turned out; `open` until a curator resolves it."""

    open = "open"
    came_true = "came_true"
    did_not = "did_not"
    partly = "partly"
    superseded = "superseded"


class RelationType(StrEnum):
    """A typed link from one item to another. `summarizes` links a heading's claim to the
    passage under it; `causes` an item to its effect."""

    supports = "supports"
    contradicts = "contradicts"
    qualifies = "qualifies"
    summarizes = "summarizes"
    causes = "causes"


STANCE_POLARITY_MIN, STANCE_POLARITY_MAX = -2, 2


class Cue(BaseModel):
    """A cue word anchored in the source: `text[char_start:char_end] == text` of the
    document, so the verb or the hedge has provenance of its own."""

    text: str = Field(description="The cue, verbatim.")
    char_start: int = Field(ge=0, description="Offset in Unicode code points, inclusive.")
    char_end: int = Field(ge=0, description="Offset in Unicode code points, exclusive.")


class BasedDate(BaseModel):
    """A date with its basis, as served: a horizon, the period a quote speaks about, a role's
    term. A bound the text does not give is null; no bound is invented."""

    date_start: dt.date | None = Field(description="First day (inclusive); null if open.")
    date_end: dt.date | None = Field(description="Last day (inclusive); null if open.")
    date_precision: DatePrecision = Field(description="How precisely the source dates it.")
    date_basis: DateBasis = Field(description="Where the date comes from.")
    date_note: str | None = Field(
        default=None, description="The computation, or the outside knowledge it rests on."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        """As the seed's dating: at least one bound (a date with none is no date), the end
        not before the start, and a computed or external date says how or whence."""
        start, end = self.date_start, self.date_end
        if start is None and end is None:
            raise ValueError("a date needs date_start, date_end or both (null = open)")
        if start is not None and end is not None and end < start:
            raise ValueError(f"date_end {end} is before date_start {start}")
        if self.date_basis in (DateBasis.computed, DateBasis.external) and not self.date_note:
            raise ValueError(f"a {self.date_basis.value} date needs a `date_note`")
        return self
