"""Reads `seed/`, anchors every item in its source text, and loads it in one transaction.

Nothing is written unless every file validates, every excerpt is found exactly once (or is
disambiguated) and every reference resolves; the error then lists every problem at once.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, text
from sqlmodel import SQLModel

from app.core.db import table_of
from app.models import (
    Claim,
    Derivation,
    Document,
    Entity,
    Event,
    Evidence,
    Implication,
    Involvement,
    ItemStatus,
    ItemType,
    Quote,
    Revision,
    Section,
)
from app.models.entity import ALIAS_SEPARATOR
from app.models.searchable import Searchable
from app.seed.anchoring import (
    AnchorError,
    ResolvedSection,
    Span,
    innermost_section,
    locate,
    resolve_sections,
)
from app.seed.annotations import Anchored, SeedAnnotation
from app.services import corpus
from app.services.corpus import Stamp
from app.services.fulltext import clear_search_index

ANNOTATION_SUFFIXES = (".yaml", ".yml", ".json")
# libyaml's parser when PyYAML was built with it: same documents, several times faster.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SeedError(Exception):
    """The seed cannot be loaded; `problems` names each item and excerpt at fault."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("seed is invalid:\n" + "\n".join(f"- {p}" for p in problems))


@dataclass
class ResolvedSeed:
    """One annotation file with every item's span and section computed."""

    path: Path
    annotation: SeedAnnotation
    text: str
    sha256: str
    sections: list[ResolvedSection]
    spans: dict[tuple[ItemType, str], Span] = field(default_factory=dict)

    def provenance_columns(self, item_type: ItemType, item_id: str) -> dict[str, Any]:
        span = self.spans[(item_type, item_id)]
        return {
            "document_id": self.annotation.document.id,
            "document_sha256": self.sha256,
            "section": innermost_section(self.sections, span.start).heading,
            "char_start": span.start,
            "char_end": span.end,
            "excerpt": self.text[span.start : span.end],
        }


def annotation_files(seed_dir: Path) -> list[Path]:
    return sorted(p for p in seed_dir.iterdir() if p.suffix in ANNOTATION_SUFFIXES)


def _describe_validation_error(raw: Any, error: Any) -> str:
    loc = error["loc"]
    where = ".".join(str(part) for part in loc)
    node = raw
    item_id = None
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "id" in node:
            item_id = node["id"]
    named = f" (id {item_id!r})" if item_id else ""
    return f"{where}{named}: {error['msg']}"


def _parse(path: Path, problems: list[str]) -> SeedAnnotation | None:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        problems.append(f"{path.name}: not valid YAML: {exc}")
        return None
    try:
        return SeedAnnotation.model_validate(raw)
    except ValidationError as exc:
        problems.extend(f"{path.name}: {_describe_validation_error(raw, e)}" for e in exc.errors())
        return None


def _anchored_items(annotation: SeedAnnotation) -> list[tuple[ItemType, Anchored]]:
    return [
        *((ItemType.quote, q) for q in annotation.quotes),
        *((ItemType.event, e) for e in annotation.events),
        *((ItemType.claim, c) for c in annotation.claims),
        *((ItemType.implication, i) for i in annotation.implications),
    ]


def _resolve(path: Path, annotation: SeedAnnotation, problems: list[str]) -> ResolvedSeed | None:
    source = path.parent / annotation.document.source
    if not source.is_file():
        problems.append(f"{path.name}: source file {annotation.document.source!r} is missing")
        return None
    data = source.read_bytes()
    text = data.decode("utf-8")
    try:
        sections = resolve_sections(text, annotation.document.sections)
    except AnchorError as exc:
        problems.append(f"{path.name}: {exc}")
        return None
    seed = ResolvedSeed(path, annotation, text, hashlib.sha256(data).hexdigest(), sections)
    for item_type, item in _anchored_items(annotation):
        try:
            span = locate(text, item)
            innermost_section(sections, span.start)
        except AnchorError as exc:
            problems.append(f"{path.name}: {item_type.value} {item.id!r}: {exc}")
            continue
        seed.spans[(item_type, item.id)] = span
    for quote in annotation.quotes:
        if quote.text is not None and quote.text not in text:
            problems.append(
                f"{path.name}: quote {quote.id!r}: text does not occur verbatim in the source: "
                f"{quote.text!r}"
            )
    return seed


