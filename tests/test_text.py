"""Text folding for search: length-preserving, quote-insensitive."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.services.text import fold, spellings


@given(st.text())
def test_fold_preserves_length_so_offsets_carry_over(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_straightens_quotes_and_lowers_case() -> None:
    assert fold("Russia’s “Bullshit”") == 'russia\'s "bullshit"'


def test_spellings_cover_the_typographic_forms() -> None:
    assert {"Russia's", "Russia’s"} <= spellings("Russia's")
    assert {"Russia's", "Russia’s"} <= spellings("Russia’s")
    assert "“NATO”" in spellings('"NATO"')
    assert "aid to “NATO" in spellings('aid to "NATO')
    assert "NATO.”" in spellings('NATO."')
    assert spellings("plain words") == {"plain words"}
