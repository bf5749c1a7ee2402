"""Who a passage names: known entities by name or alias, and unknown proper names.

Known entities match by their name or any alias, as whole words, case-sensitively except
for the first letter ("the US" also matches "The US"); where surfaces overlap, the longest
wins ("Russia’s top diplomat" over "Russia"). Unknown names are sequences of two to four
capitalized words ("Pete Hegseth"), or one to three after a title ("Senator Graham"), that no
known surface covers; a title or a second-word capital makes them a person, an institutional
word ("Ministry", "Council") an organization.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.extract.text import slugify
from app.models.common import EntityKind

# Who is preferred as a speaker: a government, a military unit or a media outlet speaks as an
# organization does (the Kremlin "said"), ahead of a country or place named nearby.
AGENT_KINDS = frozenset(
    {
        EntityKind.person,
        EntityKind.organization,
        EntityKind.group,
        EntityKind.government,
        EntityKind.military_unit,
        EntityKind.media_outlet,
    }
)


@dataclass(frozen=True)
class KnownEntity:
    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    kind: EntityKind
    entity_id: str | None  # None: a name no known entity has

    @property
    def is_agent(self) -> bool:
        return self.kind in AGENT_KINDS


_TITLES = (
    r"(?:President|Vice\s+President|Prime\s+Minister|Foreign\s+Minister|Defense\s+Minister|"
    r"Minister|Secretary(?:\s+General)?|Senator|Sen\.|Representative|Rep\.|Chancellor|"
    r"General|Gen\.|Admiral|Ambassador|Spokesman|Spokeswoman|Spokesperson|Director|Chairman|"
    r"Chairwoman|Governor|Gov\.|Mayor|King|Queen|Pope|Premier|Mr\.|Ms\.|Mrs\.|Dr\.)"
)
_NAME_WORD = r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*"
_TITLE_WORDS = frozenset(["General", "Minister", "Secretary", "President", "Senator", "Director"])
_TITLED = re.compile(rf"\b{_TITLES}[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})\b")
_PLAIN = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})\b")
_NOT_NAME_START = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "To",
        "Of",
        "And",
        "But",
        "Or",
        "If",
        "As",
        "While",
        "When",
        "After",
        "Before",
        "Since",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "Many",
        "Some",
        "Several",
        "Most",
        "Early",
        "Late",
    ]
)
_CALENDAR = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
_INSTITUTIONAL = frozenset(
    [
        "Ministry",
        "House",
        "Council",
        "Party",
        "Times",
        "Agency",
        "Bank",
        "Office",
        "Department",
        "Army",
        "Navy",
        "Union",
        "Forces",
        "Government",
        "Committee",
        "Administration",
        "Parliament",
        "Congress",
        "Senate",
        "Kremlin",
        "Commission",
        "Organization",
        "Company",
        "Group",
        "Institute",
        "University",
        "News",
        "Post",
        "Journal",
        "Court",
        "Assembly",
        "Service",
        "Services",
        "Corporation",
        "Fund",
        "Alliance",
        "Command",
    ]
)


class Matcher:
    """Finds the mentions of a fixed set of known entities."""

    def __init__(self, entities: Iterable[KnownEntity]) -> None:
        self.entities = {e.id: e for e in entities}
        surfaces: dict[str, str] = {}
        for entity in self.entities.values():
            for surface in (entity.name, *entity.aliases):
                surface = surface.strip()
                if not surface:
                    continue
                for variant in (surface, surface[:1].swapcase() + surface[1:]):
                    surfaces.setdefault(variant, entity.id)
        self.surfaces = surfaces
        ordered = sorted(surfaces, key=lambda s: (-len(s), s))
        self.pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
            if ordered
            else None
        )
        self.by_name = {s.casefold(): entity_id for s, entity_id in surfaces.items()}

    def known(self, text: str, start: int, end: int) -> list[Mention]:
        if self.pattern is None:
            return []
        found = []
        for match in self.pattern.finditer(text, start, end):
            entity = self.entities[self.surfaces[match.group()]]
            found.append(Mention(match.start(), match.end(), entity.name, entity.kind, entity.id))
        return found

    def resolve_name(self, name: str) -> KnownEntity | None:
        """The known entity this unknown-looking name denotes, by name, alias or slug."""
        entity_id = self.by_name.get(name.casefold())
        if entity_id is None and slugify(name) in self.entities:
            entity_id = slugify(name)
        return self.entities.get(entity_id) if entity_id else None

    def mentions(self, text: str, start: int, end: int) -> list[Mention]:
        """Known and unknown mentions in `text[start:end]`, in order, never overlapping."""
        known = self.known(text, start, end)
        titled = self._unknown(text, start, end, titled=True, taken=_Taken(known))
        taken = _Taken(sorted(known + titled, key=lambda m: m.start))
        plain = self._unknown(text, start, end, titled=False, taken=taken)
        return sorted(known + titled + plain, key=lambda m: m.start)

    def _unknown(
        self, text: str, start: int, end: int, *, titled: bool, taken: _Taken
    ) -> list[Mention]:
        """The names one pattern finds that no earlier pass took. The pattern's own matches
        never overlap one another, so only the earlier passes' spans need checking."""
        found: list[Mention] = []
        for match in (_TITLED if titled else _PLAIN).finditer(text, start, end):
            a, b = match.span("name")
            name = match.group("name")
            parts = name.split()
            if (titled and parts[0] in _TITLE_WORDS) or set(parts) <= _TITLE_WORDS:
                continue
            if not titled:
                while parts and parts[0] in _NOT_NAME_START:
                    a += len(parts[0]) + 1
                    parts = parts[1:]
                if len(parts) < 2:
                    continue
                name = " ".join(parts)
                b = a + len(name)
            if any(p in _CALENDAR for p in parts) or not taken.free(a, b):
                continue
            found.append(self._unknown_mention(a, b, name))
        return found

    def _unknown_mention(self, a: int, b: int, name: str) -> Mention:
        resolved = self.resolve_name(name)
        if resolved is not None:
            return Mention(a, b, resolved.name, resolved.kind, resolved.id)
        institutional = any(p in _INSTITUTIONAL for p in name.split())
        kind = EntityKind.organization if institutional else EntityKind.person
        return Mention(a, b, name, kind, None)


class _Taken:
    """Spans already taken, sorted and disjoint: whether a span is free is one bisection."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]

    def free(self, a: int, b: int) -> bool:
        # The one taken span that could overlap [a, b) is the last one starting before b.
        i = bisect.bisect_left(self.starts, b) - 1
        return i < 0 or self.ends[i] <= a


def discover_people(text: str, matcher: Matcher) -> list[KnownEntity]:
    """People the text names with a title ("Defense Secretary Pete Hegseth") that no known
    entity covers, each with their surname as an alias, so that a later bare "Hegseth"
    names them too."""
    found: dict[str, KnownEntity] = {}
    for match in _TITLED.finditer(text):
        name = match.group("name")
        parts = name.split()
        if parts[0] in _TITLE_WORDS or any(p in _CALENDAR for p in parts):
            continue
        if matcher.resolve_name(name) is not None or matcher.known(text, *match.span("name")):
            continue
        entity_id = slugify(name)
        if entity_id and entity_id not in found:
            aliases = (parts[-1],) if len(parts) > 1 else ()
            found[entity_id] = KnownEntity(entity_id, name, EntityKind.person, aliases)
    return list(found.values())
