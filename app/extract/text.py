"""Lines, sentences and slugs: the text units the extraction rules work on.

Every unit is a `Span` of code-point offsets into the original text, so whatever the rules
propose can be cited back exactly: `text[start:end]` is always the excerpt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def lines(text: str) -> Iterator[Span]:
    """Every line, split on `\\n` only (as the section anchoring's `^…$` does), without
    the newline."""
    start = 0
    for match in re.finditer("\n", text):
        yield Span(start, match.start())
        start = match.end()
    yield Span(start, len(text))


def trimmed(text: str, span: Span) -> Span | None:
    """`span` without its surrounding white space; None when nothing else is left."""
    piece = span.of(text)
    stripped = piece.strip()
    if not stripped:
        return None
    start = span.start + (len(piece) - len(piece.lstrip()))
    return Span(start, start + len(stripped))


# A sentence ends at . ! ? or … (then maybe closing quotes or brackets), before white space
# and what can start a sentence; not after an initial ("J. Smith") or a common abbreviation.
_ABBREVIATIONS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "St",
        "Gen",
        "Sen",
        "Rep",
        "Gov",
        "Lt",
        "Col",
        "Capt",
        "Maj",
        "Sgt",
        "Jr",
        "Sr",
        "Prof",
        "Rev",
        "vs",
        "etc",
        "No",
        "Inc",
        "Corp",
        "Ltd",
        "Co",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "approx",
        "e.g",
        "i.e",
        "U.S",
        "U.K",
    ]
)
# Possessive, and only from the start of a run of punctuation, so that a long run ("……")
# is read once instead of backtracking from every position in it: linear in the text.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”’')\]]*+(?=\s++[\"“‘'(\[A-Z0-9])")


def _last_word(piece: str, end: int) -> str:
    """The run of non-space characters just before `end`: a walk back over that word only,
    never a rescan of the paragraph."""
    start = end
    while start > 0 and not piece[start - 1].isspace():
        start -= 1
    return piece[start:end]


def _ends_sentence(piece: str, match: re.Match[str]) -> bool:
    if not match.group().startswith("."):
        return True
    word = _last_word(piece, match.start()).lstrip("\"“‘'([")
    return not (len(word) == 1 and word.isupper()) and word not in _ABBREVIATIONS


def sentences(text: str, span: Span) -> Iterator[Span]:
    """The sentences of one paragraph (a line), each trimmed of white space."""
    piece = span.of(text)
    start = 0
    for match in _SENTENCE_END.finditer(piece):
        if not _ends_sentence(piece, match):
            continue
        if (found := trimmed(text, Span(span.start + start, span.start + match.end()))) is not None:
            yield found
        start = match.end()
    if (found := trimmed(text, Span(span.start + start, span.end))) is not None:
        yield found


WORD = re.compile(r"\w+(?:['’]\w+)*")


def words(piece: str) -> list[str]:
    return WORD.findall(piece)


def slugify(piece: str, max_length: int = 60) -> str:
    """A slug (`a-z0-9-`) of the text's words, cut at a word boundary; "" when it has none."""
    ascii_text = unicodedata.normalize("NFKD", piece).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = (
            slug[:max_length].rsplit("-", 1)[0] if "-" in slug[:max_length] else slug[:max_length]
        )
    return slug.strip("-")
