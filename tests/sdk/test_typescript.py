"""The TypeScript package in sdk/typescript as a user gets it: `npm pack` builds it (types
generated from schemas/openapi.json without a warning, compiled to dist/), `npm install` puts
the tarball into a fresh project's node_modules, and there the usage example, the example of
sdk/README.md and a paging script compile and run against the live API, while wrong usages
fail tsc."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, LiveServer, fetch_all
from tests.sdk.common import assert_usage_output, warnings_in

PACKAGE_DIR = ROOT / "sdk" / "typescript"
GUIDE = ROOT / "sdk" / "README.md"
HEADER = [
    'import { createBriefingClient, paginate } from "briefing-api-client";',
    'const api = createBriefingClient({ baseUrl: "http://localhost:8000" });',
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
    "paging_a_single_item": (
        ['paginate(api, "/v1/claims/{claim_id}", { path: { claim_id: "x" } });'],
        "TS2345",
        """'"/v1/claims/{claim_id}"' is not assignable to parameter of type 'ListPath'""",
    ),
    "misspelled_filter_of_a_paged_list": (
        ['paginate(api, "/v1/claims", { query: { claim_typ: ["forecast"] } });'],
        "TS2561",
        "'claim_typ' does not exist in type",
    ),
    "misspelled_field_of_a_paged_item": (
        ['for await (const claim of paginate(api, "/v1/claims")) console.log(claim.statment);'],
        "TS2551",
        "Property 'statment' does not exist on type '{ id: string; document_id: string;",
    ),
}
# Every claim by `paginate`, the pages by `pages`, and a problem on the way as a ProblemError.
PAGING = """\
import { createBriefingClient, pages, paginate, ProblemError } from "briefing-api-client";
const api = createBriefingClient({ baseUrl: process.env.BRIEFING_API_URL });
const ids: string[] = [];
for await (const claim of paginate(api, "/v1/claims", { query: { limit: 7 } })) ids.push(claim.id);
const totals: number[] = [];
for await (const page of pages(api, "/v1/claims", { query: { limit: 7 } })) totals.push(page.total);
let status = 0;
try {
  const quotes = paginate(api, "/v1/quotes", { query: { limit: 501 } });
  for await (const quote of quotes) ids.push(quote.id);
} catch (error) {
  if (error instanceof ProblemError) status = error.problem.status;
}
console.log(JSON.stringify({ ids, totals, status }));
"""


@pytest.fixture(scope="module")
def node_tools() -> Path:
    """The project's `node_modules/.bin`. Without Node or the installed packages the tests
    are skipped on a developer's machine, and fail in CI (`CI` set), where .ci/run installs
    them."""
    bin_dir = PACKAGE_DIR / "node_modules" / ".bin"
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
def packed(node_tools: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """`npm pack`, whose prepack generates the types and compiles the package: the tarball,
    and what the generator and the compiler printed."""
    out = tmp_path_factory.mktemp("npm-pack")
    result = run(["npm", "pack", "--pack-destination", out], PACKAGE_DIR)
    assert result.returncode == 0, result.stdout + result.stderr
    (tarball,) = out.glob("briefing-api-client-*.tgz")
    return tarball, result.stdout + result.stderr


@pytest.fixture(scope="module")
def project(
    packed: tuple[Path, str], node_tools: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A fresh project with the tarball installed (`npm install`, its dependencies from the
    registry, with an npm cache of its own: nothing reused from an earlier run), and a
    tsconfig that compiles the project's scripts with the SDK's own TypeScript settings."""
    home = tmp_path_factory.mktemp("consumer")
    (home / "package.json").write_text(json.dumps({"private": True, "type": "module"}))
    npm = ["npm", "install", "--no-audit", "--no-fund", "--cache", home / ".npm-cache"]
    installed = run([*npm, packed[0]], home)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    config = {
        "extends": str(PACKAGE_DIR / "tsconfig.json"),
        # The compiler's own Node types, not installed here.
        "compilerOptions": {"typeRoots": [str(PACKAGE_DIR / "node_modules" / "@types")]},
        "include": ["*.ts"],
    }
    (home / "tsconfig.json").write_text(json.dumps(config))
    return home


