"""All settings in one place, read from the environment (prefix-free names, `.env` allowed)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{PROJECT_ROOT / 'briefing.db'}",
        description="SQLAlchemy URL; `postgresql+psycopg://…` for PostgreSQL.",
    )
    seed_dir: Path = Field(default=PROJECT_ROOT / "seed")
    load_seed_on_start: bool = Field(
        default=True, description="Create the schema and load the seed when the database is empty."
    )
    cursor_secret: str = Field(
        default="briefing-api-development-cursor-key",
        description="HMAC key that makes paging cursors tamper-evident. Set it in production.",
    )
    default_page_size: int = 50
    max_page_size: int = 500
    max_query_length: int = 200
    max_cursor_length: int = Field(
        default=2000, description="Longest `cursor` accepted; issued cursors are far shorter."
    )
    max_filter_values: int = Field(
        default=100, description="Most values one repeated filter parameter may take."
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Dashboard origins allowed by CORS (JSON list)."
    )
    gzip_minimum_size: int = 1000
    cache_max_age: int = Field(default=300, description="Seconds clients may reuse a GET response.")

    # Database connections: bounded waits, so a slow or lost database costs a request a 503
    # within seconds instead of a hung worker. Pool settings apply to PostgreSQL only.
    db_pool_size: int = Field(
        default=5, gt=0, description="Connections each worker keeps open to PostgreSQL."
    )
    db_max_overflow: int = Field(
        default=5,
        ge=0,
        description="Extra connections a worker may open under load beyond `db_pool_size`.",
    )
    db_pool_timeout: float = Field(
        default=10,
        gt=0,
        description="Seconds a request waits for a free pooled connection before a 503.",
    )
    db_pool_recycle: int = Field(
        default=1800,
        gt=0,
        description="Seconds after which a pooled connection is replaced, ahead of server or "
        "proxy idle timeouts.",
    )
    db_connect_timeout: int = Field(
        default=5,
        gt=0,
        description="Seconds to wait for PostgreSQL to accept a new connection (psycopg "
        "`connect_timeout`).",
    )
    db_statement_timeout: int = Field(
        default=15000,
        gt=0,
        description="Milliseconds one SQL statement may run (PostgreSQL `statement_timeout`, "
        "lock waits included); on SQLite, how long to wait for a busy lock.",
    )

    @model_validator(mode="after")
    def _room_for_start_up(self) -> Settings:
        """Start-up holds one connection for its lock while it migrates on another."""
        if self.db_pool_size + self.db_max_overflow < 2:
            raise ValueError("db_pool_size + db_max_overflow must be at least 2")
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
