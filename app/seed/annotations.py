"""The curated annotation format (`seed/*.yaml`), validated before anything is loaded.

Items do not carry offsets: each anchors itself by the exact `excerpt` it comes from, and the
loader computes character spans, sections and hashes. A hand-typed offset cannot drift.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, ClassVar, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from app.models.assertion import AssertionRules, AttributionAnnotation, ConfidenceAnnotation
from app.models.common import (
    ClaimType,
    DatePrecision,
    EntityKind,
    EventType,
    Slug,
)
from app.models.entity import EntityRole
from app.models.forecast import ForecastInput, Outcome
from app.models.items import EvidenceAnnotation, ItemType
from app.models.knowledge import (
    STANCE_POLARITY_MAX,
    STANCE_POLARITY_MIN,
    BasedDate,
    DateBasis,
    DrawnBy,
    ForecastStatus,
    QuoteKind,
    SpeakerBasis,
    check_speaker,
)
from app.models.relation import ItemRefInput, RelationInput
from app.provenance import ExcerptAnchor

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def _first_day(part: str) -> tuple[dt.date, DatePrecision]:
    if _DAY.match(part):
        return dt.date.fromisoformat(part), DatePrecision.day
    if _MONTH.match(part):
        return dt.date.fromisoformat(part + "-01"), DatePrecision.month
    if _YEAR.match(part):
        return dt.date(int(part), 1, 1), DatePrecision.year
    raise ValueError(f"{part!r} is not an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY)")


def _last_day(start: dt.date, precision: DatePrecision) -> dt.date:
    if precision is DatePrecision.day:
        return start
    if precision is DatePrecision.year:
        return dt.date(start.year, 12, 31)
    next_month = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return next_month - dt.timedelta(days=1)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


OPEN = ".."


def _bound(part: str, first: bool) -> tuple[dt.date | None, DatePrecision | None]:
    """One end of an interval: its day (the first or last of a month or year), or None for
    the open end `..` that the text does not give."""
    if part == OPEN:
        return None, None
    start, precision = _first_day(part)
    return (start if first else _last_day(start, precision)), precision


def _as_text(value: object) -> object:
    """YAML reads `2025-07-14` as a date and `2025` as a number: both as their ISO text."""
    if isinstance(value, dt.date | int) and not isinstance(value, bool):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return value


class Dating(_Strict):
    """A date with its basis: where in the text (or outside it) it comes from. No bound is
    invented: an end the text does not give is open (`..`)."""

    date: Annotated[str, BeforeValidator(_as_text)] = Field(
        description="ISO 8601 day (`2025-07-14`), month (`2025-07`), year (`2025`) or "
        "interval (`2025-07-11/2025-07-13`); `..` for an open end (`../2025-07-14`)."
    )
    precision: DatePrecision | None = Field(
        default=None,
        description="States the precision of a vague span; by default the coarser end's.",
    )
    basis: DateBasis = Field(description="Where the date comes from.")
    note: str | None = Field(
        default=None,
        description="How it was computed, or which outside knowledge gives it; required "
        "for `computed` and `external`.",
    )

    @model_validator(mode="after")
    def _valid(self) -> Self:
        self.range()
        if self.basis in (DateBasis.computed, DateBasis.external) and not self.note:
            raise ValueError(f"a {self.basis.value} date needs a `note` saying how or whence")
        return self

    def range(self) -> dict[str, object]:
        """`date_start`, `date_end` (None where open) and `date_precision`."""
        parts = str(self.date).split("/")
        if len(parts) > 2 or parts == [OPEN] or parts == [OPEN, OPEN]:
            raise ValueError(f"{self.date!r} is not a date or an ISO 8601 interval START/END")
        start, start_precision = _bound(parts[0].strip(), first=True)
        end, end_precision = _bound(parts[-1].strip(), first=False)
        if start is not None and end is not None and end < start:
            raise ValueError(f"interval {self.date!r} ends before it starts")
        order = list(DatePrecision)
        known = [p for p in (start_precision, end_precision) if p is not None]
        precision = self.precision or max(known, key=order.index)
        return {"date_start": start, "date_end": end, "date_precision": precision}

    def columns(self, prefix: str = "date") -> dict[str, object]:
        """Its table columns: `{prefix}_start`, `_end`, `_precision`, `_basis`, `_note`."""
        found = self.range()
        return {
            f"{prefix}_start": found["date_start"],
            f"{prefix}_end": found["date_end"],
            f"{prefix}_precision": found["date_precision"],
            f"{prefix}_basis": self.basis,
            f"{prefix}_note": self.note,
        }

    def based(self) -> BasedDate:
        """The date as served: its bounds, precision, basis and note."""
        return BasedDate(**self.range(), date_basis=self.basis, date_note=self.note)


class OutcomeAnnotation(_Strict):
    status: ForecastStatus = Field(description="`open` until a curator resolves it.")
    resolved_on: Dating | None = None
    evidence: ItemRefInput | None = Field(default=None, description="A stored item, by type.")
    evidence_url: str | None = None
    note: str | None = None


class ForecastAnnotation(_Strict):
    """What a forecast claim or an implication forecasts: by when, on what condition (the
    words inside its excerpt), who draws it, and how it turned out."""

    horizon: Dating | None = None
    condition: str | None = Field(
        default=None, min_length=1, description="Verbatim, inside the item's excerpt."
    )
    drawn_by: DrawnBy = Field(description="`author`, or `curator` if the text does not forecast.")
    outcome: OutcomeAnnotation = Field(
        default_factory=lambda: OutcomeAnnotation(status=ForecastStatus.open)
    )

    def as_input(self) -> ForecastInput:
        """The forecast's fields as a write gives them, its dates as served."""
        outcome = self.outcome
        return ForecastInput(
            horizon=self.horizon.based() if self.horizon else None,
            condition=self.condition,
            drawn_by=self.drawn_by,
            outcome=Outcome(
                status=outcome.status,
                resolved_on=outcome.resolved_on.based() if outcome.resolved_on else None,
                evidence=outcome.evidence.model_dump() if outcome.evidence else None,
                evidence_url=outcome.evidence_url,
                note=outcome.note,
            ),
        )


