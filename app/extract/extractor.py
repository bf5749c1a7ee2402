"""The rule-based extractor: a text, its publication date and the entities already known
in, draft items out, each anchored by its exact span.

Pure functions, no database: the API stores what `extract` proposes as drafts
(`status: draft`, `provenance.method: rule`), and `briefing ingest` writes it as an
annotation file for a curator to edit. What it proposes:

- **sections** from heading lines (`headings.py`);
- **quotes**: every full quotation with its speaker (`quotations.py`), dated by the nearest
  date before it in its section, else by the publication date;
- **events**: every sentence outside a heading that states a date (`dates.py`), with the
  entities it names as actors;
- **implications**: every sentence (or bullet) under an implications heading ("Implications",
  "What it means", "Looking ahead", …) and its subsections, each resting on a draft claim
  (a `forecast`) with the same excerpt, since an implication derives from claims.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.extract import headings as heading_rules
from app.extract.dates import FoundDate, find_dates
from app.extract.mentions import KnownEntity, Matcher, Mention, discover_people
from app.extract.quotations import attribute, quotations
from app.extract.text import Span, lines, sentences, slugify, trimmed, words
from app.models.common import DatePrecision, EntityKind, EventType
from app.provenance import Anchor, ResolvedSection, innermost_section

# Stands for the speaker of a quotation no rule could attribute; a curator replaces it.
UNIDENTIFIED = Mention(0, 0, "Unidentified speaker", EntityKind.person, "unidentified-speaker")
TITLE_WORDS = 12


@dataclass(frozen=True)
class When:
    date_start: dt.date
    date_end: dt.date
    date_precision: DatePrecision


@dataclass(frozen=True)
class DraftEntity:
    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class DraftQuote:
    id: str
    anchor: Anchor
    text: str
    speaker: str
    when: When
    context: str
    about: tuple[str, ...]
    rule: str


@dataclass(frozen=True)
class DraftEvent:
    id: str
    anchor: Anchor
    title: str
    description: str
    when: When
    event_type: EventType
    actors: tuple[str, ...]
    date_text: str


@dataclass(frozen=True)
class DraftClaim:
    id: str
    anchor: Anchor
    statement: str
    about: tuple[str, ...]


@dataclass(frozen=True)
class DraftImplication:
    id: str
    anchor: Anchor
    statement: str
    about: tuple[str, ...]
    derived_from: tuple[str, ...]


@dataclass
class Extraction:
    document_id: str
    text: str
    sha256: str
    published_on: dt.date
    sections: list[ResolvedSection]
    entities: list[DraftEntity] = field(default_factory=list)
    quotes: list[DraftQuote] = field(default_factory=list)
    events: list[DraftEvent] = field(default_factory=list)
    claims: list[DraftClaim] = field(default_factory=list)
    implications: list[DraftImplication] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "entities": len(self.entities),
            "quotes": len(self.quotes),
            "events": len(self.events),
            "claims": len(self.claims),
            "implications": len(self.implications),
        }


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_EVENT_TYPES: list[tuple[tuple[str, ...], EventType]] = [
    (("phone call", "call between", "called"), EventType.phone_call),
    (("interview",), EventType.interview),
    (("meeting", "met with", " met ", "summit"), EventType.meeting),
    (("visit", "hosted", "travelled", "traveled"), EventType.diplomatic_visit),
    (("negotiat", "talks", "ceasefire"), EventType.negotiation),
    (
        ("inaugurat", "took office", "taking office", "elected", "sworn in"),
        EventType.political_transition,
    ),
    (("strike", "bomb", "missile", "drone", "attack", "shelling"), EventType.military_strike),
    (("offensive", "campaign"), EventType.military_campaign),
    (("report",), EventType.report),
    (("tariff", "sanction", "decided", "decision", "policy", "imposed"), EventType.policy_decision),
    (("econom", "inflation", "interest rate", "gdp", "trade"), EventType.economic_development),
    (("announc", "declared", "unveiled"), EventType.announcement),
]


def event_type_of(sentence: str) -> EventType:
    lowered = sentence.lower()
    for keys, event_type in _EVENT_TYPES:
        if any(k in lowered for k in keys):
            return event_type
    return EventType.statement


def _title(sentence: str) -> str:
    tokens = sentence.split()
    title = " ".join(tokens[:TITLE_WORDS]).rstrip(".,;:")
    return title + ("…" if len(tokens) > TITLE_WORDS else "")


class _Ids:
    """Readable ids unique within the extraction and against `taken` (ids already stored)."""

    def __init__(self, prefix: str, taken: Iterable[str]) -> None:
        self.prefix = slugify(prefix, 60) or "document"
        self.used = set(taken)

    def next(self, kind: str, words_of: str) -> str:
        return self.fresh(f"{self.prefix}-{kind}-{slugify(words_of, 40) or 'item'}")

    def fresh(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.used.add(candidate)
        return candidate


def _when(found: FoundDate) -> When:
    return When(found.date_start, found.date_end, found.precision)


def extract(
    text: str,
    published_on: dt.date,
    known: Iterable[KnownEntity] = (),
    *,
    document_id: str,
    subtitle: str | None = None,
    taken_ids: Iterable[str] = (),
    taken_entity_ids: Iterable[str] = (),
) -> Extraction:
    """Everything the rules propose for `text`; never raises for any input text.

    `taken_ids` are item ids already stored and `taken_entity_ids` entity ids already used
    (deleted ones included): new ids avoid both."""
    found_headings = heading_rules.find_headings(text, not_headings=(subtitle,) if subtitle else ())
    sections = heading_rules.resolve(text, found_headings)
    heading_lines = {h.span.start for h in found_headings} if sections else set()
    known = list(known)
    base = Matcher(known)
    discovered = discover_people(text, base)
    matcher = Matcher([*known, *discovered])
    known_ids = {e.id for e in known}
    ids = _Ids(document_id, taken_ids)
    result = Extraction(document_id, text, sha256_of(text), published_on, sections)
    new_entities: dict[str, DraftEntity] = {}
    entity_ids = _Ids("", taken_entity_ids)
    renamed: dict[str, str] = {}

    def section_of(offset: int) -> str:
        enclosing = [s for s in sections if s.char_start <= offset < s.char_end]
        return innermost_section(enclosing, offset).heading if enclosing else ""

    def anchor(span: Span) -> Anchor:
        return Anchor(span.start, span.end, span.of(text), section_of(span.start))

    def entity_id(mention: Mention) -> str:
        """The known entity's id, or a new draft entity's."""
        if mention.entity_id in known_ids:
            return mention.entity_id
        slug = mention.entity_id or slugify(mention.name) or "unnamed"
        if slug in known_ids:
            return slug
        if slug not in renamed:
            renamed[slug] = entity_ids.fresh(slug)
        draft_id = renamed[slug]
        if draft_id not in new_entities:
            new_entities[draft_id] = DraftEntity(
                draft_id,
                mention.name,
                mention.kind,
                tuple(a for e in discovered if e.id == slug for a in e.aliases),
                f"Named in {document_id!r}; proposed by the rule-based extractor, to review.",
            )
        return draft_id

    def involved(span: Span, exclude: Iterable[str] = ()) -> tuple[str, ...]:
        skip = set(exclude)
        found = [entity_id(m) for m in matcher.mentions(text, span.start, span.end) if m.entity_id]
        return tuple(dict.fromkeys(e for e in found if e not in skip))

    paragraph_sentences: list[tuple[Span, list[Span]]] = []
    for line in lines(text):
        if line.start in heading_lines or trimmed(text, line) is None:
            continue
        paragraph_sentences.append((line, list(sentences(text, line))))

    # Dates: every date expression with its absolute span, headings included (they date
    # what follows them), for quotes to take the nearest preceding one in their section.
    all_dates = [
        FoundDate(line.start + d.start, line.start + d.end, d.date_start, d.date_end, d.precision)
        for line in lines(text)
        for d in find_dates(line.of(text), published_on)
    ]

    def date_before(offset: int) -> When:
        section = section_of(offset)
        candidates = [d for d in all_dates if d.start < offset and section_of(d.start) == section]
        if candidates:
            return _when(candidates[-1])
        return When(published_on, published_on, DatePrecision.day)

    previous: Span | None = None
    for line, sents in paragraph_sentences:
        for quote in quotations(text, line):
            if not quote.is_full(text):
                continue
            sentence = next(
                (s for s in sents if s.start <= quote.span.start < s.end),
                quote.span,
            )
            index = sents.index(sentence) if sentence in sents else 0
            before = sents[index - 1] if index > 0 else previous
            attribution = attribute(text, quote, sentence, before, matcher)
            speaker = entity_id(attribution.speaker or UNIDENTIFIED)
            inner = quote.inner.of(text)
            context_source = (before if before is not None and index == 0 else sentence).of(text)
            result.quotes.append(
                DraftQuote(
                    id=ids.next("quote", " ".join(words(inner)[:6])),
                    anchor=anchor(quote.span),
                    text=inner,
                    speaker=speaker,
                    when=date_before(quote.span.start),
                    context=f"Rule-extracted ({attribution.rule}) from: {context_source[:300]}",
                    about=involved(quote.inner, exclude=(speaker,)),
                    rule=attribution.rule,
                )
            )
        if sents:
            previous = sents[-1]

    for _, sents in paragraph_sentences:
        for sentence in sents:
            piece = sentence.of(text)
            dates = find_dates(piece, published_on)
            if not dates:
                continue
            result.events.append(
                DraftEvent(
                    id=ids.next("event", " ".join(words(piece)[:6])),
                    anchor=anchor(sentence),
                    title=_title(piece),
                    description=piece,
                    when=_when(dates[0]),
                    event_type=event_type_of(piece),
                    actors=involved(sentence),
                    date_text=piece[dates[0].start : dates[0].end],
                )
            )

    implication_sections = [
        s for s in sections if heading_rules.IMPLICATION_HEADING.match(s.heading.strip())
    ]
    for line, sents in paragraph_sentences:
        if not any(s.char_start <= line.start < s.char_end for s in implication_sections):
            continue
        units = sents
        marker = heading_rules.strip_bullet(line.of(text))
        if marker:
            bullet = trimmed(text, Span(line.start + marker, line.end))
            units = [bullet] if bullet is not None else []
        for unit in units:
            piece = unit.of(text)
            if len(words(piece)) < 3:
                continue
            about = involved(unit)
            claim_id = ids.next("claim", " ".join(words(piece)[:6]))
            result.claims.append(DraftClaim(claim_id, anchor(unit), piece, about))
            result.implications.append(
                DraftImplication(
                    id=ids.next("implication", " ".join(words(piece)[:6])),
                    anchor=anchor(unit),
                    statement=piece,
                    about=about,
                    derived_from=(claim_id,),
                )
            )

    result.entities = list(new_entities.values())
    return result
