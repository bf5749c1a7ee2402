"""Strong ETags, conditional GETs and Cache-Control for successful GET responses.

The tag hashes the identity body, unless the route set one: an item's detail sets the tag
derived from its version (`app.services.etags`), which `If-Match` checks on writes. GZip
runs outside this middleware and changes the bytes
on the wire, so a gzip-encoded variant gets its own tag (`"…-gzip"`), as a strong validator
must differ between content codings (RFC 9110 §8.8.1); `Vary: Accept-Encoding` says so.
A response that says `Cache-Control: no-store` (health, readiness, metrics) is left as is,
and so is a streamed one (its first body message says `more_body`): an export is sent as it
is produced, never buffered to be hashed, so it carries no ETag.
"""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.middleware.bodies import whole_or_streamed

CONDITIONAL_HEADERS = ("etag", "cache-control", "vary", "link", "content-location")


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison, as RFC 9110 §13.1.2 prescribes for If-None-Match."""
    if if_none_match.strip() == "*":
        return True
    opaque = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == opaque for tag in if_none_match.split(","))


class ETagMiddleware:
    def __init__(
        self, app: ASGIApp, *, max_age: int, gzip_minimum_size: int, private: bool = False
    ) -> None:
        """`private`: answers that need an API key must not be kept by shared caches."""
        self.app = app
        self.cache_control = f"{'private' if private else 'public'}, max-age={max_age}"
        # An answer to a request with an API key may hold what only that key may see
        # (drafts): shared caches must not keep it, and the client revalidates each time.
        self.private_cache_control = "private, no-cache"
        self.gzip_minimum_size = gzip_minimum_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        request_headers = Headers(scope=scope)

        async def finish(start: Message, body: bytes) -> None:
            await self._finish(start, body, request_headers, send)

        await self.app(scope, receive, whole_or_streamed(send, finish))

    async def _finish(
        self, start: Message, body: bytes, request_headers: Headers, send: Send
    ) -> None:
        headers = MutableHeaders(raw=start["headers"])
        if start["status"] != 200 or "no-store" in headers.get("cache-control", ""):
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        preset = headers.get("etag")
        tag = preset.strip('"') if preset else hashlib.sha256(body).hexdigest()[:32]
        gzipped = (
            "gzip" in request_headers.get("accept-encoding", "")
            and len(body) >= self.gzip_minimum_size
        )
        etag = f'"{tag}-gzip"' if gzipped else f'"{tag}"'
        headers["ETag"] = etag
        headers.setdefault(
            "Cache-Control",
            self.private_cache_control
            if "authorization" in request_headers
            else self.cache_control,
        )
        if len(body) < self.gzip_minimum_size:  # above it, GZipMiddleware adds Vary itself
            headers.add_vary_header("Accept-Encoding")
        headers.add_vary_header("Authorization")
        if_none_match = request_headers.get("if-none-match")
        if if_none_match and etag_matches(if_none_match, etag):
            # A 304 repeats the 200's Vary (RFC 9110 §15.4.5); GZip adds nothing to it.
            headers.add_vary_header("Accept-Encoding")
            kept = [(k, v) for k, v in headers.raw if k.decode().lower() in CONDITIONAL_HEADERS]
            await send({"type": "http.response.start", "status": 304, "headers": kept})
            await send({"type": "http.response.body", "body": b""})
            return
        await send(start)
        await send({"type": "http.response.body", "body": body})
