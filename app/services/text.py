"""Matching text as a reader types it: the briefing uses typographic quotes (’ “ ”), a
keyboard gives straight ones (' "), and a search must find either with either."""

from __future__ import annotations

_TO_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def fold(text: str) -> str:
    """Lower-cased, with straight quotes; always the same length as `text`, so an offset
    found in the folded text is an offset in the original."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text).translate(_TO_STRAIGHT)


def _paired(text: str) -> str:
    """Straight double quotes as typographic pairs: “opening”, then ”closing”, in turn."""
    parts = text.split('"')
    return (
        "".join(part + ("“" if i % 2 == 0 else "”") for i, part in enumerate(parts[:-1]))
        + parts[-1]
    )


def spellings(query: str) -> set[str]:
    """The ways `query` may be written in a source: as typed, with straight quotes, and
    with typographic apostrophes and double quotes (paired, or all opening or closing, for
    a query that holds only one side of a quotation)."""
    straight = query.translate(_TO_STRAIGHT)
    apostrophe = straight.replace("'", "’")
    return {
        query,
        straight,
        apostrophe,
        _paired(apostrophe),
        apostrophe.replace('"', "“"),
        apostrophe.replace('"', "”"),
    }
