"""How a claim or an implication is put forward: who asserts it and by which verb
(`attribution`), and how sure the text is of it (`confidence`), each with the cue word that
says so anchored in the source.

Declared once for every writer and reader: the input shapes and their rules (the seed
format and curated writes validate with the same classes), the table columns, the served
shapes, and the conversions between them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, PositiveInt, model_validator
from sqlalchemy import Text
from sqlmodel import Field as Column
from sqlmodel import SQLModel

from app.models.common import ENUM_AS_TEXT
from app.models.knowledge import (
    AssertedBy,
    AttributionVerb,
    Cue,
    Likelihood,
    Modality,
    SpeakerBasis,
)
from app.provenance import AnchorError, Span, locate_cue

NAMED_BY_ENTITY = frozenset({AssertedBy.speaker, AssertedBy.source})


# ---- input: the seed format and curated writes ------------------------------------------


class _CueInput(BaseModel):
    """A cue as a curator gives it: its verbatim text, found in the item's excerpt (the
    first whole-word occurrence, or `cue_occurrence`), or in `cue_within`, a passage near
    the excerpt (the sentence of which the excerpt is a fragment)."""

    model_config = ConfigDict(extra="forbid")

    cue: str | None = Field(
        default=None, min_length=1, description="The cue word(s), verbatim from the source."
    )
    cue_occurrence: PositiveInt | None = Field(
        default=None, description="Which occurrence of `cue` (1-based) when it repeats."
    )
    cue_within: str | None = Field(
        default=None,
        min_length=1,
        description="A passage near the excerpt (its sentence) to find the cue in, when the "
        "excerpt does not contain it.",
    )

    def _cue_rules(self, required: bool, why: str) -> None:
        if required and self.cue is None:
            raise ValueError(f"`cue` is required {why}")
        if not required and self.cue is not None:
            raise ValueError(f"`cue` must be absent {why}")
        placed = [
            f"`{name}`"
            for name in ("cue_occurrence", "cue_within", "cue_start")
            if getattr(self, name, None) is not None
        ]
        if self.cue is None and placed:
            raise ValueError(f"{' and '.join(placed)} {'need' if placed[1:] else 'needs'} a `cue`")
        if len(placed) > 1:
            raise ValueError(f"give one of {', '.join(placed)}, not several")
        if self.cue is not None and self.cue_within is not None and self.cue not in self.cue_within:
            raise ValueError("`cue_within` must contain `cue`")

    def cue_span(self, text: str, excerpt: Span) -> Span | None:
        """Where the cue stands in the document; raises `AnchorError`."""
        if self.cue is None:
            return None
        start = getattr(self, "cue_start", None)
        return locate_cue(
            text,
            excerpt,
            self.cue,
            occurrence=self.cue_occurrence,
            within=self.cue_within,
            start=start,
        )


class AttributionAnnotation(_CueInput):
    """Who puts the statement forward and by which verb. Absent: the author asserts it
    (or, if it names `attributed_to`, that speaker does)."""

    by: AssertedBy = Field(default=AssertedBy.author, description="Who asserts it.")
    verb: AttributionVerb = Field(
        default=AttributionVerb.asserts, description="The reporting verb the cue carries."
    )
    basis: SpeakerBasis | None = Field(
        default=None,
        description="How the speaker or source is known; only for `speaker` and `source` "
        "(default `named`).",
    )

    @model_validator(mode="after")
    def _rules(self) -> Self:
        plain = self.verb is AttributionVerb.asserts
        self._cue_rules(not plain, "for a plain `asserts`" if plain else f"for `{self.verb}`")
        if plain and self.by is AssertedBy.unnamed_source:
            raise ValueError(
                'an unnamed source is known only by its cue ("allegedly"): give its `verb` '
                "and `cue`"
            )
        if self.basis is not None and self.by not in NAMED_BY_ENTITY:
            raise ValueError(f"`basis` is only for a speaker or a source, not `{self.by}`")
        return self

    @property
    def speaker_basis(self) -> SpeakerBasis | None:
        return (self.basis or SpeakerBasis.named) if self.by in NAMED_BY_ENTITY else None


class ConfidenceAnnotation(_CueInput):
    """How sure the text is. Absent: asserted, with no hedge."""

    modality: Modality = Field(default=Modality.asserted, description="How the text commits.")
    likelihood: Likelihood | None = Field(
        default=None,
        description="The ICD 203 step: required for `estimative`, optional for `possible`, "
        "`evidential` and `reported`, absent for `asserted`.",
    )

    @model_validator(mode="after")
    def _rules(self) -> Self:
        asserted = self.modality is Modality.asserted
        if self.modality is Modality.estimative and self.likelihood is None:
            raise ValueError("an `estimative` confidence needs a `likelihood`")
        if asserted and self.likelihood is not None:
            raise ValueError("an `asserted` statement has no `likelihood`")
        self._cue_rules(not asserted, f"for `{self.modality}`")
        return self


class _Pinned(BaseModel):
    cue_start: NonNegativeInt | None = Field(
        default=None,
        description="Where the cue starts (code points), to pin it; the server checks the "
        "text there.",
    )


class AttributionInput(AttributionAnnotation, _Pinned):
    """Who puts the statement forward and by which verb; the server anchors `cue` near the
    item's excerpt, as the seed loader does."""


