"""Fixtures: real databases (SQLite and PostgreSQL) and the real app, served in this process
(`InProcessServer`, most tests) or by a uvicorn subprocess (`LiveServer`, the tests marked
`real_server`: workers, signals, start-up, faults, browsers, SDKs)."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import httpx
import psycopg
import pytest
from click.testing import Result
from sqlalchemy.engine import make_url
from sqlmodel import Session
from typer.testing import CliRunner

from app.cli import cli
from app.core.db import make_engine
from app.core.migrations import upgrade_to_head
from app.models import Scope
from app.services import api_keys
from app.services.seeding import load_seed
from tests.in_process import DASHBOARD_ORIGIN, InProcessServer

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "seed"
SOURCE = SEED_DIR / "trump-pivot-against-russia.txt"
BROWSER_TESTS = ROOT / "tests" / "browser"
SDK_TESTS = ROOT / "tests" / "sdk"
# The suite runs on SQLite; given a PostgreSQL server, every backend-parametrized test runs
# on it too. The URL names a database to connect to as an administrator: the tests create
# and drop their own `briefing_test_…` databases beside it.
POSTGRES_ADMIN_URL = os.environ.get("BRIEFING_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_ADMIN_URL else ["sqlite"]
# The soak test's figures (tests/ops/test_soak.py), printed at the end of the run that wrote them.
SOAK_REPORT = ROOT / "tests" / "ops" / "artifacts" / "soak.txt"
_SESSION_STARTED = time.time()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test on the shared uvicorn subprocess is a real-server test, as are those marked so
    because they start their own: `-m "not real_server"` runs the in-process rest.

    The tests that need more than Python are marked by where they live, so that a developer
    without Chromium or Node.js may leave them out: `-m "not browser and not typescript"`.
    CI (.ci/run) runs them all, the load tests (`-m soak`) last and on their own."""
    for item in items:
        if "real_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.real_server)
        path = Path(item.fspath)
        if path.is_relative_to(BROWSER_TESTS):
            item.add_marker(pytest.mark.browser)
        if path.parent == SDK_TESTS and "typescript" in path.name:
            item.add_marker(pytest.mark.typescript)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The soak test's figures, if this run measured them: a test's output is shown only
    when it fails, and these are wanted either way."""
    if SOAK_REPORT.exists() and SOAK_REPORT.stat().st_mtime >= _SESSION_STARTED:
        terminalreporter.section("soak test figures")
        terminalreporter.write(SOAK_REPORT.read_text())


@pytest.fixture(scope="session")
def postgres_admin() -> str:
    """The PostgreSQL admin URL; a PostgreSQL-only test is skipped without one, and fails
    when one is given but the server cannot be reached."""
    if not POSTGRES_ADMIN_URL:
        pytest.skip("set BRIEFING_TEST_POSTGRES_URL to run the PostgreSQL tests")
    try:
        with psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=5):
            pass
    except psycopg.Error as exc:
        pytest.fail(f"BRIEFING_TEST_POSTGRES_URL={POSTGRES_ADMIN_URL} is not reachable: {exc}")
    return POSTGRES_ADMIN_URL


class Databases:
    """Creates empty databases of either backend and drops them afterwards."""

    def __init__(self, tmp: Path, request: pytest.FixtureRequest) -> None:
        self.tmp, self.request, self.created = tmp, request, []
        self.templates: dict[str, str] = {}

    def new(self, backend: str, options: str = "") -> str:
        """An empty database; `options` are PostgreSQL CREATE DATABASE options."""
        name = f"briefing_test_{uuid.uuid4().hex[:12]}"
        if backend == "sqlite":
            return f"sqlite:///{self.tmp / (name + '.db')}"
        admin = self.request.getfixturevalue("postgres_admin")
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" {options}')
        self.created.append(name)
        url = make_url(admin).set(drivername="postgresql+psycopg", database=name)
        return url.render_as_string(hide_password=False)

    def seeded(self, backend: str) -> str:
        """A new database as the app's first start leaves it (migrated, seed loaded): a copy
        of one loaded once per session, for the price of a file copy or a `CREATE DATABASE …
        TEMPLATE`. Tests of the start-up itself take `new` instead."""
        if backend not in self.templates:
            self.templates[backend] = self.new(backend)
            engine = make_engine(self.templates[backend])
            try:
                upgrade_to_head(engine)
                load_seed(engine, SEED_DIR)
            finally:
                engine.dispose()
        template = make_url(self.templates[backend])
        if backend == "sqlite":
            copy = self.tmp / f"briefing_test_{uuid.uuid4().hex[:12]}.db"
            shutil.copyfile(str(template.database), copy)
            return f"sqlite:///{copy}"
        return self.new(backend, f'TEMPLATE "{template.database}"')

    def drop_all(self) -> None:
        if not self.created:
            return
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
            for name in self.created:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def databases(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Databases]:
    dbs = Databases(tmp_path_factory.mktemp("databases"), request)
    yield dbs
    dbs.drop_all()


@pytest.fixture(params=BACKENDS)
def empty_database(request: pytest.FixtureRequest, databases: Databases) -> str:
    """A fresh, empty database URL of each backend, per test."""
    return databases.new(request.param)


@pytest.fixture(params=BACKENDS)
def seeded_database(request: pytest.FixtureRequest, databases: Databases) -> str:
    """A fresh database URL of each backend, per test, with the seed loaded."""
    return databases.seeded(request.param)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """`uvicorn app.main:app` in a subprocess, exactly as the README runs it."""

    def __init__(
        self,
        database_url: str,
        log: Path,
        *extra_args: str,
        env: dict[str, str] | None = None,
        command: list[str] | None = None,
    ) -> None:
        """`env` adds settings (`DB_POOL_SIZE`, …) to the server's environment; `command`
        replaces the uvicorn command line with one that serves on `$PORT` (the entrypoint)."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database_url = database_url
        self.log_path = log
        environment = {
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "DATABASE_URL": database_url,
            "CORS_ORIGINS": f'["{DASHBOARD_ORIGIN}"]',
            "PORT": str(self.port),
            # The suite sends thousands of requests from one address; tests/security and
            # tests/api/test_rate_limits.py start servers with limits on.
            "RATE_LIMIT_ENABLED": "false",
            **(env or {}),
        }
        self.log = log.open("wb")
        uvicorn = [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(self.port)]
        self.process = subprocess.Popen(
            command or [*uvicorn, *extra_args],
            cwd=ROOT,
            env=environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self._wait(log)

    def _wait(self, log: Path, timeout: float = 60) -> None:
        """Until `/healthz` answers: start-up (migrations, seed) is over before it does."""
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2) as probe:  # one client: each new one builds an SSL context
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError(f"server exited:\n{log.read_text()}")
                try:
                    if probe.get(f"{self.url}/healthz").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"server did not answer within {timeout}s:\n{log.read_text()}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="session", params=BACKENDS)
