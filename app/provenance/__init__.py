"""Provenance: where an item comes from in its source text, and how an excerpt is placed
there. Pure functions and input shapes, no database: the seed format, curated writes, the
extractor and ingest all anchor through this package."""

from app.provenance.anchoring import (
    Anchor,
    AnchorError,
    Excerpts,
    Heading,
    ResolvedSection,
    Span,
    anchor_of,
    innermost_section,
    locate,
    occurrences,
    pinned,
    resolve_sections,
)
from app.provenance.cues import CUE_REACH, cue_starts, locate_cue
from app.provenance.excerpt import ExcerptAnchor

__all__ = [
    "CUE_REACH",
    "Anchor",
    "AnchorError",
    "ExcerptAnchor",
    "Excerpts",
    "Heading",
    "ResolvedSection",
    "Span",
    "anchor_of",
    "cue_starts",
    "innermost_section",
    "locate",
    "locate_cue",
    "occurrences",
    "pinned",
    "resolve_sections",
]
