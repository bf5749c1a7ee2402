"""Finding excerpts and headings in a source text, in Unicode code points: the seed loader,
curated writes and the extractor place items with these functions, so an excerpt that one
of them accepts, the others place at the same span."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.provenance.excerpt import ExcerptAnchor


class AnchorError(ValueError):
    """An excerpt or heading that is missing from the text or not unique; `code` says which
    (`not_found`, `ambiguous`, `out_of_range`), for the API's problem details."""

    def __init__(self, message: str, code: str = "not_found") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Anchor:
    """Where an item comes from, placed: `text[start:end] == excerpt`, always, inside the
    section headed `section`."""

    start: int
    end: int
    excerpt: str
    section: str

    def columns(self, document_id: str, document_sha256: str) -> dict[str, Any]:
        """The provenance columns every item table has."""
        return {
            "document_id": document_id,
            "document_sha256": document_sha256,
            "section": self.section,
            "char_start": self.start,
            "char_end": self.end,
            "excerpt": self.excerpt,
        }


class Heading(Protocol):
    """A section heading as given: the line's exact text and its nesting depth."""

    @property
    def heading(self) -> str: ...

    @property
    def level(self) -> int: ...


@dataclass(frozen=True)
class ResolvedSection:
    heading: str
    level: int
    char_start: int
    char_end: int
    parent: str | None


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of `needle`."""
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _preview(excerpt: str) -> str:
    return excerpt if len(excerpt) <= 80 else excerpt[:77] + "..."


def locate(text: str, item: ExcerptAnchor) -> Span:
    """The span of `item.excerpt`, disambiguated by `occurrence` or `within`."""
    excerpt = item.excerpt
    if item.within is not None:
        outer = occurrences(text, item.within)
        if len(outer) != 1:
            problem = "is not in the text" if not outer else f"occurs {len(outer)} times"
            raise AnchorError(
                f"`within` passage {problem}: {_preview(item.within)!r}",
                "not_found" if not outer else "ambiguous",
            )
        inner = occurrences(item.within, excerpt)
        if len(inner) != 1:
            raise AnchorError(
                f"excerpt occurs {len(inner)} times within its `within` passage", "ambiguous"
            )
        start = outer[0] + inner[0]
        return Span(start, start + len(excerpt))
    starts = occurrences(text, excerpt)
    if not starts:
        raise AnchorError(f"excerpt not found verbatim: {_preview(excerpt)!r}")
    if item.occurrence is not None:
        if item.occurrence > len(starts):
            raise AnchorError(
                f"occurrence {item.occurrence} requested but the excerpt occurs "
                f"{len(starts)} time(s): {_preview(excerpt)!r}",
                "out_of_range",
            )
        start = starts[item.occurrence - 1]
    elif len(starts) > 1:
        raise AnchorError(
            f"excerpt is ambiguous, it occurs {len(starts)} times (give `occurrence` or "
            f"`within`): {_preview(excerpt)!r}",
            "ambiguous",
        )
    else:
        start = starts[0]
    return Span(start, start + len(excerpt))


def resolve_sections(text: str, sections: Sequence[Heading]) -> list[ResolvedSection]:
    """Locate each heading as a whole line; a section runs until the next heading of the
    same or a higher level (so a part encloses its subsections), and its parent is the
    nearest preceding heading of a higher level."""
    starts: list[int] = []
    for section in sections:
        pattern = re.compile(rf"^{re.escape(section.heading)}$", re.MULTILINE)
        matches = [m.start() for m in pattern.finditer(text)]
        if len(matches) != 1:
            problem = "is not a line of the text" if not matches else "is not unique"
            raise AnchorError(f"section heading {problem}: {section.heading!r}")
        starts.append(matches[0])
    if starts != sorted(starts):
        raise AnchorError("section headings are not listed in document order")
    resolved: list[ResolvedSection] = []
    for index, (section, start) in enumerate(zip(sections, starts, strict=True)):
        following = [
            starts[j] for j in range(index + 1, len(sections)) if sections[j].level <= section.level
        ]
        enclosing = [s for s in sections[:index] if s.level < section.level]
        resolved.append(
            ResolvedSection(
                heading=section.heading,
                level=section.level,
                char_start=start,
                char_end=following[0] if following else len(text),
                parent=enclosing[-1].heading if enclosing else None,
            )
        )
    return resolved


def pinned(text: str, excerpt: str, start: int) -> Span:
    """The span of `excerpt` said to start at `start`, checked against the text."""
    if start + len(excerpt) > len(text):
        raise AnchorError(
            f"char_start {start} plus the excerpt's length runs past the end of the "
            f"document ({len(text)} code points)",
            "out_of_range",
        )
    if text[start : start + len(excerpt)] != excerpt:
        raise AnchorError(f"the excerpt does not stand at char_start {start}", "not_found")
    return Span(start, start + len(excerpt))


class Excerpts:
    """The anchors of many spans of one text: each distinct excerpt's starts are searched
    once and kept by start, so placing every draft of a text costs one search per excerpt,
    not one per draft."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ordinals: dict[str, dict[int, int]] = {}

    def anchor_of(self, span: Span) -> ExcerptAnchor:
        """The input that `locate` places at `span`: its excerpt, with the `occurrence` when
        the excerpt repeats (the inverse of `locate`, for writing a draft annotation)."""
        excerpt = self.text[span.start : span.end]
        ordinals = self._ordinals.get(excerpt)
        if ordinals is None:
            starts = occurrences(self.text, excerpt)
            ordinals = self._ordinals[excerpt] = {at: n for n, at in enumerate(starts, 1)}
        occurrence = ordinals[span.start] if len(ordinals) > 1 else None
        return ExcerptAnchor(excerpt=excerpt, occurrence=occurrence)


def anchor_of(text: str, span: Span) -> ExcerptAnchor:
    """The anchor of one span (see `Excerpts` for many)."""
    return Excerpts(text).anchor_of(span)


def innermost_section(sections: Sequence[ResolvedSection], offset: int) -> ResolvedSection:
    enclosing = [s for s in sections if s.char_start <= offset < s.char_end]
    if not enclosing:
        raise AnchorError(f"offset {offset} lies before the first section heading", "out_of_range")
    return max(enclosing, key=lambda s: s.level)
