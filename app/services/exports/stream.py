"""The batches of a streamed export after its first, read as the client takes them.

Each batch is read and rendered in a worker thread, in a short session of its own that is
closed before the batch is rendered; the thread is given back as soon as the bytes are ready.
The next batch is read only once the server has taken this one (an ASGI `send` waits while the
client is not reading), so a client that stops reading holds no connection, no thread and one
batch's bytes, whatever the size of the export. The stream holds its export slot until it is
closed.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Sequence

import anyio.to_thread
from sqlalchemy import Connection, Engine
from sqlmodel import Session

from app.core.config import Settings
from app.services.exports.batches import Part, Writer, read_batch
from app.services.exports.capacity import Slot, batch_turn


class ExportStream:
    """`chunks` are the export's bytes from its first batch, already rendered (`head`), to
    the writer's end; `aclose` stops them and gives the slot back."""

    def __init__(
        self,
        bind: Engine | Connection,
        settings: Settings,
        parts: Sequence[Part],
        writer: Writer,
        slot: Slot,
        *,
        head: str,
        cursor: str | None,
    ) -> None:
        """`bind`: the request session's engine; `cursor`: where the first part goes on after
        `head` (None: it is done)."""
        self.bind, self.settings, self.writer, self.slot = bind, settings, writer, slot
        first, *others = parts
        self._steps: list[tuple[Part, str | None]] = [(first, cursor)] if cursor else []
        self._steps += [(part, part.cursor) for part in others]
        self.chunks: AsyncGenerator[bytes, None] = self._chunks(head)

    async def _chunks(self, head: str) -> AsyncGenerator[bytes, None]:
        yield head.encode()
        for part, start in self._steps:
            cursor: str | None = start
            while True:
                chunk, cursor = await anyio.to_thread.run_sync(self._next_batch, part, cursor)
                if chunk:
                    yield chunk
                if cursor is None:
                    break
        yield self.writer.end().encode()

    def _next_batch(self, part: Part, cursor: str | None) -> tuple[bytes, str | None]:
        """The batch after `cursor`, rendered once its connection is back in the pool."""
        with batch_turn():
            with Session(self.bind) as session:
                batch = read_batch(session, self.settings, part, cursor, self.writer)
            return self.writer.render(batch).encode(), batch.next_cursor

    async def aclose(self) -> None:
        try:
            await self.chunks.aclose()
        finally:
            self.slot.release()