def guide_example() -> str:
    """sdk/README.md's TypeScript example (its first `ts` block), reading the server's URL
    from the environment instead of the one it shows."""
    found = re.search(r"```ts\n(.*?)```", GUIDE.read_text(), re.DOTALL)
    assert found, "sdk/README.md shows a TypeScript example"
    return found[1].replace('"http://localhost:8000"', "process.env.BRIEFING_API_URL")


@pytest.fixture(scope="module")
def built(project: Path, node_tools: Path) -> Path:
    """The project with its scripts compiled together (one tsc): the usage example, the
    guide's example and the paging script."""
    scripts = {
        "usage": (PACKAGE_DIR / "usage.ts").read_text(),
        "guide": guide_example(),
        "paging": PAGING,
    }
    for name, text in scripts.items():
        (project / f"{name}.ts").write_text(text)
    result = run([node_tools / "tsc", "--pretty", "false", "--outDir", "dist"], project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project


def run_script(project: Path, name: str, server: LiveServer) -> str:
    """The output of the compiled `name`.ts against the server."""
    result = run(["node", f"dist/{name}.js"], project, BRIEFING_API_URL=server.url)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_package_builds_without_a_warning_into_its_dist(packed: tuple[Path, str]) -> None:
    tarball, output = packed
    assert warnings_in(output) == [], output
    assert "openapi.json → src/generated/briefing-api.ts" in output
    files = run(["tar", "tzf", tarball], tarball.parent).stdout.split()
    assert {"package/dist/index.js", "package/dist/index.d.ts", "package/dist/paginate.js"} <= set(
        files
    )
    assert "package/dist/generated/briefing-api.d.ts" in files
    assert not [f for f in files if f.endswith(".ts") and not f.endswith(".d.ts")], files


def test_paginate_visits_every_claim_once(
    built: Path, real_server: LiveServer, client: httpx.Client
) -> None:
    answer = json.loads(run_script(built, "paging", real_server))
    expected = [c["id"] for c in fetch_all(client, "/v1/claims")]
    assert answer["ids"] == expected, "every claim once, in order, and no quote after the 422"
    assert answer["totals"] == [len(expected)] * -(-len(expected) // 7)
    assert answer["status"] == 422


def test_the_guides_example_prints_every_forecast(
    built: Path, real_server: LiveServer, client: httpx.Client
) -> None:
    forecasts = fetch_all(client, "/v1/claims", {"claim_type": "forecast"})
    expected = [f"{c['id']} {c['statement']}" for c in forecasts]
    assert run_script(built, "guide", real_server).splitlines() == expected


def test_the_usage_example_runs(built: Path, real_server: LiveServer, client: httpx.Client) -> None:
    lines = run_script(built, "usage", real_server).splitlines()
    errors = '[[["query","limit"],"Input should be less than or equal to 500"]]'
    assert_usage_output(lines, client, errors)


def test_wrong_usage_fails_the_type_check(node_tools: Path, project: Path) -> None:
    wrong = project / "wrong"  # beside the project's scripts, under its node_modules
    wrong.mkdir()
    (wrong / "tsconfig.json").write_text(
        json.dumps({"extends": "../tsconfig.json", "include": ["*.ts"]})
    )
    for name, (lines, *_) in WRONG_USAGE.items():
        (wrong / f"{name}.ts").write_text("\n".join([*HEADER, *lines]) + "\n")
    result = run([node_tools / "tsc", "--noEmit", "--pretty", "false"], wrong)
    assert result.returncode != 0
    errors: dict[str, list[tuple[str, str]]] = {}
    for line in result.stdout.splitlines():
        if found := re.match(r"(\w+)\.ts\(\d+,\d+\): error (TS\d+): (.*)", line):
            errors.setdefault(found[1], []).append((found[2], found[3]))
    assert set(errors) == set(WRONG_USAGE), result.stdout
    for name, (_, code, message) in WRONG_USAGE.items():
        assert len(errors[name]) == 1, (name, errors[name])
        assert errors[name][0][0] == code and message in errors[name][0][1], (name, errors[name])
