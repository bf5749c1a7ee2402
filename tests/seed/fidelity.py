"""The fidelity checks behind `test_fidelity.py`: does the curated seed say what the text
says? Each check reads the resolved seed (`app.seed.reader`) and returns its problems, one
line per item at fault, led by the item's type and id, so a test can show both that the
seed passes and that a broken copy is caught by name."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlmodel import SQLModel

from app.core.db import table_of
from app.extract.quotations import quotations
from app.extract.text import Span, lines, sentences
from app.models import Entity, Relation, Stance, StanceEvidence
from app.models.common import DatePrecision
from app.models.items import ItemType
from app.models.knowledge import DateBasis, QuoteKind, SpeakerBasis
from app.models.lexicon import hedges
from app.seed.annotations import Dating, EventAnnotation
from app.seed.reader import ResolvedSeed
from app.services.writes.registry import ITEM_TABLES

# ---- hedges ------------------------------------------------------------------------------


def _says(text: str, cue: str) -> bool:
    """Whether `text` has the cue's words, as whole words, in any case."""
    return re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", text, re.IGNORECASE) is not None


def _recorded_cues(seed: ResolvedSeed, item_type: ItemType, item_id: str) -> list[Span]:
    """Where the item's attribution and confidence cues stand, as the reader placed them."""
    placed = seed.placed.get((item_type, item_id), {})
    return [
        Span(placed[f"{part}_cue_start"], placed[f"{part}_cue_end"])
        for part in ("attribution", "confidence")
        if placed.get(f"{part}_cue_start") is not None
    ]


def dropped_hedges(seed: ResolvedSeed) -> list[str]:
    """Every hedge of an excerpt that its item does not carry: a claim or an implication
    carries it in its statement or as its attribution or confidence cue; an event in its
    title or description. (A quote's text is verbatim: it cannot drop one.)"""
    problems: list[str] = []
    annotation = seed.annotation
    for item in [*annotation.claims, *annotation.implications, *annotation.events]:
        span = seed.spans[(item.item_type, item.id)]
        if isinstance(item, EventAnnotation):
            carriers, recorded = [item.title, item.description], []
        else:
            carriers = [item.statement]
            recorded = _recorded_cues(seed, item.item_type, item.id)
        for cue in hedges(item.excerpt):
            at = Span(span.start + cue.start, span.start + cue.end)
            if any(_says(c, cue.text) for c in carriers):
                continue
            if any(r.start <= at.start and at.end <= r.end for r in recorded):
                continue
            problems.append(f"{item.item_type.value} {item.id}: drops the hedge {cue.text!r}")
    return list(dict.fromkeys(problems))


# ---- dates -------------------------------------------------------------------------------


def _month_name(month: int) -> str:
    """The month as the text may write it: "September", "Sep.", "Sept"."""
    forms = [calendar.month_name[month], rf"{calendar.month_abbr[month]}\.?"]
    return "|".join([*forms, r"Sept\.?"] if month == 9 else forms)


@dataclass(frozen=True)
class Bound:
    """One end of a dating as its ISO text gives it: year, month and day where given."""

    year: int
    month: int | None
    day: int | None


def _bounds(dating: Dating) -> list[Bound]:
    """The given ends of `2025-07-14`, `2025-07`, `2025`, `A/B` (`..` ends left out), no
    finer than the dating's stated precision ("mid-July" is `2025-07-11/2025-07-20` at
    month precision: the text writes "July")."""
    keep = {DatePrecision.day: 3, DatePrecision.month: 2, DatePrecision.year: 1}
    depth = keep[dating.precision] if dating.precision is not None else 3
    found = []
    for part in str(dating.date).split("/"):
        if part.strip() == "..":
            continue
        pieces: list[int | None] = [int(p) for p in part.strip().split("-")][:depth]
        year, month, day = [*pieces, None, None][:3]
        assert year is not None
        found.append(Bound(year, month, day))
    return found


