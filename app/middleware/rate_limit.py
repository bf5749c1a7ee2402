"""Rate limits on `/v1`, with the `limits` library: per API key, with separate budgets for
reads (GET, HEAD) and writes, and per client address for requests without a key.

It runs outside the response cache, so a cached answer costs a client its budget like any
other. The key is told apart by the id in its token (`brf_<id>_…`), without a database
look-up; a forged id therefore gets a budget of its own, but every request whose key the API
rejects (401) is charged to its address's anonymous budget, and an address that has used
that up gets 429 for whatever key it presents. The address is the ASGI client: behind a
trusted proxy, `uvicorn --proxy-headers --forwarded-allow-ips=…` makes it the forwarded one.

Counters live where `RATE_LIMIT_STORAGE_URI` says: `memory://` keeps them per worker
process, so `--workers N` multiplies every budget by N; `redis://…` shares them.
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, parse_many
from limits.aio.strategies import (
    FixedWindowRateLimiter,
    MovingWindowRateLimiter,
    RateLimiter,
    SlidingWindowCounterRateLimiter,
)
from limits.storage import storage_from_string
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings, async_storage_uri
from app.core.errors import problem_response
from app.services.api_keys import KEY_PATTERN

STRATEGIES: dict[str, type[RateLimiter]] = {
    "moving-window": MovingWindowRateLimiter,
    "fixed-window": FixedWindowRateLimiter,
    "sliding-window-counter": SlidingWindowCounterRateLimiter,
}
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_BEARER = b"bearer "
# On 429 answers only: reading a window's state costs as much again as counting the hit
# (about 10 µs with `memory://`), a third of a cached answer's whole cost.
RATE_LIMIT_HEADERS = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After")


def _key_id(scope: Scope) -> str | None:
    """The id of the API key the request presents, if it has the shape of one."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            if value[: len(_BEARER)].lower() != _BEARER:
                return None
            match = KEY_PATTERN.match(value[len(_BEARER) :].decode("latin-1").strip())
            return match.group(1) if match else None
    return None


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, *, settings: Settings, prefix: str = "/v1/") -> None:
        self.app, self.prefix = app, prefix
        storage = storage_from_string(async_storage_uri(settings.rate_limit_storage_uri))
        self.limiter = STRATEGIES[settings.rate_limit_strategy](storage)
        self.read = parse_many(settings.rate_limit_read)
        self.write = parse_many(settings.rate_limit_write)
        self.anonymous = parse_many(settings.rate_limit_anonymous)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else "unknown"
        key_id = _key_id(scope)
        identity: tuple[str, ...]
        if key_id is None:
            items, identity = self.anonymous, ("address", address)
        else:
            for item in self.anonymous:  # an address that keeps presenting rejected keys
                if not await self.limiter.test(item, "rejected", address):
                    await self._refuse(scope, receive, send, item, ("rejected", address))
                    return
            kind = "read" if scope["method"] in READ_METHODS else "write"
            items = self.read if kind == "read" else self.write
            identity = ("key", key_id, kind)
        for item in items:
            if not await self.limiter.hit(item, *identity):
                await self._refuse(scope, receive, send, item, identity)
                return

        async def counted(message: Message) -> None:
            rejected = message["type"] == "http.response.start" and message["status"] == 401
            if rejected and key_id is not None:
                for item in self.anonymous:
                    await self.limiter.hit(item, "rejected", address)
            await send(message)

        await self.app(scope, receive, counted)

    async def _refuse(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        item: RateLimitItem,
        identity: tuple[str, ...],
    ) -> None:
        stats = await self.limiter.get_window_stats(item, *identity)
        wait = str(_seconds_until(stats.reset_time))
        whose = {"key": "this API key", "address": "this client address"}.get(
            identity[0], "this client address, after too many rejected API keys"
        )
        response = problem_response(
            Request(scope),
            429,
            f"Rate limit of {item} exceeded for {whose}; retry after {wait} seconds.",
            problem="rate-limited",
            headers={
                "Retry-After": wait,
                "RateLimit-Limit": str(item.amount),
                "RateLimit-Remaining": "0",
                "RateLimit-Reset": wait,
                "Cache-Control": "no-store",
            },
        )
        await response(scope, receive, send)


def _seconds_until(reset_time: float) -> int:
    return max(1, math.ceil(reset_time - time.time()))
