"""The Python client as a user gets it: `pip install ./sdk/python` into a fresh virtualenv, then
sdk/README.md's paging script and sdk/python/usage.py against the live API, and `mypy --strict`
over scripts that use the installed, typed package. And the committed package is what
sdk/python/generate.py makes from schemas/openapi.json today, without a warning."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, LiveServer, fetch_all
from tests.sdk.common import PACKAGE, PYTHON_SDK, assert_usage_output, warnings_in

GENERATE = PYTHON_SDK / "generate.py"
USAGE = PYTHON_SDK / "usage.py"
GUIDE = ROOT / "sdk" / "README.md"
DOCUMENTED_URL = "http://localhost:8000"


def paging_script() -> tuple[str, str]:
    """The five-line script of sdk/README.md, the first Python block after its install
    command, and the output the guide shows for it (the console block that follows)."""
    guide = GUIDE.read_text()
    install = guide.index("pip install ./sdk/python")
    found = re.search(r"```python\n(.*?)```\n```console\n(.*?)```", guide[install:], re.DOTALL)
    assert found, "sdk/README.md shows a paging script and its output after the install"
    return found[1], found[2]


def run(command: list[str | Path], **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=300, env={**os.environ, **env}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` (bytecode aside), by its path relative to `root`."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interpreter of a fresh virtualenv after `pip install ./sdk/python`. The project's pip
    installs (`--python`), which spares ensurepip's bootstrap; what it installs, the package and
    its dependencies, is what the documented command installs. `--no-cache-dir`: nothing is
    reused from an earlier run."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=False)
    python = home / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "--no-cache-dir"]
    run([*pip, PYTHON_SDK])
    return python


def test_the_committed_client_is_what_the_generator_makes_today(tmp_path: Path) -> None:
    fresh = tmp_path / PACKAGE
    # Only the system's directories on the PATH: the generator finds ruff beside itself.
    result = run([sys.executable, GENERATE, "--output", fresh], PATH="/usr/bin:/bin")
    assert warnings_in(result.stdout + result.stderr) == [], result.stdout + result.stderr
    committed, generated = tree(PYTHON_SDK / PACKAGE), tree(fresh)
    assert {"py.typed", "paging.py", "client.py", "api/claims/list_claims.py"} <= set(generated)
    names = committed.keys() | generated.keys()
    differing = sorted(name for name in names if committed.get(name) != generated.get(name))
    assert differing == [], (
        "schemas/openapi.json changed: run sdk/generate.sh (or sdk/python/generate.py), commit"
    )


def test_the_guides_paging_script_visits_every_claim_once(
    python: Path, real_server: LiveServer, client: httpx.Client
) -> None:
    script, shown = paging_script()
    assert len(script.splitlines()) == 5 and DOCUMENTED_URL in script
    # -I: the installed package only, not one in the working directory or on PYTHONPATH.
    result = run([python, "-I", "-c", script.replace(DOCUMENTED_URL, real_server.url)])
    claims = fetch_all(client, "/v1/claims")
    total = client.get("/v1/claims", params={"limit": 1}).json()["total"]
    assert total == len(claims) > 50, "more claims than a page of the default limit"
    expected = f"{total} claims, {total} distinct; the first: {claims[0]['id']}"
    assert result.stdout.splitlines() == [expected]
    assert shown.splitlines() == [expected], "the guide shows what the script prints"


def test_the_usage_example_runs(
    python: Path, real_server: LiveServer, client: httpx.Client
) -> None:
    result = run([python, "-I", USAGE], BRIEFING_API_URL=real_server.url)
    errors = "[(['query', 'limit'], 'Input should be less than or equal to 500')]"
    assert_usage_output(result.stdout.splitlines(), client, errors)


# Lines mypy must accept: None where a parameter is optional, and the paginator's item type.
RIGHT_USAGE = [
    "from briefing_api_client import Client",
    "from briefing_api_client.api.claims import list_claims",
    "from briefing_api_client.api.quotes import get_quote, list_quotes",
    "from briefing_api_client.models import ClaimPublic, QuotePublic",
    "from briefing_api_client.paging import iterate",
    'client = Client(base_url="http://localhost:8000")',
    'quote = get_quote.sync(client=client, quote_id="trump-bullshit-from-putin")',
    "assert isinstance(quote, QuotePublic)",
    "cursor: str | None = None",
    "list_claims.sync(client=client, cursor=cursor, claim_type=None, limit=None, sort=None)",
    "claims: list[ClaimPublic] = list(iterate(list_claims.sync, client=client, cursor=None))",
]
# Each line is a mistake mypy must catch, with (part of) the error it must give.
WRONG_USAGE = {
    'list_quotes.sync(client=client, speakers=["donald-trump"])': (
        'Unexpected keyword argument "speakers"'
    ),
    'list_quotes.sync(client=client, sort="-date")': (
        'Argument "sort" to "sync" has incompatible type "str"; expected "QuoteSort | Unset | None"'
    ),
    "print(quote.provenance.sectoin)": '"Provenance" has no attribute "sectoin"',
    "print(quote.provenance.char_start + quote.text)": (
        'Unsupported operand types for + ("int" and "str")'
    ),
    "print([c.statment for c in iterate(list_claims.sync, client=client)])": (
        '"ClaimPublic" has no attribute "statment"'
    ),
    'iterate(list_quotes.sync, client=client, speakers=["donald-trump"])': (
        'Unexpected keyword argument "speakers" for "iterate"'
    ),
    'iterate(get_quote.sync, client=client, quote_id="x")': (
        'Argument 1 to "iterate" has incompatible type'
    ),
}


@pytest.fixture(scope="module")
def mypy_errors(python: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """`mypy --strict` over the usage example with the paging script (`usage.py`) and over the
    right and the wrong usages (`usage_lines.py`): its errors, by file name. It finds the client
    where the virtualenv installed it (`--python-executable`), and reads an installed package
    only through its py.typed (reporting no error inside it). The configuration is empty, not
    the project's, whose `ignore_missing_imports` would let a missing client pass as `Any`."""
    home = tmp_path_factory.mktemp("mypy")
    (home / "usage.py").write_text(USAGE.read_text() + paging_script()[0])
    (home / "usage_lines.py").write_text("\n".join([*RIGHT_USAGE, *WRONG_USAGE]) + "\n")
    (home / "mypy.ini").write_text("[mypy]\n")
    result = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--hide-error-context"),
            *("--python-executable", python, "--config-file", "mypy.ini"),
            *("--cache-dir", "mypy-cache", "usage.py", "usage_lines.py"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=home,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    errors: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        if ": error: " in line:
            errors.setdefault(line.split(":")[0], []).append(line)
    return errors


def test_the_usage_example_and_the_paging_script_type_check(
    mypy_errors: dict[str, list[str]],
) -> None:
    assert mypy_errors.get("usage.py") is None, mypy_errors["usage.py"]


def test_right_usage_type_checks_and_each_mistake_is_an_error(
    mypy_errors: dict[str, list[str]],
) -> None:
    errors = mypy_errors["usage_lines.py"]
    assert set(mypy_errors) == {"usage_lines.py"}, mypy_errors
    assert len(errors) == len(WRONG_USAGE), errors
    for line_number, expected in enumerate(WRONG_USAGE.values(), start=len(RIGHT_USAGE) + 1):
        assert any(
            e.startswith(f"usage_lines.py:{line_number}: error: ") and expected in e for e in errors
        ), (expected, errors)
