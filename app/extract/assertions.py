"""Who puts a statement forward and how sure the text is of it, proposed from the hedge and
attribution lexicon (`app.models.lexicon`), the same list the fidelity tests hold curated
items to. Each proposal pins its cue where the text has it, for a curator to check.

- **attribution**: the first cue that carries a verb ("said", "warned", "suggests",
  "allegedly", "according to"). It is a `speaker`'s when a named entity is the subject
  right before the verb ("Rutte confirmed", "Trump has repeatedly said") or follows
  "according to", a `source`'s if that entity is an outlet or a document; a hearsay cue
  with nobody named ("reportedly", "allegedly") is an `unnamed_source`'s; any other verb
  is the author's.
- **confidence**: the first estimative hedge ("likely", "probably"), else the first hedge
  of any modality ("may", "appears", "reportedly").

One pass of the lexicon's expression over the statement; the mentions are the ones the
parse already found in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.extract.mentions import Mention
from app.extract.text import Span
from app.models.assertion import AttributionInput, ConfidenceInput
from app.models.common import EntityKind
from app.models.knowledge import AssertedBy, Modality, SpeakerBasis
from app.models.lexicon import FoundCue, cues

# At most this many words between a subject and its verb: "Trump has repeatedly said".
SUBJECT_GAP_WORDS = 3
# Between a subject and its verb: words only, no clause break or quotation mark.
_SUBJECT_GAP = re.compile(rf"(?![’']s\b)[^\S\n]*(?:[\w’'-]+[^\S\n]+){{0,{SUBJECT_GAP_WORDS}}}")
_ACCORDING_GAP = re.compile(r"[^\S\n]+(?:the[^\S\n]+)?")
# A cue used as a noun ("the announcement", "Wang Yi's warning", "allegations") names a
# statement rather than making one: it is no attribution.
_NOUN_FORM = re.compile(r"(?:ment|ions?)$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|his|her|its|their|our|such)|['’]s)[^\S\n]+$",
    re.IGNORECASE,
)
# An -ing form is a verb after "be" ("is warning") or opening a clause (", alleging"); else
# a noun ("Wang Yi's July 2 warning").
_ING_AS_VERB = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)|,)[^\S\n]+$", re.IGNORECASE)
# Who reports rather than speaks: "according to Axios", "according to the report".
SOURCE_KINDS = frozenset({EntityKind.media_outlet, EntityKind.document})
DETERMINER_REACH = 12  # characters before a cue to look for its determiner or "be"


@dataclass(frozen=True)
class Proposal:
    """The attribution and confidence proposed for one statement, and the mention that
    asserts it (for a speaker or a source)."""

    attribution: AttributionInput | None = None
    confidence: ConfidenceInput | None = None
    asserter: Mention | None = None


def _subject(text: str, at: int, named: Sequence[Mention]) -> Mention | None:
    """The named entity right before the verb at `at`, if it is the verb's subject."""
    before = [m for m in named if m.end <= at and m.entity_id is not None]
    if not before:
        return None
    last = before[-1]
    return last if _SUBJECT_GAP.fullmatch(text, last.end, at) else None


def _according_to(text: str, end: int, named: Sequence[Mention]) -> Mention | None:
    """The named entity right after "according to" (ending at `end`)."""
    after = next((m for m in named if m.start >= end), None)
    if after is None or after.entity_id is None:
        return None
    return after if _ACCORDING_GAP.fullmatch(text, end, after.start) else None


def _is_verb(text: str, at: int, cue: FoundCue) -> bool:
    """Whether the cue at `at` is used as a verb or an adverb, not as a noun."""
    if cue.entry.verb is None or _NOUN_FORM.search(cue.text):
        return False
    reach = max(0, at - DETERMINER_REACH)
    if cue.text.lower().endswith("ing"):
        return bool(_ING_AS_VERB.search(text, reach, at))
    return not _DETERMINER_BEFORE.search(text, reach, at)


def _attribution(
    text: str, offset: int, found: list[FoundCue], named: Sequence[Mention]
) -> tuple[AttributionInput | None, Mention | None]:
    verb = next((c for c in found if _is_verb(text, offset + c.start, c)), None)
    if verb is None or verb.entry.verb is None:
        return None, None
    at = offset + verb.start

    def pinned(by: AssertedBy, basis: SpeakerBasis | None = None) -> AttributionInput:
        return AttributionInput(
            by=by, verb=verb.entry.verb, basis=basis, cue=verb.text, cue_start=at
        )

    according = verb.text.lower() == "according to"
    if according:
        source = _according_to(text, at + len(verb.text), named)
    else:
        source = _subject(text, at, named)
    if source is not None:
        by = AssertedBy.source if source.kind in SOURCE_KINDS else AssertedBy.speaker
        return pinned(by, SpeakerBasis.named), source
    hearsay = verb.entry.modality is Modality.reported
    by = AssertedBy.unnamed_source if hearsay else AssertedBy.author
    return pinned(by), None


def _confidence(offset: int, found: list[FoundCue]) -> ConfidenceInput | None:
    hedges = [c for c in found if c.entry.modality is not None]
    hedge = next((c for c in hedges if c.entry.likelihood is not None), None)
    hedge = hedge or next(iter(hedges), None)
    if hedge is None or hedge.entry.modality is None:
        return None
    return ConfidenceInput(
        modality=hedge.entry.modality,
        likelihood=hedge.entry.likelihood,
        cue=hedge.text,
        cue_start=offset + hedge.start,
    )


def propose(text: str, unit: Span, named: Sequence[Mention]) -> Proposal:
    """The attribution and confidence the lexicon finds in `text[unit]`, whose entity
    mentions are `named` (document offsets, in order)."""
    found = list(cues(unit.of(text)))
    attribution, asserter = _attribution(text, unit.start, found, named)
    return Proposal(attribution, _confidence(unit.start, found), asserter)
