"""Creating, checking, listing and revoking API keys.

A key reads `brf_<id>_<secret>`: the id finds the row, the secret is compared with the
stored SHA-256. The secret is 256 random bits, so a fast hash is the right one: there is
nothing to brute-force that a slow hash would protect, and every request checks a key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.core.errors import Unauthorized
from app.models import ApiKey, Scope

PREFIX = "brf"
KEY_PATTERN = re.compile(rf"^{PREFIX}_([0-9a-f]{{12}})_([A-Za-z0-9_-]{{43}})$")


@dataclass(frozen=True)
class Principal:
    """Who a request acts as: the key's id and scope (None for an anonymous reader)."""

    key_id: str | None
    scope: Scope | None


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create(session: Session, name: str, scope: Scope) -> tuple[ApiKey, str]:
    """A new key and its full token, which is never stored and cannot be shown again."""
    key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    key = ApiKey(
        id=key_id,
        name=name,
        scope=scope,
        created_at=dt.datetime.now(dt.UTC),
        secret_sha256=_digest(secret),
    )
    session.add(key)
    session.commit()
    session.refresh(key)
    return key, f"{PREFIX}_{key_id}_{secret}"


def verify(session: Session, token: str) -> ApiKey | None:
    """The live key `token` names, or None if it is malformed, unknown or revoked."""
    match = KEY_PATTERN.match(token)
    if match is None:
        return None
    key = session.get(ApiKey, match.group(1))
    if key is None or key.revoked_at is not None:
        return None
    if not hmac.compare_digest(key.secret_sha256, _digest(match.group(2))):
        return None
    return key


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization` header; "" for a header that is present but not
    `Bearer <token>` (another scheme, or none), which is refused like a malformed key."""
    if authorization is None:
        return None
    scheme, _, credentials = authorization.partition(" ")
    return credentials.strip() if scheme.lower() == "bearer" else ""


def identify(session: Session, authorization: str | None, *, key_required: bool) -> Principal:
    """The principal an `Authorization` header stands for: anonymous without one (401 if
    `key_required`), 401 for an unknown, malformed or revoked key, or another scheme."""
    token = bearer_token(authorization)
    if token is None:
        if key_required:
            raise Unauthorized("This server needs an API key for every /v1 request.")
        return Principal(key_id=None, scope=None)
    key = verify(session, token)
    if key is None:
        raise Unauthorized("The API key is unknown, malformed or revoked.")
    return Principal(key_id=key.id, scope=Scope(key.scope))


def all_keys(session: Session) -> list[ApiKey]:
    return list(session.exec(select(ApiKey).order_by(col(ApiKey.created_at), col(ApiKey.id))))


def get(session: Session, key_id: str) -> ApiKey | None:
    return session.get(ApiKey, key_id)


def revoke(session: Session, key_id: str) -> ApiKey | None:
    """Revoke a key (idempotent); the row stays, so the audit trail keeps its name."""
    key = session.get(ApiKey, key_id)
    if key is None:
        return None
    if key.revoked_at is None:
        key.revoked_at = dt.datetime.now(dt.UTC)
        session.add(key)
        session.commit()
        session.refresh(key)
    return key
