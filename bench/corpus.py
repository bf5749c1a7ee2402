"""A deterministic synthetic corpus in the seed format, for measuring the API at scale.

    .venv/bin/python bench/corpus.py --briefings 1000 --out /tmp/corpus-100k
    DATABASE_URL=sqlite:////tmp/corpus.db .venv/bin/briefing load --seed-dir /tmp/corpus-100k

Each briefing is a source text (a title, dated parts with headings, paragraphs of sentences
naming entities and dates) and an annotation file anchoring about 100 items in it: 10
quotes, 20 events, 60 claims citing them and 10 implications derived from the claims;
every fifth claim links to an earlier one or to its event (`relations`), every other
implication forecasts (`forecast`), and every twentieth claim shows a stance. The
entities (people, countries, organizations, places, groups) are shared across briefings and
declared once, in the first file. The same arguments always give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path
from typing import Any

import yaml

from app.models.common import ClaimType, EventType

# libyaml's emitter when PyYAML has it, as the seed reader's loader (app/seed/reader.py):
# the pure-Python one spends most of a large corpus's generation.
YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

FIRST = [
    "Anna",
    "Boris",
    "Chen",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemal",
    "Lena",
    "Marek",
    "Nadia",
    "Omar",
]
LAST = [
    "Adams",
    "Baker",
    "Costa",
    "Duval",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanov",
    "Jensen",
    "Kowalski",
    "Lindqvist",
]
COUNTRIES = [
    "Arvania",
    "Belmora",
    "Corinth",
    "Dravia",
    "Estmark",
    "Falkona",
    "Galdor",
    "Hestria",
    "Istvania",
    "Jorvik",
]
ORG_WORDS = [
    "Alliance",
    "Council",
    "Bank",
    "Agency",
    "Forum",
    "Union",
    "Commission",
    "Institute",
    "Fund",
    "Ministry",
]
PLACES = [
    "Port Selen",
    "Mount Kerr",
    "Vessa Strait",
    "Orlin Valley",
    "Tarn Bay",
    "Lake Ivo",
    "Cape Amber",
]
TOPICS = [
    "sanctions",
    "air defense",
    "grain exports",
    "energy prices",
    "border security",
    "trade tariffs",
    "naval patrols",
    "debt relief",
    "cyber attacks",
    "arms deliveries",
    "election monitoring",
    "refugee flows",
    "rare earth supply",
    "pipeline repairs",
    "ceasefire talks",
]
VERBS = [
    "warned",
    "announced",
    "signaled",
    "confirmed",
    "denied",
    "proposed",
    "rejected",
    "demanded",
]
ASSESS = ["likely", "unlikely", "increasingly probable", "an open question", "a deliberate signal"]
OCCASIONS = [
    "a press conference",
    "a phone call",
    "a televised address",
    "a summit",
    "an interview",
]
EVENT_TYPES = [t.value for t in EventType]
CLAIM_TYPES = [t.value for t in ClaimType]


def _entities(rng: random.Random) -> list[dict[str, Any]]:
    people = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(people)
    found: list[dict[str, Any]] = []
    for name in people[:150]:
        found.append({"name": name, "kind": "person", "aliases": [name.split()[1]]})
    for name in COUNTRIES:
        found.append({"name": name, "kind": "country", "aliases": [f"the {name}n government"]})
    for country in COUNTRIES:
        for word in ORG_WORDS[:5]:
            found.append({"name": f"{country} {word}", "kind": "organization", "aliases": []})
    for name in PLACES:
        found.append({"name": name, "kind": "place", "aliases": []})
    for country in COUNTRIES:
        found.append({"name": f"{country} hardliners", "kind": "group", "aliases": []})
    for e in found:
        e["id"] = e["name"].lower().replace(" ", "-")
        e["description"] = f"A {e['kind']} that briefings in this corpus mention."
    return found


class _Briefing:
    """Writes one briefing's text while recording the annotation of each sentence in it."""

    def __init__(self, rng: random.Random, number: int, entities: list[dict[str, Any]]) -> None:
        self.rng, self.number, self.entities = rng, number, entities
        self.people = [e for e in entities if e["kind"] == "person"]
        self.lines: list[str] = []
        self.used: set[str] = set()
        self.published = dt.date(2020, 1, 1) + dt.timedelta(days=number * 2)
        self.items: dict[str, list[dict[str, Any]]] = {
            "quotes": [],
            "events": [],
            "claims": [],
            "implications": [],
            "stances": [],
        }

    def _sentence(self, make: Any) -> str:
        while True:  # excerpts must be unique within their document
            sentence = make()
            if not any(sentence in u or u in sentence for u in self.used):
                self.used.add(sentence)
                return sentence

    def _day(self) -> dt.date:
        return self.published - dt.timedelta(days=self.rng.randrange(1, 60))

    def _id(self, kind: str, n: int) -> str:
        return f"b{self.number:04d}-{kind}-{n:03d}"

    def quote(self, n: int) -> str:
        speaker = self.rng.choice(self.people)
        topic, day = self.rng.choice(TOPICS), self._day()
        words = self._sentence(
            lambda: (
                f"We will not accept new limits on {topic} after "
                f"{self.rng.choice(COUNTRIES)} broke its word {self.rng.randrange(2, 999)} times"
            )
        )
        self.items["quotes"].append(
            {
                "id": self._id("quote", n),
                "excerpt": words,
                "speaker": speaker["id"],
                "when": {"date": day.isoformat(), "basis": "stated"},
                "context": self.rng.choice(OCCASIONS),
            }
        )
        return f"On {day:%B} {day.day}, {speaker['name']} said: “{words}.”"

    def event(self, n: int) -> str:
        actor, other = self.rng.sample(COUNTRIES, 2)
        day, topic = self._day(), self.rng.choice(TOPICS)
        sentence = self._sentence(
            lambda: (
                f"On {day:%B} {day.day}, {actor} {self.rng.choice(VERBS)} new measures on "
                f"{topic} affecting {other} and {self.rng.randrange(2, 999)} firms"
            )
        )
        place = self.rng.choice(PLACES)
        self.items["events"].append(
            {
                "id": self._id("event", n),
                "excerpt": sentence,
                "title": f"{actor} acts on {topic}",
                "description": f"{actor} took new measures on {topic} affecting {other}.",
                "when": {"date": day.isoformat(), "basis": "stated"},
                "event_type": self.rng.choice(EVENT_TYPES),
                "actors": [actor.lower()],
                "location": place.lower().replace(" ", "-"),
            }
        )
        return sentence + f" near {place}."

    def claim(self, n: int) -> str:
        subject, topic = self.rng.choice(COUNTRIES), self.rng.choice(TOPICS)
        sentence = self._sentence(
            lambda: (
                f"The shift by {subject} on {topic} is {self.rng.choice(ASSESS)} given "
                f"{self.rng.randrange(2, 999)} recent incidents"
            )
        )
        evidence = [
            {"type": kind.rstrip("s"), "id": self.rng.choice(self.items[kind])["id"]}
            for kind in ("quotes", "events")
            if self.items[kind] and self.rng.random() < 0.6
        ]
        claim = {
            "id": self._id("claim", n),
            "excerpt": sentence,
            "statement": sentence + ".",
            "claim_type": self.rng.choice(CLAIM_TYPES),
            "about": [subject.lower(), self.rng.choice(self.people)["id"]],
            "evidence": evidence,
        }
        if n % 5 == 0:
            claim["relations"] = self._relations(evidence)
        if n % 20 == 0:
            self._stance(claim, topic)
        self.items["claims"].append(claim)
        return sentence + "."

    def _relations(self, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A link to the claim before (as the curator reads it), or one the text states to
        the claim's event."""
        events = [ref for ref in evidence if ref["type"] == "event"]
        if events:
            return [{"type": "qualifies", "to": events[0], "excerpt": "recent incidents"}]
        earlier = self.items["claims"][-1:] or []
        return [{"type": "supports", "to": {"type": "claim", "id": c["id"]}} for c in earlier]

    def _stance(self, claim: dict[str, Any], topic: str) -> None:
        """The stance of the claim's person toward its country, shown by the claim."""
        country, person = claim["about"]
        n = len(self.items["stances"])
        self.items["stances"].append(
            {
                "id": f"b{self.number:04d}-stance-{n:03d}",
                "excerpt": claim["excerpt"],
                "holder": person,
                "target": country,
                "topic": topic,
                "polarity": n % 5 - 2,
                "when": {"date": f"{self.published:%Y-%m}", "basis": "inferred"},
                "evidence": [{"type": "claim", "id": claim["id"]}],
            }
        )

    def implication(self, n: int) -> str:
        subject, topic = self.rng.choice(COUNTRIES), self.rng.choice(TOPICS)
        sentence = self._sentence(
            lambda: (
                f"Expect {subject} to revisit its stance on {topic} within "
                f"{self.rng.randrange(2, 999)} days"
            )
        )
        claims = self.rng.sample(self.items["claims"], 3)
        self.items["implications"].append(
            {
                "id": self._id("implication", n),
                "excerpt": sentence,
                "statement": sentence + ".",
                "about": [subject.lower()],
                "derived_from": [c["id"] for c in claims],
                **({"forecast": self._forecast(n)} if n % 2 == 0 else {}),
            }
        )
        return sentence + "."

    def _forecast(self, n: int) -> dict[str, Any]:
        horizon = self.published + dt.timedelta(days=30 + n)
        return {
            "horizon": {
                "date": horizon.isoformat(),
                "basis": "computed",
                "note": f"publication + {30 + n} days",
            },
            "drawn_by": "curator",
            "outcome": {"status": "open"},
        }

    def write(self, out: Path) -> dict[str, Any]:
        doc_id = f"briefing-{self.number:04d}"
        title = f"Briefing {self.number}: {self.rng.choice(TOPICS).title()} Under Pressure"
        lines = [title, ""]
        sections = [{"heading": title, "level": 1}]
        quotes, events, claims = (iter(range(n)) for n in (10, 20, 60))
        for part in range(5):
            heading = (
                f"Part {part + 1} - {self.rng.choice(COUNTRIES)} and {self.rng.choice(TOPICS)}"
            )
            sections.append({"heading": heading, "level": 2})
            lines += [heading, ""]
            for paragraph in range(4):  # 20 paragraphs: 10 quotes, 20 events, 60 claims
                sentences = [self.quote(next(quotes))] if paragraph % 2 == 0 else []
                sentences.append(self.event(next(events)))
                sentences += [self.claim(next(claims)) for _ in range(3)]
                lines += [" ".join(sentences), ""]
        sections.append({"heading": "IMPLICATIONS:", "level": 2})
        lines += ["IMPLICATIONS:", ""]
        lines += [self.implication(n) for n in range(10)]
        source = f"{doc_id}.txt"
        (out / source).write_text("\n".join(lines) + "\n", encoding="utf-8")
        return {
            "document": {
                "id": doc_id,
                "source": source,
                "title": title,
                "published_on": self.published.isoformat(),
                "sections": sections,
            },
            **self.items,
        }


def generate(briefings: int, out: Path, seed: int = 20251125) -> int:
    """Write `briefings` annotated briefings into `out`; return the number of items."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    entities = _entities(rng)
    total = 0
    for number in range(briefings):
        annotation = _Briefing(rng, number, entities).write(out)
        if number == 0:
            annotation["entities"] = entities
        total += sum(len(annotation[k]) for k in ("quotes", "events", "claims", "implications"))
        with (out / f"briefing-{number:04d}.yaml").open("w", encoding="utf-8") as f:
            yaml.dump(
                annotation, f, Dumper=YAML_DUMPER, allow_unicode=True, sort_keys=False, width=200
            )
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefings", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=20251125)
    args = parser.parse_args()
    items = generate(args.briefings, args.out, args.seed)
    print(f"{args.briefings} briefings, {items} items in {args.out}")


if __name__ == "__main__":
    main()
