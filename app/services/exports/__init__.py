"""Exports: a list, or the whole corpus, as CSV, NDJSON or JSON-LD, in constant memory.

An export walks the same list engine as the JSON pages (same filters, same sort, same
public models, so an NDJSON line is exactly a JSON page's item), in keyset batches of
`export_batch_size` items, each rendered and sent before the next is read (`stream`). The
first batch is read before anything is sent: a bad filter, sort or cursor is still a problem
response, since nothing can change the status once the body has begun. A worker streams at
most `export_max_concurrent` exports at once (`capacity`).

`cursor` and `limit` mean what they mean for the JSON page: an export starts after `cursor`;
with `limit` it is that one page (at most `limit` items, and its next cursor in a
`Link: rel="next"` header); without `limit` it runs to the last matching item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from app.collections import REGISTRY
from app.core.config import Settings
from app.core.foreground import step_back
from app.services.exports.batches import Batch, Part, Writer, read_batch
from app.services.exports.capacity import EXPORT_SLOTS, batch_turn
from app.services.exports.linked_data import JsonLdWriter
from app.services.exports.negotiation import ExportFormat
from app.services.exports.stream import ExportStream
from app.services.exports.tabular import CsvWriter

__all__ = ["CORPUS_ORDER", "Export", "NdjsonWriter", "Part", "open_export", "writer_for"]

# The whole corpus, each collection after the ones its items refer to.
CORPUS_ORDER = tuple(spec.name for spec in REGISTRY.by_export_order())


class NdjsonWriter:
    """One item per line, byte for byte the JSON page's item; `typed` wraps each as
    `{"type": "quote", "item": {…}}`, for a stream that mixes collections."""

    quotes_sources = False

    def __init__(self, *, typed: bool = False) -> None:
        self.typed = typed

    def start(self) -> str:
        return ""

    def render(self, batch: Batch) -> str:
        if self.typed:
            kind = REGISTRY[batch.collection].noun
            return "".join(
                f'{{"type":"{kind}","item":{i.model_dump_json()}}}\n' for i in batch.items
            )
        return "".join(f"{item.model_dump_json()}\n" for item in batch.items)

    def end(self) -> str:
        return ""


def writer_for(fmt: ExportFormat, collection: str, base_url: str) -> Writer:
    if fmt is ExportFormat.csv:
        return CsvWriter(REGISTRY[collection].public)
    if fmt is ExportFormat.jsonld:
        return JsonLdWriter(base_url)
    return NdjsonWriter()


@dataclass(frozen=True)
class Export:
    """One bounded page, already rendered (`body`), or a `stream` of the whole list."""

    body: str | None = None
    stream: ExportStream | None = None
    next_cursor: str | None = None


def open_export(
    session: Session, settings: Settings, parts: Sequence[Part], writer: Writer
) -> Export:
    """Validate and read the first batch now; the rest is read as the client takes it.

    A streamed export takes one of the worker's export slots first (`ExportsBusy`, a 503,
    when none is free), so a refused export costs no query; it is given back by the
    stream's `aclose`, or here if the first batch fails."""
    first = parts[0]
    if first.limit is not None:
        batch = read_batch(session, settings, first, first.cursor, writer)
        body = writer.start() + writer.render(batch) + writer.end()
        return Export(body=body, next_cursor=batch.next_cursor)
    slot = EXPORT_SLOTS.take(settings.export_max_concurrent)
    step_back()  # a stream is bulk work: its batches wait for the requests someone waits on
    try:
        bind = session.get_bind()
        session.close()  # the request's connection goes back while the export waits its turn
        with batch_turn():
            batch = read_batch(session, settings, first, first.cursor, writer)
            # The request's session is done: end its transaction and give its connection
            # back before rendering, rather than hold both for as long as the client reads.
            session.close()
            head = writer.start() + writer.render(batch)
    except BaseException:
        slot.release()
        raise
    stream = ExportStream(bind, settings, parts, writer, slot, head=head, cursor=batch.next_cursor)
    return Export(stream=stream)
