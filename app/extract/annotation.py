"""An extraction written as an annotation file in the seed format (`seed/*.yaml`), for a
curator to review: every item carries a comment saying it is a rule-extracted draft and
what to check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any

import yaml

from app.extract.drafts import (
    Anchor,
    Anchored,
    DraftEntity,
    DraftEvent,
    DraftQuote,
    Statement,
    When,
)
from app.extract.extractor import Extraction
from app.extract.mentions import KnownEntity
from app.models.assertion import AttributionInput, ConfidenceInput
from app.models.common import DatePrecision
from app.models.items import ItemType
from app.provenance import Excerpts, Span, cue_starts


def _iso(when: When) -> tuple[str, DatePrecision | None]:
    """The shortest ISO 8601 form of the range, and the precision to state if that form
    does not imply it (a part of a month, "last week")."""
    start, end, precision = when.date_start, when.date_end, when.date_precision
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    whole_month = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
    if start.year == end.year and whole_year and precision is DatePrecision.year:
        return f"{start.year}", None
    same_month = (start.year, start.month) == (end.year, end.month)
    if same_month and whole_month and precision is DatePrecision.month:
        return f"{start:%Y-%m}", None
    if start == end and precision is DatePrecision.day:
        return start.isoformat(), None
    interval = f"{start.isoformat()}/{end.isoformat()}"
    return interval, None if precision is DatePrecision.day else precision


def _when(when: When) -> dict[str, Any]:
    """The seed's dating: `{date, precision?, basis, note?}`."""
    date, precision = _iso(when)
    dating: dict[str, Any] = {"date": date}
    if precision is not None:
        dating["precision"] = precision.value
    dating["basis"] = when.date_basis.value
    if when.date_note:
        dating["note"] = when.date_note
    return dating


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
        *(c.attributed_to for c in extraction.claims if c.attributed_to is not None),
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


def _cue(value: AttributionInput | ConfidenceInput, text: str, excerpt: Span) -> dict[str, Any]:
    """A pinned cue as the seed gives it: its words, and which occurrence in the excerpt
    when an earlier one would be taken first."""
    if value.cue is None or value.cue_start is None:
        return {}
    occurrence = cue_starts(text, excerpt, value.cue).index(value.cue_start) + 1
    return {"cue": value.cue, **({"cue_occurrence": occurrence} if occurrence > 1 else {})}


def _attribution(value: AttributionInput, text: str, excerpt: Span) -> dict[str, Any]:
    basis = {"basis": value.basis.value} if value.basis is not None else {}
    return {"by": value.by.value, "verb": value.verb.value, **basis, **_cue(value, text, excerpt)}


def _confidence(value: ConfidenceInput, text: str, excerpt: Span) -> dict[str, Any]:
    likelihood = {"likelihood": value.likelihood.value} if value.likelihood is not None else {}
    return {"modality": value.modality.value, **likelihood, **_cue(value, text, excerpt)}


def _plain(value: Any, text: str, excerpt: Span) -> Any:
    """A draft's field as the seed format writes it; cues are placed in `excerpt`."""
    if isinstance(value, When):
        return _when(value)
    if isinstance(value, AttributionInput):
        return _attribution(value, text, excerpt)
    if isinstance(value, ConfidenceInput):
        return _confidence(value, text, excerpt)
    if isinstance(value, Enum):
        return value.value
    return list(value) if isinstance(value, tuple) else value


def _draft(draft: Anchored, excerpts: Excerpts, comment: str, fields: str, **decided: Any) -> str:
    """A draft item's block, its `fields` (the names, in the file's order) read from the
    draft or `decided` here, those it leaves unset (None) left out; the comment says what
    the curator should check."""
    span = Span(draft.anchor.start, draft.anchor.end)
    found = {n: decided[n] if n in decided else getattr(draft, n) for n in fields.split(", ")}
    values = {n: _plain(v, excerpts.text, span) for n, v in found.items() if v is not None}
    item = {"id": draft.id, **_anchor(excerpts, draft.anchor), **values}
    return _block(f"DRAFT {comment}: to review: {REVIEW[draft.item_type]}", item)


# What the curator should check in a draft of each type.
REVIEW = {
    ItemType.quote: "speaker, speaker_basis, when (date and basis), context, about",
    ItemType.event: "title, description, event_type, actors, when (date and basis)",
    ItemType.claim: "statement, claim_type, attribution, confidence, about, evidence",
    ItemType.implication: "statement, attribution, confidence, about, derived_from",
}

# A claim's or an implication's fields, in the file's order.
ASSERTED = "statement, {}attributed_to, attribution, confidence, about"


def _quote(q: DraftQuote[str], excerpts: Excerpts) -> str:
    comment = f"quote (rule-extracted; speaker by rule: {q.rule})"
    return _draft(q, excerpts, comment, "text, speaker, speaker_basis, when, context, about")


def _event(e: DraftEvent[str], excerpts: Excerpts) -> str:
    comment = f"event (rule-extracted from the date {e.date_text!r})"
    return _draft(e, excerpts, comment, "title, description, when, event_type, actors")


def _claim(c: Statement, excerpts: Excerpts) -> str:
    comment = "claim (rule-extracted, the basis of the implication below)"
    fields = ASSERTED.format("claim_type, ")
    return _draft(c, excerpts, comment, fields, claim_type="forecast")


def _implication(i: Statement, excerpts: Excerpts) -> str:
    comment = "implication (rule-extracted from an implications section)"
    return _draft(i, excerpts, comment, ASSERTED.format("") + ", derived_from")


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