def _written(bound: Bound, previous: Bound | None) -> re.Pattern[str]:
    """How the text may write one end: "July 14" or "14 July" (or "13" after "July 11" in
    the same month), "July", or "2025"."""
    if bound.month is None:
        return re.compile(rf"(?<!\d){bound.year}(?!\d)")
    month = rf"(?:{_month_name(bound.month)})(?!\w)"
    if bound.day is None:
        return re.compile(rf"\b{month}")
    day = rf"0?{bound.day}(?:st|nd|rd|th)?(?!\d)"
    forms = [rf"\b{month}\s+{day}", rf"(?<!\d){day}\s+{month}"]
    if previous is not None and previous.month == bound.month:
        forms.append(rf"(?<!\d){day}")
    return re.compile("|".join(forms))


def written_in(dating: Dating, passage: str) -> bool:
    """Whether every given end of the dating is written in `passage`."""
    ends = _bounds(dating)
    return all(
        _written(end, ends[i - 1] if i else None).search(passage) for i, end in enumerate(ends)
    )


@dataclass(frozen=True)
class DatedItem:
    """A dating in the seed, the item it dates (`kind id`, its field), the passage a
    `stated` date must be written in, and where the item stands."""

    where: str
    dating: Dating
    passage: str
    span: Span


def _sentence_of(seed: ResolvedSeed, span: Span) -> str:
    """The sentence(s) `span` stands in."""
    over = [s for s in _sentences(seed.text) if s.start < span.end and span.start < s.end]
    return seed.text[over[0].start : over[-1].end] if over else span.of(seed.text)


def datings(seed: ResolvedSeed) -> Iterator[DatedItem]:
    """Every dating of an anchored item: when an event or a quote is, the period a quote
    speaks about, a forecast's horizon and resolution, when a stance holds. A stated date
    is written in the item's excerpt; a quote's excerpt is the words spoken, so the date
    they were spoken on is written in their sentence."""
    annotation = seed.annotation
    for item in annotation.anchored():
        span = seed.spans[(item.item_type, item.id)]
        fields = {name: getattr(item, name, None) for name in ("when", "period")}
        forecast = item.forecast_of()
        if forecast is not None:
            fields |= {"forecast.horizon": forecast.horizon}
            fields |= {"forecast.outcome.resolved_on": forecast.outcome.resolved_on}
        quoted = item.item_type is ItemType.quote
        passage = _sentence_of(seed, span) if quoted else item.excerpt
        for name, dating in fields.items():
            if dating is not None:
                where = f"{item.item_type.value} {item.id} {name}"
                yield DatedItem(where, dating, passage, span)
    for stance in annotation.stances:
        if stance.when is not None:
            span = seed.stance_spans[stance.id]
            yield DatedItem(f"stance {stance.id} when", stance.when, stance.excerpt, span)


def _headings_over(seed: ResolvedSeed, span: Span) -> list[str]:
    return [s.heading for s in seed.sections if s.char_start <= span.start < s.char_end]


def unfounded_dates(seed: ResolvedSeed) -> list[str]:
    """Every date whose basis the text does not bear out: a `stated` date not written in
    its item's excerpt (a quote's sentence), a `heading` date in no heading over the item,
    a `computed` or `external` date without the note that says how or whence."""
    problems: list[str] = []
    for dated in datings(seed):
        basis, date = dated.dating.basis, dated.dating.date
        if basis is DateBasis.stated and not written_in(dated.dating, dated.passage):
            problems.append(f"{dated.where}: stated {date} is not written in its excerpt")
        if basis is DateBasis.heading and not any(
            written_in(dated.dating, h) for h in _headings_over(seed, dated.span)
        ):
            problems.append(f"{dated.where}: {date} is in no heading over it")
        if basis in (DateBasis.computed, DateBasis.external) and not dated.dating.note:
            problems.append(f"{dated.where}: a {basis.value} date {date} has no note")
    return problems


# ---- quotes ------------------------------------------------------------------------------


@functools.cache
def _sentences(text: str) -> list[Span]:
    """Every sentence of the text, paragraph by paragraph, in order."""
    return [s for line in lines(text) for s in sentences(text, line)]


