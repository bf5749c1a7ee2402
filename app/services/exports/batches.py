"""One batch of an export: read from the database in one go, then rendered without it.

Everything a writer needs is read into the `Batch` (the items as their public models, and
the source texts for a writer that quotes them), so the session can be closed before the
batch is rendered: rendering, and the wait for a client to take the bytes, hold no
connection.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel
from sqlalchemy import select
from sqlmodel import Session, col

from app.collections import REGISTRY
from app.core.config import Settings
from app.models import Document


@dataclass(frozen=True)
class Part:
    """One collection's share of an export, with the list's own parameters."""

    collection: str
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    cursor: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class Batch:
    collection: str
    items: Sequence[BaseModel]
    texts: Mapping[str, str]  # the cited documents' texts by id, for a writer that quotes them
    next_cursor: str | None


class Writer(Protocol):
    # Whether `render` quotes the source texts (read with the batch) around each excerpt.
    quotes_sources: bool

    def start(self) -> str: ...

    def render(self, batch: Batch) -> str: ...

    def end(self) -> str: ...


def _source_texts(session: Session, items: Sequence[BaseModel]) -> dict[str, str]:
    """The texts of the documents a batch cites, by id; only this batch's, so memory follows
    the batch."""
    ids = {getattr(item, "document_id", None) for item in items} - {None}
    if not ids:
        return {}
    rows = session.execute(
        select(col(Document.id), col(Document.text)).where(col(Document.id).in_(ids))
    )
    return {row.id: row.text for row in rows}


def read_batch(
    session: Session, settings: Settings, part: Part, cursor: str | None, writer: Writer
) -> Batch:
    """The batch of `part` after `cursor` (the list engine's keyset page), all read now."""
    spec = REGISTRY[part.collection]
    page = spec.listing.page(
        session,
        part.filters,
        sort=part.sort,
        limit=part.limit or settings.export_batch_size,
        cursor=cursor,
        secret=settings.cursor_secret,
        count=False,
    )
    items = spec.assemble(session, page.rows)
    texts = _source_texts(session, items) if writer.quotes_sources else {}
    return Batch(part.collection, items, texts, page.next_cursor)
