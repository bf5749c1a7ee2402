"""Every request/response example in the documentation is run against the live app, and its
output must be the page's, after normalising only what must vary (NORMALISED below).

The convention a page follows, in docs/**/*.md:
- A ```console block is executed; ```bash, ```sh, ```text, ```json, ```python … are not.
- In it, a line starting with `$ ` is a command, run by bash. It goes on over the next lines
  while a line ends in `\\` or a quote is still open (a multi-line `-d '{…}'`).
- The lines after a command, up to the next `$ ` line or the fence, are its exact stdout (no
  wildcards: cut a long answer in the command, with `jq`, `head` or `cut`; stderr is not
  compared). A command with nothing under it must print nothing, and every one must exit 0.
- `http://localhost:8000` stands for the server: commands and titled files reach the live one,
  and its URL in the output reads `http://localhost:8000` again.
- A page's commands run in page order, in one working directory, and see the variables earlier
  commands of the page set (`CURSOR=$(…)`), plus `KEY` (a curator key named `alice`) and
  `ADMIN_KEY` (an admin key). A fenced block with `title="name"` (```python
  title="verify.py"``` in mkdocs-material) is written there as file `name` for the commands
  below it.
- A page with a writing command (`-X POST|PUT|PATCH|DELETE`, or a body without `-G`) has the
  seed to itself; the other pages share one server on the unchanged seed. So a page never
  depends on another page having run, and may count on `Corpus-Version: 1` at its start.
- Tools a command may use: bash, curl, jq, python3, sha256sum, the coreutils, and the
  project's environment (`briefing`). A command must end by itself (no `uvicorn …`: show a
  command that is not to be run in a ```bash block) and reaches the app only over HTTP.
- The server runs the app's default settings on the seed, as the quick start does.
Each command is one test, named by its page and line: `docs/guide/tour.md:97`. A command may
need the variables of those above it: rerun a failure with its page (`-k curation`).
"""

from __future__ import annotations

import difflib
import re

import pytest

from tests.conftest import ROOT
from tests.docs.conftest import PageShells, writing_pages
from tests.docs.pages import Example, examples

# What may differ between the page and a run, each with why. Applied to both sides.
NORMALISED: list[tuple[str, str, str]] = [
    (r"\r\n", "\n", "HTTP header lines and CSV rows end in CR LF, which a page cannot show"),
    (r"(?im)^date: .*$", "date: <date>", "the HTTP Date header is the time of the request"),
    (
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)",
        "<instant>",
        "created_at, updated_at, deleted_at, Corpus-Updated-At: when the seed was loaded or the "
        "example ran",
    ),
    (
        r"\bv(\d+)-[0-9a-f]{24}\b",
        r"v\1-<digest>",
        "an item's ETag digests its representation, whose timestamps vary",
    ),
    (
        r'(?i)(x-request-id: |"request_id":")[0-9a-f]{32}',
        r"\1<request id>",
        "a request id is made per request",
    ),
    (r'"[0-9a-f]{32}"', '"<digest>"', "a list's ETag digests its body, whose timestamps vary"),
    (
        r"(?im)^x-cache: (hit|miss)$",
        "x-cache: <hit or miss>",
        "whether an earlier page on the shared server asked the same already",
    ),
]

PAGES = sorted((ROOT / "docs").rglob("*.md"))
FOUND = [example for page in PAGES for example in examples(page, ROOT)]
WRITING = writing_pages(FOUND)
# Page by page, each in its own order; the pages that only read first (see conftest.py).
EXAMPLES = sorted(FOUND, key=lambda example: example.page in WRITING)


def normalised(output: str) -> str:
    for pattern, replacement, _reason in NORMALISED:
        output = re.sub(pattern, replacement, output)
    return output.rstrip("\n")


@pytest.mark.real_server
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_example_prints_what_its_page_shows(example: Example, page_shells: PageShells) -> None:
    result = page_shells.for_page(example.page).run(example)
    status = result.returncode
    assert status == 0, f"$ {example.command}\nexited {status}:\n{result.stderr}"
    shown, printed = normalised(example.expected), normalised(result.stdout)
    if printed != shown:
        diff = difflib.unified_diff(
            shown.splitlines(), printed.splitlines(), "the page", "the live app", lineterm=""
        )
        pytest.fail(f"{example}: $ {example.command}\n" + "\n".join(diff), pytrace=False)
