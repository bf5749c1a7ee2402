"""Rate limits on `/v1`, with the `limits` library: per API key, with separate budgets for
reads (GET, HEAD) and writes, and per client address for requests without a key.

It runs outside the response cache, so a cached answer costs a client its budget like any
other. The key is told apart by the id in its token (`brf_<id>_…`), without a database
look-up. Until the API has accepted a key id (`authenticate` found it valid), each request that
presents it is also charged, up front, to its address's budget for unverified keys: forged
ids cannot buy fresh budgets, nor can a burst of them slip past before their 401s come back,
and an address that has used that budget up gets 429 for any key it has not yet proven. A
key once accepted spends only its own budgets, so a bad neighbour behind the same address
does not lock it out; a 401 for it (revoked) makes it unverified again. The address is the
ASGI client: behind a trusted proxy, `uvicorn --proxy-headers --forwarded-allow-ips=…`
makes it the forwarded one.

Counters live where `RATE_LIMIT_STORAGE_URI` says: `memory://` keeps them per worker
process, so `--workers N` multiplies every budget by N; `redis://…` shares them. Which key
ids are verified is remembered per process for `VERIFIED_SECONDS`.
"""

from __future__ import annotations

import math
import time

from cachetools import TTLCache
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
from app.services.api_keys import KEY_PATTERN, VERIFIED_KEYS_SCOPE

STRATEGIES: dict[str, type[RateLimiter]] = {
    "moving-window": MovingWindowRateLimiter,
    "fixed-window": FixedWindowRateLimiter,
    "sliding-window-counter": SlidingWindowCounterRateLimiter,
}
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
VERIFIED_SECONDS = 3600
VERIFIED_MAX = 100_000
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
        self.verified: TTLCache[str, bool] = TTLCache(VERIFIED_MAX, VERIFIED_SECONDS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else "unknown"
        key_id = _key_id(scope)
        charges: list[tuple[list[RateLimitItem], tuple[str, ...]]] = []
        if key_id is None:
            charges.append((self.anonymous, ("address", address)))
        else:
            if key_id not in self.verified:
                charges.append((self.anonymous, ("rejected", address)))
            kind = "read" if scope["method"] in READ_METHODS else "write"
            charges.append((self.read if kind == "read" else self.write, ("key", key_id, kind)))
        for items, identity in charges:
            for item in items:
                if not await self.limiter.hit(item, *identity):
                    await self._refuse(scope, receive, send, item, identity)
                    return

        accepted: set[str] = set()
        scope[VERIFIED_KEYS_SCOPE] = accepted

        async def counted(message: Message) -> None:
            if message["type"] == "http.response.start" and key_id is not None:
                if key_id in accepted:
                    self.verified[key_id] = True
                elif message["status"] == 401 and self.verified.pop(key_id, False):
                    for item in self.anonymous:  # revoked: charge what was skipped
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