def _dating_only(value: object) -> object:
    """The legacy forms (`2025-07-14`, `{interval, precision}`) carried no basis: refused,
    with what to write instead."""
    if isinstance(value, dict) and "interval" in value:
        interval, precision = value.get("interval"), value.get("precision")
        raise ValueError(
            "a date carries its basis now: write "
            f"`{{date: {interval}, precision: {precision}, basis: stated|heading|computed|"
            "inferred|external}` (a note is needed for computed and external)"
        )
    if value is not None and not isinstance(value, dict | Dating):
        raise ValueError(
            f"a date carries its basis now: write `{{date: {_as_text(value)}, basis: "
            "stated|heading|computed|inferred|external}` (a note is needed for computed "
            "and external)"
        )
    return value


When = Annotated[Dating | None, BeforeValidator(_dating_only)]


class _Identified(_Strict):
    id: Slug


# Base order sets the field order: `id` first, then the anchor's fields, as the published
# schema lists them.
class Anchored(ExcerptAnchor, _Identified):
    """An item located by the exact source text it comes from. `item_type` says which
    collection it belongs to; `references` maps each field naming other items to their
    kind (`entity`, `claim`), for the reader to resolve."""

    item_type: ClassVar[ItemType]
    references: ClassVar[dict[str, str]] = {}

    def relation_list(self) -> list[RelationInput]:
        """Its typed links to other items (none for a type that takes none)."""
        return list(getattr(self, "relations", []))

    def forecast_of(self) -> ForecastAnnotation | None:
        return getattr(self, "forecast", None)


class SectionAnnotation(_Strict):
    heading: str = Field(description="The heading exactly as its own line in the source.")
    level: int = Field(
        ge=1, le=6, description="Nesting depth: 1 for the document's parts, 2 below."
    )


class DocumentAnnotation(_Strict):
    id: Slug
    source: str = Field(description="File name of the source text, next to the annotation.")
    title: str
    subtitle: str | None = None
    published_on: dt.date
    sections: list[SectionAnnotation] = Field(
        description="Headings in document order; each section runs to the next heading."
    )


class RoleAnnotation(_Strict):
    title: str = Field(min_length=1)
    of: Slug = Field(description="The entity the title is held in.")
    when: When = Field(default=None, description="The term, if the text or a source dates it.")

    def stored(self) -> dict[str, Any]:
        """As the entity's `roles` column holds it (an `EntityRole`, as JSON)."""
        dates = self.when.columns() if self.when else {}
        role = EntityRole(title=self.title, of=self.of, **dates)
        return role.model_dump(mode="json")


class EntityAnnotation(_Strict):
    id: Slug
    name: str
    kind: EntityKind
    aliases: list[str] = Field(default_factory=list)
    description: str
    identified: bool = Field(
        default=True, description='False for one the text does not name ("one country").'
    )
    roles: list[RoleAnnotation] = Field(default_factory=list)


