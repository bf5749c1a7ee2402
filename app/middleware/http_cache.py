"""HTTP caching in one layer: strong ETags, `If-None-Match`, Cache-Control and Vary for
successful GETs, and the per-process store of whole `/v1` answers.

It sits outside compression and tags what leaves it, so it never predicts what GZip will do:
a body that left gzip-encoded gets the tag of its identity bytes with `-gzip` appended, as a
strong validator must differ between content codings (RFC 9110 §8.8.1). The tag hashes the
identity body unless the route set one: an item's detail sets the tag derived from its
version (`app.services.etags`), which `If-Match` checks on writes. A response that says
`Cache-Control: no-store` (health, readiness, metrics) is left as is, and so is a streamed
one (its first body message says `more_body`): an export is sent as it is produced, never
buffered to be hashed, so it carries no ETag.

Tagged `/v1` answers to requests without an API key are kept, whole and compressed as sent,
until the data changes. An entry is keyed by everything that shapes its bytes: scheme, host
(the `Link` header holds absolute URLs), origin (the CORS headers), path, query string,
`Accept` (lists negotiate JSON, CSV, NDJSON or JSON-LD on it) and whether the client takes
gzip. It is valid for the data generation it was built in (`app.core.data_version`); any
committed write, from any process, moves the generation on. A hit is answered here, outside
routing, dependencies and every inner layer. `If-None-Match` is answered here, once, for
hits and misses alike.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from cachetools import LRUCache
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.middleware.bodies import whole_or_streamed

CACHE_STATUS_HEADER = b"x-cache"
CONDITIONAL_HEADERS = ("etag", "cache-control", "vary", "link", "content-location")
# Request headers that shape the answer: absolute URLs in `Link` (host), the CORS headers
# (origin), the representation (accept), the content coding; the one the answer is
# conditional on; and the API key, whose presence sends the request past the store.
_KEY_HEADERS = (
    b"host",
    b"origin",
    b"accept",
    b"accept-encoding",
    b"if-none-match",
    b"authorization",
)
_ENTRY_OVERHEAD = 512  # bytes beyond the body: key, headers, bookkeeping
_GZIP_WINDOW = 16 + zlib.MAX_WBITS


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison, as RFC 9110 §13.1.2 prescribes for If-None-Match."""
    if if_none_match.strip() == "*":
        return True
    opaque = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == opaque for tag in if_none_match.split(","))


@dataclass(frozen=True)
class Entry:
    generation: int | None
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str | None


def _size(entry: Entry) -> int:
    return len(entry.body) + _ENTRY_OVERHEAD


def _add_vary(headers: MutableHeaders, name: str) -> None:
    """Name a request header in Vary once, whoever named it before (GZip does)."""
    listed = [token.strip().lower() for token in headers.get("vary", "").split(",")]
    if name.lower() not in listed:
        headers.add_vary_header(name)


def _request_headers(scope: Scope) -> tuple[dict[bytes, bytes], bool]:
    """The request headers this layer reads, in one pass; and whether one of them was
    given twice (the app reads the first, so keying on either would mix clients up)."""
    wanted = dict.fromkeys(_KEY_HEADERS, b"")
    seen: set[bytes] = set()
    ambiguous = False
    for name, value in scope["headers"]:
        if name in wanted:
            if name in seen:
                ambiguous = True
                continue
            seen.add(name)
            wanted[name] = value
    wanted[b"authorization"] = b"1" if b"authorization" in seen else b""
    return wanted, ambiguous


class HttpCacheMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_age: int,
        private: bool,
        max_bytes: int,
        generation: Callable[[], int | None],
        prefix: str = "/v1/",
    ) -> None:
        """`private`: answers that need an API key must not be kept by shared caches.
        `max_bytes` bounds the store (0 turns it off); `generation` is None while the
        data's generation is unknown, and then nothing is stored or served from the store."""
        self.app, self.generation, self.prefix = app, generation, prefix
        self.cache_control = f"{'private' if private else 'public'}, max-age={max_age}"
        # An answer to a request with an API key may hold what only that key may see
        # (drafts): shared caches must not keep it, and the client revalidates each time.
        self.private_cache_control = "private, no-cache"
        self.max_entry = max_bytes // 8  # one huge page must not flush everything else
        self.entries: LRUCache[tuple[object, ...], Entry] | None = (
            LRUCache(maxsize=max_bytes, getsizeof=_size) if max_bytes > 0 else None
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        wanted, ambiguous = _request_headers(scope)
        storable = (
            self.entries is not None
            and not ambiguous
            and not wanted[b"authorization"]
            and scope["path"].startswith(self.prefix)
        )
        generation = self.generation() if storable else None
        key = self._key(scope, wanted) if generation is not None else None
        if key is not None and self.entries is not None:
            entry = self.entries.get(key)
            if entry is not None and entry.generation == generation:
                await _answer(entry, wanted[b"if-none-match"], send, b"hit")
                return

        async def finish(start: Message, body: bytes) -> None:
            entry = self._tagged(start, body, keyed=bool(wanted[b"authorization"]), gen=generation)
            kept = self._keep(key, entry)
            await _answer(entry, wanted[b"if-none-match"], send, kept)

        await self.app(scope, receive, whole_or_streamed(send, finish))

    @staticmethod
    def _key(scope: Scope, wanted: dict[bytes, bytes]) -> tuple[object, ...]:
        return (
            scope["scheme"],
            scope.get("root_path", ""),
            scope["path"],
            scope["query_string"],
            wanted[b"host"],
            wanted[b"origin"],
            wanted[b"accept"],
            b"gzip" in wanted[b"accept-encoding"],
        )

    def _tagged(self, start: Message, body: bytes, *, keyed: bool, gen: int | None) -> Entry:
        """The answer as it will leave: a successful one with its ETag, Cache-Control and
        Vary; any other untouched (and without an ETag, so it is neither kept nor a 304)."""
        headers = MutableHeaders(raw=list(start["headers"]))
        status = start["status"]
        if status != 200 or "no-store" in headers.get("cache-control", ""):
            return Entry(gen, status, headers.raw, body, None)
        gzipped = headers.get("content-encoding") == "gzip"
        preset = headers.get("etag")
        if preset:
            tag = preset.strip('"')
        else:
            identity = zlib.decompress(body, _GZIP_WINDOW) if gzipped else body
            tag = hashlib.sha256(identity).hexdigest()[:32]
        etag = f'"{tag}-gzip"' if gzipped else f'"{tag}"'
        headers["ETag"] = etag
        headers.setdefault(
            "Cache-Control", self.private_cache_control if keyed else self.cache_control
        )
        _add_vary(headers, "Accept-Encoding")
        _add_vary(headers, "Authorization")
        return Entry(gen, status, headers.raw, body, etag)

    def _keep(self, key: tuple[object, ...] | None, entry: Entry) -> bytes | None:
        """Store `entry` under `key` if it can be kept; b"miss" if it was."""
        if key is None or self.entries is None or entry.etag is None:
            return None
        if len(entry.body) > self.max_entry:
            return None
        self.entries[key] = entry
        return b"miss"


async def _answer(entry: Entry, if_none_match: bytes, send: Send, status: bytes | None) -> None:
    """Send `entry`, or a 304 with its validators if `If-None-Match` names its tag."""
    headers = entry.headers + ([(CACHE_STATUS_HEADER, status)] if status else [])
    if entry.etag and if_none_match and etag_matches(if_none_match.decode("latin-1"), entry.etag):
        kept = [(k, v) for k, v in headers if k.decode().lower() in CONDITIONAL_HEADERS]
        await send({"type": "http.response.start", "status": 304, "headers": kept})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": entry.status, "headers": headers})
    await send({"type": "http.response.body", "body": entry.body})
