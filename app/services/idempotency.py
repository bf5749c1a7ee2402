"""`Idempotency-Key` on POST: a retried create replays the first response instead of
creating a duplicate.

The key is scoped to the API key that sent it and remembered for
`idempotency_key_retention` seconds. It is looked up inside the write transaction, after
`corpus.advance` has serialized the writers, so two concurrent retries cannot both create
(the table's primary key is the backstop). Only successful creates are remembered: a
rejected request wrote nothing, and its retry is judged afresh.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from http import HTTPStatus

from pydantic import BaseModel
from sqlalchemy import delete, insert, select
from sqlmodel import Session

from app.core.db import table_of
from app.core.errors import ApiError
from app.models import IdempotentResponse

_table = table_of(IdempotentResponse)
MAX_KEY_LENGTH = 255


class IdempotencyKeyReused(ApiError):
    status = HTTPStatus.UNPROCESSABLE_ENTITY
    problem = "idempotency-key-reused"


def fingerprint(method: str, path: str, body: BaseModel) -> str:
    """The request a key was first used for: method, path and the body's data (so key
    order and spacing do not matter)."""
    data = body.model_dump(mode="json", exclude_unset=True)
    canonical = json.dumps([method, path, data], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def find(
    session: Session, key_id: str, key: str, request: str, now: dt.datetime, retention: int
) -> IdempotentResponse | None:
    """The remembered response to replay, or None to go ahead; a key already used for
    another request is a 422. Expired keys are forgotten here."""
    expired = now - dt.timedelta(seconds=retention)
    session.execute(delete(_table).where(_table.c.created_at < expired))
    row = (
        session.execute(select(_table).where(_table.c.api_key_id == key_id, _table.c.key == key))
        .mappings()
        .first()
    )
    if row is None:
        return None
    found = IdempotentResponse.model_validate(dict(row))
    if found.request_sha256 != request:
        raise IdempotencyKeyReused(
            f"Idempotency-Key {key!r} was already used for a different request; use a new "
            "key for a new request."
        )
    return found


def remember(session: Session, response: IdempotentResponse) -> None:
    session.execute(insert(_table).values(**response.model_dump()))
