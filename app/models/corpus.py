"""The corpus as a whole: one row whose version advances with every change to its content."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from app.models.tracking import UtcDateTime


class CorpusState(SQLModel, table=True):
    """A single row (id 1). Every write transaction advances it first, which serializes
    writers on it, so `updated_at` values follow commit order and `updated_since` never
    misses a change that committed late."""

    __tablename__ = "corpus_state"

    id: int = Field(default=1, primary_key=True)
    version: int = Field(description="Advances by one with every committed change.")
    updated_at: dt.datetime = Field(sa_type=UtcDateTime, description="When it last advanced.")
