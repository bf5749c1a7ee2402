"""Engine and sessions. SQLite is the embedded default; PostgreSQL via `DATABASE_URL`."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from filelock import FileLock
from sqlalchemy import Engine, Table, event, text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, SQLModel, create_engine

from app.core.config import Settings, get_settings
from app.core.startup import StartupError

logger = logging.getLogger("app.db")


def _json(value: object) -> str:
    """Keep non-ASCII characters (curly quotes in aliases) searchable as stored text."""
    return json.dumps(value, ensure_ascii=False)


def make_engine(url: str, settings: Settings | None = None) -> Engine:
    """An engine whose every wait is bounded by the settings (see `Settings.db_*`).

    `pool_pre_ping` checks a pooled connection before use, so after the database restarts
    or drops connections the next request reconnects instead of failing.
    """
    settings = settings or get_settings()
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={
                "check_same_thread": False,
                "timeout": settings.db_statement_timeout / 1000,
            },
            json_serializer=_json,
        )

        @event.listens_for(engine, "connect")
        def _enforce_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout,
        pool_recycle=settings.db_pool_recycle,
        connect_args={
            "connect_timeout": settings.db_connect_timeout,
            "options": f"-c statement_timeout={settings.db_statement_timeout}",
        },
        json_serializer=_json,
    )


@lru_cache
def get_engine() -> Engine:
    return make_engine(get_settings().database_url)


def table_of(model: type[SQLModel]) -> Table:
    """The Core table of a table model, for queries over columns rather than instances."""
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


# An arbitrary, fixed key: every process of this app contends for the same lock.
_STARTUP_LOCK_KEY = 0x42524946  # "BRIF"


@contextmanager
def startup_lock(engine: Engine) -> Iterator[None]:
    """Serialize start-up work (migrations, first seed load) across processes.

    Several workers starting at once would otherwise migrate and load the seed concurrently.
    On PostgreSQL a session-level advisory lock makes them take turns; on a SQLite file, a
    lock file beside it does (SQLite's own locking does not cover DDL racing DDL).
    """
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if not database or database == ":memory:":
            yield
            return
        with FileLock(f"{database}.startup-lock"):
            yield
        return
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        # Waiting for another process's migration is not a slow query: no statement timeout.
        connection.execute(text("SET statement_timeout = 0"))
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _STARTUP_LOCK_KEY})
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _STARTUP_LOCK_KEY})
            connection.execute(text("RESET statement_timeout"))
            connection.commit()


def get_session() -> Iterator[Session]:
    """A session per request. It is closed after the answer has gone out; if the database
    went away in between, the rollback on close fails, and that is no error of the
    request's: the connection is discarded and the failure logged."""
    session = Session(get_engine())
    try:
        yield session
    finally:
        try:
            session.close()
        except OperationalError as exc:
            logger.warning("discarded a session whose database went away: %s", exc.orig)


def check_reachable(engine: Engine) -> None:
    """Connect once before any start-up work, so that a database which cannot be reached or
    does not exist is a `StartupError` naming DATABASE_URL and the driver's reason, not a
    traceback from deep inside the first migration."""
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        url = engine.url.render_as_string(hide_password=True)
        raise StartupError("DATABASE_URL", f"cannot connect to {url}: {_reason(exc)}") from exc


def _reason(exc: OperationalError) -> str:
    """The driver's message on one line, without the server's `FATAL:` severity prefix."""
    message = " ".join(str(exc.orig).split())
    return message.removeprefix("connection failed: ").replace("FATAL: ", "")
