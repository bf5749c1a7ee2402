"""All settings in one place, read from the environment (prefix-free names, `.env` allowed)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
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


@lru_cache
def get_settings() -> Settings:
    return Settings()
