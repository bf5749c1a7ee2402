"""Fixtures the seed tests share."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from app.core.db import make_engine
from app.core.migrations import upgrade_to_head


@pytest.fixture
def engine(empty_database: str) -> Engine:
    """An empty database at the newest schema."""
    engine = make_engine(empty_database)
    upgrade_to_head(engine)
    return engine
