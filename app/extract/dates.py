"""Date expressions in a passage, resolved against the publication date.

Each found date is a range with an honest precision: never finer than the text gives.

- `July 14`, `14 July`, `on Monday, July 14`, `July 14, 2025`: that day (`day`). Without a
  year, the year that puts the day closest to the publication date.
- `from July 11 to July 13`, `July 11-13`: those days (`day`).
- `in June`, `June 2025`: the month (`month`); `in early July`, `mid-July`, `late July`:
  days 1–10, 11–20 or 21–end of the month, still `month` precision.
- `in 2025`, `since 2024`: the year (`year`).
- `today`, `yesterday`, `tomorrow`, `on Monday` (the latest Monday on or before the
  publication date), `last Monday` (strictly before): that day (`day`).
- `this week`, `last week`, `next week`: the Monday–Sunday week, `month` precision (there
  is no week precision; `day` would overstate it). `this month`, `last month`: the month.
  `this year`, `last year`: the year. `in recent weeks`/`days`/`months`: the six weeks,
  one week or six months up to the publication date, `month` precision.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from app.models.common import DatePrecision

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
_ABBREVIATED = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}

_MONTH = (
    r"(?P<{g}>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?P<{g}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def _m(group: str) -> str:
    return _MONTH.format(g=group)


def _d(group: str) -> str:
    return _DAY.format(g=group)


def _y(group: str) -> str:
    return _YEAR.format(g=group)


_END = r"(?![\w%])"
# Alternatives in order of preference at the same position: the longest reading first.
_PATTERNS: list[tuple[str, str]] = [
    (
        "range",
        rf"\b[Ff]rom\s+{_m('m1')}\s+{_d('d1')}(?:,?\s+{_y('y1')})?\s+(?:to|until|through|till)"
        rf"\s+(?:{_m('m2')}\s+)?{_d('d2')}(?:,?\s+{_y('y2')})?{_END}",
    ),
    ("span", rf"\b{_m('m1')}\s+{_d('d1')}\s*[-–]\s*{_d('d2')}(?:,?\s+{_y('y1')})?{_END}"),
    (
        "month_day",
        rf"\b(?:on\s+)?(?:{_WEEKDAY},?\s+)?{_m('m1')}\s+{_d('d1')}(?:,?\s+{_y('y1')})?{_END}",
    ),
    (
        "day_month",
        rf"\b(?:on\s+)?(?:{_WEEKDAY},?\s+)?{_d('d1')}\s+{_m('m1')}(?:,?\s+{_y('y1')})?{_END}",
    ),
    ("part_month", rf"\b(?P<part>early|mid|late)[-\s]+{_m('m1')}(?:,?\s+{_y('y1')})?{_END}"),
    ("month_year", rf"\b{_m('m1')},?\s+{_y('y1')}{_END}"),
    (
        "month",
        rf"\b(?:in|since|until|by|from|during|of|before|after|through|last|this|next)\s+"
        rf"{_m('m1')}{_END}",
    ),
    (
        "year",
        rf"\b(?:in|since|until|by|from|during|of|before|after|through|early|mid|late)[-\s]+"
        rf"{_y('y1')}{_END}",
    ),
    ("relative_day", r"\b(?P<rel>today|yesterday|tomorrow)\b"),
    ("weekday", rf"\b(?P<last>last\s+|on\s+)(?P<wd>{_WEEKDAY})\b"),
    ("relative", r"\b(?P<which>this|last|next|past)\s+(?P<unit>week|month|year)\b"),
    (
        "recent",
        r"\b(?:in\s+)?(?:recent|the\s+past\s+few|the\s+last\s+few)\s+(?P<unit>days|weeks|months)\b",
    ),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS]


# Readings counted from the publication date ("yesterday", "last week"), not written out.
RELATIVE = frozenset({"relative_day", "weekday", "relative", "recent"})
# Readings whose year may be left out ("July 14"): then it is the one nearest publication.
YEAR_OPTIONAL = frozenset({"range", "span", "month_day", "day_month", "part_month", "month"})


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    date_start: dt.date
    date_end: dt.date
    precision: DatePrecision
    relative: bool = False  # counted from the publication date
    year_implied: bool = False  # the text gives no year; the nearest one is taken


def _month(name: str) -> int:
    name = name.rstrip(".")
    return MONTHS.get(name) or _ABBREVIATED[name]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _closest_year(published: dt.date, month: int, day: int) -> int:
    """The year that puts `month`/`day` closest to the publication date."""
    best = published.year
    best_distance: int | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        day_in_month = min(day, _last_day(year, month))
        distance = abs((dt.date(year, month, day_in_month) - published).days)
        if best_distance is None or distance < best_distance:
            best, best_distance = year, distance
    return best


def _day(published: dt.date, month: int, day: int, year: str | None) -> dt.date | None:
    y = int(year) if year else _closest_year(published, month, day)
    try:
        return dt.date(y, month, day)
    except ValueError:
        return None


def _week(monday_of: dt.date) -> tuple[dt.date, dt.date]:
    monday = monday_of - dt.timedelta(days=monday_of.weekday())
    return monday, monday + dt.timedelta(days=6)


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _resolve(kind: str, g: dict[str, Any], published: dt.date) -> FoundDate | None:
    D, M, Y = DatePrecision.day, DatePrecision.month, DatePrecision.year
    if kind in ("month_day", "day_month"):
        day = _day(published, _month(g["m1"] or ""), int(g["d1"] or 0), g["y1"])
        return FoundDate(0, 0, day, day, D) if day else None
    if kind in ("range", "span"):
        m1 = _month(g["m1"] or "")
        m2 = _month(g["m2"]) if g.get("m2") else m1
        first = _day(published, m1, int(g["d1"] or 0), g["y1"])
        if first is None:
            return None
        last = _day(first, m2, int(g["d2"] or 0), g.get("y2") or None)
        if last is None or last < first:
            return None
        return FoundDate(0, 0, first, last, D)
    if kind in ("part_month", "month_year", "month"):
        month = _month(g["m1"] or "")
        year = int(g["y1"]) if g.get("y1") else _closest_year(published, month, 15)
        month_end = _last_day(year, month)
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, month_end)}.get(
            g.get("part") or "", (1, month_end)
        )
        return FoundDate(0, 0, dt.date(year, month, bounds[0]), dt.date(year, month, bounds[1]), M)
    if kind == "year":
        year = int(g["y1"] or 0)
        return FoundDate(0, 0, dt.date(year, 1, 1), dt.date(year, 12, 31), Y)
    if kind == "relative_day":
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[(g["rel"] or "").lower()]
        day = published + dt.timedelta(days=offset)
        return FoundDate(0, 0, day, day, D)
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS[g["wd"] or "Monday"]) % 7
        if back == 0 and (g["last"] or "").strip().lower() == "last":
            back = 7
        day = published - dt.timedelta(days=back)
        return FoundDate(0, 0, day, day, D)
    if kind == "relative":
        which, unit = (g["which"] or "").lower(), g["unit"] or ""
        step = {"this": 0, "last": -1, "past": -1, "next": 1}[which]
        if unit == "week":
            first, last_day = _week(published + dt.timedelta(weeks=step))
            return FoundDate(0, 0, first, last_day, M)
        if unit == "month":
            first = _shift_month(published, step)
            return FoundDate(0, 0, first, first.replace(day=_last_day(first.year, first.month)), M)
        year = published.year + step
        return FoundDate(0, 0, dt.date(year, 1, 1), dt.date(year, 12, 31), Y)
    if kind == "recent":
        back_days = {"days": 7, "weeks": 42, "months": 183}[g["unit"] or "weeks"]
        return FoundDate(0, 0, published - dt.timedelta(days=back_days), published, M)
    return None


def _year_written(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    return bool(groups.get("y1") or groups.get("y2"))


def find_dates(piece: str, published: dt.date) -> list[FoundDate]:
    """Every date expression in `piece`, with offsets relative to it: where readings
    overlap, the one that starts first, then the longest, wins."""
    candidates = sorted(
        (match.start(), -(match.end() - match.start()), order, kind, match)
        for order, (kind, pattern) in enumerate(_COMPILED)
        for match in pattern.finditer(piece)
    )
    found: list[FoundDate] = []
    taken_until = 0
    for start, _, _, kind, match in candidates:
        if start < taken_until:
            continue
        try:
            resolved = _resolve(kind, match.groupdict(), published)
        except (ValueError, OverflowError, KeyError):
            resolved = None
        if resolved is None:
            continue
        found.append(
            FoundDate(
                match.start(),
                match.end(),
                resolved.date_start,
                resolved.date_end,
                resolved.precision,
                relative=kind in RELATIVE,
                year_implied=kind in YEAR_OPTIONAL and not _year_written(match),
            )
        )
        taken_until = match.end()
    return found
