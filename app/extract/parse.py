"""The first step: a text read once into the indexes that every later step looks up.

Each lookup is a bisection, so the steps after this one stay linear in the text however
many sections, dates, sentences or names it has.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from app.extract import headings as heading_rules
from app.extract.dates import FoundDate, find_dates
from app.extract.dating import based, publication
from app.extract.drafts import Anchor, When
from app.extract.mentions import KnownEntity, Matcher, Mention, discover_people
from app.extract.quotations import OPENING, STRAIGHT
from app.extract.text import Span, lines, sentences, trimmed
from app.models.common import EntityKind
from app.models.knowledge import DateBasis
from app.provenance import ResolvedSection


class SectionIndex:
    """The sections enclosing an offset, innermost first. Sections nest (each is either
    inside another or apart from it), so they are the last one starting at or before the
    offset and its ancestors: at most six levels."""

    def __init__(self, sections: Iterable[ResolvedSection]) -> None:
        self.sections = list(sections)
        self.starts = [s.char_start for s in self.sections]
        self.parents: list[int | None] = []
        open_: list[int] = []
        for index, section in enumerate(self.sections):
            while open_ and self.sections[open_[-1]].char_end <= section.char_start:
                open_.pop()
            self.parents.append(open_[-1] if open_ else None)
            open_.append(index)

    def enclosing(self, offset: int) -> Iterator[ResolvedSection]:
        index: int | None = bisect.bisect_right(self.starts, offset) - 1
        while index is not None and index >= 0:
            section = self.sections[index]
            if offset < section.char_end:
                yield section
            index = self.parents[index]

    def heading_at(self, offset: int) -> str:
        """The heading of the innermost section at `offset`, "" before the first one."""
        return next((s.heading for s in self.enclosing(offset)), "")

    def in_heading(self, offset: int) -> bool:
        """Whether `offset` falls on the heading line of its section (a section starts
        with its heading)."""
        section = next(self.enclosing(offset), None)
        return section is not None and offset < section.char_start + len(section.heading)


class DateIndex:
    """Every date expression of the text (headings included: they date what follows them),
    by section, for "the nearest date before this offset in its section"."""

    def __init__(self, dates: Iterable[FoundDate], sections: SectionIndex) -> None:
        self.sections = sections
        self.by_section: dict[str, list[FoundDate]] = {}
        for found in dates:  # in text order
            self.by_section.setdefault(sections.heading_at(found.start), []).append(found)
        self.starts = {h: [d.start for d in found] for h, found in self.by_section.items()}

    def last_before(self, offset: int) -> FoundDate | None:
        heading = self.sections.heading_at(offset)
        index = bisect.bisect_left(self.starts.get(heading, []), offset) - 1
        return self.by_section[heading][index] if index >= 0 else None


class People:
    """Where the text names persons, for "the last person named before a quotation". One
    pass over the whole text answers it for every quotation: no name spans a quotation
    mark, so the names before one are those a pass over the text before it would find.
    A known name that itself holds a quotation mark falls back to that pass."""

    def __init__(self, text: str, matcher: Matcher) -> None:
        self.text, self.matcher = text, matcher
        marks = OPENING + STRAIGHT
        self.exact = not any(c in marks for surface in matcher.surfaces for c in surface)
        everyone = matcher.mentions(text, 0, len(text)) if self.exact else []
        self.persons = [m for m in everyone if m.kind == EntityKind.person]
        self.ends = [m.end for m in self.persons]

    def last_before(self, quote_start: int) -> Mention | None:
        if not self.exact:
            before = self.matcher.mentions(self.text, 0, quote_start)
            return next((m for m in reversed(before) if m.kind == EntityKind.person), None)
        index = bisect.bisect_right(self.ends, quote_start) - 1
        return self.persons[index] if index >= 0 else None


@dataclass(frozen=True)
class Paragraph:
    """A line that is neither blank nor a heading, with its sentences."""

    line: Span
    sentences: tuple[Span, ...]

    def sentence_at(self, offset: int) -> int | None:
        """The index of the sentence holding `offset`, if one does."""
        index = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        return index if index >= 0 and offset < self.sentences[index].end else None


@dataclass(frozen=True)
class Parsed:
    """A text read once: its sections, paragraphs, dates and the names it mentions."""

    text: str
    published_on: dt.date
    document_id: str
    sections: tuple[ResolvedSection, ...]
    section_index: SectionIndex
    paragraphs: tuple[Paragraph, ...]
    dates: DateIndex
    known: tuple[KnownEntity, ...]
    discovered: tuple[KnownEntity, ...]
    matcher: Matcher
    people: People

    def anchor(self, span: Span) -> Anchor:
        return Anchor(
            span.start, span.end, span.of(self.text), self.section_index.heading_at(span.start)
        )

    def mentions(self, span: Span) -> tuple[Mention, ...]:
        return tuple(self.matcher.mentions(self.text, span.start, span.end))

    def date_before(self, offset: int, sentence: Span) -> When:
        """The nearest date before `offset` in its section, else the publication date, with
        its basis: `stated` in `sentence` (the item's), from the `heading`, or `inferred`."""
        found = self.dates.last_before(offset)
        if found is None:
            return publication(self.published_on)
        written = self.text[found.start : found.end]
        note = None
        if self.section_index.in_heading(found.start):
            basis = DateBasis.heading
        elif found.start >= sentence.start:
            basis = DateBasis.stated
        else:
            basis, note = DateBasis.inferred, f"the nearest date before it: {written!r}"
        return based(found, written, basis, self.published_on, note)


def paragraphs(text: str, headings: list[heading_rules.Heading]) -> tuple[Paragraph, ...]:
    heading_lines = {h.span.start for h in headings}
    return tuple(
        Paragraph(line, tuple(sentences(text, line)))
        for line in lines(text)
        if line.start not in heading_lines and trimmed(text, line) is not None
    )


def all_dates(text: str, published_on: dt.date) -> Iterator[FoundDate]:
    for line in lines(text):
        for d in find_dates(line.of(text), published_on):
            yield replace(d, start=line.start + d.start, end=line.start + d.end)


def parse(
    text: str,
    published_on: dt.date,
    known: Iterable[KnownEntity],
    *,
    document_id: str,
    subtitle: str | None,
) -> Parsed:
    found = heading_rules.find_headings(text, not_headings=(subtitle,) if subtitle else ())
    sections = heading_rules.resolve(text, found)
    section_index = SectionIndex(sections)
    known = tuple(known)
    discovered = tuple(discover_people(text, Matcher(known)))
    matcher = Matcher([*known, *discovered])
    return Parsed(
        text=text,
        published_on=published_on,
        document_id=document_id,
        sections=tuple(sections),
        section_index=section_index,
        paragraphs=paragraphs(text, found if sections else []),
        dates=DateIndex(all_dates(text, published_on), section_index),
        known=known,
        discovered=discovered,
        matcher=matcher,
        people=People(text, matcher),
    )
