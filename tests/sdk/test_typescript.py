"""TypeScript types that openapi-typescript generates from schemas/openapi.json: they generate
without a warning, the committed usage example (sdk/typescript/usage.ts, with openapi-fetch)
passes `tsc --noEmit` and runs against the live API, and wrong usages fail tsc."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, LiveServer
from tests.sdk.common import assert_usage_output, warnings_in

PROJECT = ROOT / "sdk" / "typescript"
TYPES = PROJECT / "generated" / "briefing-api.ts"
HEADER = [
    'import createClient from "openapi-fetch";',
    'import type { paths } from "./generated/briefing-api.js";',
    'type Read = "application/json" | "application/problem+json";',
    'const api = createClient<paths, Read>({ baseUrl: "http://localhost:8000" });',
]
# Mistakes tsc must catch, each with the error code and (part of) the message it must give.
WRONG_USAGE = {
    "misspelled_filter": (
        ['await api.GET("/v1/quotes", { params: { query: { speakers: ["donald-trump"] } } });'],
        "TS2561",
        "'speakers' does not exist in type",
    ),
    "value_outside_an_enum": (
        ['await api.GET("/v1/claims", { params: { query: { claim_type: ["prediction"] } } });'],
        "TS2322",
        """Type '"prediction"' is not assignable to type '"factual" | "causal" |""",
    ),
    "unknown_path": (
        ['await api.GET("/v1/quote/{quote_id}", { params: { path: { quote_id: "x" } } });'],
        "TS2345",
        """Argument of type '"/v1/quote/{quote_id}"' is not assignable""",
    ),
    "data_used_before_the_error_is_ruled_out": (
        [
            'const quote = await api.GET("/v1/quotes/{quote_id}", '
            '{ params: { path: { quote_id: "x" } } });',
            "console.log(quote.data.text);",
        ],
        "TS18048",
        "'quote.data' is possibly 'undefined'",
    ),
    "misspelled_field": (
        [
            'const quote = await api.GET("/v1/quotes/{quote_id}", '
            '{ params: { path: { quote_id: "x" } } });',
            "if (quote.data) console.log(quote.data.provenance.exerpt);",
        ],
        "TS2551",
        "Property 'exerpt' does not exist on type '{ document_id: string; document_sha256:",
    ),
    "problem_field_that_does_not_exist": (
        [
            'const page = await api.GET("/v1/quotes", {});',
            "if (page.error) console.log(page.error.errors?.[0]?.message);",
        ],
        "TS2339",
        "Property 'message' does not exist on type '{ loc: (string | number)[]; msg: string;",
    ),
}


@pytest.fixture(scope="module")
def node_tools() -> Path:
    """The project's `node_modules/.bin`. Without Node or the installed packages the tests
    are skipped on a developer's machine, and fail in CI (`CI` set), where .ci/run installs
    them."""
    bin_dir = PROJECT / "node_modules" / ".bin"
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing or not (bin_dir / "tsc").exists():
        message = (
            f"the TypeScript SDK tests need Node.js 20+ and npm (not found: {', '.join(missing)})"
            if missing
            else "the TypeScript SDK tests need the npm packages: `npm ci --prefix sdk/typescript`"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return bin_dir


def run(command: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
    )


@pytest.fixture(scope="module")
def generation(node_tools: Path) -> subprocess.CompletedProcess[str]:
    """`npm run generate`: the types, into the project's git-ignored `generated/`."""
    result = run(["npm", "run", "generate"], PROJECT)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def sandbox(tmp_path: Path, files: dict[str, str]) -> Path:
    """A project beside the real one (its packages, tsconfig and fresh types) holding only
    `files`, so that tsc's output there leaves the real project untouched."""
    (tmp_path / "node_modules").symlink_to(PROJECT / "node_modules", target_is_directory=True)
    shutil.copy(PROJECT / "package.json", tmp_path)
    (tmp_path / "generated").mkdir()
    shutil.copy(TYPES, tmp_path / "generated")
    config = {
        "extends": str(PROJECT / "tsconfig.json"),
        "include": [*files, "generated/*.ts"],
    }
    (tmp_path / "tsconfig.json").write_text(json.dumps(config))
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def test_the_types_generate_without_a_warning(
    generation: subprocess.CompletedProcess[str],
) -> None:
    output = generation.stdout + generation.stderr
    assert warnings_in(output) == [], output
    assert "openapi.json → generated/briefing-api.ts" in output
    types = TYPES.read_text()
    for name in ("export interface paths", "export interface components", "list_quotes: {"):
        assert name in types


def test_the_usage_example_type_checks(generation: object, node_tools: Path) -> None:
    result = run([node_tools / "tsc", "--noEmit", "--pretty", "false"], PROJECT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_usage_example_runs(
    generation: object,
    node_tools: Path,
    tmp_path: Path,
    real_server: LiveServer,
    client: httpx.Client,
) -> None:
    project = sandbox(tmp_path, {"usage.ts": (PROJECT / "usage.ts").read_text()})
    built = run([node_tools / "tsc", "-p", project, "--outDir", project / "dist"], project)
    assert built.returncode == 0, built.stdout + built.stderr
    result = run(["node", "dist/usage.js"], project, BRIEFING_API_URL=real_server.url)
    assert result.returncode == 0, result.stdout + result.stderr
    errors = '[[["query","limit"],"Input should be less than or equal to 500"]]'
    assert_usage_output(result.stdout.splitlines(), client, errors)


def test_wrong_usage_fails_the_type_check(
    generation: object, node_tools: Path, tmp_path: Path
) -> None:
    files = {
        f"{name}.ts": "\n".join([*HEADER, *lines]) + "\n"
        for name, (lines, *_) in WRONG_USAGE.items()
    }
    project = sandbox(tmp_path, files)
    result = run([node_tools / "tsc", "-p", project, "--noEmit", "--pretty", "false"], project)
    assert result.returncode != 0
    errors: dict[str, list[tuple[str, str]]] = {}
    for line in result.stdout.splitlines():
        if found := re.match(r"(\w+)\.ts\(\d+,\d+\): error (TS\d+): (.*)", line):
            errors.setdefault(found[1], []).append((found[2], found[3]))
    assert set(errors) == set(WRONG_USAGE), result.stdout
    for name, (_, code, message) in WRONG_USAGE.items():
        assert len(errors[name]) == 1, (name, errors[name])
        assert errors[name][0][0] == code and message in errors[name][0][1], (name, errors[name])
