"""The full-text index on each backend: the same answers on SQLite and PostgreSQL, kept in
step with every write, and used by PostgreSQL's planner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, select, text
from sqlmodel import Session

from app.collections import REGISTRY
from app.core.db import make_engine
from app.models import Claim
from app.models.searchable import index_text, words
from app.query.fulltext import parse_query
from app.services.dashboard import SEARCH
from app.services.seeding import load_seed
from tests.conftest import SEED_DIR, Databases


def _seeded(databases: Databases, backend: str) -> Engine:
    """An engine on a new seeded database: a copy of the session's, not a load of its own."""
    return make_engine(databases.seeded(backend))


@pytest.fixture(scope="module")
def both_backends(databases: Databases, postgres_admin: str) -> Iterator[tuple[Engine, Engine]]:
    sqlite, postgresql = _seeded(databases, "sqlite"), _seeded(databases, "postgresql")
    yield sqlite, postgresql
    sqlite.dispose()
    postgresql.dispose()


def _found(engine: Engine, query: str) -> list[str]:
    source = SEARCH.source
    stmt = SEARCH.filtered({"q": query}).with_only_columns(source.c.key).order_by(source.c.key)
    with engine.connect() as connection:
        return list(connection.scalars(stmt))


def _vocabulary(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        texts = connection.scalars(select(SEARCH.source.c.title)).all()
        texts += connection.scalars(select(Claim.search_text)).all()  # type: ignore[arg-type]
    return sorted({w for t in texts if t for w in words(t)})


def test_sqlite_and_postgresql_find_the_same_items_for_every_word_of_the_seed(
    both_backends: tuple[Engine, Engine],
) -> None:
    sqlite, postgresql = both_backends
    vocabulary = _vocabulary(sqlite)
    assert len(vocabulary) > 500
    queries = [
        *vocabulary,
        *sorted({w[:3] for w in vocabulary}),
        *(f'"{a} {b}"' for a, b in zip(vocabulary[::7], vocabulary[3::7], strict=False)),
        '"white house"',
        '"strategic dialogue" china',
        "trump putin 2025",
    ]
    differing = [q for q in queries if _found(sqlite, q) != _found(postgresql, q)]
    assert differing == []
    assert all(_found(sqlite, w) for w in vocabulary), "every indexed word finds something"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_index_follows_inserts_updates_and_deletes(databases: Databases, backend: str) -> None:
    engine = _seeded(databases, backend)
    claims = REGISTRY["claims"].listing

    def found(query: str) -> set[str]:
        with Session(engine) as session:
            return {r["id"] for r in session.execute(claims.filtered({"q": query})).mappings()}

    first = "pivot-driven-by-pressure-miscalculation-and-smart-moves"
    with Session(engine) as session:
        claim = session.get(Claim, first)
        assert claim is not None
        claim.statement = "A xylophonic statement."
        session.commit()
    assert found("xylophon") == {first}
    with Session(engine) as session:
        claim = session.get(Claim, first)
        session.add(Claim.model_validate(claim.model_dump(warnings=False) | {"id": "a-copy"}))
        session.commit()
    assert found("xylophonic") == {first, "a-copy"}
    with Session(engine) as session:
        session.delete(session.get(Claim, "a-copy"))
        session.commit()
    assert found("xylophonic") == {first}
    load_seed(engine, SEED_DIR)
    assert found("xylophonic") == set()
    assert found("smart strategic moves")


def test_postgresql_answers_q_from_the_gin_index(databases: Databases) -> None:
    engine = _seeded(databases, "postgresql")
    stmt = REGISTRY["claims"].listing.filtered({"q": "nato"})
    sql = str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as connection:
        connection.execute(text("SET enable_seqscan = off"))  # as on a table too big to scan
        plan = "\n".join(connection.scalars(text(f"EXPLAIN {sql}")))
    assert "ix_claim_search" in plan, plan


@pytest.mark.parametrize(
    ("query", "phrases"),
    [
        ("NATO", [("nato",)]),
        ("Russia’s oil", [("russias",), ("oil",)]),
        ('"White House" Trump', [("white", "house"), ("trump",)]),
        ("“White House”", [("white", "house")]),
        ('unclosed "strategic dia', [("unclosed",), ("strategic", "dia")]),
        ("nato NATO", [("nato",)]),
        ("%_'", []),
    ],
)
def test_queries_are_words_and_quoted_phrases(query: str, phrases: list[tuple[str, ...]]) -> None:
    assert parse_query(query) == phrases


@given(st.text())
def test_folding_is_idempotent_so_stored_text_and_queries_fold_alike(text: str) -> None:
    folded = index_text(text)
    assert words(folded) == folded.split()
    assert index_text(folded) == folded
