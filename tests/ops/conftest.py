"""A PostgreSQL server of the tests' own, which they may stop, start and break at will."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.conftest import POSTGRES_ADMIN_URL, free_port


def _postgres_bin() -> Path | None:
    """The newest installed server's binaries (Debian keeps them off PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_major_version)
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _major_version(pg_ctl: str) -> int:
    version = Path(pg_ctl).parts[-3]
    return int(version) if version.isdigit() else 0


class PostgresCluster:
    """initdb + pg_ctl in a temporary directory, listening on 127.0.0.1 on a free port.

    PostgreSQL refuses to run as root, so under root (as in CI) every server command runs as
    the `postgres` OS user, in a directory that user owns.
    """

    def __init__(self, bin_dir: Path, standby_of: PostgresCluster | None = None) -> None:
        """A new cluster, or with `standby_of` a streaming replica (hot standby) of that one."""
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="briefing-pg-"))
        self.data = self.root / "data"
        self.logfile = self.root / "server.log"
        self.port = free_port()
        self.run_as: list[str] = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                pytest.fail("running as root needs a `postgres` OS user to run PostgreSQL as")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self.run_as = ["runuser", "-u", "postgres", "--"]
        if standby_of is not None:
            self._pg(
                "pg_basebackup",
                *("--pgdata", str(self.data), "--write-recovery-conf", "--checkpoint=fast"),
                *("--host", "127.0.0.1", "--port", str(standby_of.port), "--username", "postgres"),
            )
            return
        self._pg(
            "initdb",
            "--pgdata",
            str(self.data),
            "--username",
            "postgres",
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--no-sync",
        )

    def _pg(self, program: str, *args: str) -> None:
        result = subprocess.run(
            [*self.run_as, str(self.bin_dir / program), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if result.returncode != 0:
            log = self.logfile.read_text() if self.logfile.exists() else ""
            raise RuntimeError(f"{program} {' '.join(args)} failed:\n{result.stderr}\n{log}")

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        """The app's URL for `database` on this server."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off "
            "-c full_page_writes=off"
        )
        self._pg(
            "pg_ctl", "start", "-w", "-D", str(self.data), "-l", str(self.logfile), "-o", options
        )

    def stop(self, mode: str = "fast") -> None:
        self._pg("pg_ctl", "stop", "-w", "-m", mode, "-D", str(self.data))

    def signal_postmaster(self, sig: signal.Signals) -> None:
        """SIGSTOP freezes the server so that new connections hang; SIGCONT thaws it."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        os.kill(pid, sig)

    def create_database(self, name: str) -> str:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def destroy(self) -> None:
        with contextlib.suppress(RuntimeError):  # already stopped
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[PostgresCluster]:
    """A running server of this module's own. Without PostgreSQL binaries it is skipped,
    unless the PostgreSQL tests were asked for (`BRIEFING_TEST_POSTGRES_URL`, as in CI)."""
    bin_dir = _postgres_bin()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        if POSTGRES_ADMIN_URL:
            pytest.fail("the PostgreSQL server binaries (initdb, pg_ctl) are required in CI")
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    cluster = PostgresCluster(bin_dir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.destroy()


@contextlib.contextmanager
def table_locked(admin_url: str, database: str, table: str) -> Iterator[None]:
    """Hold an ACCESS EXCLUSIVE lock on `table` until the block ends, so any query on it
    waits in flight: a slow request without a sleep endpoint."""
    url = make_url(admin_url).set(database=database).render_as_string(hide_password=False)
    with psycopg.connect(url) as conn:
        conn.execute(f'LOCK TABLE "{table}" IN ACCESS EXCLUSIVE MODE')
        try:
            yield
        finally:
            conn.rollback()


def wait_for_lock_waiters(admin_url: str, database: str, count: int, timeout: float = 20) -> None:
    """Block until `count` sessions on `database` are waiting for a lock."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(admin_url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = %s AND wait_event_type = 'Lock'",
                (database,),
            ).fetchone()
            if row and row[0] >= count:
                return
            time.sleep(0.05)
    raise AssertionError(f"fewer than {count} queries on {database} waited for the lock")
