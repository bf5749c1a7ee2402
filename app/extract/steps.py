"""The extraction steps after parsing: each a pure function of the parsed text that returns
its findings, in text order. A finding names entities by their mentions; the last step
(`entities.py`) turns mentions into entity ids, in the order the findings come."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.extract.assertions import Proposal, propose
from app.extract.dates import find_dates
from app.extract.dating import based
from app.extract.drafts import Anchor, DraftEvent, DraftQuote
from app.extract.headings import IMPLICATION_HEADING, strip_bullet
from app.extract.ids import Ids
from app.extract.mentions import Mention
from app.extract.parse import Paragraph, Parsed
from app.extract.quotations import Quotation, attribute, quotations
from app.extract.text import Span, trimmed, words
from app.models.common import EntityKind, EventType
from app.models.knowledge import DateBasis

# Stands for the speaker of a quotation no rule could attribute; a curator replaces it.
UNIDENTIFIED = Mention(0, 0, "Unidentified speaker", EntityKind.person, "unidentified-speaker")
TITLE_WORDS = 12
CONTEXT_CHARS = 300


@dataclass(frozen=True)
class ImplicationFinding:
    """An implication and the forecast claim it derives from, on the same excerpt, with
    the attribution and confidence the lexicon proposes for both."""

    claim_id: str
    implication_id: str
    anchor: Anchor
    statement: str
    named: tuple[Mention, ...]
    proposal: Proposal


def _first_words(piece: str) -> str:
    return " ".join(words(piece)[:6])


def find_quotes(parsed: Parsed, taken_ids: Iterable[str]) -> list[DraftQuote[Mention]]:
    """Every full quotation with its speaker, dated by the nearest date before it."""
    ids = Ids(parsed.document_id, taken_ids)
    found: list[DraftQuote[Mention]] = []
    previous: Span | None = None  # the last sentence of the paragraph before
    for paragraph in parsed.paragraphs:
        for quote in quotations(parsed.text, paragraph.line):
            if quote.is_full(parsed.text):
                found.append(_quote(parsed, paragraph, quote, previous, ids))
        if paragraph.sentences:
            previous = paragraph.sentences[-1]
    return found


def _quote(
    parsed: Parsed, paragraph: Paragraph, quote: Quotation, previous: Span | None, ids: Ids
) -> DraftQuote[Mention]:
    text, sents = parsed.text, paragraph.sentences
    at = paragraph.sentence_at(quote.span.start)
    sentence, index = (quote.span, 0) if at is None else (sents[at], at)
    before = sents[index - 1] if index > 0 else previous
    attribution = attribute(
        text, quote, sentence, before, parsed.matcher, parsed.people.last_before
    )
    source = before if before is not None and index == 0 else sentence
    inner = quote.inner.of(text)
    context = text[source.start : min(source.end, source.start + CONTEXT_CHARS)]
    return DraftQuote(
        id=ids.next("quote", _first_words(inner)),
        anchor=parsed.anchor(quote.span),
        text=inner,
        speaker=attribution.speaker or UNIDENTIFIED,
        speaker_basis=attribution.speaker_basis,
        when=parsed.date_before(quote.span.start, sentence),
        context=f"Rule-extracted ({attribution.rule}) from: {context}",
        about=parsed.mentions(quote.inner),
        rule=attribution.rule,
    )


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


def find_events(parsed: Parsed, taken_ids: Iterable[str]) -> list[DraftEvent[Mention]]:
    """Every sentence outside a heading that states a date, with the entities it names."""
    ids = Ids(parsed.document_id, taken_ids)
    found: list[DraftEvent[Mention]] = []
    for paragraph in parsed.paragraphs:
        for sentence in paragraph.sentences:
            piece = sentence.of(parsed.text)
            dates = find_dates(piece, parsed.published_on)
            if not dates:
                continue
            first = dates[0]
            written = piece[first.start : first.end]
            found.append(
                DraftEvent(
                    id=ids.next("event", _first_words(piece)),
                    anchor=parsed.anchor(sentence),
                    title=_title(piece),
                    description=piece,
                    when=based(first, written, DateBasis.stated, parsed.published_on),
                    event_type=event_type_of(piece),
                    actors=parsed.mentions(sentence),
                    date_text=written,
                )
            )
    return found


def _in_implications(parsed: Parsed, offset: int) -> bool:
    return any(
        IMPLICATION_HEADING.match(s.heading.strip()) for s in parsed.section_index.enclosing(offset)
    )


def _units(parsed: Parsed, paragraph: Paragraph) -> tuple[Span, ...]:
    """A bullet's text as one unit, else the paragraph's sentences."""
    marker = strip_bullet(paragraph.line.of(parsed.text))
    if not marker:
        return paragraph.sentences
    bullet = trimmed(parsed.text, Span(paragraph.line.start + marker, paragraph.line.end))
    return (bullet,) if bullet is not None else ()


def find_implications(parsed: Parsed, taken_ids: Iterable[str]) -> list[ImplicationFinding]:
    """Every sentence or bullet of three words or more under an implications heading
    (and its subsections), each with a forecast claim on the same excerpt to rest on."""
    ids = Ids(parsed.document_id, taken_ids)
    found: list[ImplicationFinding] = []
    for paragraph in parsed.paragraphs:
        if not _in_implications(parsed, paragraph.line.start):
            continue
        for unit in _units(parsed, paragraph):
            piece = unit.of(parsed.text)
            if len(words(piece)) < 3:
                continue
            claim_id = ids.next("claim", _first_words(piece))
            implication_id = ids.next("implication", _first_words(piece))
            named = parsed.mentions(unit)
            proposal = propose(parsed.text, unit, named)
            found.append(
                ImplicationFinding(
                    claim_id, implication_id, parsed.anchor(unit), piece, named, proposal
                )
            )
    return found
