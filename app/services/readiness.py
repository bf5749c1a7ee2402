"""Whether this process can serve the API: the database answers, its schema is at the
code's Alembic head, and it holds documents. Each check says what it found."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from app.core.db import table_of
from app.core.migrations import current_revision, head_revision
from app.models import Document
from app.models.operations import CheckName, ReadinessCheck

logger = logging.getLogger(__name__)


@lru_cache
def _head() -> str | None:
    """The code's head cannot change while the process runs; read the scripts once."""
    return head_revision()


def _database(engine: Engine) -> ReadinessCheck:
    database = engine.url.database
    sqlite_file = engine.dialect.name == "sqlite" and database and database != ":memory:"
    # SQLite would quietly create an empty file in place of a removed one.
    if sqlite_file and not Path(str(database)).is_file():
        return ReadinessCheck(name="database", ok=False, detail="the database file is gone")
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return ReadinessCheck(name="database", ok=True, detail=f"reachable ({engine.dialect.name})")


def _migrations(engine: Engine) -> ReadinessCheck:
    current, head = current_revision(engine), _head()
    if current == head:
        return ReadinessCheck(name="migrations", ok=True, detail=f"at head {head}")
    return ReadinessCheck(
        name="migrations",
        ok=False,
        detail=f"the database is at revision {current or 'none'}, the code's head is {head}",
    )


def _documents(engine: Engine) -> ReadinessCheck:
    table = table_of(Document)
    count = 0
    if inspect(engine).has_table(table.name):
        with engine.connect() as connection:
            count = connection.execute(select(func.count()).select_from(table)).scalar_one()
    if count:
        return ReadinessCheck(
            name="documents", ok=True, detail=f"{count} document{'s' * (count > 1)} loaded"
        )
    return ReadinessCheck(name="documents", ok=False, detail="no document is loaded")


_CHECKS: tuple[tuple[CheckName, Callable[[Engine], ReadinessCheck]], ...] = (
    ("database", _database),
    ("migrations", _migrations),
    ("documents", _documents),
)


def _run_checks(engine: Engine) -> list[ReadinessCheck]:
    """In order, stopping at the first failure: a later check means nothing without it.
    A database error is logged in full but answered in general terms (it names hosts)."""
    checks: list[ReadinessCheck] = []
    for name, check in _CHECKS:
        try:
            result = check(engine)
        except SQLAlchemyError as exc:
            logger.warning("readiness check %s failed: %s", name, exc)
            detail = "unreachable" if name == "database" else "the database failed to answer"
            result = ReadinessCheck(name=name, ok=False, detail=detail)
        checks.append(result)
        if not result.ok:
            break
    return checks


async def check_readiness(engine: Engine, timeout: float) -> list[ReadinessCheck]:
    """The checks, run off the event loop and bounded in time: a database that hangs makes
    the probe fail after `timeout` seconds rather than hang with it."""
    try:
        return await asyncio.wait_for(asyncio.to_thread(_run_checks, engine), timeout)
    except TimeoutError:
        return [
            ReadinessCheck(
                name="database", ok=False, detail=f"no answer within {timeout:g} seconds"
            )
        ]
