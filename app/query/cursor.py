"""Opaque, tamper-evident keyset cursors.

A cursor carries the last row's sort key and id, the sort and a fingerprint of the filters
it was issued for, signed with HMAC-SHA256. A forged, truncated or foreign cursor, or one
replayed against different filters or sort, is rejected instead of returning a wrong page.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from app.core.errors import InvalidCursor

_SIGNATURE_BYTES = 16


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fingerprint(value: Any) -> str:
    """A short stable hash of a JSON-able value (the filters a cursor belongs to)."""
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _sign(secret: str, payload: bytes) -> bytes:
    return hmac.new(secret.encode(), payload, hashlib.sha256).digest()[:_SIGNATURE_BYTES]


def encode_cursor(secret: str, payload: dict[str, Any]) -> str:
    body = json.dumps(payload, separators=(",", ":"), default=str).encode()
    return _b64encode(body + _sign(secret, body))


def decode_cursor(secret: str, token: str) -> dict[str, Any]:
    try:
        raw = _b64decode(token)
    except (ValueError, TypeError) as exc:
        raise InvalidCursor("The cursor is not a cursor this API issued.") from exc
    body, signature = raw[:-_SIGNATURE_BYTES], raw[-_SIGNATURE_BYTES:]
    if len(raw) <= _SIGNATURE_BYTES or not hmac.compare_digest(signature, _sign(secret, body)):
        raise InvalidCursor("The cursor is not a cursor this API issued, or it was altered.")
    payload = json.loads(body)
    if not isinstance(payload, dict):
        raise InvalidCursor("The cursor is malformed.")
    return payload