def _around(all_sentences: list[Span], span: Span) -> Span:
    """From the sentence before the one the quote starts in, to the end of the one it
    ends in."""
    starts = [i for i, s in enumerate(all_sentences) if s.end > span.start]
    first = starts[0] if starts else len(all_sentences) - 1
    ends = [i for i, s in enumerate(all_sentences) if s.end >= span.end]
    last = ends[0] if ends else len(all_sentences) - 1
    return Span(all_sentences[max(first - 1, 0)].start, all_sentences[last].end)


def _full_quotation(text: str, span: Span) -> bool:
    """Whether a full quotation, as the extractor reads one (`app.extract.quotations`:
    three words or more ending like a sentence, or eight), overlaps `span`."""
    line = next(line for line in lines(text) if line.start <= span.start <= line.end)
    return any(q.is_full(text) and q.span.overlaps(span) for q in quotations(text, line))


def misattributed_quotes(seed: ResolvedSeed) -> list[str]:
    """A scare quote or a term credited to someone; a `direct` quote that is no full
    quotation (a word or two in quotation marks is a scare quote, a term or a partial
    quote); a speech quote whose speaker is named (by name or alias) neither in its
    sentence nor in the one before, unless the seed says the speaker is `inferred`."""
    problems: list[str] = []
    names = {e.id: [e.name, *e.aliases] for e in seed.annotation.entities}
    all_sentences = _sentences(seed.text)
    for quote in seed.annotation.quotes:
        where = f"quote {quote.id}"
        span = seed.spans[(ItemType.quote, quote.id)]
        if not quote.kind.is_speech:
            if quote.speaker is not None:
                problems.append(f"{where}: a {quote.kind.value} is credited to {quote.speaker}")
            continue
        if quote.kind is QuoteKind.direct and not _full_quotation(seed.text, span):
            problems.append(
                f"{where}: {quote.text!r} is no full quotation: a partial quote, a scare "
                "quote or a term, not direct speech"
            )
        if quote.speaker_basis is SpeakerBasis.inferred or quote.speaker is None:
            continue
        window = _around(all_sentences, span).of(seed.text)
        if not any(_says_name(window, n) for n in names.get(quote.speaker, [])):
            problems.append(
                f"{where}: its speaker {quote.speaker} is not named in its sentence or the one "
                "before; name them there or mark `speaker_basis: inferred`"
            )
    return problems


def _says_name(passage: str, name: str) -> bool:
    """A name as whole words, its first letter in either case ("the US", "The US")."""
    first, rest = re.escape(name[:1]), re.escape(name[1:])
    pattern = rf"(?<!\w)(?:{first.lower()}|{first.upper()}){rest}(?!\w)"
    return re.search(pattern, passage) is not None


# ---- links in the database ---------------------------------------------------------------


def _stored_ids(connection: Connection, table: type[SQLModel]) -> set[str]:
    return set(connection.execute(select(table_of(table).c.id)).scalars())


def unresolved_links(connection: Connection) -> list[str]:
    """Every stored relation whose target, and every stance whose holder, target or
    evidence, is not a stored item: the links a reader follows must lead somewhere."""
    ids = {item_type: _stored_ids(connection, t) for item_type, t in ITEM_TABLES.items()}
    entities = _stored_ids(connection, Entity)
    problems = [
        f"{r.item_type} {r.item_id} relation {r.position}: {r.relation} {r.to_type} {r.to_id} "
        "is not stored"
        for r in connection.execute(select(table_of(Relation)))
        if r.to_id not in ids[ItemType(r.to_type)]
    ]
    for s in connection.execute(select(table_of(Stance))):
        problems.extend(
            f"stance {s.id}: {role} {entity} is not a stored entity"
            for role, entity in (("holder", s.holder_id), ("target", s.target_id))
            if entity not in entities
        )
    problems.extend(
        f"stance {e.stance_id} evidence {e.position}: {e.evidence_type} {e.evidence_id} is not "
        "stored"
        for e in connection.execute(select(table_of(StanceEvidence)))
        if e.evidence_id not in ids[ItemType(e.evidence_type)]
    )
    return problems
