"""Exports: a list, or the whole corpus, as CSV, NDJSON or JSON-LD, in constant memory.

An export walks the same list engine as the JSON pages (same filters, same sort, same
public models, so an NDJSON line is exactly a JSON page's item), in keyset batches of
`export_batch_size` items, each rendered and sent before the next is read. The first batch
is read before anything is sent: a bad filter, sort or cursor is still a problem response,
since nothing can change the status once the body has begun.

`cursor` and `limit` mean what they mean for the JSON page: an export starts after `cursor`;
with `limit` it is that one page (at most `limit` items, and its next cursor in a
`Link: rel="next"` header); without `limit` it runs to the last matching item.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel
from sqlmodel import Session

from app.collections import REGISTRY
from app.core.config import Settings
from app.core.db import get_engine
from app.query.listing import PageResult
from app.services.exports.linked_data import JsonLdWriter
from app.services.exports.negotiation import ExportFormat
from app.services.exports.tabular import CsvWriter

# The whole corpus, each collection after the ones its items refer to.
CORPUS_ORDER = tuple(spec.name for spec in REGISTRY.by_export_order())


class Writer(Protocol):
    def start(self) -> str: ...

    def render(self, session: Session, collection: str, items: Sequence[BaseModel]) -> str: ...

    def end(self) -> str: ...


class NdjsonWriter:
    """One item per line, byte for byte the JSON page's item; `typed` wraps each as
    `{"type": "quote", "item": {…}}`, for a stream that mixes collections."""

    def __init__(self, *, typed: bool = False) -> None:
        self.typed = typed

    def start(self) -> str:
        return ""

    def render(self, session: Session, collection: str, items: Sequence[BaseModel]) -> str:
        if self.typed:
            kind = REGISTRY[collection].noun
            return "".join(f'{{"type":"{kind}","item":{i.model_dump_json()}}}\n' for i in items)
        return "".join(f"{item.model_dump_json()}\n" for item in items)

    def end(self) -> str:
        return ""


def writer_for(fmt: ExportFormat, collection: str, base_url: str) -> Writer:
    if fmt is ExportFormat.csv:
        return CsvWriter(REGISTRY[collection].public)
    if fmt is ExportFormat.jsonld:
        return JsonLdWriter(base_url)
    return NdjsonWriter()


@dataclass(frozen=True)
class Part:
    """One collection's share of an export, with the list's own parameters."""

    collection: str
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    cursor: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class Export:
    chunks: Iterator[str]
    streamed: bool  # False: one bounded page, already rendered
    next_cursor: str | None = None


def _page(session: Session, settings: Settings, part: Part, cursor: str | None) -> PageResult:
    return REGISTRY[part.collection].listing.page(
        session,
        part.filters,
        sort=part.sort,
        limit=part.limit or settings.export_batch_size,
        cursor=cursor,
        secret=settings.cursor_secret,
        count=False,
    )


def _render(session: Session, writer: Writer, collection: str, page: PageResult) -> str:
    return writer.render(session, collection, REGISTRY[collection].assemble(session, page.rows))


def open_export(
    session: Session, settings: Settings, parts: Sequence[Part], writer: Writer
) -> Export:
    """Validate and read the first batch now; the rest is read as the chunks are consumed."""
    first = parts[0]
    page = _page(session, settings, first, first.cursor)
    head = writer.start() + _render(session, writer, first.collection, page)
    if first.limit is not None:
        return Export(iter([head + writer.end()]), streamed=False, next_cursor=page.next_cursor)
    # The request's session is done: end its transaction and give its connection back now,
    # rather than hold both for as long as the client takes to read the stream.
    session.close()
    return Export(_rest(settings, parts, writer, head, page.next_cursor), streamed=True)


def _rest(
    settings: Settings, parts: Sequence[Part], writer: Writer, head: str, cursor: str | None
) -> Iterator[str]:
    """Every batch after the first, each in a short session of its own: a slow client holds
    no connection or transaction between batches."""
    yield head
    for index, part in enumerate(parts):
        if index > 0:
            cursor = part.cursor
        elif cursor is None:
            continue
        while True:
            with Session(get_engine()) as session:
                page = _page(session, settings, part, cursor)
                chunk = _render(session, writer, part.collection, page)
            if chunk:
                yield chunk
            cursor = page.next_cursor
            if cursor is None:
                break
    yield writer.end()
