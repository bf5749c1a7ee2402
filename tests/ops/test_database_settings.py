"""The pool and timeout settings are validated, and the engine really applies them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from sqlalchemy import text

from app.core.config import Settings
from app.core.db import make_engine
from tests.conftest import Databases


@pytest.mark.parametrize(
    "field",
    [
        "db_pool_size",
        "db_pool_timeout",
        "db_pool_recycle",
        "db_connect_timeout",
        "db_statement_timeout",
    ],
)
@pytest.mark.parametrize("value", [0, -1])
def test_timeouts_and_sizes_must_be_positive(field: str, value: int) -> None:
    with pytest.raises(ValidationError, match=field):
        Settings(**{field: value})


def test_the_pool_must_leave_room_for_start_up() -> None:
    with pytest.raises(ValidationError, match="at least 2"):
        Settings(db_pool_size=1, db_max_overflow=0)
    Settings(db_pool_size=1, db_max_overflow=1)


def test_postgresql_connections_carry_the_pool_and_timeout_settings(
    databases: Databases,
) -> None:
    settings = Settings(
        db_pool_size=3,
        db_max_overflow=2,
        db_pool_timeout=4,
        db_pool_recycle=60,
        db_connect_timeout=7,
        db_statement_timeout=1234,
    )
    engine = make_engine(databases.new("postgresql"), settings)
    try:
        pool = engine.pool
        assert pool.size() == 3
        assert (pool._max_overflow, pool.timeout(), pool._recycle) == (2, 4, 60)
        with engine.connect() as connection:
            assert connection.execute(text("SHOW statement_timeout")).scalar() == "1234ms"
            dsn = connection.connection.dbapi_connection.info.get_parameters()
            assert dsn["connect_timeout"] == "7"
    finally:
        engine.dispose()


def test_sqlite_waits_for_a_busy_lock_as_long_as_a_statement_may_run(
    databases: Databases,
) -> None:
    engine = make_engine(databases.new("sqlite"), Settings(db_statement_timeout=2500))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 2500
    engine.dispose()
