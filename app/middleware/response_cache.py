"""Whole GET responses under `/v1`, kept per process until the data changes.

An entry is the response exactly as it leaves compression and the ETag layer (so its ETag
is the one an uncached answer would carry), keyed by everything that shapes those bytes:
scheme, host (the `Link` header holds absolute URLs), origin (the CORS headers), path,
query string, `Accept` (lists negotiate JSON, CSV, NDJSON or JSON-LD on it) and whether the
client takes gzip. It sits outside the whole application, so a
hit costs none of the framework's layers. It is valid for the data generation it was built in
(`app.core.data_version`); any committed write, from any process, moves the generation on.
Only complete single-chunk 200s are kept, so a streamed response is never buffered. A
request's `If-None-Match` is answered here against the entry's ETag.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cachetools import LRUCache
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.middleware.bodies import whole_or_streamed
from app.middleware.etag import CONDITIONAL_HEADERS, etag_matches

CACHE_STATUS_HEADER = b"x-cache"
# Request headers that shape the stored bytes: absolute URLs in `Link` (host), the CORS
# headers (origin), the representation (accept), the content coding; the one the answer is
# conditional on; and the API key, whose presence sends the request past the cache.
_KEY_HEADERS = (
    b"host",
    b"origin",
    b"accept",
    b"accept-encoding",
    b"if-none-match",
    b"authorization",
)
_ENTRY_OVERHEAD = 512  # bytes beyond the body: key, headers, bookkeeping


@dataclass(frozen=True)
class Entry:
    generation: int
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str | None


def _size(entry: Entry) -> int:
    return len(entry.body) + _ENTRY_OVERHEAD


class ResponseCacheMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: int,
        generation: Callable[[], int | None],
        prefix: str = "/v1/",
    ) -> None:
        self.app, self.generation, self.prefix = app, generation, prefix
        self.max_entry = max_bytes // 8  # one huge page must not flush everything else
        self.entries: LRUCache[tuple[object, ...], Entry] | None = (
            LRUCache(maxsize=max_bytes, getsizeof=_size) if max_bytes > 0 else None
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        cacheable = (
            self.entries is not None
            and scope["type"] == "http"
            and scope["method"] == "GET"
            and scope["path"].startswith(self.prefix)
        )
        generation = self.generation() if cacheable else None
        if generation is None:
            await self.app(scope, receive, send)
            return
        assert self.entries is not None
        wanted = dict.fromkeys(_KEY_HEADERS, b"")
        seen: set[bytes] = set()
        ambiguous = False
        for name, value in scope["headers"]:
            if name in wanted:
                ambiguous = ambiguous or name in seen
                seen.add(name)
                wanted[name] = value
        if b"authorization" in seen or ambiguous:
            # What a key may see, and whether it is still valid, is decided on every request.
            # A header given twice is read by the app as its first value; keying the entry on
            # either one would let one client's answer be served to others.
            await self.app(scope, receive, send)
            return
        key = (
            scope["scheme"],
            scope.get("root_path", ""),
            scope["path"],
            scope["query_string"],
            wanted[b"host"],
            wanted[b"origin"],
            wanted[b"accept"],
            b"gzip" in wanted[b"accept-encoding"],
        )
        entry = self.entries.get(key)
        if entry is not None and entry.generation == generation:
            await _answer(entry, wanted[b"if-none-match"], send, b"hit")
            return
        await self._fill(scope, receive, send, key, generation, wanted[b"if-none-match"])

    async def _fill(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: tuple[object, ...],
        generation: int,
        if_none_match: bytes,
    ) -> None:
        """Ask for the full response (not a 304), keep it if it can be kept, then answer."""
        unconditional = [(k, v) for k, v in scope["headers"] if k.lower() != b"if-none-match"]

        async def keep(start: Message, body: bytes) -> None:
            entry = Entry(
                generation=generation,
                status=start["status"],
                headers=list(start["headers"]),
                body=body,
                etag=Headers(raw=start["headers"]).get("etag"),
            )
            cacheable = (
                entry.status == 200 and entry.etag is not None and len(entry.body) <= self.max_entry
            )
            if cacheable and self.entries is not None:
                self.entries[key] = entry
            await _answer(entry, if_none_match, send, b"miss" if cacheable else None)

        await self.app({**scope, "headers": unconditional}, receive, whole_or_streamed(send, keep))


async def _answer(entry: Entry, if_none_match: bytes, send: Send, status: bytes | None) -> None:
    headers = entry.headers + ([(CACHE_STATUS_HEADER, status)] if status else [])
    if entry.etag and if_none_match and etag_matches(if_none_match.decode("latin-1"), entry.etag):
        kept = [(k, v) for k, v in headers if k.decode().lower() in CONDITIONAL_HEADERS]
        await send({"type": "http.response.start", "status": 304, "headers": kept})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": entry.status, "headers": headers})
    await send({"type": "http.response.body", "body": entry.body})