def live_server(request: pytest.FixtureRequest, databases: Databases) -> Iterator[InProcessServer]:
    """The app, in this process, on an empty database of each backend: its first start loads
    the seed. Tests share it, so they only read, or write what no other test reads."""
    server = InProcessServer(databases.new(request.param))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def client(live_server: InProcessServer) -> httpx.Client:
    return live_server.client


def serve_empty(
    backend: str, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """`uvicorn app.main:app` on an empty database of `backend` (it loads the seed)."""
    database_url = databases.new(backend)
    server = LiveServer(database_url, tmp_path_factory.mktemp("server") / "uvicorn.log")
    yield server
    server.stop()


@pytest.fixture(scope="session", params=BACKENDS)
def real_server(
    request: pytest.FixtureRequest,
    databases: Databases,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[LiveServer]:
    """A real server on each backend, for what needs a port: browsers, SDKs, processes."""
    yield from serve_empty(request.param, databases, tmp_path_factory)


@pytest.fixture(scope="session")
def real_client(real_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=real_server.url, timeout=30) as http:
        yield http


def make_tokens(database_url: str) -> dict[str, str]:
    """A live API key of each scope (`read`, `curator`, `admin`) in that database, by scope
    name."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            return {
                scope.value: api_keys.create(session, f"tests {scope.value}", scope)[1]
                for scope in Scope
            }
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def tokens(live_server: InProcessServer) -> dict[str, str]:
    """A live API key of each scope in the shared app's database, by scope name."""
    return make_tokens(live_server.database_url)


@pytest.fixture(scope="session")
def real_tokens(real_server: LiveServer) -> dict[str, str]:
    """A live API key of each scope in the real server's database, by scope name."""
    return make_tokens(real_server.database_url)


def briefing(*args: str) -> Result:
    """`briefing ARGS` in this process, through Typer's runner: the command line's parsing,
    output (`stdout`, `stderr`) and `exit_code`, without starting an interpreter for each.
    Tests of the installed script itself run it as a subprocess."""
    return CliRunner().invoke(cli, list(args))


def run_on_own_loop(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """`asyncio.run(main())` on a thread of its own: the browser tests' Playwright keeps an
    event loop running on the test worker's thread for the session, and a test after them
    in that worker cannot start another there."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(lambda: asyncio.run(main())).result()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def fetch_all(
    client: httpx.Client, path: str, params: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Every item of a collection, following `next_cursor` to the end."""
    params = {"limit": 500, **(params or {})}
    items: list[dict[str, Any]] = []
    while True:
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        if body["next_cursor"] is None:
            return items
        params = {**params, "cursor": body["next_cursor"]}


def entity_refs(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Every entity reference an item carries, in any role."""
    refs = [*item.get("about", []), *item.get("actors", [])]
    refs += [item[k] for k in ("speaker", "location", "attributed_to") if item.get(k)]
    return refs


@pytest.fixture(scope="session")
def source_text() -> str:
    return SOURCE.read_bytes().decode("utf-8")
