"""Request ids: the caller's `X-Request-ID` when it is sane, a fresh one otherwise; returned on
every response and put on every log line (asgi-correlation-id keeps it in a context variable).

asgi-correlation-id is a small, maintained middleware that does exactly this; its default
validator accepts only UUIDs, which would replace the ids that proxies and other services
send, so any short token of visible ASCII characters is accepted instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from uuid import uuid4

from asgi_correlation_id import correlation_id

REQUEST_ID_HEADER = "X-Request-ID"

_VISIBLE_ASCII = re.compile(r"[\x21-\x7e]+")


def sane_request_id(max_length: int) -> Callable[[str], bool]:
    """Bounded, and printable without spaces, so it is safe to log and to echo in a header."""

    def is_sane(value: str) -> bool:
        return len(value) <= max_length and _VISIBLE_ASCII.fullmatch(value) is not None

    return is_sane


def new_request_id() -> str:
    return uuid4().hex


def request_id_header() -> dict[str, str]:
    """The current request's id as a response header, for responses rendered outside the
    middleware (Starlette answers an unhandled error outside every middleware)."""
    value = correlation_id.get()
    return {REQUEST_ID_HEADER: value} if value else {}
