"""The SQLite watcher sees every commit of another connection, also after the journal mode
changed under it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core.data_version import SQLiteWatcher


def _commit(connection: sqlite3.Connection, value: int) -> None:
    connection.execute("INSERT INTO t VALUES (?)", (value,))
    connection.commit()


def test_a_switch_to_wal_at_runtime_does_not_hide_later_commits(tmp_path: Path) -> None:
    path = str(tmp_path / "watched.db")
    writer = sqlite3.connect(path)
    writer.execute("CREATE TABLE t (v INTEGER)")
    writer.commit()
    watcher = SQLiteWatcher(path)
    # Trust an unchanged file at once, as an old quiet file is trusted in production.
    watcher.QUIET_NS = -1
    try:
        seen = watcher.generation()
        assert watcher.generation() == seen, "nothing committed, nothing changed"

        writer.execute("PRAGMA journal_mode=wal")
        for value in range(3):
            _commit(writer, value)
            now = watcher.generation()
            assert now is not None and now != seen, f"commit {value} in WAL mode went unseen"
            seen = now
    finally:
        watcher.close()
        writer.close()
