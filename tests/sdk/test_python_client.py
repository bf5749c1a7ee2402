"""The Python client that openapi-python-client generates from schemas/openapi.json: it
generates without a warning, drives the live API with typed objects, type-checks (mypy
--strict) the committed usage example, and rejects a wrong call at type-check time."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, LiveServer, fetch_all
from tests.sdk.common import assert_usage_output, warnings_in

PACKAGE = "briefing_api_client"
USAGE = ROOT / "sdk" / "python" / "usage.py"
OPENAPI = ROOT / "schemas" / "openapi.json"
BIN = Path(sys.executable).parent
CONFIG = ROOT / "sdk" / "python" / "openapi-python-client.yaml"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The client package generated into a temporary directory, and the generator's output."""
    out = tmp_path_factory.mktemp("python-sdk") / PACKAGE
    result = subprocess.run(
        [
            BIN / "openapi-python-client",
            "generate",
            "--meta",
            "none",
            "--config",
            CONFIG,
            "--path",
            OPENAPI,
            "--output-path",
            out,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        # It formats its output with ruff, which it looks for on the PATH.
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out, result.stdout + result.stderr


@pytest.fixture(scope="module")
def sdk(generated: tuple[Path, str]) -> Iterator[ModuleType]:
    """The generated package, importable for the module's tests."""
    out, _ = generated
    sys.path.insert(0, str(out.parent))
    try:
        yield __import__(PACKAGE)
    finally:
        sys.path.remove(str(out.parent))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture
def api(sdk: ModuleType, real_server: LiveServer) -> Any:
    return sdk.Client(base_url=real_server.url, raise_on_unexpected_status=True)


def test_the_client_generates_without_a_warning(generated: tuple[Path, str]) -> None:
    out, output = generated
    assert warnings_in(output) == [], output
    assert {"client.py", "models", "api"} <= {p.name for p in out.iterdir()}
    tags = {p.name for p in (out / "api").iterdir() if p.is_dir()}
    assert {"quotes", "claims", "events", "entities", "documents", "implications"} <= tags


def test_paging_by_next_cursor_visits_every_item_once(
    sdk: ModuleType, api: Any, client: httpx.Client
) -> None:
    from briefing_api_client.api.claims import list_claims
    from briefing_api_client.models import ClaimList, ClaimPublic
    from briefing_api_client.types import UNSET

    ids, totals, cursor = [], set(), UNSET
    while True:
        page = list_claims.sync(client=api, limit=7, cursor=cursor)
        assert isinstance(page, ClaimList)
        assert all(isinstance(claim, ClaimPublic) for claim in page.items)
        ids += [claim.id for claim in page.items]
        totals.add(page.total)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(ids) > 7 * 2, "several pages"
    assert totals == {len(ids)} and len(set(ids)) == len(ids)
    assert ids == [c["id"] for c in fetch_all(client, "/v1/claims")]


def test_filters_select_what_the_api_selects(
    sdk: ModuleType, api: Any, client: httpx.Client
) -> None:
    from briefing_api_client.api.claims import list_claims
    from briefing_api_client.api.quotes import list_quotes
    from briefing_api_client.models import ClaimType, QuoteSort

    trump = list_quotes.sync(client=api, speaker=["donald-trump"])
    assert trump.items and {q.speaker.id for q in trump.items} == {"donald-trump"}
    assert trump.total == len(fetch_all(client, "/v1/quotes", {"speaker": "donald-trump"}))

    forecasts = list_claims.sync(client=api, claim_type=[ClaimType.FORECAST])
    assert forecasts.items and {c.claim_type for c in forecasts.items} == {ClaimType.FORECAST}

    start, end = datetime.date(2025, 7, 10), datetime.date(2025, 7, 13)
    window = list_quotes.sync(
        client=api, date_from=start, date_to=end, sort=QuoteSort.DATE_START_DESC
    )
    everything = list_quotes.sync(client=api)
    assert 0 < window.total < everything.total
    assert all(q.date_start <= end and q.date_end >= start for q in window.items)
    starts = [q.date_start for q in window.items]
    assert starts == sorted(starts, reverse=True)
    params = {"date_from": start.isoformat(), "date_to": end.isoformat(), "sort": "-date_start"}
    expected = fetch_all(client, "/v1/quotes", params)
    assert [q.id for q in window.items] == [q["id"] for q in expected]


def test_include_embeds_typed_evidence(sdk: ModuleType, api: Any) -> None:
    from briefing_api_client.api.claims import list_claims
    from briefing_api_client.models import ClaimInclude, EventPublic, QuotePublic

    page = list_claims.sync(client=api, include=[ClaimInclude.EVIDENCE], limit=20)
    included = page.included
    assert all(isinstance(q, QuotePublic) for q in included.quotes)
    assert all(isinstance(e, EventPublic) for e in included.events)
    refs = {(ref.type_.value, ref.id) for claim in page.items for ref in claim.evidence}
    embedded = {("quote", q.id) for q in included.quotes}
    embedded |= {("event", e.id) for e in included.events}
    assert refs and embedded == refs


def test_a_missing_item_is_a_parsed_404_problem(sdk: ModuleType, api: Any) -> None:
    from briefing_api_client.api.quotes import get_quote
    from briefing_api_client.models import Problem

    response = get_quote.sync_detailed(client=api, quote_id="no-such-quote")
    assert response.status_code == 404
    problem = response.parsed
    assert isinstance(problem, Problem)
    assert (problem.status, problem.title) == (404, "Not Found")
    assert problem.detail == "There is no quote with id 'no-such-quote'."
    assert problem.instance == "/v1/quotes/no-such-quote"


def test_an_out_of_bounds_limit_is_a_parsed_422_problem_with_errors(
    sdk: ModuleType, api: Any
) -> None:
    from briefing_api_client.api.quotes import list_quotes
    from briefing_api_client.models import Problem, ValidationIssue

    problem = list_quotes.sync(client=api, limit=501)
    assert isinstance(problem, Problem) and problem.status == 422
    assert [type(e) for e in problem.errors] == [ValidationIssue]
    issue = problem.errors[0]
    assert (issue.loc, issue.type_) == (["query", "limit"], "less_than_equal")


def run_usage(generated: Path, real_server: LiveServer) -> list[str]:
    """sdk/python/usage.py against the live server, importing the freshly generated client
    (`-P`: not a stale one that sdk/generate.sh may have left beside the script)."""
    result = subprocess.run(
        [sys.executable, "-P", USAGE],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "PYTHONPATH": str(generated.parent),
            "BRIEFING_API_URL": real_server.url,
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.splitlines()


def test_the_usage_example_runs(
    generated: tuple[Path, str], real_server: LiveServer, client: httpx.Client
) -> None:
    lines = run_usage(generated[0], real_server)
    errors = "[(['query', 'limit'], 'Input should be less than or equal to 500')]"
    assert_usage_output(lines, client, errors)


# Each line is a mistake mypy must catch, with (part of) the error it must give.
WRONG_USAGE = {
    'list_quotes.sync(client=client, speakers=["donald-trump"])': (
        'Unexpected keyword argument "speakers"'
    ),
    'list_quotes.sync(client=client, sort="-date")': (
        'Argument "sort" to "sync" has incompatible type "str"; expected "QuoteSort | Unset"'
    ),
    "print(quote.provenance.sectoin)": '"Provenance" has no attribute "sectoin"',
    "print(quote.provenance.char_start + quote.text)": (
        'Unsupported operand types for + ("int" and "str")'
    ),
}


def mypy(generated: Path, tmp_path: Path, script: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict on a script that imports the generated client. Not with the project's
    settings, whose `ignore_missing_imports` would let a missing client pass as `Any`; and not
    on the client's own code, which is the generator's business (and not --strict clean)."""
    config = tmp_path / "mypy.ini"
    config.write_text(f"[mypy]\n[mypy-{PACKAGE}.*]\nignore_errors = True\n")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            config,
            "--cache-dir",
            tmp_path / "mypy-cache",
            "--hide-error-context",
            script,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "MYPYPATH": str(generated.parent)},
    )


def test_the_usage_example_type_checks_and_a_wrong_one_does_not(
    generated: tuple[Path, str], tmp_path: Path
) -> None:
    result = mypy(generated[0], tmp_path, USAGE)
    assert result.returncode == 0, result.stdout + result.stderr

    header = [
        "from briefing_api_client import Client",
        "from briefing_api_client.api.quotes import get_quote, list_quotes",
        "from briefing_api_client.models import QuotePublic",
        'client = Client(base_url="http://localhost:8000")',
        'quote = get_quote.sync(client=client, quote_id="trump-bullshit-from-putin")',
        "assert isinstance(quote, QuotePublic)",
    ]
    wrong = tmp_path / "wrong.py"
    wrong.write_text("\n".join([*header, *WRONG_USAGE]) + "\n")
    result = mypy(generated[0], tmp_path, wrong)
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert len(errors) == len(WRONG_USAGE), result.stdout
    for line_number, expected in enumerate(WRONG_USAGE.values(), start=len(header) + 1):
        assert any(
            e.startswith(f"{wrong}:{line_number}: error: ") and expected in e for e in errors
        ), (expected, result.stdout)
