"""Vocabulary shared by the seed format, the database tables and the public API.

Every closed set is an enum so that OpenAPI-generated SDKs get real enum types, and every
field that more than one model carries is declared here once.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import String

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=120)]

# Enums are stored as their text values, not as native database enums, so that sorting is
# alphabetical on every backend and adding a value needs no schema migration.
ENUM_AS_TEXT = String(32)


# What text the database can store and search must not hold: control characters other than
# tab and line breaks (PostgreSQL cannot store NUL at all), and lone surrogates, which are
# not Unicode and cannot be encoded. Found by one C scan, not a Python loop per character:
# a 1M-character body is validated on the event loop, where 0.3 s of Python would stall
# every other request of the worker.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def storable(value: str) -> str:
    """`value` if it can be stored and searched as it is, else a ValueError saying why."""
    if CONTROL_CHARACTER.search(value):
        raise ValueError("must not contain control characters other than tab and newlines")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode (no lone surrogates)") from None
    return value


def check_storable(value: object, where: str = "") -> None:
    """`storable` on every string inside `value` (a request body as parsed from JSON); the
    error names where the first bad one stands."""
    if isinstance(value, str):
        try:
            storable(value)
        except ValueError as exc:
            raise ValueError(f"{where or 'value'} {exc}") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            check_storable(key, where)
            check_storable(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_storable(item, f"{where}[{index}]")


class EntityKind(StrEnum):
    person = "person"
    country = "country"
    organization = "organization"
    place = "place"
    group = "group"
    weapon_system = "weapon_system"
    military_unit = "military_unit"
    operation = "operation"
    facility = "facility"
    media_outlet = "media_outlet"
    document = "document"
    government = "government"


class ClaimType(StrEnum):
    """What kind of assertion a claim is, so analysts can separate facts from judgements."""

    factual = "factual"
    causal = "causal"
    assessment = "assessment"
    forecast = "forecast"


class EventType(StrEnum):
    announcement = "announcement"
    statement = "statement"
    phone_call = "phone_call"
    meeting = "meeting"
    interview = "interview"
    diplomatic_visit = "diplomatic_visit"
    military_strike = "military_strike"
    military_incident = "military_incident"
    military_campaign = "military_campaign"
    negotiation = "negotiation"
    policy_decision = "policy_decision"
    report = "report"
    political_transition = "political_transition"
    economic_development = "economic_development"
    deadline = "deadline"


class DatePrecision(StrEnum):
    day = "day"
    month = "month"
    year = "year"


class Role(StrEnum):
    """How an item involves an entity: one `Involvement` row per role. `speaker`, `actor`
    and `location` name single or listed participants; `attributed_to` is who a claim is
    credited to; `about` lists what a claim or implication is about."""

    speaker = "speaker"
    actor = "actor"
    location = "location"
    attributed_to = "attributed_to"
    about = "about"


class ItemStatus(StrEnum):
    """Whether an item is public: rule-extracted drafts wait for a curator's confirmation."""

    published = "published"
    draft = "draft"


class ProvenanceMethod(StrEnum):
    """How an item's provenance was established."""

    curated = "curated"
    rule = "rule"


class DateRange(BaseModel):
    """An inclusive date range; a single day has `date_start == date_end`."""

    date_start: dt.date = Field(description="First day the item may refer to (inclusive).")
    date_end: dt.date = Field(description="Last day the item may refer to (inclusive).")
    date_precision: DatePrecision = Field(description="How precisely the source dates the item.")


class EntityRef(BaseModel):
    """How one item names an entity: enough to display it without another request."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"id": "donald-trump", "name": "Donald Trump", "kind": "person"}]
        }
    )

    id: Slug
    name: str
    kind: EntityKind


class Provenance(BaseModel):
    """Where an item comes from; `text[char_start:char_end] == excerpt` always holds."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "document_id": "trump-pivot-against-russia",
                    "document_sha256": "ec23ad117f9cf939be1043d2b0797b72"
                    "639d751311894e978800f402cb8063f3",
                    "section": "Sanctions",
                    "char_start": 897,
                    "char_end": 906,
                    "excerpt": "Sanctions",
                }
            ]
        }
    )

    document_id: Slug
    document_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    section: str = Field(description="Heading of the innermost section enclosing the excerpt.")
    char_start: int = Field(ge=0, description="Offset in Unicode code points, inclusive.")
    char_end: int = Field(ge=0, description="Offset in Unicode code points, exclusive.")
    excerpt: str = Field(description="The source text from char_start to char_end.")
    method: ProvenanceMethod = Field(
        default=ProvenanceMethod.curated,
        description="`curated` by an analyst, or proposed by the `rule`-based extractor.",
    )
