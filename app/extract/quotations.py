"""Quotations and who spoke them.

A **full quotation** is a passage between a pair of double quotation marks (curly “…”,
straight "…", guillemets «…», or a mix such as "…”) on one line, of at least three words,
that either ends with sentence punctuation inside the closing mark (`.`, `!`, `?`, `…` or
the `,` of `“…,” she said`) or runs to at least eight words. So quotations spanning several
sentences are one quotation, quotation marks nested inside one (‘…’, or a second pair of
double marks) stay inside it, and scare quotes and named terms (“bullshit”, “America
First”, “second strategic dialogue”) are not quotations. A mark left open at the end of its
line is dropped: the multi-paragraph convention (no closing mark until the last paragraph)
is not recognized.

The speaker is found by these rules, in order; the first that names someone wins:

1. after the quotation, in its sentence: `…,” said X` or `…,” X said` (any speech verb);
2. before it, in its sentence: `X: “…”`, `according to X, “…”`, or `X said/told/wrote …
   “…”` (X the mention nearest before the speech verb);
3. the subject of the sentence that introduces it: the first person, organization or group
   named in the lead-in, else in the sentence before (a quotation standing as its own
   paragraph is introduced by the previous paragraph);
4. a pronoun there (`he said`), or nobody named: the last person named before the quotation.

X is a known entity when its name or an alias matches, otherwise a proposed new entity.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.extract.mentions import Matcher, Mention
from app.extract.text import Span, words
from app.models.knowledge import SpeakerBasis

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
MIN_WORDS = 3
UNPUNCTUATED_MIN_WORDS = 8
_FINAL = re.compile(r"[.!?…,]\s*$")

SPEECH_VERBS = (
    r"(?:said|says|say|told|tells|tell|wrote|writes|added|adds|stated|states|declared|declares|"
    r"announced|announces|warned|warns|explained|explains|noted|notes|argued|argues|insisted|"
    r"claimed|claims|asserted|remarked|replied|responded|tweeted|posted|confirmed|confirms|"
    r"continued|concluded|suggested|emphasized|stressed|acknowledged|admitted|promised|vowed|"
    r"called|calling|described|judged|recalled|predicted|urged|asked|answered)"
)
_VERB = re.compile(rf"\b{SPEECH_VERBS}\b")
_PRONOUN = re.compile(r"^\s*,?\s*(?:he|she|they|He|She|They)\s+(?:\w+\s+)?" + SPEECH_VERBS + r"\b")
_TITLE_WORDS_ONLY = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}")  # "said Foreign Minister X"
_COLON_END = re.compile(r":\s*$")
_ACCORDING = re.compile(r"\baccording\s+to\s+$|\baccording\s+to\b")


@dataclass(frozen=True)
class Quotation:
    span: Span  # with its quotation marks
    inner: Span  # the words only

    def is_full(self, text: str) -> bool:
        inner = self.inner.of(text).strip()
        count = len(words(inner))
        return count >= MIN_WORDS and (
            bool(_FINAL.search(inner)) or count >= UNPUNCTUATED_MIN_WORDS
        )


def _opens(line: str, i: int) -> bool:
    """Whether a straight mark at `i` opens (rather than closes) a quotation."""
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    return (before.isspace() or before in "([{—–-" + OPENING) and not after.isspace()


def quotations(text: str, line: Span) -> list[Quotation]:
    """The outermost quotations of one line."""
    piece = line.of(text)
    stack: list[int] = []
    found: list[Quotation] = []

    def close(i: int) -> None:
        start = stack.pop()
        if not stack:
            a, b = line.start + start, line.start + i + 1
            found.append(Quotation(Span(a, b), Span(a + 1, b - 1)))

    for i, char in enumerate(piece):
        if char in OPENING:
            stack.append(i)
        elif char in CLOSING:
            if stack:
                close(i)
        elif char == STRAIGHT:
            if not stack or _opens(piece, i):
                stack.append(i)
            else:
                close(i)
    return found


PRONOUN_FALLBACK = "last person named before (pronoun fallback)"
NO_SPEAKER = "no speaker found"


@dataclass(frozen=True)
class Attribution:
    speaker: Mention | None
    rule: str  # which rule found it, for the curator

    @property
    def speaker_basis(self) -> SpeakerBasis:
        """`named` when a rule found the speaker in the quotation's sentence or the one
        before; the fallbacks only infer one."""
        inferring = self.rule in (PRONOUN_FALLBACK, NO_SPEAKER)
        return SpeakerBasis.inferred if inferring else SpeakerBasis.named


def _nearest_before_verb(mentions: list[Mention], piece: str, offset: int) -> Mention | None:
    """The mention nearest before the first speech verb that follows a mention: a person,
    organization or group if there is one, since a country rarely speaks itself."""
    for verb in _VERB.finditer(piece):
        at = offset + verb.start()
        before = [m for m in mentions if m.end <= at]
        agents = [m for m in before if m.is_agent]
        if agents or before:
            return (agents or before)[-1]
    return None


def _after(text: str, end: int, trail_end: int, matcher: Matcher) -> Attribution | None:
    """Rule 1, in the trail `text[end:trail_end]`: `…,” said X` or `…,” X said`."""
    mentions = matcher.mentions(text, end, trail_end)
    if not mentions:
        return None
    first = mentions[0]
    verb_first = re.match(rf"^\s*,?\s*{SPEECH_VERBS}\s+", text[end:trail_end])
    if verb_first and _TITLE_WORDS_ONLY.fullmatch(text[end + verb_first.end() : first.start]):
        return Attribution(first, "said X")
    between, after = text[end : first.start], text[first.end : trail_end]
    if re.fullmatch(r"\s*,?\s*", between) and re.match(rf"\s+(?:\w+\s+)?{SPEECH_VERBS}\b", after):
        return Attribution(first, "X said")
    return None


def _before(text: str, lead: Span, mentions: list[Mention]) -> Attribution | None:
    """Rule 2, in the lead-in `lead`: `X: “…”`, `according to X, “…”`, `X said … “…”`."""
    piece = lead.of(text)
    if mentions and _COLON_END.search(piece) and not text[mentions[-1].end : lead.end].strip(" :"):
        return Attribution(mentions[-1], "X:")
    according = list(_ACCORDING.finditer(piece))
    if according:
        at = lead.start + according[-1].end()
        named = [m for m in mentions if m.start >= at]
        if named:
            return Attribution(named[0], "according to X")
    if (found := _nearest_before_verb(mentions, piece, lead.start)) is not None:
        return Attribution(found, "X said")
    return None


def _subject(
    text: str, lead: Span, mentions: list[Mention], previous: Span | None, matcher: Matcher
) -> Attribution | None:
    """Rule 3: the first agent of the lead-in, else (with no lead-in) of the sentence before."""
    agents = [m for m in mentions if m.is_agent]
    if agents:
        return Attribution(agents[0], "subject of the lead-in")
    if previous is None or lead.of(text).strip():
        return None
    prev = matcher.mentions(text, previous.start, previous.end)
    found = _nearest_before_verb(prev, previous.of(text), previous.start)
    if found is not None and found.is_agent:
        return Attribution(found, "X said, in the preceding sentence")
    agents = [m for m in prev if m.is_agent]
    if agents:
        return Attribution(agents[0], "subject of the preceding sentence")
    return None


def attribute(
    text: str,
    quote: Quotation,
    sentence: Span,
    previous_sentence: Span | None,
    matcher: Matcher,
    last_person_before: Callable[[int], Mention | None],
) -> Attribution:
    """Who spoke `quote`, which stands in `sentence` (see the module's rules);
    `last_person_before(offset)` answers rule 4 from an index of the whole text."""
    trail_end = max(sentence.end, quote.span.end)
    if (found := _after(text, quote.span.end, trail_end, matcher)) is not None:
        return found
    lead = Span(min(sentence.start, quote.span.start), quote.span.start)
    mentions = matcher.mentions(text, lead.start, lead.end)
    if (found := _before(text, lead, mentions)) is not None:
        return found
    pronoun = _PRONOUN.match(text[quote.span.end : trail_end])
    if not pronoun and (found := _subject(text, lead, mentions, previous_sentence, matcher)):
        return found
    if (person := last_person_before(quote.span.start)) is not None:
        return Attribution(person, PRONOUN_FALLBACK)
    return Attribution(None, NO_SPEAKER)
