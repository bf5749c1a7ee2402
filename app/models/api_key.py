"""API keys: the secret is shown once at creation and stored only as a hash."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlmodel import Field, SQLModel

from app.models.common import ENUM_AS_TEXT
from app.models.tracking import UtcDateTime


class Scope(StrEnum):
    """What a key may do; each scope includes the ones before it."""

    read = "read"
    curator = "curator"
    admin = "admin"

    @property
    def rank(self) -> int:
        return list(Scope).index(self)

    def allows(self, needed: Scope) -> bool:
        return self.rank >= needed.rank


class ApiKeyBase(SQLModel):
    id: str = Field(primary_key=True, max_length=32, description="Public key id (its prefix).")
    name: str = Field(max_length=200, description="Who or what the key is for.")
    scope: Scope = Field(sa_type=ENUM_AS_TEXT)
    created_at: dt.datetime = Field(sa_type=UtcDateTime)
    revoked_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)


class ApiKey(ApiKeyBase, table=True):
    __tablename__ = "api_key"

    secret_sha256: str = Field(max_length=64, description="SHA-256 of the key's secret part.")


class ApiKeyPublic(ApiKeyBase):
    pass


class ApiKeyCreate(SQLModel):
    """What `POST /v1/keys` takes: the id and secret are chosen by the server."""

    name: str = Field(min_length=1, max_length=200, description="Who or what the key is for.")
    scope: Scope = Field(description="`read`, `curator` (write items) or `admin` (everything).")

    model_config = {"json_schema_extra": {"examples": [{"name": "ingest bot", "scope": "curator"}]}}


class ApiKeyCreated(ApiKeyPublic):
    token: str = Field(
        description="The whole key, `brf_<id>_<secret>`: shown this once and never again "
        "(only the SHA-256 of its secret is stored)."
    )


class ApiKeyList(SQLModel):
    """Every key, revoked ones included, oldest first (keys are few: not paged)."""

    items: list[ApiKeyPublic]
    total: int
