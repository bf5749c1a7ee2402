"""The hedge and attribution lexicon: the words by which a text says how sure it is and
who says so. The extractor proposes cues from it and the fidelity tests hold every curated
item to it, so both read the same list.

Each entry is a regular expression over one word (case-insensitive, whole words), with
what it signals: a `Modality` and perhaps a `Likelihood` step, or an `AttributionVerb`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.models.knowledge import AttributionVerb, Likelihood, Modality


@dataclass(frozen=True)
class CueWord:
    pattern: str
    modality: Modality | None = None
    likelihood: Likelihood | None = None
    verb: AttributionVerb | None = None


HEDGES = (
    CueWord(r"almost certain(?:ly)?", Modality.estimative, Likelihood.almost_certain),
    CueWord(r"very likely", Modality.estimative, Likelihood.very_likely),
    CueWord(r"very unlikely", Modality.estimative, Likelihood.very_unlikely),
    CueWord(r"unlikely", Modality.estimative, Likelihood.unlikely),
    CueWord(r"likely", Modality.estimative, Likelihood.likely),
    CueWord(r"probabl[ey]", Modality.estimative, Likelihood.likely),
    CueWord(r"presumabl[ey]", Modality.estimative, Likelihood.likely),
    CueWord(r"(?-i:may)", Modality.possible),
    CueWord(r"might", Modality.possible),
    CueWord(r"could", Modality.possible),
    CueWord(r"potential(?:ly)?", Modality.possible),
    CueWord(r"appear(?:s|ed|ing)?", Modality.evidential),
    CueWord(r"apparent(?:ly)?", Modality.evidential),
    CueWord(r"seem(?:s|ed|ingly)?", Modality.evidential),
    CueWord(r"suggest(?:s|ed|ing|ions?)?", Modality.evidential, verb=AttributionVerb.suggests),
    CueWord(r"(?:be|been|being|was|were|is|are)\s+seen\s+as", Modality.evidential),
    CueWord(r"(?:has|have|had)\s+been\s+shown\s+to", Modality.evidential),
    CueWord(r"reassur(?:e|es|ed|ing)", Modality.evidential),
    CueWord(r"reportedly", Modality.reported, verb=AttributionVerb.reports),
    CueWord(r"alleg(?:e|es|ed|edly|ing|ations?)", Modality.reported, verb=AttributionVerb.alleges),
    CueWord(r"claim(?:s|ed|ing)?", Modality.reported, verb=AttributionVerb.claims),
    CueWord(r"according to", Modality.reported, verb=AttributionVerb.reports),
)

ATTRIBUTIONS = (
    CueWord(r"sa(?:y|ys|id|ying)", verb=AttributionVerb.says),
    CueWord(r"announc(?:e|es|ed|ing|ement)", verb=AttributionVerb.announces),
    CueWord(r"declar(?:e|es|ed|ing)", verb=AttributionVerb.declares),
    CueWord(r"confirm(?:s|ed|ing)?", verb=AttributionVerb.confirms),
    CueWord(r"report(?:s|ed|ing)?", verb=AttributionVerb.reports),
    CueWord(r"warn(?:s|ed|ing)?", verb=AttributionVerb.warns),
    CueWord(r"threat(?:en|ens|ened|ening)", verb=AttributionVerb.threatens),
    CueWord(r"promis(?:e|es|ed|ing)", verb=AttributionVerb.promises),
    CueWord(r"den(?:y|ies|ied|ying)", verb=AttributionVerb.denies),
    CueWord(r"blam(?:e|es|ed|ing)", verb=AttributionVerb.blames),
    CueWord(r"signal(?:s|ed|led|ing|ling)?", verb=AttributionVerb.signals),
    CueWord(r"judged", verb=AttributionVerb.judges),
)

LEXICON = (*HEDGES, *ATTRIBUTIONS)

# Longer cues first, so "very unlikely" is one cue and not "unlikely" inside it.
_CUE = re.compile(
    r"\b(?:" + "|".join(f"(?P<c{i}>{entry.pattern})" for i, entry in enumerate(LEXICON)) + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundCue:
    """One cue word in a text: where it stands and what it signals."""

    text: str
    start: int
    end: int
    entry: CueWord


def cues(text: str, entries: tuple[CueWord, ...] = LEXICON) -> Iterator[FoundCue]:
    """Every cue word of `entries` in `text`, in order; linear in the text's length."""
    wanted = set(entries)
    for match in _CUE.finditer(text):
        assert match.lastgroup is not None
        entry = LEXICON[int(match.lastgroup[1:])]
        if entry in wanted:
            yield FoundCue(match.group(), match.start(), match.end(), entry)


def hedges(text: str) -> Iterator[FoundCue]:
    """The hedging, estimative and hearsay cues of `text`, the ones no statement may drop."""
    return cues(text, HEDGES)