class ConfidenceInput(ConfidenceAnnotation, _Pinned):
    """How sure the text is; the server anchors `cue` near the item's excerpt."""


class AssertionRules(BaseModel):
    """The rule joining `attribution` to `attributed_to`, for the models that have both: a
    speaker or a source is named by `attributed_to`, the author or an unnamed source is
    not."""

    @model_validator(mode="after")
    def _named_as_attributed(self) -> Self:
        attribution: AttributionAnnotation | None = getattr(self, "attribution", None)
        attributed_to = getattr(self, "attributed_to", None)
        if attribution is None:
            return self
        if attribution.by in NAMED_BY_ENTITY and attributed_to is None:
            raise ValueError(f"an attribution `by: {attribution.by}` needs `attributed_to`")
        if attribution.by not in NAMED_BY_ENTITY and attributed_to is not None:
            raise ValueError(f"an attribution `by: {attribution.by}` takes no `attributed_to`")
        return self


def attribution_of(item: Any) -> AttributionAnnotation:
    """The item's attribution, or its default: the speaker it is attributed to asserts it,
    else the author."""
    given: AttributionAnnotation | None = getattr(item, "attribution", None)
    if given is not None:
        return given
    if getattr(item, "attributed_to", None) is not None:
        return AttributionAnnotation(by=AssertedBy.speaker)
    return AttributionAnnotation()


def confidence_of(item: Any) -> ConfidenceAnnotation:
    given: ConfidenceAnnotation | None = getattr(item, "confidence", None)
    return given if given is not None else ConfidenceAnnotation()


# ---- tables ----------------------------------------------------------------------------


class AssertionColumns(SQLModel):
    """The columns of `attribution` and `confidence`, cue spans as document offsets."""

    asserted_by: AssertedBy = Column(
        default=AssertedBy.author,
        sa_type=ENUM_AS_TEXT,
        sa_column_kwargs={"server_default": AssertedBy.author.value},
    )
    attribution_verb: AttributionVerb = Column(
        default=AttributionVerb.asserts,
        sa_type=ENUM_AS_TEXT,
        sa_column_kwargs={"server_default": AttributionVerb.asserts.value},
    )
    attribution_cue: str | None = Column(default=None, sa_type=Text)
    attribution_cue_start: int | None = None
    attribution_cue_end: int | None = None
    speaker_basis: SpeakerBasis | None = Column(default=None, sa_type=ENUM_AS_TEXT)
    modality: Modality = Column(
        default=Modality.asserted,
        index=True,
        sa_type=ENUM_AS_TEXT,
        sa_column_kwargs={"server_default": Modality.asserted.value},
    )
    likelihood: Likelihood | None = Column(default=None, index=True, sa_type=ENUM_AS_TEXT)
    likelihood_rank: int | None = None
    confidence_cue: str | None = Column(default=None, sa_type=Text)
    confidence_cue_start: int | None = None
    confidence_cue_end: int | None = None


def _cue_columns(prefix: str, cue: str | None, span: Span | None) -> dict[str, Any]:
    return {
        f"{prefix}_cue": cue,
        f"{prefix}_cue_start": span.start if span else None,
        f"{prefix}_cue_end": span.end if span else None,
    }


