"""Sorting by name does not depend on how the PostgreSQL database was created."""

from __future__ import annotations

from tests.conftest import Databases, fetch_all
from tests.in_process import InProcessServer


def test_names_sort_the_same_under_a_linguistic_collation(databases: Databases) -> None:
    url = databases.new(
        "postgresql", "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
    )
    server = InProcessServer(url)
    try:
        for sort in ("name", "-name"):
            names = [e["name"] for e in fetch_all(server.client, "/v1/entities", {"sort": sort})]
            expected = sorted(names, key=lambda n: (n.lower(), n), reverse=sort[0] == "-")
            assert [n.lower() for n in names] == [n.lower() for n in expected]
    finally:
        server.stop()
