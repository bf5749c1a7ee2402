"""Sorting by name does not depend on how the PostgreSQL database was created."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.conftest import Databases, LiveServer, fetch_all


def test_names_sort_the_same_under_a_linguistic_collation(
    databases: Databases, tmp_path: Path
) -> None:
    url = databases.new(
        "postgresql", "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
    )
    server = LiveServer(url, tmp_path / "uvicorn.log")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            for sort in ("name", "-name"):
                names = [e["name"] for e in fetch_all(client, "/v1/entities", {"sort": sort})]
                expected = sorted(names, key=lambda n: (n.lower(), n), reverse=sort[0] == "-")
                assert [n.lower() for n in names] == [n.lower() for n in expected]
    finally:
        server.stop()
