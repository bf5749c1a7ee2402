"""Section headings found by their shape, as lines, in the seed annotation's terms.

A line is a heading when it is its own paragraph and looks like one:

- the first non-blank line (a briefing starts with its title): level 1;
- a line in capitals (`OVERVIEW:`): level 1, a part of the document;
- a dated heading (`July 2 - China Tells Europe …`): one level below the heading it follows;
- a title-case line (most words of four letters or more capitalized), or a short line of at
  most eight words starting with a capital, or a known implication heading: level 2.

It has at most 20 words, does not start with a quotation mark or a bullet, does not end
like a sentence (`.`, `!`, `?`, `;`, `,` or a closing quotation mark) and occurs only once
as a line (a heading anchors its section by being a unique line). Sections then run to the
next heading of the same or a higher level: `app.provenance.resolve_sections`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.text import Span, lines, trimmed, words
from app.provenance import ResolvedSection

MAX_HEADING_WORDS = 20
SHORT_HEADING_WORDS = 8
_SENTENCE_LIKE_END = re.compile(r"[.!?;,\"”’]$")
_BULLET = re.compile(r"^\s*(?:[-*•–—]|\d+[.)])\s+")
_QUOTE_START = re.compile(r"^[\"“‘'«]")
DATED_HEADING = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?:,\s*\d{4})?\s*[-–—:]\s+\S"
)
IMPLICATION_HEADING = re.compile(
    r"^(?:(?:policy\s+|strategic\s+|key\s+)?implications?(?:\s+for\b.*)?|what\s+(?:it|this|"
    r"that)\s+means(?:\s+for\b.*)?|looking\s+ahead|the\s+road\s+ahead|outlook|"
    r"what['’]?s\s+next|what\s+comes\s+next|why\s+it\s+matters|(?:the\s+)?bottom\s+line|"
    r"(?:key\s+)?takeaways|forecast)\s*:?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Heading:
    span: Span
    heading: str
    level: int


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def strip_bullet(line: str) -> int:
    """How many characters a bullet marker takes at the start of `line` (0 for none)."""
    match = _BULLET.match(line)
    return match.end() if match else 0


def _capitalized(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _shape(line: str) -> str | None:
    """`caps`, `dated`, `title` or `short` when `line` looks like a heading, else None."""
    tokens = words(line)
    if not tokens or len(tokens) > MAX_HEADING_WORDS or not line[:1].strip():
        return None
    if _QUOTE_START.match(line) or is_bullet(line) or _SENTENCE_LIKE_END.search(line):
        return None
    if DATED_HEADING.match(line):
        return "dated"
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "caps"
    if IMPLICATION_HEADING.match(line):
        return "title"
    long_words = [w for w in tokens if len(w) >= 4]
    if long_words and sum(map(_capitalized, long_words)) / len(long_words) >= 0.6:
        return "title" if _capitalized(tokens[0]) else None
    if len(tokens) <= SHORT_HEADING_WORDS and line[:1].isupper():
        return "short"
    return None


def find_headings(text: str, *, not_headings: tuple[str, ...] = ()) -> list[Heading]:
    """The heading lines of `text` in order, with their levels; `not_headings` are lines
    known to be something else (the subtitle)."""
    all_lines = [span.of(text) for span in lines(text)]
    counts: dict[str, int] = {}
    for line in all_lines:
        counts[line] = counts.get(line, 0) + 1
    found: list[Heading] = []
    parent_level = 1
    for span in lines(text):
        line = span.of(text)
        if trimmed(text, span) != span or counts[line] > 1 or line in not_headings:
            if not found and line.strip():
                break  # the first non-blank line must be the title; nothing else anchors
            continue
        if not found:
            found.append(Heading(span, line, 1))
            continue
        shape = _shape(line)
        if shape is None:
            continue
        if shape == "caps":
            level = 1
        elif shape == "dated":
            level = min(parent_level + 1, 6)
        else:
            level = 2
        if shape != "dated":
            parent_level = level
        found.append(Heading(span, line, level))
    return found


def resolve(text: str, headings: list[Heading]) -> list[ResolvedSection]:
    """The sections' spans by the rule of `app.provenance.resolve_sections` (a section
    runs to the next heading of the same or a higher level; its parent is the nearest
    preceding heading of a higher level), in one pass: `find_headings` already knows where
    each heading is, so nothing is searched for again."""
    open_: list[int] = []  # indexes of the headings whose section is still open
    ends = [len(text)] * len(headings)
    parents: list[str | None] = []
    for index, heading in enumerate(headings):
        while open_ and headings[open_[-1]].level >= heading.level:
            ends[open_.pop()] = heading.span.start
        parents.append(headings[open_[-1]].heading if open_ else None)
        open_.append(index)
    return [
        ResolvedSection(h.heading, h.level, h.span.start, end, parent)
        for h, end, parent in zip(headings, ends, parents, strict=True)
    ]
