"""Knowing, without a query per request, whether the stored data has changed.

The response cache keys its entries by a generation: a number this process bumps whenever
it learns that any transaction changed the data, in this process or another (workers,
replicas, `briefing load`). How it learns depends on the backend:

- SQLite: `PRAGMA data_version` on a connection of the watcher's own changes whenever
  another connection commits; it is read per request, unless the file's own metadata shows
  that nothing has been written.
- PostgreSQL: statement triggers on every table (migration 0004) `NOTIFY` a channel that a
  listener thread `LISTEN`s to. While the listener is not connected (database down,
  reconnecting), the generation is unknown and the cache is bypassed; on reconnecting it
  bumps the generation, since notifications sent meanwhile are lost.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from typing import Protocol

import psycopg
from sqlalchemy import Engine

CHANNEL = "briefing_data_changed"

logger = logging.getLogger("app.data_version")


class Watcher(Protocol):
    def generation(self) -> int | None:
        """The current generation, or None when it cannot be known (no caching then)."""

    def close(self) -> None: ...


class SQLiteWatcher:
    """Reads `PRAGMA data_version`, unless the file shows that nothing can have changed.

    In the rollback-journal modes every commit writes the database file, so its mtime, size
    and inode, unchanged since the last check and older than the file system's clock
    granularity could hide, prove no commit happened: an `os.stat` instead of a query, a
    quarter of the cost. In WAL mode commits go to the `-wal` file instead, and any
    connection may switch the mode at any time, so the file is trusted only while no `-wal`
    file sits beside it; the mode read once at start would go stale.
    """

    QUIET_NS = 2_000_000_000  # far coarser than any file system's timestamp granularity

    def __init__(self, path: str) -> None:
        # Only the event loop's thread calls `generation`; `close` comes at shutdown.
        self.path = path
        self.wal = f"{path}-wal"
        self.connection = sqlite3.connect(path, check_same_thread=False)
        self.file: tuple[int, int, int] | None = None
        self.last: int | None = None
        self.count = 0

    def generation(self) -> int | None:
        try:
            if not os.path.exists(self.wal):
                stat = os.stat(self.path)
                file = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
                if file == self.file and time.time_ns() - file[0] > self.QUIET_NS:
                    return self.count
                self.file = file
            (version,) = self.connection.execute("PRAGMA data_version").fetchone()
        except (OSError, sqlite3.Error):
            self.file = None
            return None
        if version != self.last:
            self.last = version
            self.count += 1
        return self.count

    def close(self) -> None:
        self.connection.close()


class PostgresWatcher:
    def __init__(self, url: str, connect_timeout: float, retry_seconds: float = 1.0) -> None:
        self.url, self.connect_timeout, self.retry_seconds = url, connect_timeout, retry_seconds
        self.count = 0
        self.listening = False
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._listen, name="data-version", daemon=True)
        self.thread.start()

    def generation(self) -> int | None:
        return self.count if self.listening else None

    def _listen(self) -> None:
        while not self.stopping.is_set():
            try:
                with psycopg.connect(
                    self.url,
                    autocommit=True,
                    connect_timeout=max(1, int(self.connect_timeout)),
                    # A server that vanishes without closing the socket is noticed in ~10 s.
                    keepalives=1,
                    keepalives_idle=5,
                    keepalives_interval=2,
                    keepalives_count=2,
                ) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.count += 1  # whatever changed while no one listened
                    self.listening = True
                    while not self.stopping.is_set():
                        for _ in connection.notifies(timeout=1.0):
                            self.count += 1
            except psycopg.Error as exc:
                if self.listening:
                    logger.warning("stopped listening for data changes: %s", exc)
            finally:
                self.listening = False
            self.stopping.wait(self.retry_seconds)

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)


class NoWatcher:
    """For databases the watcher cannot follow (in-memory SQLite): never cache."""

    def generation(self) -> int | None:
        return None

    def close(self) -> None:
        pass


def watch(engine: Engine, connect_timeout: float) -> Watcher:
    if engine.dialect.name == "sqlite":
        path = engine.url.database
        return SQLiteWatcher(path) if path and path != ":memory:" else NoWatcher()
    if engine.dialect.name == "postgresql":
        url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        return PostgresWatcher(url, connect_timeout)
    return NoWatcher()


_watcher: Watcher = NoWatcher()
_local_changes = 0


def start_watching(engine: Engine, connect_timeout: float) -> None:
    """Follow `engine`'s data from now on (the app's lifespan calls this once started)."""
    global _watcher
    _watcher.close()
    _watcher = watch(engine, connect_timeout)


def stop_watching() -> None:
    global _watcher
    _watcher.close()
    _watcher = NoWatcher()


def changed_here() -> None:
    """This process committed a change: its next request must not be answered from the
    cache, even before PostgreSQL's notification of that commit arrives."""
    global _local_changes
    _local_changes += 1


def current_generation() -> int | None:
    generation = _watcher.generation()
    return None if generation is None else generation + _local_changes
