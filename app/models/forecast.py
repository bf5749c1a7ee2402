"""Forecasts: what a claim or an implication says will happen, by when, on what condition,
who drew it, and how it turned out. One row per forecast, its id the subject's id (a claim
and an implication may share an id, so a second forecast on that id is refused)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from sqlalchemy import Index, Text
from sqlmodel import Field as Column
from sqlmodel import SQLModel

from app.models.common import ENUM_AS_TEXT, DatePrecision, EntityRef, Provenance, Slug
from app.models.items import ItemType
from app.models.knowledge import BasedDate, Cue, DateBasis, DrawnBy, ForecastStatus
from app.models.tracking import TrackedBase

FORECAST_SUBJECTS = frozenset({ItemType.claim, ItemType.implication})
# The sort day of a forecast without a horizon: after every dated one.
NO_HORIZON = dt.date(9999, 12, 31)


class Forecast(TrackedBase, table=True):
    """Dates are stored as their columns (`horizon_*`, `resolved_*`); `horizon` is the
    horizon's first known day, the list's sort key (never null: `NO_HORIZON` when none)."""

    __table_args__ = (Index("ix_forecast_subject", "subject_type", "subject_id", unique=True),)

    id: str = Column(primary_key=True, max_length=120)
    subject_type: ItemType = Column(sa_type=ENUM_AS_TEXT)
    subject_id: str = Column(max_length=120)
    horizon: dt.date = Column(index=True)
    horizon_start: dt.date | None = Column(default=None)
    horizon_end: dt.date | None = Column(default=None)
    horizon_precision: DatePrecision | None = Column(default=None, sa_type=ENUM_AS_TEXT)
    horizon_basis: DateBasis | None = Column(default=None, sa_type=ENUM_AS_TEXT)
    horizon_note: str | None = Column(default=None, sa_type=Text)
    condition: str | None = Column(default=None, sa_type=Text)
    condition_start: int | None = Column(default=None)
    condition_end: int | None = Column(default=None)
    drawn_by: DrawnBy = Column(sa_type=ENUM_AS_TEXT)
    outcome: ForecastStatus = Column(index=True, sa_type=ENUM_AS_TEXT)
    resolved_start: dt.date | None = Column(default=None)
    resolved_end: dt.date | None = Column(default=None)
    resolved_precision: DatePrecision | None = Column(default=None, sa_type=ENUM_AS_TEXT)
    resolved_basis: DateBasis | None = Column(default=None, sa_type=ENUM_AS_TEXT)
    resolved_note: str | None = Column(default=None, sa_type=Text)
    evidence_type: ItemType | None = Column(default=None, sa_type=ENUM_AS_TEXT)
    evidence_id: str | None = Column(default=None, max_length=120)
    evidence_url: str | None = Column(default=None, sa_type=Text)
    outcome_note: str | None = Column(default=None, sa_type=Text)


class ItemRef(BaseModel):
    """Another item, by type and id."""

    type: ItemType
    id: Slug


class Outcome(BaseModel):
    """How a forecast turned out, as a curator records it."""

    model_config = ConfigDict(extra="forbid")

    status: ForecastStatus = Field(description="`open` until a curator resolves it.")
    resolved_on: BasedDate | None = Field(
        default=None, description="When it was resolved, with the date's basis."
    )
    evidence: ItemRef | None = Field(
        default=None, description="The stored item that shows the outcome."
    )
    evidence_url: str | None = Field(
        default=None, max_length=2000, description="Or a page outside the corpus that shows it."
    )
    note: str | None = Field(default=None, description="The curator's note on the outcome.")

    @model_validator(mode="after")
    def _resolved_or_open(self) -> Self:
        if self.status is ForecastStatus.open and self.resolved_on is not None:
            raise ValueError("an open forecast has no `resolved_on`")
        return self


class _ForecastFields(SQLModel):
    id: Slug = Column(description="The subject's id.")
    subject: ItemRef = Column(description="The claim or implication that makes the forecast.")
    statement: str = Column(description="The subject's statement.")
    horizon: BasedDate | None = Column(description="By when; null when the text gives no date.")
    condition: Cue | None = Column(
        description="The condition, verbatim and anchored; null when unconditional."
    )
    drawn_by: DrawnBy = Column(description="`author` of the document, or a `curator`.")
    outcome: Outcome
    about: list[EntityRef] = Column(description="The entities the subject is about.")
    document_id: Slug
    provenance: Provenance = Column(description="The subject's excerpt.")


class ForecastPublic(TrackedBase, _ForecastFields):
    """A forecast, served with the provenance of the claim or implication that makes it."""


def _condition_text(value: Any) -> Any:
    """A condition as served (a `Cue`) is read as its text, anchored again."""
    return value.get("text") if isinstance(value, dict) else value


ForecastFields = dict[str, Any]


class ForecastInput(BaseModel):
    """A forecast's own fields, as the seed (inside its subject) and a write give them."""

    model_config = ConfigDict(extra="forbid")

    horizon: BasedDate | None = Field(default=None, description="By when, with its basis.")
    condition: Annotated[str | None, BeforeValidator(_condition_text)] = Field(
        default=None,
        min_length=1,
        description="The condition, verbatim inside the subject's excerpt.",
    )
    drawn_by: DrawnBy = Field(description="`author` of the document, or a `curator`.")
    outcome: Outcome = Field(
        default_factory=lambda: Outcome(status=ForecastStatus.open),
        description="How it turned out; `{status: open}` by default.",
    )


def forecast_columns(fields: ForecastInput) -> ForecastFields:
    """The table columns of a forecast's own fields (the condition's offsets are the
    writer's, as they need the subject's excerpt)."""
    horizon, outcome = fields.horizon, fields.outcome
    found: ForecastFields = {
        "drawn_by": fields.drawn_by,
        "condition": fields.condition,
        "outcome": outcome.status,
        "evidence_type": outcome.evidence.type if outcome.evidence else None,
        "evidence_id": outcome.evidence.id if outcome.evidence else None,
        "evidence_url": outcome.evidence_url,
        "outcome_note": outcome.note,
    }
    found |= based_columns("horizon", horizon) | based_columns("resolved", outcome.resolved_on)
    found["horizon"] = first_known_day(horizon)
    return found


def based_columns(prefix: str, value: BasedDate | None) -> ForecastFields:
    parts = ("start", "end", "precision", "basis", "note")
    if value is None:
        return {f"{prefix}_{part}": None for part in parts}
    return {f"{prefix}_{part}": getattr(value, f"date_{part}") for part in parts}


def based_date(row: Any, prefix: str) -> BasedDate | None:
    """The `BasedDate` stored in a row's `{prefix}_*` columns; None when it has no basis."""
    if row[f"{prefix}_basis"] is None:
        return None
    parts = ("start", "end", "precision", "basis", "note")
    return BasedDate(**{f"date_{part}": row[f"{prefix}_{part}"] for part in parts})


def first_known_day(value: BasedDate | None) -> dt.date:
    if value is None:
        return NO_HORIZON
    return value.date_start or value.date_end or NO_HORIZON
