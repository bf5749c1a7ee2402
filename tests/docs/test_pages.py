"""How a page's fenced blocks become examples: the convention test_examples.py states."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docs.conftest import writes
from tests.docs.pages import Example, PageFile, examples

PAGE = """# A page

```bash
$ uvicorn app.main:app
```

```python title="check.py"
print("checked")
```

```console
$ curl -s 'http://localhost:8000/v1/quotes?limit=1' \\
    | jq -c '{total}'
{"total":7}
$ CURSOR=$(curl -s 'http://localhost:8000/v1/quotes?limit=1' | jq -r .next_cursor)
$ curl -s -X POST http://localhost:8000/v1/quotes -d '{"text": "Sanctions",
         "context": "A heading"}'
{"status":401}

{"second":"paragraph"}
$ python3 check.py
checked
```
"""


@pytest.fixture
def page(tmp_path: Path) -> list[Example]:
    (tmp_path / "docs").mkdir()
    path = tmp_path / "docs" / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    return examples(path, tmp_path)


def test_each_dollar_line_of_a_console_block_is_an_example_named_by_page_and_line(
    page: list[Example],
) -> None:
    assert [str(example) for example in page] == [
        "docs/page.md:12",
        "docs/page.md:15",
        "docs/page.md:16",
        "docs/page.md:21",
    ]


def test_a_command_goes_on_after_a_backslash_or_inside_an_open_quote(page: list[Example]) -> None:
    assert page[0].command.splitlines()[1] == "    | jq -c '{total}'"
    assert page[2].command.endswith('"context": "A heading"}\'')


def test_the_output_is_every_line_up_to_the_next_command_blank_lines_included(
    page: list[Example],
) -> None:
    assert page[0].expected == '{"total":7}'
    assert page[1].expected == ""
    assert page[2].expected == '{"status":401}\n\n{"second":"paragraph"}'


def test_titled_blocks_above_a_command_are_its_files_and_other_languages_do_not_run(
    page: list[Example],
) -> None:
    assert page[0].files == (PageFile("check.py", 'print("checked")\n'),)
    assert all("uvicorn" not in example.command for example in page)


def test_a_console_block_that_starts_with_output_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("```console\n{}\n```\n", encoding="utf-8")
    with pytest.raises(ValueError, match="starts with a `\\$ ` command"):
        examples(path, tmp_path)


@pytest.mark.parametrize(
    ("command", "writing"),
    [
        ("curl -s http://localhost:8000/v1/quotes", False),
        ("curl -s -G http://localhost:8000/v1/claims --data-urlencode 'q=trade war'", False),
        ("curl -s -X DELETE http://localhost:8000/v1/quotes/a -H 'If-Match: $ETAG'", True),
        ("curl -s --request PATCH http://localhost:8000/v1/quotes/a", True),
        ("curl -s http://localhost:8000/v1/quotes -d '{}'", True),
        ("curl -s http://localhost:8000/v1/quotes --json '{}'", True),
    ],
)
def test_a_page_writes_when_a_command_sends_a_write_method_or_a_body(
    command: str, writing: bool
) -> None:
    assert writes(command) is writing