def _check_references(seeds: list[ResolvedSeed], problems: list[str]) -> None:
    """Ids unique per type across all files; every reference resolves."""
    ids: dict[str, Counter[str]] = {
        kind: Counter() for kind in ("document", "entity", *(t.value for t in ItemType))
    }
    for seed in seeds:
        a = seed.annotation
        ids["document"][a.document.id] += 1
        ids["entity"].update(e.id for e in a.entities)
        for item_type, item in _anchored_items(a):
            ids[item_type.value][item.id] += 1
    for kind, counter in ids.items():
        problems.extend(f"duplicate {kind} id {i!r}" for i, n in counter.items() if n > 1)

    def need(kind: str, ref: str | None, where: str) -> None:
        if ref is not None and ref not in ids[kind]:
            problems.append(f"{where}: unknown {kind} id {ref!r}")

    for seed in seeds:
        a, name = seed.annotation, seed.path.name
        for q in a.quotes:
            need("entity", q.speaker, f"{name}: quote {q.id!r} speaker")
            for ref in q.about:
                need("entity", ref, f"{name}: quote {q.id!r} about")
        for e in a.events:
            need("entity", e.location, f"{name}: event {e.id!r} location")
            for ref in e.actors:
                need("entity", ref, f"{name}: event {e.id!r} actors")
        for c in a.claims:
            need("entity", c.attributed_to, f"{name}: claim {c.id!r} attributed_to")
            for ref in c.about:
                need("entity", ref, f"{name}: claim {c.id!r} about")
            for ev in c.evidence:
                need(ev.type.value, ev.id, f"{name}: claim {c.id!r} evidence")
        for i in a.implications:
            for ref in i.about:
                need("entity", ref, f"{name}: implication {i.id!r} about")
            for ref in i.derived_from:
                need("claim", ref, f"{name}: implication {i.id!r} derived_from")


def read_seed(seed_dir: Path) -> list[ResolvedSeed]:
    """Validate and anchor every annotation file under `seed_dir`; raise `SeedError`."""
    if not seed_dir.is_dir():
        raise SeedError([f"seed directory {str(seed_dir)!r} does not exist"])
    problems: list[str] = []
    seeds: list[ResolvedSeed] = []
    files = annotation_files(seed_dir)
    if not files:
        problems.append(f"no annotation file ({', '.join(ANNOTATION_SUFFIXES)}) in {seed_dir}")
    for path in files:
        annotation = _parse(path, problems)
        if annotation is not None and (seed := _resolve(path, annotation, problems)):
            seeds.append(seed)
    if not problems:
        _check_references(seeds, problems)
    if problems:
        raise SeedError(problems)
    return seeds


Row = dict[str, Any]


def involvement_rows(
    item_type: ItemType, item_id: str, roles: Mapping[str, Sequence[str | None]]
) -> Iterator[Row]:
    for role, entity_ids in roles.items():
        for pos, entity_id in enumerate(dict.fromkeys(e for e in entity_ids if e)):
            yield {
                "item_type": item_type,
                "item_id": item_id,
                "role": role,
                "entity_id": entity_id,
                "position": pos,
            }


def _document_rows(seed: ResolvedSeed) -> Iterator[Row]:
    doc = seed.annotation.document
    yield {
        "id": doc.id,
        "title": doc.title,
        "subtitle": doc.subtitle,
        "published_on": doc.published_on,
        "source_name": doc.source,
        "source_sha256": seed.sha256,
        "char_count": len(seed.text),
        "text": seed.text,
    }


