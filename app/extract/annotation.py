"""An extraction written as an annotation file in the seed format (`seed/*.yaml`), for a
curator to review: every item carries a comment saying it is a rule-extracted draft and
what to check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any

import yaml

from app.extract.drafts import Anchor, Anchored, DraftEntity, DraftEvent, DraftQuote, When
from app.extract.extractor import Extraction
from app.extract.mentions import KnownEntity
from app.models.common import DatePrecision
from app.models.items import ItemType
from app.provenance import Excerpts, Span


def _when(when: When) -> Any:
    """The draft's dates as a seed `Dating`: `inferred`, as the rules read them, until a
    curator states the basis."""
    start, end = when.date_start.isoformat(), when.date_end.isoformat()
    dating: dict[str, Any] = {"date": start if start == end else f"{start}/{end}"}
    if when.date_precision is not DatePrecision.day:
        dating["precision"] = when.date_precision.value
    return {**dating, "basis": "inferred"}


def _anchor(excerpts: Excerpts, anchor: Anchor) -> dict[str, Any]:
    """`excerpt`, with its `occurrence` when it is not unique in the text."""
    return excerpts.anchor_of(Span(anchor.start, anchor.end)).model_dump(exclude_none=True)


def _block(comment: str, item: dict[str, Any]) -> str:
    dumped = _yaml([item])
    indented = "".join(f"  {line}" for line in dumped.splitlines(keepends=True))
    return f"  # {comment}\n{indented}"


def _yaml(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _section(name: str, blocks: list[str]) -> str:
    return f"{name}:\n" + "".join(blocks) if blocks else f"{name}: []\n"


def _entity(e: KnownEntity | DraftEntity, description: str) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind.value,
        "aliases": list(e.aliases),
        "description": description,
    }


def _entities(extraction: Extraction, known: Iterable[KnownEntity], known_from: str) -> list[str]:
    """The known entities the drafts name (copied, so the file checks on its own), then the
    new ones the extractor proposes."""
    known_by_id = {e.id: e for e in known}
    used = {
        *(q.speaker for q in extraction.quotes),
        *(a for q in extraction.quotes for a in q.about),
        *(a for e in extraction.events for a in e.actors),
        *(a for c in extraction.claims for a in c.about),
    }
    copied = (
        f"known entity, copied from {known_from or 'the known entities'}: delete it if "
        "this file joins that folder, where it is already defined"
    )
    return [
        _block(copied, _entity(e, "Known entity; see its own annotation."))
        for entity_id in sorted(used)
        if (e := known_by_id.get(entity_id)) is not None
    ] + [
        _block(
            "DRAFT entity (rule-extracted): to review: name, kind, aliases, description",
            _entity(e, e.description),
        )
        for e in extraction.entities
    ]


def _plain(value: Any) -> Any:
    """A draft's field as the seed format writes it."""
    if isinstance(value, When):
        return _when(value)
    if isinstance(value, Enum):
        return value.value
    return list(value) if isinstance(value, tuple) else value


def _draft(draft: Anchored, excerpts: Excerpts, comment: str, fields: str, **decided: Any) -> str:
    """A draft item's block, its `fields` (the names, in the file's order) read from the
    draft or `decided` here; the comment says what the curator should check."""
    names = fields.split(", ")
    values = {n: decided[n] if n in decided else _plain(getattr(draft, n)) for n in names}
    item = {"id": draft.id, **_anchor(excerpts, draft.anchor), **values}
    return _block(f"DRAFT {comment}: to review: {REVIEW[draft.item_type]}", item)


# What the curator should check in a draft of each type.
REVIEW = {
    ItemType.quote: "speaker, when, context, about",
    ItemType.event: "title, description, event_type, actors, when",
    ItemType.claim: "statement, claim_type, about, evidence",
    ItemType.implication: "statement, about, derived_from",
}


def _quote(q: DraftQuote[str], excerpts: Excerpts) -> str:
    comment = f"quote (rule-extracted; speaker by rule: {q.rule})"
    return _draft(q, excerpts, comment, "text, speaker, when, context, about")


def _event(e: DraftEvent[str], excerpts: Excerpts) -> str:
    comment = f"event (rule-extracted from the date {e.date_text!r})"
    return _draft(e, excerpts, comment, "title, description, when, event_type, actors")


def _claim(c: Anchored, excerpts: Excerpts) -> str:
    comment = "claim (rule-extracted, the basis of the implication below)"
    return _draft(c, excerpts, comment, "statement, claim_type, about", claim_type="forecast")


def _implication(i: Anchored, excerpts: Excerpts) -> str:
    comment = "implication (rule-extracted from an implications section)"
    return _draft(i, excerpts, comment, "statement, about, derived_from")


def _header(source: str, published_on: dt.date) -> str:
    return (
        f"# DRAFT annotation of {source} (published {published_on}), written by\n"
        f"# `briefing ingest` on {dt.date.today()}. Every item below was proposed by the\n"
        "# rule-based extractor and is a draft for a curator to review: check each one, edit\n"
        "# or delete it, then run `briefing check --seed-dir <this folder>`.\n\n"
    )


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
    document: dict[str, Any] = {
        "id": extraction.document_id,
        "source": source,
        "title": title,
        **({"subtitle": subtitle} if subtitle else {}),
        "published_on": extraction.published_on,
        "sections": [{"heading": s.heading, "level": s.level} for s in extraction.sections],
    }
    excerpts = Excerpts(extraction.text)
    sections = {
        "entities": _entities(extraction, known, known_from),
        "quotes": [_quote(q, excerpts) for q in extraction.quotes],
        "events": [_event(e, excerpts) for e in extraction.events],
        "claims": [_claim(c, excerpts) for c in extraction.claims],
        "implications": [_implication(i, excerpts) for i in extraction.implications],
    }
    body = "\n".join(_section(name, blocks) for name, blocks in sections.items())
    return _header(source, extraction.published_on) + _yaml({"document": document}) + "\n" + body
