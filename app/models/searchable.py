"""The text a table's full-text index covers, derived from the row on every write.

Each searchable table names its `search_fields`; `search_text` holds them folded to plain
words (lower case, accents and punctuation dropped, one space between words). PostgreSQL's
`to_tsvector('simple', …)` and SQLite's FTS5 tokenizer then see the same words, so the two
backends find the same rows. Changing `index_text` changes what is stored: ship it with a
migration that recomputes the column (as `0003` first filled it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import Text, event
from sqlmodel import Field, SQLModel

WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")  # letters and digits, in any script
_APOSTROPHE = re.compile(r"['’ʼ]")


def words(text: str) -> list[str]:
    """`text` as the index sees it: case-folded words without accents or punctuation. An
    apostrophe within a word joins its parts, so "Russia’s", "RUSSIA'S" and "Rússia's" are
    all `russias`, which a search for `russia` finds as a prefix.
    """
    # Compatibility forms (𝓐, 🅪) decompose into letters that must then be case-folded, and
    # case folding can yield letters that decompose again: hence decompose, fold, decompose.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return [_APOSTROPHE.sub("", w) for w in WORD.findall(plain)]


def index_text(*parts: str | None) -> str:
    return " ".join(w for part in parts if part for w in words(part))


class Searchable(SQLModel):
    """Mixin of the tables the `q` filter searches."""

    search_fields: ClassVar[tuple[str, ...]] = ()
    search_text: str = Field(
        default="", sa_type=Text, description="`search_fields`, folded for the full-text index."
    )

    @classmethod
    def search_text_of(cls, values: Mapping[str, Any]) -> str:
        """`search_text` for a row given as column values: a Core insert bypasses the ORM
        event below, so it must call this itself."""
        return index_text(*(values.get(f) for f in cls.search_fields))

    def refresh_search_text(self) -> None:
        self.search_text = self.search_text_of({f: getattr(self, f) for f in self.search_fields})


@event.listens_for(Searchable, "before_insert", propagate=True)
@event.listens_for(Searchable, "before_update", propagate=True)
def _derive_search_text(_mapper: Any, _connection: Any, target: Searchable) -> None:
    target.refresh_search_text()
