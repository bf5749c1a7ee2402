"""The executable examples of the documentation pages: every ```console block's `$ ` commands
with the output each shows, and the files (fences with a `title="…"`) the commands use.

Sybil's Markdown lexer finds the fences (any prefix, ``` or ~~~, nested or not); this module
only splits a console block into commands and their outputs."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from sybil import Document
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

PROMPT = "$ "
# The info string: a language, then optional attributes, of which only `title` is read.
INFO = re.compile(r'(?P<language>[\w+-]*)(?:[^\n]*?\btitle="(?P<title>[^"]+)")?[^\n]*$\n', re.M)
FENCES = RawFencedCodeBlockLexer(info_pattern=INFO)


@dataclass(frozen=True)
class PageFile:
    """A fenced block with `title="name"`: the file `name` that later commands of the page run
    or read, written in the page's working directory before them."""

    name: str
    text: str


@dataclass(frozen=True)
class Example:
    """One `$ ` command of a console block and the output shown under it."""

    page: Path
    line: int
    command: str
    expected: str
    files: tuple[PageFile, ...]  # the page's titled files above this command

    def __str__(self) -> str:
        return f"{self.page}:{self.line}"


def examples(page: Path, root: Path) -> list[Example]:
    """The page's commands in page order, each with the titled files that precede it."""
    text = page.read_text(encoding="utf-8")
    name = page.relative_to(root)
    found: list[Example] = []
    files: list[PageFile] = []
    for region in FENCES(Document(text, str(page))):
        source = str(region.lexemes["source"])
        if region.lexemes.get("title"):
            files.append(PageFile(str(region.lexemes["title"]), source))
        if region.lexemes["language"] != "console":
            continue
        first_line = text.count("\n", 0, region.start) + 2  # the line under the opening fence
        for offset, command, expected in _commands(source):
            found.append(Example(name, first_line + offset, command, expected, tuple(files)))
    return found


def _commands(source: str) -> list[tuple[int, str, str]]:
    """(line offset, command, expected output) for each `$ ` line of a console block. A command
    goes on over the next lines while its line ends in `\\` or a quote is still open."""
    lines = source.splitlines()
    found: list[tuple[int, str, str]] = []
    index = 0
    while index < len(lines):
        if not lines[index].startswith(PROMPT):
            raise ValueError(f"a console block starts with a `{PROMPT}` command: {lines[index]!r}")
        start, command = index, lines[index][len(PROMPT) :]
        index += 1
        while _continues(command) and index < len(lines):
            command += "\n" + lines[index]
            index += 1
        output_start = index
        while index < len(lines) and not lines[index].startswith(PROMPT):
            index += 1
        found.append((start, command, "\n".join(lines[output_start:index])))
    return found


def _continues(command: str) -> bool:
    if command.endswith("\\"):
        return True
    try:
        shlex.split(command)
    except ValueError:  # "No closing quotation"
        return True
    return False
