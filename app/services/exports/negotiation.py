"""Which representation of a list to send: `format=` if given, else the `Accept` header.

Accept is read as RFC 9110 §12.5.1 says: every media range with its `q`, the most specific
range that matches a type deciding its quality. Ties go to the server's order, JSON first, so
`*/*` and a browser's `text/html,…,*/*;q=0.8` still get JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from app.core.errors import NotAcceptable


class ExportFormat(StrEnum):
    """A list's representations; all but `json` are exports of the whole filtered list."""

    json = "json"
    csv = "csv"
    ndjson = "ndjson"
    jsonld = "jsonld"


MEDIA_TYPES = {
    ExportFormat.json: "application/json",
    ExportFormat.csv: "text/csv",
    ExportFormat.ndjson: "application/x-ndjson",
    ExportFormat.jsonld: "application/ld+json",
}
EXTENSIONS = {
    ExportFormat.json: "json",
    ExportFormat.csv: "csv",
    ExportFormat.ndjson: "ndjson",
    ExportFormat.jsonld: "jsonld",
}
LIST_FORMATS = tuple(ExportFormat)


def _ranges(accept: str) -> list[tuple[str, str, float]]:
    """(type, subtype, q) of every media range; a malformed `q` counts as 0 (not wanted)."""
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if "/" not in media:
            continue
        kind, _, subtype = media.lower().partition("/")
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((kind, subtype, q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, str, float]]) -> float:
    kind, _, subtype = media_type.partition("/")
    best, specificity = 0.0, -1
    for r_kind, r_subtype, q in ranges:
        if (r_kind, r_subtype) == (kind, subtype):
            rank = 2
        elif (r_kind, r_subtype) == (kind, "*"):
            rank = 1
        elif (r_kind, r_subtype) == ("*", "*"):
            rank = 0
        else:
            continue
        if rank > specificity:
            best, specificity = q, rank
    return best


def negotiate(accept: str | None, offered: Sequence[ExportFormat]) -> ExportFormat:
    """The offered format the client prefers; no `Accept` at all means the first offered.

    Raises `NotAcceptable` (406) when the header rules every offered format out."""
    if accept is None or not accept.strip():
        return offered[0]
    ranges = _ranges(accept)
    scored = [(_quality(MEDIA_TYPES[f], ranges), -i, f) for i, f in enumerate(offered)]
    quality, _, chosen = max(scored)
    if quality <= 0:
        types = ", ".join(MEDIA_TYPES[f] for f in offered)
        raise NotAcceptable(
            f"Cannot produce any type that Accept: {accept!r} allows. This resource is "
            f"available as {types} (or ask with format=…)."
        )
    return chosen
