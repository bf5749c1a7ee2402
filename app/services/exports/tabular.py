"""CSV: one flat row per item, columns derived from the public model.

The columns follow the model's fields, so a field added to a public model becomes a column
by itself. What is not a plain value is flattened the way a spreadsheet user expects:
provenance into `section`, `char_start`, `char_end`, `excerpt`, `document_sha256`; an entity
reference `speaker` into `speaker_id`, `speaker_name`; a list of them `actors` into
`actor_ids`, `actor_names`; a dated field such as a quote's `period` into `period_start`,
`period_end`, `period_precision`, `period_basis`, `period_note`; typed references
(`evidence`, `derived_from`) into `type:id` values, typed links (`relations`) into
`relation:type:id` values; lists are joined with `"; "`. A served shape that names its
`csv_columns` (`attribution`, `confidence`) becomes those columns; any other single nested
object (a forecast's `horizon`, `outcome`) a column per field, prefixed with its name
(`outcome_status`, `horizon_date_start`); anything else nested is written as JSON.

Formula injection: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
would be evaluated by Excel, LibreOffice or Google Sheets. Such a cell is written with a
leading apostrophe `'`, which spreadsheets take as "this is text" (the OWASP advice); it is
the only change to any value, and the JSON, NDJSON and JSON-LD exports keep the exact text.
"""

from __future__ import annotations

import csv
import io
import json
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from app.models import ClaimRef, EntityRef, EvidenceRef, Provenance, RelationPublic
from app.models.knowledge import BasedDate
from app.models.stance import StanceEvidenceRef
from app.query.assembly import DATE_PARTS

if TYPE_CHECKING:
    from app.services.exports.batches import Batch

SEPARATOR = "; "
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PROVENANCE_COLUMNS = ("section", "char_start", "char_end", "excerpt", "document_sha256")

Getter = Callable[[dict[str, Any]], Any]


def neutralize(cell: Any) -> Any:
    """A text cell a spreadsheet would read as a formula, made inert with a leading `'`."""
    if isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell


@dataclass(frozen=True)
class Column:
    name: str
    get: Getter


def _plain(annotation: Any) -> tuple[Any, bool]:
    """(the type inside `X | None` and `list[X]`, whether it was a list)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0], True
    return annotation, False


def _is(annotation: Any, *classes: type) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, classes)


def _at(value: Any, path: str) -> Any:
    """The value at a dotted `path` inside `value`; None where a step is null."""
    for key in path.split("."):
        value = None if value is None else value.get(key)
    return value


def _field_columns(name: str, annotation: Any, top_level: set[str]) -> list[Column]:
    inner, many = _plain(annotation)
    if _is(inner, Provenance):
        return [
            Column(c, lambda d, c=c: d[name][c])  # type: ignore[misc]
            for c in PROVENANCE_COLUMNS
            if c not in top_level
        ]
    if _is(inner, BasedDate) and not many:
        return [
            Column(f"{name}_{part}", lambda d, part=part: (d[name] or {}).get(f"date_{part}"))  # type: ignore[misc]
            for part in DATE_PARTS
        ]
    if _is(inner, EntityRef) and not many:
        return [
            Column(f"{name}_{key}", lambda d, key=key: (d[name] or {}).get(key))  # type: ignore[misc]
            for key in ("id", "name")
        ]
    if _is(inner, EntityRef):
        stem = name.removesuffix("s")
        return [
            Column(
                f"{stem}_{key}s",
                lambda d, key=key: SEPARATOR.join(ref[key] for ref in d[name]),  # type: ignore[misc]
            )
            for key in ("id", "name")
        ]
    flat: tuple[tuple[str, str], ...] = getattr(inner, "csv_columns", ())
    if flat and not many:
        return [
            Column(column, lambda d, path=path: _at(d[name], path))  # type: ignore[misc]
            for column, path in flat
        ]
    if _is(inner, EvidenceRef, ClaimRef, StanceEvidenceRef):
        return [Column(name, lambda d: SEPARATOR.join(f"{r['type']}:{r['id']}" for r in d[name]))]
    if _is(inner, RelationPublic):
        return [
            Column(
                name,
                lambda d: SEPARATOR.join(f"{r['relation']}:{r['type']}:{r['id']}" for r in d[name]),
            )
        ]
    if _is(inner, BaseModel) and not many:
        return [
            Column(
                f"{name}_{column.name}",
                lambda d, get=column.get: None if d[name] is None else get(d[name]),  # type: ignore[misc]
            )
            for column in columns(inner)
        ]
    if many and not _is(inner, BaseModel):
        return [Column(name, lambda d: SEPARATOR.join(str(v) for v in d[name]))]
    if many or _is(inner, BaseModel):
        return [Column(name, lambda d: json.dumps(d[name], ensure_ascii=False))]
    return [Column(name, lambda d: d[name])]


def columns(model: type[BaseModel]) -> list[Column]:
    top_level = set(model.model_fields)
    return [
        column
        for name, field in model.model_fields.items()
        for column in _field_columns(name, field.annotation, top_level)
    ]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralize(value)


class CsvWriter:
    """RFC 4180 CSV (the csv module's quoting, CRLF line ends), a header row first."""

    quotes_sources = False

    def __init__(self, model: type[BaseModel]) -> None:
        self.columns = columns(model)

    def _rows(self, rows: Sequence[Sequence[Any]]) -> str:
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        return out.getvalue()

    def start(self) -> str:
        return self._rows([[c.name for c in self.columns]])

    def render(self, batch: Batch) -> str:
        dumped = (item.model_dump(mode="json") for item in batch.items)
        return self._rows([[_cell(c.get(d)) for c in self.columns] for d in dumped])

    def end(self) -> str:
        return ""
