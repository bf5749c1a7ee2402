"""What every stored record carries so that clients can sync and curators never lose data:
its status, a version for optimistic concurrency, when it changed, and its tombstone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, Dialect, TypeDecorator
from sqlmodel import Field, SQLModel

from app.models.common import ENUM_AS_TEXT, ItemStatus


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A UTC instant on every backend: SQLite keeps no time zone, so values are stored as
    naive UTC there and come back aware, as PostgreSQL's `timestamptz` gives them."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UtcDateTime needs an aware datetime")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class TrackedBase(SQLModel):
    """The fields a client sees on every document, entity and item."""

    status: ItemStatus = Field(
        default=ItemStatus.published,
        sa_type=ENUM_AS_TEXT,
        description="`published`, or `draft` until a curator confirms it; drafts are not "
        "listed publicly.",
    )
    version: int = Field(
        default=1,
        ge=1,
        description="Incremented by every change; the item's `ETag` is derived from it.",
    )
    created_at: dt.datetime = Field(sa_type=UtcDateTime, description="When it was first stored.")
    updated_at: dt.datetime = Field(
        sa_type=UtcDateTime,
        index=True,
        description="When it last changed (its deletion included); see `updated_since`.",
    )
    deleted_at: dt.datetime | None = Field(
        default=None,
        sa_type=UtcDateTime,
        description="When it was deleted; null while it exists. Deleted items are listed "
        "only with `include_deleted=true`, and their history stays readable.",
    )
