"""Anchoring a cue: the word or words that carry an attribution verb ("confirmed") or a
hedge ("likely helped dispel"), placed at their own span so the verb and the hedge have
provenance of their own.

A cue stands in its item's excerpt, or in a passage near it (`within`: the enclosing
sentence when the excerpt is a fragment of it), or at a pinned offset; in every case no
farther than `CUE_REACH` from the excerpt, so a cue cannot wander to another paragraph.
"""

from __future__ import annotations

from app.provenance.anchoring import AnchorError, Span, occurrences

# Code points between a cue (or its `within` passage) and the excerpt: about two sentences.
CUE_REACH = 300


def _gap(a: Span, b: Span) -> int:
    """Code points between two spans; 0 when they touch or overlap."""
    return max(0, a.start - b.end, b.start - a.end)


def _whole_words(text: str, needle: str, start: int) -> bool:
    """Whether `needle` at `start` is not the inside of a longer word ("may" in "Mayor")."""
    end = start + len(needle)
    before = start > 0 and needle[0].isalnum() and text[start - 1].isalnum()
    after = end < len(text) and needle[-1].isalnum() and text[end].isalnum()
    return not (before or after)


def _passage(text: str, excerpt: Span, within: str | None) -> Span:
    """Where to look for the cue: the excerpt, or the occurrence of `within` nearest it."""
    if within is None:
        return excerpt
    found = [Span(at, at + len(within)) for at in occurrences(text, within)]
    if not found:
        raise AnchorError(f"`cue_within` passage is not in the text: {within!r}")
    nearest = min(found, key=lambda span: _gap(span, excerpt))
    if _gap(nearest, excerpt) > CUE_REACH:
        raise AnchorError(
            f"`cue_within` passage stands more than {CUE_REACH} code points from the excerpt",
            "out_of_range",
        )
    return nearest


def _pinned(text: str, excerpt: Span, cue: str, start: int) -> Span:
    span = Span(start, start + len(cue))
    if text[span.start : span.end] != cue:
        raise AnchorError(f"the cue {cue!r} does not stand at offset {start}")
    if _gap(span, excerpt) > CUE_REACH:
        raise AnchorError(
            f"the cue at offset {start} stands more than {CUE_REACH} code points from the excerpt",
            "out_of_range",
        )
    return span


def cue_starts(text: str, passage: Span, cue: str) -> list[int]:
    """Where `cue` stands as whole words inside `passage`, as document offsets: the
    occurrences `cue_occurrence` counts (so a writer can tell which one a span is)."""
    return [
        passage.start + at
        for at in occurrences(text[passage.start : passage.end], cue)
        if _whole_words(text, cue, passage.start + at)
    ]


def locate_cue(
    text: str,
    excerpt: Span,
    cue: str,
    *,
    occurrence: int | None = None,
    within: str | None = None,
    start: int | None = None,
) -> Span:
    """The document span of `cue`: pinned at `start`, or its first whole-word occurrence
    (the `occurrence`-th if given) in the excerpt or in the `within` passage near it."""
    if start is not None:
        return _pinned(text, excerpt, cue, start)
    passage = _passage(text, excerpt, within)
    where = "its `cue_within` passage" if within is not None else "the excerpt"
    starts = cue_starts(text, passage, cue)
    if not starts:
        raise AnchorError(f"cue {cue!r} is not found as whole words in {where}")
    if occurrence is not None and occurrence > len(starts):
        raise AnchorError(
            f"cue occurrence {occurrence} requested but {cue!r} occurs {len(starts)} time(s) "
            f"in {where}",
            "out_of_range",
        )
    found = starts[(occurrence or 1) - 1]
    return Span(found, found + len(cue))
