"""Settings: an invalid value stops the process at once with a short message that names the
variable, under `python -c "import app.main"`, `uvicorn` and `uvicorn --workers`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.config import InvalidSettings, Settings, get_settings
from tests.conftest import ROOT, free_port

BAD_SETTINGS = [
    ("MAX_PAGE_SIZE", "abc", "valid integer"),
    ("MAX_PAGE_SIZE", "0", "greater than 0"),
    ("DEFAULT_PAGE_SIZE", "900", "exceeds MAX_PAGE_SIZE (500)"),
    ("LOG_LEVEL", "loud", "'DEBUG', 'INFO', 'WARNING', 'ERROR' or 'CRITICAL'"),
    ("LOG_FORMAT", "xml", "'json' or 'console'"),
    ("READINESS_TIMEOUT", "-1", "greater than 0"),
    ("PROMETHEUS_MULTIPROC_DIR", "/no/such/dir", "directory"),
    ("CORS_ORIGINS", "not json", "'not json' is not an origin"),
    ("CORS_ORIGINS", '["https://a.example",', "is not a JSON list"),
    ("DATABASE_URL", "garbage", "'garbage' is not a database URL"),
]


def run(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """In an empty directory, so that no `.env` file takes part, on this checkout's `app`."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_short_message(output: str, name: str, problem: str) -> None:
    assert "Invalid configuration" in output, output
    assert name in output or name.lower() in output, output
    assert problem in output, output
    assert "Traceback" not in output, output


@pytest.mark.parametrize(("name", "value", "problem"), BAD_SETTINGS)
def test_importing_the_app_with_a_bad_setting_exits_with_a_short_message(
    tmp_path: Path, name: str, value: str, problem: str
) -> None:
    result = run(tmp_path, {name: value}, "-c", "import app.main")
    assert result.returncode == 3
    assert_short_message(result.stderr, name, problem)
    assert len(result.stderr.splitlines()) == 1, result.stderr


def test_uvicorn_exits_on_a_bad_setting(tmp_path: Path) -> None:
    port = str(free_port())
    result = run(tmp_path, {"LOG_LEVEL": "loud"}, "-m", "uvicorn", "app.main:app", "--port", port)
    assert result.returncode == 3
    assert_short_message(result.stderr, "LOG_LEVEL", "'CRITICAL'")


def test_uvicorn_workers_stop_instead_of_restarting_forever(tmp_path: Path) -> None:
    """Exit status 3 tells uvicorn's supervisor that the worker cannot boot."""
    port = str(free_port())
    result = run(
        tmp_path,
        {"MAX_PAGE_SIZE": "abc"},
        *("-m", "uvicorn", "app.main:app", "--port", port, "--workers", "2"),
    )
    output = result.stdout + result.stderr
    assert "failed to start, stopping the parent process" in output, output
    assert_short_message(output, "MAX_PAGE_SIZE", "valid integer")


def test_levels_and_formats_are_case_insensitive() -> None:
    settings = Settings(log_level="warning", log_format="Console")
    assert (settings.log_level, settings.log_format) == ("WARNING", "console")


@pytest.mark.parametrize(
    "value",
    [
        "https://a.example,http://localhost:5173",
        " https://a.example , http://localhost:5173 ",
        '["https://a.example", "http://localhost:5173"]',
    ],
)
def test_cors_origins_are_comma_separated_or_json(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("CORS_ORIGINS", value)
    assert Settings().cors_origins == ["https://a.example", "http://localhost:5173"]


def test_a_malformed_cors_origin_names_the_setting_and_the_format(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CORS_ORIGINS", "https://a.example/dashboard")
    with pytest.raises(InvalidSettings) as stopped:
        get_settings.__wrapped__()
    (problem,) = stopped.value.problems
    assert problem.startswith("CORS_ORIGINS: 'https://a.example/dashboard' is not an origin")
    assert "separated by commas" in problem and "JSON list" in problem
