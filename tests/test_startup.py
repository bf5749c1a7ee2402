"""Start-up: on an empty database, schema and seed appear once, however many workers start;
on a database that cannot be used, the process stops with one line on stderr naming
DATABASE_URL and the cause, and exit status 3 (the traceback only at LOG_LEVEL=debug)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import make_url

from app.core.db import make_engine
from app.core.migrations import current_revision, head_revision, upgrade_to_head
from app.services.seeding import load_seed
from tests.conftest import ROOT, SEED_DIR, LiveServer, fetch_all, free_port
from tests.seed.test_loader import snapshot

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess


def test_several_workers_starting_together_load_the_seed_once(
    empty_database: str, tmp_path: Path
) -> None:
    server = LiveServer(empty_database, tmp_path / "uvicorn.log", "--workers", "4")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            claims = [fetch_all(client, "/v1/claims") for _ in range(6)]
    finally:
        server.stop()
    assert all(c == claims[0] for c in claims), "every worker serves the same data"
    engine = make_engine(empty_database)
    assert current_revision(engine) == head_revision()
    rows = snapshot(engine)
    assert len(rows["document"]) == 1
    assert len(rows["claim"]) == len(claims[0])
    reference = make_engine(f"sqlite:///{tmp_path / 'reference.db'}")
    upgrade_to_head(reference)
    once = load_seed(reference, SEED_DIR).counts
    assert {table: len(r) for table, r in rows.items()} == once, "no row loaded twice"
    log = (tmp_path / "uvicorn.log").read_text()
    assert "Traceback" not in log, log


def serve(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`uvicorn app.main:app` as deployed, in an empty folder (no `.env`), until it exits."""
    return subprocess.run(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(free_port())],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def briefing_migrate(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`briefing migrate`, which the image runs before uvicorn (docker-entrypoint.sh)."""
    script = "import sys; from app.cli import cli; sys.argv = ['briefing', 'migrate']; cli()"
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    assert result.returncode == 3, result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    for text in ("DATABASE_URL", *expected):
        assert text in result.stderr, result.stderr
    assert "Traceback" not in result.stdout + result.stderr


UNUSABLE_URLS = [
    pytest.param("garbage", ["'garbage' is not a database URL", "sqlite:///"], id="unparseable"),
    pytest.param(
        "mysql://user@localhost/briefing",
        ["'mysql' is not supported", "sqlite, sqlite+pysqlite, postgresql, postgresql+psycopg"],
        id="unsupported-driver",
    ),
]


@pytest.mark.parametrize(("url", "expected"), UNUSABLE_URLS)
def test_an_unusable_database_url_is_one_line_and_status_3(
    tmp_path: Path, url: str, expected: list[str]
) -> None:
    assert_one_line(serve(tmp_path, {"DATABASE_URL": url}), *expected)


def test_an_sqlite_file_in_a_missing_folder_is_refused_and_the_folder_not_created(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "no-such-folder" / "below"
    result = serve(tmp_path, {"DATABASE_URL": f"sqlite:///{folder / 'briefing.db'}"})
    assert_one_line(result, f"the folder '{folder}' of the SQLite file does not exist")
    assert not (tmp_path / "no-such-folder").exists()


def test_an_unreachable_database_is_one_line_and_status_3(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/briefing"
    assert_one_line(serve(tmp_path, {"DATABASE_URL": url}), url, "Connection refused")


@pytest.mark.postgres
def test_a_missing_postgresql_database_is_one_line_and_status_3(
    tmp_path: Path, postgres_admin: str
) -> None:
    url = make_url(postgres_admin).set(drivername="postgresql+psycopg", database="no_such_db")
    result = serve(tmp_path, {"DATABASE_URL": url.render_as_string(hide_password=False)})
    assert_one_line(result, 'database "no_such_db" does not exist')


@pytest.mark.postgres
def test_briefing_migrate_reports_a_missing_database_the_same_way(
    tmp_path: Path, postgres_admin: str
) -> None:
    url = make_url(postgres_admin).set(drivername="postgresql+psycopg", database="no_such_db")
    result = briefing_migrate(tmp_path, {"DATABASE_URL": url.render_as_string(False)})
    assert_one_line(result, 'database "no_such_db" does not exist')


def test_the_traceback_is_shown_at_log_level_debug(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/briefing"
    result = serve(tmp_path, {"DATABASE_URL": url, "LOG_LEVEL": "debug"})
    assert result.returncode == 3
    assert "Traceback" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Cannot start: DATABASE_URL: ")
