"""Request ids: the caller's `X-Request-ID` when it is sane, a fresh one otherwise; kept in a
context variable for every log line of the request, and returned on every response by
`app.middleware.request_id`."""

from __future__ import annotations

import itertools
import re
import secrets
from collections.abc import Callable
from contextvars import ContextVar

REQUEST_ID_HEADER = "X-Request-ID"

current_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)

_VISIBLE_ASCII = re.compile(r"[\x21-\x7e]+")


def sane_request_id(max_length: int) -> Callable[[str], bool]:
    """Bounded, and printable without spaces, so it is safe to log and to echo in a header;
    ids from proxies and other services come in many shapes, not only UUIDs."""

    def is_sane(value: str) -> bool:
        return len(value) <= max_length and _VISIBLE_ASCII.fullmatch(value) is not None

    return is_sane


# A random prefix per process and a counter: unique across processes and requests, and a
# fraction of uuid4's cost (a tenth of a cached answer went to uuid4).
_PREFIX = secrets.token_hex(10)
_COUNTER = itertools.count()


def new_request_id() -> str:
    """32 hex digits, like a UUID's, never repeated by this process."""
    return f"{_PREFIX}{next(_COUNTER) & 0xFFFFFFFFFFFF:012x}"
