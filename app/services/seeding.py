"""Loading the seed: the annotation files read by `app.seed`, replacing the database's
seed content in one transaction.

A use case, not part of the format: it takes the corpus lock (`corpus.advance`) and clears
the search index as every other writer does, and builds each item's rows with the
builders curated writes and ingest use (`services.rows`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, func, insert, inspect, or_, select, text
from sqlmodel import SQLModel

from app.collections import REGISTRY, CollectionSpec
from app.core.db import table_of
from app.models import (
    Document,
    Entity,
    Forecast,
    Involvement,
    ItemStatus,
    Revision,
    Section,
    Stance,
    StanceEvidence,
)
from app.models.forecast import ItemRef
from app.models.searchable import Searchable
from app.query.fulltext import clear_search_index
from app.seed.reader import ResolvedSeed, read_seed
from app.services import corpus, rows
from app.services.corpus import Stamp
from app.services.rows import ItemRows, Row

SeedItems = Callable[[ResolvedSeed], Iterator[ItemRows]]


def _document(seed: ResolvedSeed) -> Iterator[ItemRows]:
    doc = seed.annotation.document
    yield rows.document_rows(
        doc.id,
        title=doc.title,
        subtitle=doc.subtitle,
        published_on=doc.published_on,
        source_name=doc.source,
        text=seed.text,
        sha256=seed.sha256,
        sections=seed.sections,
        stored={},
    )


def _entities(seed: ResolvedSeed) -> Iterator[ItemRows]:
    for e in seed.annotation.entities:
        yield rows.entity_rows(e.id, e, {})


def _items(*specs: CollectionSpec) -> SeedItems:
    """The rows of the seed's items of these collections."""
    types = {spec.item_type for spec in specs}

    def items(seed: ResolvedSeed) -> Iterator[ItemRows]:
        for item in seed.annotation.anchored():
            if item.item_type in types:
                stored = seed.provenance_columns(item.item_type, item.id)
                yield rows.item_rows(REGISTRY.of_type(item.item_type), item.id, item, stored)

    return items


def _own(items: SeedItems) -> Callable[[ResolvedSeed], Iterator[Row]]:
    return lambda seed: (built.row for built in items(seed))


def _linked(link: type[SQLModel], items: SeedItems) -> Callable[[ResolvedSeed], Iterator[Row]]:
    return lambda seed: (row for built in items(seed) for row in built.of(link))


def _forecasts(seed: ResolvedSeed) -> Iterator[ItemRows]:
    """The forecasts the seed's claims and implications make, each its subject's id."""
    for item in seed.annotation.anchored():
        forecast = item.forecast_of()
        if forecast is None:
            continue
        span = seed.spans[(item.item_type, item.id)]
        where = rows.condition_span(
            forecast.condition, span.start, seed.text[span.start : span.end]
        )
        subject = ItemRef(type=item.item_type, id=item.id)
        yield rows.forecast_rows(item.id, subject, forecast.as_input(), where)


UNDATED = dict.fromkeys(("date_start", "date_end", "date_precision", "date_basis", "date_note"))


def _stances(seed: ResolvedSeed) -> Iterator[ItemRows]:
    for stance in seed.annotation.stances:
        dates = stance.when.columns() if stance.when is not None else UNDATED
        yield rows.stance_rows(stance.id, stance, dates, seed.stance_columns(stance.id))


ITEMS = REGISTRY.provenanced()
# Each link table, filled by every item type that names it.
LINKS = {
    link: [spec for spec in ITEMS if link in spec.links] for spec in ITEMS for link in spec.links
}
# Children before parents, so deleting in this order (and inserting in reverse) respects
# foreign keys. Each table's rows, as the column values its model would hold.
SEED_ROWS: dict[type[SQLModel], Callable[[ResolvedSeed], Iterator[Row]]] = {
    StanceEvidence: _linked(StanceEvidence, _stances),
    Stance: _own(_stances),
    Forecast: _own(_forecasts),
    Involvement: _linked(Involvement, _items(*ITEMS)),
    **{link: _linked(link, _items(*specs)) for link, specs in LINKS.items()},
    **{spec.table: _own(_items(spec)) for spec in ITEMS},
    Section: _linked(Section, _document),
    Entity: _own(_entities),
    Document: _own(_document),
}
SEED_TABLES: tuple[type[SQLModel], ...] = tuple(SEED_ROWS)
SEARCHABLE_TABLES = [t for t in SEED_TABLES if issubclass(t, Searchable)]

