"""The servers and shells the documentation's examples run in: a page's commands run one after
another in bash, as a reader would type them into one terminal, against a real uvicorn."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from app.core.db import make_engine
from app.models import Scope
from app.services import api_keys
from tests.conftest import Databases, LiveServer
from tests.docs.pages import Example

DOCS_URL = "http://localhost:8000"  # the pages' server; each command gets the live one's URL
# A page that writes gets the seed to itself, so that its outputs (ids, versions,
# `Corpus-Version`) are those a reader following that page alone sees on a fresh start, in any
# order of pages and on any worker. The read-only pages run first, on one server; the first
# writing page then takes that server over (they only read it), each next one a fresh copy.
WRITE_METHOD = re.compile(r"(-X|--request)\s*'?(POST|PUT|PATCH|DELETE)\b")
SENDS_BODY = re.compile(r"\s(-d|--data|--data-raw|--data-binary|--json|-F|--form)[\s=]")
SENDS_AS_QUERY = re.compile(r"\s(-G|--get)\b")
# Variables a command sets are kept for the page's next commands (`CURSOR=$(…)`): bash
# exports every assignment (`set -a`) and the exit trap saves them, whatever the status.
PRELUDE = "set -a\n. ./.shell-state\ntrap 'export -p > ./.shell-state' EXIT\n"
# The keys the curation pages name: `briefing keys create --name alice --scope curator`.
KEYS = {"KEY": ("alice", Scope.curator), "ADMIN_KEY": ("admin", Scope.admin)}
TOOLS = ("bash", "curl", "jq", "python3", "sha256sum")
# The pages show the app as the quick start runs it: with its default settings, so the
# settings LiveServer changes for the rest of the suite are set back.
DEFAULT_SETTINGS = {"CORS_ORIGINS": "[]", "RATE_LIMIT_ENABLED": "true"}


class PageShell:
    """One page's terminal: its working directory (the page's titled files), its variables,
    and the server its commands reach."""

    def __init__(self, server: LiveServer, workdir: Path, *, owns_server: bool) -> None:
        self.server, self.workdir, self.owns_server = server, workdir, owns_server
        workdir.mkdir(parents=True)
        (workdir / ".shell-state").write_text("")
        self.env = {
            **os.environ,
            **_keys(server.database_url),
            "LC_ALL": "C.UTF-8",  # `sort` and `uniq` as on any machine
            # The project's environment, as a reader who followed the quick start has it.
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        }

    def run(self, example: Example) -> subprocess.CompletedProcess[str]:
        """The command's result, with the live server's URL written back as the page's."""
        for file in example.files:
            (self.workdir / file.name).write_text(file.text.replace(DOCS_URL, self.server.url))
        result = subprocess.run(
            ["bash", "-c", PRELUDE + example.command.replace(DOCS_URL, self.server.url)],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        result.stdout = result.stdout.replace(self.server.url, DOCS_URL)
        return result


class PageShells:
    """A shell per page, made when the page's first command runs; a writing page's server is
    stopped when the next page starts."""

    def __init__(self, databases: Databases, tmp: Path, writing_pages: set[Path]) -> None:
        self.databases, self.tmp, self.writing_pages = databases, tmp, writing_pages
        self.shared: LiveServer | None = None
        self.current: tuple[Path, PageShell] | None = None

    def for_page(self, page: Path) -> PageShell:
        if self.current and self.current[0] == page:
            return self.current[1]
        self._close_current()
        workdir = self.tmp / str(page).replace("/", "_")
        if page in self.writing_pages:
            server, self.shared = self.shared or self._server(workdir.name), None
            shell = PageShell(server, workdir, owns_server=True)
        else:
            self.shared = self.shared or self._server("shared")
            shell = PageShell(self.shared, workdir, owns_server=False)
        self.current = (page, shell)
        return shell

    def _server(self, name: str) -> LiveServer:
        database = self.databases.seeded("sqlite")
        return LiveServer(database, self.tmp / f"{name}.uvicorn.log", env=DEFAULT_SETTINGS)

    def _close_current(self) -> None:
        if self.current and self.current[1].owns_server:
            self.current[1].server.stop()
        self.current = None

    def close(self) -> None:
        self._close_current()
        if self.shared:
            self.shared.stop()


def writes(command: str) -> bool:
    """Whether a curl command changes data: a write method, or a body (curl POSTs one unless
    `-G` sends it as the query)."""
    if WRITE_METHOD.search(command):
        return True
    return bool(SENDS_BODY.search(command)) and not SENDS_AS_QUERY.search(command)


def writing_pages(examples: list[Example]) -> set[Path]:
    return {example.page for example in examples if writes(example.command)}


def _keys(database_url: str) -> dict[str, str]:
    """The environment variables the pages' commands use for keys, each a live key."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            return {var: api_keys.create(session, *spec)[1] for var, spec in KEYS.items()}
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def page_shells(
    databases: Databases, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[PageShells]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"the documentation's examples need {', '.join(missing)} on PATH")
    examples: list[Example] = request.module.EXAMPLES
    shells = PageShells(databases, tmp_path_factory.mktemp("docs"), writing_pages(examples))
    yield shells
    shells.close()