class QuoteAnnotation(Anchored):
    item_type = ItemType.quote
    references = {"speaker": "entity", "about": "entity"}

    text: str | None = Field(
        default=None,
        description="The words spoken, verbatim, without quotation marks; defaults to `excerpt`.",
    )
    kind: QuoteKind = QuoteKind.direct
    speaker: Slug | None = Field(
        default=None, description="Required for speech (direct, partial, translated), else absent."
    )
    speaker_basis: SpeakerBasis | None = Field(
        default=None, description="How the speaker is known; `named` by default when there is one."
    )
    when: When = Field(default=None, description="When it was said; absent if undated.")
    period: When = Field(default=None, description="The period the quote speaks about.")
    context: str = Field(description="The occasion: a phone call, a cabinet meeting, ...")
    about: list[Slug] = Field(default_factory=list)

    @model_validator(mode="after")
    def _text_defaults_to_excerpt(self) -> Self:
        """`text` as stored; `model_fields_set` still tells whether the curator gave it."""
        if self.text is None:
            self.__dict__["text"] = self.excerpt
        return self

    @model_validator(mode="after")
    def _speaker_for_speech_only(self) -> Self:
        check_speaker(self.kind, self.speaker, self.speaker_basis)
        if self.speaker is not None and self.speaker_basis is None:
            self.__dict__["speaker_basis"] = SpeakerBasis.named
        return self


class EventAnnotation(Anchored):
    item_type = ItemType.event
    references = {"location": "entity", "actors": "entity"}

    title: str
    description: str
    when: When = Field(default=None, description="When it happened; absent if undated.")
    event_type: EventType
    actors: list[Slug] = Field(default_factory=list)
    location: Slug | None = None
    relations: list[RelationInput] = Field(
        default_factory=list, description="Typed links from this item to stored items."
    )


class AssertedAnnotation(AssertionRules, Anchored):
    """A claim or an implication: who asserts it (`attribution`, naming the speaker or
    source as `attributed_to`) and how sure the text is (`confidence`), each cue anchored
    near the excerpt."""

    attributed_to: Slug | None = Field(
        default=None,
        description="The speaker's or source's entity: required for an attribution `by` a "
        "speaker or a source, absent for the author or an unnamed source.",
    )
    attribution: AttributionAnnotation | None = Field(
        default=None,
        description="Absent: the author asserts it (the speaker, if `attributed_to` names one).",
    )
    confidence: ConfidenceAnnotation | None = Field(
        default=None, description="Absent: asserted, with no hedge."
    )


class ClaimAnnotation(AssertedAnnotation):
    item_type = ItemType.claim
    references = {"attributed_to": "entity", "about": "entity", "evidence": "evidence"}

    statement: str
    claim_type: ClaimType
    about: list[Slug] = Field(default_factory=list)
    evidence: list[EvidenceAnnotation] = Field(default_factory=list)
    forecast: ForecastAnnotation | None = Field(
        default=None, description="What it forecasts, by when and on what condition."
    )
    relations: list[RelationInput] = Field(
        default_factory=list, description="Typed links from this item to stored items."
    )


class ImplicationAnnotation(AssertedAnnotation):
    item_type = ItemType.implication
    references = {"attributed_to": "entity", "about": "entity", "derived_from": "claim"}

    statement: str
    about: list[Slug] = Field(default_factory=list)
    derived_from: list[Slug] = Field(min_length=1, description="Ids of the claims it rests on.")
    forecast: ForecastAnnotation | None = Field(
        default=None, description="What it forecasts, by when and on what condition."
    )
    relations: list[RelationInput] = Field(
        default_factory=list, description="Typed links from this item to stored items."
    )


class StanceAnnotation(ExcerptAnchor, _Identified):
    """How `holder` stands toward `target` on `topic`, over the dated span `when` (absent
    when the text gives no date), shown by `evidence` (stored items of any type)."""

    references: ClassVar[dict[str, str]] = {"holder": "entity", "target": "entity"}

    holder: Slug
    target: Slug
    topic: str = Field(min_length=1)
    polarity: int = Field(ge=STANCE_POLARITY_MIN, le=STANCE_POLARITY_MAX)
    when: Dating | None = None
    evidence: list[ItemRefInput] = Field(default_factory=list)


class SeedAnnotation(_Strict):
    """One annotation file: a document and everything curated from it."""

    model_config = ConfigDict(title="SeedAnnotation", json_schema_extra={"$comment": "seed/*.yaml"})

    document: DocumentAnnotation
    entities: list[EntityAnnotation] = Field(default_factory=list)
    quotes: list[QuoteAnnotation] = Field(default_factory=list)
    events: list[EventAnnotation] = Field(default_factory=list)
    claims: list[ClaimAnnotation] = Field(default_factory=list)
    implications: list[ImplicationAnnotation] = Field(default_factory=list)
    stances: list[StanceAnnotation] = Field(default_factory=list)

    def forecasts(self) -> list[ForecastAnnotation]:
        """The forecasts its claims and implications make."""
        found = (item.forecast_of() for item in self.anchored())
        return [forecast for forecast in found if forecast is not None]

    def relations(self) -> list[RelationInput]:
        """Every typed link its items make."""
        return [relation for item in self.anchored() for relation in item.relation_list()]

    def anchored(self) -> list[Anchored]:
        """Every item anchored in the document, in the file's order of lists."""
        return [
            item
            for value in self.__dict__.values()
            if isinstance(value, list)
            for item in value
            if isinstance(item, Anchored)
        ]