# Rows per INSERT executemany: large enough to amortize each round trip, small enough that
# one batch of dicts stays a few megabytes.
INSERT_BATCH_SIZE = 5000


def seed_rows(model: type[SQLModel], seeds: Sequence[ResolvedSeed], stamp: Stamp) -> Iterator[Row]:
    """Every row of `model`'s table, in seed order, `search_text` included; tracked rows are
    stamped as created and updated at `stamp`, the load's corpus version."""
    tracked = "updated_at" in table_of(model).c
    for seed in seeds:
        for row in SEED_ROWS[model](seed):
            if tracked:
                row["created_at"] = row["updated_at"] = stamp.at
            yield row


class CuratedDataError(Exception):
    """The database holds work the seed does not: loading would replace it."""

    def __init__(self, found: list[str]) -> None:
        self.found = found
        super().__init__(
            "the database holds curated data that loading the seed would replace: "
            + "; ".join(found)
            + ". Nothing was changed. Pass --discard-curated to replace it anyway (the "
            "revision history is kept)."
        )


def curated_data(connection: Connection) -> list[str]:
    """What curators (or the extractor) added to the loaded data: writes recorded as
    revisions, rows changed, deleted or still drafts. (Another seed's documents are not
    curated work: loading a seed replaces the previous one.)"""
    found: list[str] = []
    revision = table_of(Revision)
    writes = connection.execute(
        select(func.count()).where(revision.c.corpus_version.is_not(None))
    ).scalar_one()
    if writes:
        found.append(f"{writes} curated write(s) in the revision history")
    for model in SEED_TABLES:
        table = table_of(model)
        if "version" not in table.c:
            continue
        changed = connection.execute(
            select(func.count()).where(
                or_(
                    table.c.version > 1,
                    table.c.deleted_at.is_not(None),
                    table.c.status != ItemStatus.published,
                )
            )
        ).scalar_one()
        if changed:
            found.append(f"{changed} {table.name} row(s) edited, deleted or in draft")
    return found


def is_empty(engine: Engine) -> bool:
    """True when the database has no documents table or no document in it: nothing to
    lose by loading the seed."""
    if not inspect(engine).has_table(table_of(Document).name):
        return True
    with engine.connect() as connection:
        return connection.execute(select(table_of(Document).c.id).limit(1)).first() is None


@dataclass(frozen=True)
class LoadReport:
    files: list[str]
    counts: dict[str, int]


def load_seed(
    engine: Engine,
    seed_dir: Path,
    batch_size: int = INSERT_BATCH_SIZE,
    *,
    discard_curated: bool = False,
) -> LoadReport:
    """Replace the database's seed content with `seed_dir`'s, atomically.

    The seed is the whole content of these tables, so replacing it wholesale is what makes
    loading idempotent: the same seed always yields the same rows and ids. On any error the
    transaction rolls back and the database stays as it was. Rows go in as Core
    executemany batches of plain dicts, table by table: ORM objects for every row of a large
    seed cost minutes and gigabytes.

    Curated work is never replaced silently: when the database holds any
    (`curated_data`), loading raises `CuratedDataError` and changes nothing, unless
    `discard_curated`. The revision history is never deleted.
    """
    seeds = read_seed(seed_dir)
    counts: dict[str, int] = {}
    with engine.begin() as connection:
        stamp = corpus.advance(connection)
        found = curated_data(connection)
        if found and not discard_curated:
            raise CuratedDataError(found)
        clear_search_index(connection, [table_of(t).name for t in SEARCHABLE_TABLES])
        for model in SEED_TABLES:
            connection.execute(delete(table_of(model)))
        for model in reversed(SEED_TABLES):
            table = table_of(model)
            rows = seed_rows(model, seeds, stamp)
            while batch := list(islice(rows, batch_size)):
                connection.execute(insert(table), batch)
                counts[table.name] = counts.get(table.name, 0) + len(batch)
    with engine.begin() as connection:
        # Fresh statistics, or the planner would plan for the tables as they were before:
        # empty, or another size, and scan where an index would serve.
        for model in SEED_TABLES:
            connection.execute(text(f"ANALYZE {table_of(model).name}"))
    return LoadReport(files=[s.path.name for s in seeds], counts=counts)
