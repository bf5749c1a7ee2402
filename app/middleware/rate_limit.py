"""Rate limits on `/v1`, with the `limits` library: per API key, with separate budgets for
reads (GET, HEAD) and writes, and per client address for everything else.

It runs outside the response cache, so a cached answer costs a client its budget like any
other; and inside authentication (`app.middleware.authentication`), so it charges what was
verified, never what a header claims. A verified key spends only its own budgets, so a bad
neighbour behind the same address does not lock it out, and nobody can spend a key's budget
by presenting its id with a forged secret. A request without a key, and one whose key was
refused, is charged to its address, before it is answered: forged keys cannot buy fresh
budgets. The address is the ASGI client: behind a trusted proxy,
`uvicorn --proxy-headers --forwarded-allow-ips=…` makes it the forwarded one.

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
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.config import Settings, async_storage_uri
from app.core.errors import problem_response
from app.middleware.authentication import outcome
from app.services.api_keys import Principal

STRATEGIES: dict[str, type[RateLimiter]] = {
    "moving-window": MovingWindowRateLimiter,
    "fixed-window": FixedWindowRateLimiter,
    "sliding-window-counter": SlidingWindowCounterRateLimiter,
}
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# On 429 answers only: reading a window's state costs as much again as counting the hit
# (about 10 µs with `memory://`), a third of a cached answer's whole cost.
RATE_LIMIT_HEADERS = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After")


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
        items, identity = self._charge(scope)
        for item in items:
            if not await self.limiter.hit(item, *identity):
                await self._refuse(scope, receive, send, item, identity)
                return
        await self.app(scope, receive, send)

    def _charge(self, scope: Scope) -> tuple[list[RateLimitItem], tuple[str, ...]]:
        """The budgets to charge and whose: the verified key's, for its kind of request;
        else (no key, or a refused one) the client address's."""
        decided = outcome(scope)
        if isinstance(decided, Principal) and decided.key_id is not None:
            if scope["method"] in READ_METHODS:
                return self.read, ("key", decided.key_id, "read")
            return self.write, ("key", decided.key_id, "write")
        client = scope.get("client")
        return self.anonymous, ("address", client[0] if client else "unknown")

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
        whose = "this API key" if identity[0] == "key" else "this client address"
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
