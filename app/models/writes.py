"""What a curator sends: the input shapes of POST (`…Create`) and PATCH (`…Update`).

Each is derived from the family's `…Base` in `items.py` and `entity.py`, so a field is
declared once. Entities are referenced by id, evidence and derived-from claims as
`{"type", "id"}` references (the shapes the API serves), and provenance as the document
and the exact excerpt: the server computes offsets, section and hash, as the seed loader
does. Unknown fields are refused.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Optional, Self, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    create_model,
    field_validator,
    model_validator,
)
from pydantic.fields import FieldInfo
from sqlmodel._compat import SQLModelConfig

from app.models.assertion import AssertionRules, AttributionInput, ConfidenceInput
from app.models.common import (
    DatePrecision,
    ItemStatus,
    Slug,
    check_storable,
)
from app.models.entity import ALIAS_SEPARATOR, EntityBase, EntityRole
from app.models.forecast import FORECAST_SUBJECTS, ForecastInput
from app.models.items import (
    ClaimBase,
    ClaimRef,
    EventBase,
    EvidenceAnnotation,
    ImplicationBase,
    QuoteBase,
)
from app.models.knowledge import BasedDate, check_speaker
from app.models.relation import ItemRefInput, RelationInput
from app.provenance import ExcerptAnchor

FORBID_EXTRA = SQLModelConfig(extra="forbid")


class _InDocument(BaseModel):
    document_id: Slug


def _published_schema(schema: dict[str, Any]) -> None:
    """The schema as published before the anchor's fields were shared: `char_start` listed
    before `within`, so clients generated from it keep their argument order."""
    properties = schema["properties"]
    order = ("document_id", "excerpt", "occurrence", "char_start", "within")
    schema["properties"] = {name: properties[name] for name in order}
    schema["examples"] = [{"document_id": "trump-pivot-against-russia", "excerpt": "Sanctions"}]


# Base order sets the field order: `document_id` first, then the anchor's fields.
class ProvenanceInput(ExcerptAnchor, _InDocument):
    """Where the item comes from: the exact text of the document it stands on."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_published_schema)
    disambiguators: ClassVar[tuple[str, ...]] = ("occurrence", "char_start", "within")

    char_start: NonNegativeInt | None = Field(
        default=None,
        description="Where the excerpt starts (code points), to pin one occurrence of a "
        "repeated excerpt; the server checks the text there.",
    )


class WriteInput(BaseModel):
    """Fields every created item takes besides its family's own."""

    model_config = FORBID_EXTRA

    @model_validator(mode="before")
    @classmethod
    def _storable_text(cls, data: Any) -> Any:
        """Every string of the body, nested ones included, as the database can store it."""
        check_storable(data)
        return data

    id: Slug | None = Field(
        default=None, description="A new slug; made from the item's text when absent."
    )
    status: ItemStatus = Field(
        default=ItemStatus.published,
        description="`published`, or `draft` to keep it out of public lists for now.",
    )


class AnchoredInput(WriteInput):
    provenance: ProvenanceInput