def _entity_rows(seed: ResolvedSeed) -> Iterator[Row]:
    for e in seed.annotation.entities:
        yield {**e.model_dump(), "aliases_text": ALIAS_SEPARATOR.join(e.aliases)}


def _section_rows(seed: ResolvedSeed) -> Iterator[Row]:
    for pos, s in enumerate(seed.sections):
        yield {
            "document_id": seed.annotation.document.id,
            "position": pos,
            "heading": s.heading,
            "level": s.level,
            "char_start": s.char_start,
            "char_end": s.char_end,
            "parent": s.parent,
        }


def _quote_rows(seed: ResolvedSeed) -> Iterator[Row]:
    for q in seed.annotation.quotes:
        yield {
            "id": q.id,
            "text": q.text if q.text is not None else q.excerpt,
            "speaker_id": q.speaker,
            "context": q.context,
            **q.when.model_dump(),
            **seed.provenance_columns(ItemType.quote, q.id),
        }


def _event_rows(seed: ResolvedSeed) -> Iterator[Row]:
    for e in seed.annotation.events:
        yield {
            "id": e.id,
            "title": e.title,
            "description": e.description,
            "event_type": e.event_type,
            "location_id": e.location,
            **e.when.model_dump(),
            **seed.provenance_columns(ItemType.event, e.id),
        }


def _claim_rows(seed: ResolvedSeed) -> Iterator[Row]:
    for c in seed.annotation.claims:
        yield {
            "id": c.id,
            "statement": c.statement,
            "claim_type": c.claim_type,
            "attributed_to_id": c.attributed_to,
            **seed.provenance_columns(ItemType.claim, c.id),
        }


def _implication_rows(seed: ResolvedSeed) -> Iterator[Row]:
    for i in seed.annotation.implications:
        yield {
            "id": i.id,
            "statement": i.statement,
            **seed.provenance_columns(ItemType.implication, i.id),
        }


def _involvement_rows(seed: ResolvedSeed) -> Iterator[Row]:
    a = seed.annotation
    for q in a.quotes:
        yield from involvement_rows(
            ItemType.quote, q.id, {"speaker": [q.speaker], "about": list(q.about)}
        )
    for e in a.events:
        yield from involvement_rows(
            ItemType.event, e.id, {"actor": list(e.actors), "location": [e.location]}
        )
    for c in a.claims:
        yield from involvement_rows(
            ItemType.claim, c.id, {"attributed_to": [c.attributed_to], "about": list(c.about)}
        )
    for i in a.implications:
        yield from involvement_rows(ItemType.implication, i.id, {"about": list(i.about)})


def _evidence_rows(seed: ResolvedSeed) -> Iterator[Row]:
    for c in seed.annotation.claims:
        for pos, ev in enumerate(c.evidence):
            yield {
                "claim_id": c.id,
                "evidence_type": ev.type,
                "evidence_id": ev.id,
                "position": pos,
            }


def _derivation_rows(seed: ResolvedSeed) -> Iterator[Row]:
    for i in seed.annotation.implications:
        for pos, claim_id in enumerate(dict.fromkeys(i.derived_from)):
            yield {"implication_id": i.id, "claim_id": claim_id, "position": pos}


# Children before parents, so deleting in this order (and inserting in reverse) respects
# foreign keys. Each table's rows, as the column values its model would hold.
SEED_ROWS: dict[type[SQLModel], Callable[[ResolvedSeed], Iterator[Row]]] = {
    Involvement: _involvement_rows,
    Evidence: _evidence_rows,
    Derivation: _derivation_rows,
    Claim: _claim_rows,
    Quote: _quote_rows,
    Event: _event_rows,
    Implication: _implication_rows,
    Section: _section_rows,
    Entity: _entity_rows,
    Document: _document_rows,
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
            if issubclass(model, Searchable):
                row["search_text"] = model.search_text_of(row)
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
