"""`q` on the database's own full-text index: a GIN-indexed `tsvector` column on PostgreSQL,
an FTS5 table on SQLite (both built by migration `0003`).

A query is a list of words and "quoted phrases"; an item matches when its text has every
one of them, each word matched as a prefix (`russ` finds Russia), the words of a phrase in
sequence. Both indexes cover `search_text` (see `app.models.searchable`), and the query is
folded the same way, so PostgreSQL and SQLite return the same items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Table, literal, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from app.models.searchable import WORD, words

Phrase = tuple[str, ...]

_QUOTE_MARK = re.compile('["“”„]')
TEXT_SEARCH_CONFIG = "simple"  # no stemming and no stop words: the same on both engines


def fts_table(table: str) -> str:
    """The SQLite FTS5 table that indexes `table.search_text`."""
    return f"{table}_fts"


def parse_query(query: str) -> list[Phrase]:
    """Words and quoted phrases, folded as the index folds text. Text between double quotes
    (straight or typographic) is a phrase; an unclosed quote runs to the end."""
    phrases: list[Phrase] = []
    for position, part in enumerate(_QUOTE_MARK.split(query)):
        found = words(part)
        if position % 2:
            phrases += [tuple(found)] if found else []
        else:
            phrases += [(w,) for w in found]
    return list(dict.fromkeys(phrases))


def tsquery(phrases: Sequence[Phrase]) -> str:
    """PostgreSQL `to_tsquery` syntax: `'nato':* & 'white' <-> 'house':*`."""
    return " & ".join(
        " <-> ".join([*(f"'{w}'" for w in phrase[:-1]), f"'{phrase[-1]}':*"]) for phrase in phrases
    )


def fts5_query(phrases: Sequence[Phrase]) -> str:
    """SQLite FTS5 syntax: `"nato"* AND "white house"*` (a trailing `*` makes the last word
    of a phrase a prefix)."""
    return " AND ".join(f'"{" ".join(phrase)}"*' for phrase in phrases)


def locate(text: str, phrases: Sequence[Phrase]) -> tuple[int, int] | None:
    """The span of `text` where the first of `phrases` to occur in it stands, matched as the
    index matches it; None if none does. For snippets around a hit."""
    tokens = [(m.start(), m.end(), words(m.group())) for m in WORD.finditer(text)]
    folded = [(start, end, w) for start, end, found in tokens for w in found]
    for i, (start, _, _) in enumerate(folded):
        for phrase in phrases:
            window = folded[i : i + len(phrase)]
            if len(window) == len(phrase) and all(
                w == want or (n == len(phrase) - 1 and w.startswith(want))
                for n, ((_, _, w), want) in enumerate(zip(window, phrase, strict=True))
            ):
                return start, window[-1][1]
    return None


class matches(FunctionElement[bool]):
    """True for the rows of a searchable table whose `search_text` matches the phrases."""

    type = Boolean()
    inherit_cache = True

    def __init__(self, table: Table | Any, phrases: Sequence[Phrase]) -> None:
        super().__init__(
            table.c.search_text,
            table.c.id,
            literal(tsquery(phrases)),
            literal(fts5_query(phrases)),
        )


@compiles(matches)
def _matches_fts5(element: matches, compiler: Any, **kw: Any) -> str:
    search_text, key, _, query = element.clauses.clauses
    assert isinstance(search_text, Column) and search_text.table is not None
    index = fts_table(search_text.table.name)
    return (
        f"{compiler.process(key, **kw)} IN "
        f"(SELECT id FROM {index} WHERE {index} MATCH {compiler.process(query, **kw)})"
    )


@compiles(matches, "postgresql")
def _matches_tsvector(element: matches, compiler: Any, **kw: Any) -> str:
    # The GIN-indexed column `search_vector`, generated from `search_text` (migration 0003).
    search_text, _, query, _ = element.clauses.clauses
    vector = compiler.process(search_text, **kw).removesuffix("search_text") + "search_vector"
    return f"{vector} @@ to_tsquery('{TEXT_SEARCH_CONFIG}', {compiler.process(query, **kw)})"


def clear_search_index(connection: Connection, tables: Sequence[str]) -> None:
    """Empty the FTS5 tables of `tables` before their rows are deleted wholesale.

    SQLite's delete triggers find a row's index entry by its id, which FTS5 cannot index:
    each deletion scans the index. Emptied first, a bulk delete stays linear. PostgreSQL's
    GIN index is maintained by the table itself and needs nothing.
    """
    if connection.dialect.name != "sqlite":
        return
    for table in tables:
        connection.execute(text(f"DELETE FROM {fts_table(table)}"))
