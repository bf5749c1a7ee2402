"""The corpus version: what a syncing client compares to know whether anything changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update
from sqlmodel import Session

from app.core.db import table_of
from app.models import CorpusState

_state = table_of(CorpusState)
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Stamp:
    """A corpus version and the instant it was reached."""

    version: int
    at: dt.datetime


def current(db: Session | Connection) -> Stamp:
    row = db.execute(select(_state.c.version, _state.c.updated_at)).first()
    return Stamp(row.version, row.updated_at) if row else Stamp(0, EPOCH)


def advance(db: Session | Connection) -> Stamp:
    """Advance the version inside the caller's write transaction, and give the instant its
    changes are stamped with.

    The UPDATE comes first so that it takes the write lock (a row lock on PostgreSQL, the
    database lock on SQLite) before anything is read: concurrent writers queue here, and
    each one's instant is later than the previous one's even if the clock steps back.
    """
    advanced = db.execute(
        update(_state).where(_state.c.id == 1).values(version=_state.c.version + 1)
    )
    now = dt.datetime.now(dt.UTC)
    if advanced.rowcount == 0:  # type: ignore[attr-defined]
        db.execute(insert(_state).values(id=1, version=1, updated_at=now))
        return Stamp(1, now)
    before = db.execute(select(_state.c.version, _state.c.updated_at)).one()
    at = max(now, before.updated_at + dt.timedelta(microseconds=1))
    db.execute(update(_state).where(_state.c.id == 1).values(updated_at=at))
    return Stamp(before.version, at)