def _last_day_of_month(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


class DatedInput(BaseModel):
    """Checks a date range: both bounds null (undated) exactly when there is no precision;
    it does not end before it starts; a month or a year given as such covers all of it.
    One null bound is an open end the text does not give."""

    @model_validator(mode="after")
    def _consistent_dates(self) -> Self:
        start: dt.date | None = getattr(self, "date_start")  # noqa: B009 - fields of the Base
        end: dt.date | None = getattr(self, "date_end")  # noqa: B009
        precision: DatePrecision | None = getattr(self, "date_precision")  # noqa: B009
        if (start is None and end is None) != (precision is None):
            raise ValueError(
                "date_precision is given exactly when a date is: both null for an undated item"
            )
        if start is None or end is None:
            return self
        if end < start:
            raise ValueError(f"date_end {end} is before date_start {start}")
        one_month = (start.year, start.month) == (end.year, end.month)
        whole_month = (start.day, end) == (1, _last_day_of_month(start))
        if precision is DatePrecision.month and one_month and not whole_month:
            raise ValueError(
                "a month-precise date covers its whole month: date_start "
                f"{start.replace(day=1)}, date_end {_last_day_of_month(start)}"
            )
        whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        if precision is DatePrecision.year and start.year == end.year and not whole_year:
            raise ValueError(
                f"a year-precise date covers its whole year: {start.year}-01-01 to "
                f"{start.year}-12-31"
            )
        return self


EntityIds = list[Slug]


class QuoteCreate(QuoteBase, DatedInput, AnchoredInput):
    model_config = FORBID_EXTRA

    speaker: Slug | None = Field(
        default=None,
        description="The speaker's entity id: required for speech (direct, partial, "
        "translated), refused for a scare quote or a term.",
    )
    about: EntityIds = Field(default_factory=list, description="Entity ids it is about.")
    period: BasedDate | None = Field(
        default=None, description="The period the quote speaks about, if it names one."
    )

    @model_validator(mode="after")
    def _speaker_for_speech_only(self) -> Self:
        check_speaker(self.kind, self.speaker, self.speaker_basis)
        return self


class EventCreate(EventBase, DatedInput, AnchoredInput):
    model_config = FORBID_EXTRA

    actors: EntityIds = Field(default_factory=list)
    location: Slug | None = None
    relations: list[RelationInput] = Field(
        default_factory=list,
        description="Typed links to stored items; `excerpt`: the words inside this item's "
        "excerpt that state the link.",
    )


class AssertedInput(AssertionRules):
    """Who asserts the item and how sure the text is, validated as the seed is; the cues
    are anchored near the item's excerpt."""

    attributed_to: Slug | None = Field(
        default=None,
        description="Who the briefing reports as asserting it (entity id): required for an "
        "attribution by a speaker or a source, absent otherwise.",
    )
    attribution: AttributionInput | None = Field(
        default=None,
        description="Absent: the author asserts it (the speaker, if `attributed_to` names one).",
    )
    confidence: ConfidenceInput | None = Field(
        default=None, description="Absent: asserted, with no hedge."
    )


class ClaimCreate(AssertedInput, ClaimBase, AnchoredInput):
    model_config = FORBID_EXTRA

    about: EntityIds = Field(default_factory=list)
    evidence: list[EvidenceAnnotation] = Field(
        default_factory=list, description="Quotes and events that support it."
    )
    relations: list[RelationInput] = Field(
        default_factory=list,
        description="Typed links to stored items; `excerpt`: the words inside this item's "
        "excerpt that state the link.",
    )


class ImplicationCreate(AssertedInput, ImplicationBase, AnchoredInput):
    model_config = FORBID_EXTRA

    about: EntityIds = Field(default_factory=list)
    derived_from: list[ClaimRef] = Field(min_length=1, description="The claims it rests on.")
    relations: list[RelationInput] = Field(
        default_factory=list,
        description="Typed links to stored items; `excerpt`: the words inside this item's "
        "excerpt that state the link.",
    )

    @model_validator(mode="after")
    def _claims_only(self) -> Self:
        if any(ref.type != "claim" for ref in self.derived_from):
            raise ValueError("derived_from references claims only")
        return self


class ForecastCreate(ForecastInput, WriteInput):
    model_config = FORBID_EXTRA

    id: Slug | None = Field(
        default=None, description="Always the subject's id; given, it must be that."
    )
    subject: ItemRefInput = Field(description="The claim or implication that forecasts.")

    @model_validator(mode="after")
    def _id_is_the_subjects(self) -> Self:
        if self.subject.type not in FORECAST_SUBJECTS:
            raise ValueError("a forecast's subject is a claim or an implication")
        if self.id is not None and self.id != self.subject.id:
            raise ValueError("a forecast's id is its subject's id")
        self.id = self.subject.id
        return self


class EntityCreate(EntityBase, WriteInput):
    model_config = FORBID_EXTRA

    id: Slug | None = Field(  # type: ignore[assignment]
        default=None, description="A new slug; made from the name when absent."
    )
    roles: list[EntityRole] = Field(
        default_factory=list, description="Titles it holds (`of` an entity id), with dates."
    )

    @field_validator("aliases")
    @classmethod
    def _one_line_aliases(cls, aliases: list[str]) -> list[str]:
        """Aliases are searched one by one, joined by line breaks: none may hold one."""
        if any(ALIAS_SEPARATOR in alias or "\r" in alias for alias in aliases):
            raise ValueError("an alias must not contain a line break")
        return aliases


def _null_clears(info: FieldInfo) -> bool:
    """Whether `null` in a merge patch may clear the field: it is optional, or its default is
    empty (a list of references). Elsewhere null would silently restore a default."""
    if info.annotation is None or type(None) in get_args(info.annotation):
        return True
    return info.default_factory is not None and not info.default_factory()  # type: ignore[call-arg]


def partial(model: type[BaseModel], name: str, fixed: tuple[str, ...] = ()) -> type[BaseModel]:
    """The PATCH shape of `model`: every field optional, `id` and the `fixed` fields not
    patchable. The patch is merged into the item (RFC 7386) and the result validated as
    `model`, so a PATCH is held to exactly what a POST is."""
    fields: dict[str, Any] = {
        field: (Optional[info.annotation], Field(default=None, description=info.description))  # noqa: UP045
        for field, info in model.model_fields.items()
        if field != "id" and field not in fixed
    }
    required = frozenset(
        field
        for field, info in model.model_fields.items()
        if field != "id" and not _null_clears(info)
    )

    def _no_null_for_required(cls: type[BaseModel], data: Any) -> Any:
        if isinstance(data, dict):
            nulled = sorted(field for field in required if field in data and data[field] is None)
            if nulled:
                raise ValueError(f"{', '.join(nulled)} cannot be null")
        return data

    return create_model(
        name,
        __config__=FORBID_EXTRA,
        __validators__={
            "_no_null_for_required": model_validator(mode="before")(  # type: ignore[dict-item]
                classmethod(_no_null_for_required)  # type: ignore[arg-type]
            )
        },
        __doc__=f"A JSON merge patch (RFC 7386) of the {name.removesuffix('Update').lower()}: "
        "absent fields stay as they are; `null` clears an optional field or empties a list, "
        "and is refused on any other field. `provenance` is replaced as a whole.",
        **fields,
    )


QuoteUpdate = partial(QuoteCreate, "QuoteUpdate")
EventUpdate = partial(EventCreate, "EventUpdate")
ClaimUpdate = partial(ClaimCreate, "ClaimUpdate")
ImplicationUpdate = partial(ImplicationCreate, "ImplicationUpdate")
EntityUpdate = partial(EntityCreate, "EntityUpdate")
# A forecast's id is its subject's: the subject is fixed.
ForecastUpdate = partial(ForecastCreate, "ForecastUpdate", fixed=("subject",))
