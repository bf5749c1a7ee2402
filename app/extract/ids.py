"""Readable ids for drafts, unique within an extraction and against the ids already stored."""

from __future__ import annotations

from collections.abc import Iterable

from app.extract.text import slugify


class Ids:
    """`base`, else `base-2`, `base-3`, …: the first one not used yet. A counter per base
    remembers where the last search stopped (every suffix below it is used, and stays
    used), so a thousand sentences with the same words cost a thousand steps, not a
    million."""

    def __init__(self, prefix: str, taken: Iterable[str]) -> None:
        self.prefix = slugify(prefix, 60) or "document"
        self.used = set(taken)
        self.suffix: dict[str, int] = {}

    def next(self, kind: str, words_of: str) -> str:
        return self.fresh(f"{self.prefix}-{kind}-{slugify(words_of, 40) or 'item'}")

    def fresh(self, base: str) -> str:
        candidate, n = base, self.suffix.get(base, 2)
        if candidate in self.used:
            while (candidate := f"{base}-{n}") in self.used:
                n += 1
            self.suffix[base] = n + 1
        self.used.add(candidate)
        return candidate
