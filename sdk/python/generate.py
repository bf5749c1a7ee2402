"""Generates the Python client package, sdk/python/briefing_api_client, from
schemas/openapi.json with openapi-python-client (the project's dev extra). sdk/generate.sh runs
it; the drift test (tests/sdk/test_python_package.py) runs it into a temporary directory and
compares. Run it with the project's interpreter, whose environment holds the generator and
ruff (they are looked up beside it, not on the PATH):

    .venv/bin/python sdk/python/generate.py [--output DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OPENAPI = HERE.parents[1] / "schemas" / "openapi.json"
CONFIG = HERE / "openapi-python-client.yaml"
PACKAGE = "briefing_api_client"
# Written by hand and carried into every generation: the paginator and the PEP 561 marker
# (the generator writes py.typed only with a project around the package).
HAND_WRITTEN = ("paging.py", "py.typed")


def with_nullable_query_parameters(openapi: dict[str, Any]) -> dict[str, Any]:
    """The document with every optional query parameter also allowing null. A query string
    cannot say null: the generated client leaves out a None parameter as it leaves out UNSET.
    Saying so makes its signatures accept None (`cursor: None | str | Unset`), so that
    `cursor=page.next_cursor` passes `mypy --strict`."""
    for operations in openapi["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query" and not parameter.get("required"):
                    schema = parameter["schema"]
                    kept = {
                        k: schema[k] for k in ("title", "description", "default") if k in schema
                    }
                    parameter["schema"] = {"anyOf": [schema, {"type": "null"}], **kept}
    return openapi


def run_generator(openapi: Path, output: Path) -> str:
    """openapi-python-client into `output`; its output, which must hold no warning."""
    bin_dir = Path(sys.executable).parent
    result = subprocess.run(
        [
            bin_dir / "openapi-python-client",
            "generate",
            "--path",
            openapi,
            "--meta",
            "none",
            "--config",
            CONFIG,
            "--output-path",
            output,
        ],
        capture_output=True,
        text=True,
        # The post hooks (CONFIG) run the ruff installed beside the generator.
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
    )
    output_text = result.stdout + result.stderr
    if result.returncode != 0 or re.search(r"warn", output_text, re.IGNORECASE):
        raise SystemExit(f"openapi-python-client did not generate cleanly:\n{output_text}")
    return output_text


def generate(output: Path) -> None:
    """The package at `output`, replacing what was there, with the hand-written files."""
    with tempfile.TemporaryDirectory() as tmp:
        document = Path(tmp) / "openapi.json"
        document.write_text(
            json.dumps(with_nullable_query_parameters(json.loads(OPENAPI.read_text())))
        )
        package = Path(tmp) / PACKAGE
        # The generator names the temporary directory; the reader wants the destination.
        print(run_generator(document, package).replace(str(package), str(output)), end="")
        for name in HAND_WRITTEN:
            shutil.copy2(HERE / PACKAGE / name, package / name)
        shutil.rmtree(output, ignore_errors=True)
        shutil.copytree(package, output, ignore=shutil.ignore_patterns("__pycache__"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=HERE / PACKAGE, help="the package directory")
    generate(parser.parse_args().output.resolve())
