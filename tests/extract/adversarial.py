"""Texts built to make a rule-based extractor slow: each family grows to any length, so a
test can check that extraction time grows linearly with it.

Issue 14's eight findings are `dots` (10k and 20k dots), `ellipses` (40k "…"), `initials`
("A. " repeated), `part_headings`, `unattributed_quotes`, `he_said` (one per line) and
`briefing` (plain text at 1M); `bangs` and `names` press on the sentence and mention rules
too, and `seed_repeated` is the seed's own briefing, repeated."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count

from tests.extract.seed_comparison import SEED_DIR

SEED_TEXT = (SEED_DIR / "trump-pivot-against-russia.txt").read_text(encoding="utf-8")


def _grow(unit: Callable[[int], str], size: int, head: str = "") -> str:
    """`head`, then `unit(0)`, `unit(1)`, … up to `size` characters (cut there)."""
    pieces, length = [head], len(head)
    for n in count():
        if length >= size:
            break
        piece = unit(n)
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces)[:size]


TITLE = "A Long Report\n"  # the first line is the title, a heading: the rest is a paragraph


def dots(size: int) -> str:
    return _grow(lambda _: "." * 1000, size, TITLE)


def ellipses(size: int) -> str:
    return _grow(lambda _: "…", size, TITLE)


def bangs(size: int) -> str:
    return _grow(lambda _: "?!", size, TITLE)


def initials(size: int) -> str:
    return _grow(lambda _: "A. ", size, TITLE)


def part_headings(size: int) -> str:
    return _grow(lambda n: f"PART {n}:\n", size, TITLE)


def unattributed_quotes(size: int) -> str:
    """Quotations that name no speaker, ten to a paragraph."""
    quote = "“We will hold the line on every single point of this deal.”"
    return _grow(lambda n: quote + ("\n" if n % 10 == 9 else " "), size)


def he_said(size: int) -> str:
    return _grow(lambda _: "He said “we will not give up on this, not now and not ever.”\n", size)


def briefing(size: int) -> str:
    """A plausible briefing: many headings, dated sentences, one quotation per paragraph."""
    return _grow(
        lambda n: (
            f"Talks Round {n}\n"
            f"Delegates met in Geneva on March {n % 28 + 1} and again in early April.\n"
            f"Foreign Minister Ana Lopez said: “We will not accept a deal that leaves "
            f"our fishermen behind, not in round {n}.”\n"
        ),
        size,
        "Pacific Shipping Talks\n",
    )


def names(size: int) -> str:
    """One paragraph thick with names, known and unknown: every mention is checked against
    the spans already taken (`mentions.Matcher`)."""
    return _grow(
        lambda n: (
            f"Donald Trump, Senator Graham {n % 97} and Pete Hegseth met Vladimir Putin, "
            "Foreign Minister Ana Lopez and the Kremlin in Russia, Ukraine and China; "
        ),
        size,
        TITLE,
    )


def seed_repeated(size: int) -> str:
    """The seed's briefing over and over: at 1M characters, 94 copies (at 10,606 characters
    each, a hundred would exceed the default `DOCUMENT_MAX_CHARS`)."""
    return _grow(lambda _: SEED_TEXT + "\n", size)


FAMILIES: dict[str, Callable[[int], str]] = {
    "dots": dots,
    "ellipses": ellipses,
    "bangs": bangs,
    "initials": initials,
    "part_headings": part_headings,
    "unattributed_quotes": unattributed_quotes,
    "he_said": he_said,
    "briefing": briefing,
    "names": names,
    "seed_repeated": seed_repeated,
}
