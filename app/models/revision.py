"""The history of every curated change, and the responses kept for idempotent retries."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.common import ENUM_AS_TEXT, ItemStatus
from app.models.tracking import UtcDateTime


class RevisionAction(StrEnum):
    """What a write did: `confirm` publishes a draft."""

    create = "create"
    update = "update"
    delete = "delete"
    confirm = "confirm"


class AuditEntry(SQLModel):
    """One write: who changed which item, how and when. The audit log lists these."""

    collection: str = Field(max_length=32, description="`quotes`, `entities`, …")
    item_id: str = Field(max_length=120)
    version: int = Field(ge=1, description="The item's version this write produced.")
    action: RevisionAction = Field(sa_type=ENUM_AS_TEXT)
    status: ItemStatus = Field(
        sa_type=ENUM_AS_TEXT, description="The item's status at this version."
    )
    api_key_id: str | None = Field(
        default=None,
        max_length=32,
        description="The key that made the change; null for the version loaded from the seed "
        "or proposed by the extractor, which no key wrote. An item's revisions show it (and "
        "the key's name) only to admins.",
    )
    api_key_name: str | None = Field(default=None, max_length=200)
    at: dt.datetime = Field(
        sa_type=UtcDateTime, description="When: the item's `updated_at` at this version."
    )
    corpus_version: int | None = Field(
        default=None, description="The corpus version the change committed as."
    )
    request_id: str | None = Field(
        default=None, max_length=128, description="The `X-Request-ID` of the write."
    )


class Revision(AuditEntry, table=True):
    __table_args__ = (
        UniqueConstraint("collection", "item_id", "version", name="uq_revision_item_version"),
        Index("ix_revision_at", "at"),
        Index("ix_revision_api_key_id", "api_key_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    representation: dict[str, Any] = Field(
        sa_type=JSON, description="The item exactly as the API served it at this version."
    )


class RevisionPublic(AuditEntry):
    representation: dict[str, Any] = Field(
        description="The item exactly as `GET /v1/{collection}/{id}` served it at this version."
    )


class IdempotentResponse(SQLModel, table=True):
    """The first response to a POST that carried an `Idempotency-Key`, replayed on retry.
    Keys are scoped to the API key that sent them."""

    __tablename__ = "idempotent_response"

    api_key_id: str = Field(primary_key=True, max_length=32)
    key: str = Field(primary_key=True, max_length=255)
    request_sha256: str = Field(max_length=64, description="Method, path and body it answered.")
    status_code: int
    location: str | None = Field(default=None, sa_type=Text)
    etag: str | None = Field(default=None, max_length=100)
    body: str = Field(sa_type=Text)
    created_at: dt.datetime = Field(sa_type=UtcDateTime, index=True)
