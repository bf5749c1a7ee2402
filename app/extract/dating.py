"""Where a draft's date comes from, said with it: the basis of the knowledge model
(`DateBasis`) and a note a curator can check.

- `stated`: the date is written in the item's own sentence;
- `heading`: it is written in a dated section heading above the item;
- `computed`: the text counts it from the publication date ("yesterday", "last week");
- `inferred`: the nearest date before the item in its section, or, with none, the
  publication date itself.
"""

from __future__ import annotations

import datetime as dt

from app.extract.dates import FoundDate
from app.extract.drafts import When
from app.models.common import DatePrecision
from app.models.knowledge import DateBasis


def based(
    found: FoundDate,
    written: str,
    basis: DateBasis,
    published_on: dt.date,
    note: str | None = None,
) -> When:
    """`found` (written as `written`) as a draft's date: a reading counted from the
    publication date is `computed` whatever its place, and an implied year is noted."""
    notes = [note] if note else []
    if found.relative:
        basis = DateBasis.computed
        notes.insert(0, f"{written!r}, counted from the publication date {published_on}")
    elif found.year_implied:
        notes.append(f"the year is not written: the one nearest the publication {published_on}")
    return When(found.date_start, found.date_end, found.precision, basis, "; ".join(notes) or None)


def publication(published_on: dt.date) -> When:
    """The fallback when the text gives no date before an item: when it was published."""
    return When(
        published_on,
        published_on,
        DatePrecision.day,
        DateBasis.inferred,
        "the publication date: no date precedes it in its section",
    )
