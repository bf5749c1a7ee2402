"""What `POST /v1/documents` takes and answers."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field, field_validator

from app.models.common import Slug, storable
from app.models.document import DocumentPublic


# Control characters other than tab, line feed and carriage return (NUL above all, which
# PostgreSQL cannot store) have no place in a briefing's text.
class DocumentCreate(BaseModel):
    """A new briefing: its exact text and what the text does not say about itself."""

    model_config = {
        "extra": "forbid",
        "json_schema_extra": {
            "examples": [
                {
                    "id": "pacific-shipping-talks",
                    "title": "Pacific Shipping Talks Stall",
                    "published_on": "2026-03-12",
                    "text": "Pacific Shipping Talks Stall\nOVERVIEW:\n…",
                }
            ]
        },
    }

    id: Slug | None = Field(
        default=None, description="The document's id; a slug of the title when omitted."
    )
    title: str = Field(min_length=1, max_length=500)
    subtitle: str | None = Field(default=None, max_length=2000)
    published_on: dt.date = Field(
        description="Publication date (ISO 8601); relative dates "
        "in the text (`last week`) resolve against it."
    )
    text: str = Field(
        min_length=1,
        description="The exact source text (UTF-8). Provenance offsets index into it in "
        "code points; its first line is taken as the title heading.",
    )

    @field_validator("text", "title", "subtitle")
    @classmethod
    def _storable(cls, value: str | None) -> str | None:
        return value if value is None else storable(value)


class DraftCounts(BaseModel):
    entities: int = Field(description="New entities proposed (speakers and actors not known).")
    quotes: int
    events: int
    claims: int = Field(description="Claims proposed as the basis of each implication.")
    implications: int


class DocumentIngested(BaseModel):
    """The stored document and how many drafts the extractor proposed from it."""

    document: DocumentPublic
    drafts: DraftCounts = Field(
        description="Draft items stored (`status: draft`, `provenance.method: rule`), "
        "hidden from public lists until a curator publishes them."
    )