def stored_columns(
    item: Any, text: str, excerpt: Span
) -> tuple[dict[str, Any], list[tuple[str, AnchorError]]]:
    """The `AssertionColumns` of an item (defaults where it gives none), its cues anchored
    near `excerpt`; and every cue that could not be placed, by field."""
    attribution, confidence = attribution_of(item), confidence_of(item)
    problems: list[tuple[str, AnchorError]] = []
    spans: dict[str, Span | None] = {}
    for name, part in (("attribution", attribution), ("confidence", confidence)):
        try:
            spans[name] = part.cue_span(text, excerpt)
        except AnchorError as exc:
            problems.append((name, exc))
            spans[name] = None
    likelihood = confidence.likelihood
    columns = {
        "asserted_by": attribution.by,
        "attribution_verb": attribution.verb,
        "speaker_basis": attribution.speaker_basis,
        **_cue_columns("attribution", attribution.cue, spans["attribution"]),
        "modality": confidence.modality,
        "likelihood": likelihood,
        "likelihood_rank": likelihood.rank if likelihood else None,
        **_cue_columns("confidence", confidence.cue, spans["confidence"]),
    }
    return columns, problems


# ---- served ----------------------------------------------------------------------------


class Attribution(BaseModel):
    """Who puts the statement forward, and the verb; `cue` is null for a plain assertion."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "asserted_by": "speaker",
                    "verb": "confirms",
                    "cue": {"text": "confirmed", "char_start": 1357, "char_end": 1366},
                    "speaker_basis": "named",
                }
            ]
        }
    )
    # Its flat CSV columns: (column, path in the served JSON).
    csv_columns: ClassVar[tuple[tuple[str, str], ...]] = (
        ("asserted_by", "asserted_by"),
        ("attribution_verb", "verb"),
        ("attribution_cue", "cue.text"),
        ("speaker_basis", "speaker_basis"),
    )

    asserted_by: AssertedBy = Field(description="The author, a speaker, a source or unnamed.")
    verb: AttributionVerb = Field(description="The reporting verb.")
    cue: Cue | None = Field(description="The word(s) that carry the verb, anchored.")
    speaker_basis: SpeakerBasis | None = Field(
        description="How the speaker or source is known; null for the author or unnamed."
    )


class Confidence(BaseModel):
    """How sure the text is; `hedged` unless `asserted`."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "modality": "estimative",
                    "likelihood": "likely",
                    "hedged": True,
                    "cue": {"text": "likely", "char_start": 6590, "char_end": 6596},
                }
            ]
        }
    )
    csv_columns: ClassVar[tuple[tuple[str, str], ...]] = (
        ("modality", "modality"),
        ("likelihood", "likelihood"),
        ("hedged", "hedged"),
        ("confidence_cue", "cue.text"),
    )

    modality: Modality = Field(description="How the text commits to the statement.")
    likelihood: Likelihood | None = Field(description="The ICD 203 step, where the text gives one.")
    hedged: bool = Field(description="Whether the text hedges it (any modality but asserted).")
    cue: Cue | None = Field(description="The hedge, anchored; null when asserted.")


class AssertionPublic(BaseModel):
    """The served fields of a claim or an implication that say how it is put forward."""

    attribution: Attribution = Field(description="Who asserts it, and how.")
    confidence: Confidence = Field(description="How sure the text is of it.")


def _cue(row: Mapping[str, Any], prefix: str) -> Cue | None:
    text = row[f"{prefix}_cue"]
    if text is None:
        return None
    return Cue(text=text, char_start=row[f"{prefix}_cue_start"], char_end=row[f"{prefix}_cue_end"])


def served(row: Mapping[str, Any]) -> dict[str, Any]:
    """`attribution` and `confidence` from a row of `AssertionColumns`."""
    modality = Modality(row["modality"])
    return {
        "attribution": Attribution(
            asserted_by=row["asserted_by"],
            verb=row["attribution_verb"],
            cue=_cue(row, "attribution"),
            speaker_basis=row["speaker_basis"],
        ),
        "confidence": Confidence(
            modality=modality,
            likelihood=row["likelihood"],
            hedged=modality is not Modality.asserted,
            cue=_cue(row, "confidence"),
        ),
    }


def _pinned_cue(cue: dict[str, Any] | None) -> dict[str, Any]:
    return {"cue": cue["text"], "cue_start": cue["char_start"]} if cue else {}


def as_input(name: str, value: Any) -> Any:
    """A served `attribution` or `confidence` (as JSON) as the input that stores it again,
    its cue pinned where it stands; any other field as it is."""
    if name == "attribution" and isinstance(value, dict):
        basis = value["speaker_basis"]
        return {
            "by": value["asserted_by"],
            "verb": value["verb"],
            **({"basis": basis} if basis is not None else {}),
            **_pinned_cue(value["cue"]),
        }
    if name == "confidence" and isinstance(value, dict):
        likelihood = value["likelihood"]
        return {
            "modality": value["modality"],
            **({"likelihood": likelihood} if likelihood is not None else {}),
            **_pinned_cue(value["cue"]),
        }
    return value
