"""An extraction written as an annotation file in the seed format (`seed/*.yaml`), for a
curator to review: every item carries a comment saying it is a rule-extracted draft and
what to check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import yaml

from app.extract.extractor import Anchor, Extraction, When
from app.extract.mentions import KnownEntity
from app.models.common import DatePrecision
from app.provenance import Span, anchor_of


def _when(when: When) -> Any:
    start, end = when.date_start.isoformat(), when.date_end.isoformat()
    if when.date_precision is DatePrecision.day:
        return start if start == end else f"{start}/{end}"
    return {"interval": f"{start}/{end}", "precision": when.date_precision.value}


def _anchor(text: str, anchor: Anchor) -> dict[str, Any]:
    """`excerpt`, with its `occurrence` when it is not unique in the text."""
    return anchor_of(text, Span(anchor.start, anchor.end)).model_dump(exclude_none=True)


def _block(comment: str, item: dict[str, Any]) -> str:
    dumped = yaml.safe_dump([item], allow_unicode=True, sort_keys=False, width=100)
    indented = "".join(f"  {line}" for line in dumped.splitlines(keepends=True))
    return f"  # {comment}\n{indented}"


def _section(name: str, blocks: list[str]) -> str:
    return f"{name}:\n" + "".join(blocks) if blocks else f"{name}: []\n"


def draft_annotation(
    extraction: Extraction,
    *,
    source: str,
    title: str,
    subtitle: str | None,
    known: Iterable[KnownEntity] = (),
    known_from: str = "",
) -> str:
    """The YAML text of a draft annotation of `extraction`."""
    text = extraction.text
    known_by_id = {e.id: e for e in known}
    used = {
        *(q.speaker for q in extraction.quotes),
        *(a for q in extraction.quotes for a in q.about),
        *(a for e in extraction.events for a in e.actors),
        *(a for c in extraction.claims for a in c.about),
    }
    document: dict[str, Any] = {
        "id": extraction.document_id,
        "source": source,
        "title": title,
        **({"subtitle": subtitle} if subtitle else {}),
        "published_on": extraction.published_on,
        "sections": [{"heading": s.heading, "level": s.level} for s in extraction.sections],
    }
    entities = [
        _block(
            f"known entity, copied from {known_from or 'the known entities'}: delete it if "
            "this file joins that folder, where it is already defined",
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind.value,
                "aliases": list(e.aliases),
                "description": "Known entity; see its own annotation.",
            },
        )
        for entity_id in sorted(used)
        if (e := known_by_id.get(entity_id)) is not None
    ] + [
        _block(
            "DRAFT entity (rule-extracted): to review: name, kind, aliases, description",
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind.value,
                "aliases": list(e.aliases),
                "description": e.description,
            },
        )
        for e in extraction.entities
    ]
    quotes = [
        _block(
            f"DRAFT quote (rule-extracted; speaker by rule: {q.rule}): to review: speaker, "
            "when, context, about",
            {
                "id": q.id,
                **_anchor(text, q.anchor),
                "text": q.text,
                "speaker": q.speaker,
                "when": _when(q.when),
                "context": q.context,
                "about": list(q.about),
            },
        )
        for q in extraction.quotes
    ]
    events = [
        _block(
            f"DRAFT event (rule-extracted from the date {e.date_text!r}): to review: title, "
            "description, event_type, actors, when",
            {
                "id": e.id,
                **_anchor(text, e.anchor),
                "title": e.title,
                "description": e.description,
                "when": _when(e.when),
                "event_type": e.event_type.value,
                "actors": list(e.actors),
            },
        )
        for e in extraction.events
    ]
    claims = [
        _block(
            "DRAFT claim (rule-extracted, the basis of the implication below): to review: "
            "statement, claim_type, about, evidence",
            {
                "id": c.id,
                **_anchor(text, c.anchor),
                "statement": c.statement,
                "claim_type": "forecast",
                "about": list(c.about),
            },
        )
        for c in extraction.claims
    ]
    implications = [
        _block(
            "DRAFT implication (rule-extracted from an implications section): to review: "
            "statement, about, derived_from",
            {
                "id": i.id,
                **_anchor(text, i.anchor),
                "statement": i.statement,
                "about": list(i.about),
                "derived_from": list(i.derived_from),
            },
        )
        for i in extraction.implications
    ]
    header = (
        f"# DRAFT annotation of {source} (published {extraction.published_on}), written by\n"
        f"# `briefing ingest` on {dt.date.today()}. Every item below was proposed by the\n"
        "# rule-based extractor and is a draft for a curator to review: check each one, edit\n"
        "# or delete it, then run `briefing check --seed-dir <this folder>`.\n\n"
    )
    doc_yaml = yaml.safe_dump(
        {"document": document}, allow_unicode=True, sort_keys=False, width=100
    )
    return (
        header
        + doc_yaml
        + "\n"
        + "\n".join(
            _section(name, blocks)
            for name, blocks in (
                ("entities", entities),
                ("quotes", quotes),
                ("events", events),
                ("claims", claims),
                ("implications", implications),
            )
        )
    )
