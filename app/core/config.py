"""All settings in one place, read from the environment (prefix-free names, `.env` allowed)."""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    DirectoryPath,
    Field,
    NonNegativeInt,
    PositiveFloat,
    PositiveInt,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from pydantic_settings.exceptions import SettingsError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.core.startup import STARTUP_FAILURE

PROJECT_ROOT = Path(__file__).resolve().parents[2]

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LogFormat = Literal["json", "console"]
ReadAccess = Literal["open", "key"]
RateLimitStrategy = Literal["moving-window", "fixed-window", "sliding-window-counter"]


# The databases the app runs on: it relies on SQLite's FTS5 or PostgreSQL's tsvector, advisory
# locks and NOTIFY, so no other SQLAlchemy dialect would work even with its driver installed.
SUPPORTED_DATABASE_SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg")
DATABASE_URL_EXAMPLES = "sqlite:///path/to/briefing.db or postgresql+psycopg://user@host:5432/name"


def database_url_problem(url: str) -> str | None:
    """Why the app could not use `url`, or None. Checked before any connection, so a typo is
    one line naming the setting rather than a driver's traceback; an SQLite file's folder
    must exist, because creating it would hide a mistyped path behind an empty database."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return f"{url!r} is not a database URL; expected {DATABASE_URL_EXAMPLES}"
    if parsed.drivername not in SUPPORTED_DATABASE_SCHEMES:
        return (
            f"the scheme {parsed.drivername!r} is not supported; use one of "
            f"{', '.join(SUPPORTED_DATABASE_SCHEMES)} (e.g. {DATABASE_URL_EXAMPLES})"
        )
    database = parsed.database
    if parsed.get_backend_name() == "sqlite" and database and database != ":memory:":
        folder = Path(database).expanduser().parent
        if not folder.is_dir():
            return f"the folder {str(folder)!r} of the SQLite file does not exist (create it first)"
    return None


CORS_ORIGINS_FORMAT = (
    "origins separated by commas (https://a.example,https://b.example) or a JSON list "
    '(["https://a.example"])'
)
_ORIGIN = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s,]+", re.IGNORECASE)


def async_storage_uri(uri: str) -> str:
    """The asyncio flavour of a `limits` storage URI (`memory://` → `async+memory://`)."""
    return uri if uri.startswith("async+") else f"async+{uri}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{PROJECT_ROOT / 'briefing.db'}",
        description="SQLAlchemy URL; `postgresql+psycopg://…` for PostgreSQL.",
    )
    seed_dir: Path = Field(
        default=PROJECT_ROOT / "seed",
        description="Folder of the seed: source documents and their annotation, loaded on "
        "first start.",
    )
    load_seed_on_start: bool = Field(
        default=True, description="Create the schema and load the seed when the database is empty."
    )
    cursor_secret: str = Field(
        default="briefing-api-development-cursor-key",
        description="HMAC key that makes paging cursors tamper-evident. Set it in production.",
    )
    default_page_size: PositiveInt = Field(
        default=50, description="Items a list page holds when the request gives no `limit`."
    )
    max_page_size: PositiveInt = Field(
        default=500, description="Largest `limit` a list accepts; beyond it a 422."
    )
    max_query_length: PositiveInt = Field(
        default=200, description="Longest full-text query `q` accepted, in characters."
    )
    max_cursor_length: PositiveInt = Field(
        default=2000, description="Longest `cursor` accepted; issued cursors are far shorter."
    )
    max_included: PositiveInt = Field(
        default=2000, description="Most items `include=` may add to one page."
    )
    max_filter_values: PositiveInt = Field(
        default=100, description="Most values one repeated filter parameter may take."
    )
    export_batch_size: PositiveInt = Field(
        default=200,
        description="Items an export (CSV, NDJSON, JSON-LD) reads from the database at a time: "
        "its memory follows this, not the size of the export, and a read that arrives while "
        "a batch renders waits for at most one batch.",
    )
    export_max_concurrent: PositiveInt = Field(
        default=8,
        description="Exports (CSV, NDJSON, JSON-LD without `limit`) each worker streams at "
        "once; beyond it an export is refused with 503 and `Retry-After`, so slow readers "
        "cannot take the worker's threads, connections and memory.",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Dashboard origins allowed by CORS: comma-separated "
        '(`https://a.example,https://b.example`) or a JSON list (`["https://a.example"]`).',
    )
    gzip_minimum_size: NonNegativeInt = Field(
        default=1000,
        description="Smallest response body, in bytes, sent gzipped to a client that asks.",
    )
    response_cache_bytes: NonNegativeInt = Field(
        default=64 * 1024 * 1024,
        description="Bytes of whole GET responses each worker keeps until the data changes "
        "(0: no cache).",
    )
    cache_max_age: NonNegativeInt = Field(
        default=300, description="Seconds clients may reuse a GET response."
    )

    idempotency_key_retention: PositiveInt = Field(
        default=86400,
        description="Seconds a POST's `Idempotency-Key` is remembered; a retry within this "
        "window replays the first response.",
    )

    log_level: LogLevel = Field(default="INFO", description="Least severe level logged.")
    log_format: LogFormat = Field(
        default="json", description="`json`: one object per line; `console`: for humans."
    )
    request_id_max_length: PositiveInt = Field(
        default=128, description="Longest incoming `X-Request-ID` reused; longer is replaced."
    )
    readiness_timeout: PositiveFloat = Field(
        default=2.0, description="Seconds `/readyz` waits for the database checks."
    )
    prometheus_multiproc_dir: DirectoryPath | None = Field(
        default=None,
        description="prometheus_client's multiprocess directory, for `--workers N`. "
        "prometheus_client reads it from the environment itself, so it must be set there.",
    )

    # Database connections: bounded waits, so a slow or lost database costs a request a 503
    # within seconds instead of a hung worker. Pool settings apply to PostgreSQL only.
    db_pool_size: PositiveInt = Field(
        default=5, description="Connections each worker keeps open to PostgreSQL."
    )
    db_max_overflow: NonNegativeInt = Field(
        default=5,
        description="Extra connections a worker may open under load beyond `db_pool_size`.",
    )
    db_pool_timeout: PositiveFloat = Field(
        default=10,
        description="Seconds a request waits for a free pooled connection before a 503.",
    )
    db_pool_recycle: PositiveInt = Field(
        default=1800,
        description="Seconds after which a pooled connection is replaced, ahead of server or "
        "proxy idle timeouts.",
    )
    db_connect_timeout: PositiveInt = Field(
        default=5,
        description="Seconds to wait for PostgreSQL to accept a new connection (psycopg "
        "`connect_timeout`).",
    )
    db_statement_timeout: PositiveInt = Field(
        default=15000,
        description="Milliseconds one SQL statement may run (PostgreSQL `statement_timeout`, "
        "lock waits included); on SQLite, how long to wait for a busy lock.",
    )

    # Authentication and abuse limits (README "Authentication and limits").
    read_access: ReadAccess = Field(
        default="open",
        description="`open`: anyone may read /v1; `key`: every /v1 request needs an API key.",
    )
    max_body_bytes: PositiveInt = Field(
        default=4 * 1024 * 1024,
        description="Largest request body accepted, in bytes; a larger one is a 413.",
    )
    document_max_chars: PositiveInt = Field(
        default=1_000_000,
        description="Longest document text `POST /v1/documents` accepts, in code points; "
        "longer is a 413.",
    )
    extract_time_budget: PositiveFloat = Field(
        default=30,
        description="Seconds the extractor may spend on one ingested text (`POST /v1/documents`, "
        "`briefing ingest`), in a child process; a longer extraction is stopped and the ingest "
        "refused (422). A 1M-character briefing takes about 4 s on one 2020s core.",
    )
    rate_limit_enabled: bool = Field(default=True, description="Whether /v1 is rate-limited.")
    rate_limit_storage_uri: str = Field(
        default="memory://",
        description="Where the `limits` library keeps its counters: `memory://` is per "
        "worker process; `redis://host:6379` shares them between workers and hosts.",
    )
    rate_limit_strategy: RateLimitStrategy = Field(
        default="moving-window",
        description="How the `limits` library counts a budget: `moving-window` is exact; "
        "`fixed-window` is cheapest but lets twice a budget through across a window's edge; "
        "`sliding-window-counter` approximates the moving window at a fixed window's cost.",
    )
    rate_limit_read: str = Field(
        default="1200/minute", description="Budget of GET/HEAD requests per API key."
    )
    rate_limit_write: str = Field(
        default="120/minute", description="Budget of other requests (writes) per API key."
    )
    rate_limit_anonymous: str = Field(
        default="600/minute",
        description="Budget of requests without a key per client address; also the budget of "
        "requests with a rejected key.",
    )

    @field_validator("database_url")
    @classmethod
    def _database_url_usable(cls, value: str) -> str:
        problem = database_url_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _origins_as_list(cls, value: object) -> object:
        """A JSON list, or (what a shell or a compose file makes easier) origins separated by
        commas; the environment gives a string, Python callers a list."""
        if not isinstance(value, str):
            return value
        if value.strip().startswith("["):
            try:
                return json.loads(value)
            except json.JSONDecodeError as exc:
                raise ValueError(
                    f"{value!r} is not a JSON list ({exc.msg}); expected {CORS_ORIGINS_FORMAT}"
                ) from None
        return [origin.strip() for origin in value.split(",") if origin.strip()]

    @field_validator("cors_origins")
    @classmethod
    def _origins_well_formed(cls, origins: list[str]) -> list[str]:
        """Browsers send `Origin` as scheme://host[:port]; anything else would never match."""
        for origin in origins:
            if origin != "*" and not _ORIGIN.fullmatch(origin):
                raise ValueError(
                    f"{origin!r} is not an origin (scheme://host[:port], no path); expected "
                    f"{CORS_ORIGINS_FORMAT}"
                )
        return origins

    @field_validator("rate_limit_read", "rate_limit_write", "rate_limit_anonymous")
    @classmethod
    def _rate_limit_parses(cls, value: str) -> str:
        from limits import parse_many

        try:
            parse_many(value)
        except ValueError:
            raise ValueError(
                f"{value!r} is not a rate limit such as `100/minute` or `10/second;500/hour`"
            ) from None
        return value

    @field_validator("rate_limit_storage_uri")
    @classmethod
    def _storage_known(cls, value: str) -> str:
        from limits.storage import storage_from_string

        try:
            storage_from_string(async_storage_uri(value))
        except Exception as exc:  # ConfigurationError, or a missing driver (redis, …)
            raise ValueError(f"{value!r} is not a usable `limits` storage: {exc}") from None
        return value

    @model_validator(mode="after")
    def _document_fits_a_body(self) -> Settings:
        if self.document_max_chars > self.max_body_bytes:
            raise ValueError(
                f"DOCUMENT_MAX_CHARS ({self.document_max_chars}) exceeds MAX_BODY_BYTES "
                f"({self.max_body_bytes}): such a document could not be sent"
            )
        return self

    @model_validator(mode="after")
    def _room_for_start_up(self) -> Settings:
        """Start-up holds one connection for its lock while it migrates on another."""
        if self.db_pool_size + self.db_max_overflow < 2:
            raise ValueError("DB_POOL_SIZE + DB_MAX_OVERFLOW must be at least 2")
        return self

    @field_validator("log_level", mode="before")
    @classmethod
    def _level_in_any_case(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _format_in_any_case(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _default_page_fits(self) -> Settings:
        if self.default_page_size > self.max_page_size:
            raise ValueError(
                f"DEFAULT_PAGE_SIZE ({self.default_page_size}) exceeds "
                f"MAX_PAGE_SIZE ({self.max_page_size})"
            )
        return self


class InvalidSettings(SystemExit):
    """A bad setting stops the process with one line per problem, naming the variable,
    instead of a traceback through pydantic's internals (exit status 3, as every start-up
    failure: see `app.core.startup`)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(STARTUP_FAILURE)
        self.problems = problems
        for problem in problems:
            print(f"Invalid configuration (environment or .env): {problem}", file=sys.stderr)


def _describe(exc: ValidationError) -> list[str]:
    lines = []
    for error in exc.errors(include_url=False):
        name = "_".join(str(part) for part in error["loc"]).upper()
        message = " ".join(error["msg"].removeprefix("Value error, ").split())
        lines.append(f"{name}: {message}" if name else message)
    return lines


@lru_cache
def get_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        problems = _describe(exc)
    except SettingsError as exc:  # a list or dict setting that is not valid JSON
        problems = [str(exc)]
    raise InvalidSettings(problems)
