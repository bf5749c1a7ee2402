"""Start-up on an empty database: schema and seed appear once, however many workers start."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.core.db import make_engine
from app.core.migrations import current_revision, head_revision, upgrade_to_head
from app.services.seeding import load_seed
from tests.conftest import SEED_DIR, LiveServer, fetch_all
from tests.seed.test_loader import snapshot

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess


def test_several_workers_starting_together_load_the_seed_once(
    empty_database: str, tmp_path: Path
) -> None:
    server = LiveServer(empty_database, tmp_path / "uvicorn.log", "--workers", "4")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            claims = [fetch_all(client, "/v1/claims") for _ in range(6)]
    finally:
        server.stop()
    assert all(c == claims[0] for c in claims), "every worker serves the same data"
    engine = make_engine(empty_database)
    assert current_revision(engine) == head_revision()
    rows = snapshot(engine)
    assert len(rows["document"]) == 1
    assert len(rows["claim"]) == len(claims[0])
    reference = make_engine(f"sqlite:///{tmp_path / 'reference.db'}")
    upgrade_to_head(reference)
    once = load_seed(reference, SEED_DIR).counts
    assert {table: len(r) for table, r in rows.items()} == once, "no row loaded twice"
    log = (tmp_path / "uvicorn.log").read_text()
    assert "Traceback" not in log, log
