"""Loading the seed: idempotent, atomic, and loud about broken annotations."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.collections import REGISTRY
from app.core.db import make_engine, table_of
from app.models import Derivation
from app.models.searchable import Searchable
from app.query.fulltext import matches, parse_query
from app.seed.reader import SeedError, read_seed
from app.services.seeding import SEARCHABLE_TABLES, SEED_ROWS, SEED_TABLES, load_seed
from bench.corpus import generate
from tests.conftest import ROOT, SEED_DIR

ANNOTATION = SEED_DIR / "trump-pivot-against-russia.yaml"


# When a load happened is not part of what it loaded.
LOAD_STAMPS = {"created_at", "updated_at"}


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every seed table, in primary-key order, without the load's timestamps."""
    rows = {}
    with Session(engine) as session:
        for table in SEED_TABLES:
            t = table.__table__  # type: ignore[attr-defined]
            columns = [c for c in t.columns if c.name not in LOAD_STAMPS]
            stmt = select(*columns).order_by(*t.primary_key.columns)
            rows[t.name] = [tuple(r) for r in session.execute(stmt)]
    return rows


@pytest.fixture
def broken_seed(tmp_path: Path):
    """A copy of seed/ whose annotation the test may edit."""

    def make(edit) -> Path:
        folder = tmp_path / "seed"
        shutil.copytree(SEED_DIR, folder)
        data = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))
        edit(data)
        (folder / ANNOTATION.name).write_text(
            yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
        )
        return folder

    return make


def test_loading_twice_gives_the_same_ids_and_rows(engine: Engine) -> None:
    first = load_seed(engine, SEED_DIR)
    before = snapshot(engine)
    second = load_seed(engine, SEED_DIR)
    assert first.counts == second.counts
    assert snapshot(engine) == before
    assert before["claim"] and before["quote"] and before["event"] and before["implication"]


def test_counts_match_the_annotation(engine: Engine) -> None:
    report = load_seed(engine, SEED_DIR)
    data = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))
    for key, table in [
        ("entities", "entity"),
        ("quotes", "quote"),
        ("events", "event"),
        ("claims", "claim"),
        ("implications", "implication"),
    ]:
        assert report.counts[table] == len(data[key])
    assert report.counts["section"] == len(data["document"]["sections"])


def _missing_excerpt(data: dict) -> None:
    data["claims"][0]["excerpt"] = "words the briefing never says"


def _unknown_entity(data: dict) -> None:
    data["quotes"][0]["speaker"] = "nobody-at-all"


def _bad_date(data: dict) -> None:
    data["events"][0]["when"] = {"date": "2025-13-45", "basis": "stated"}


def _ambiguous_excerpt(data: dict) -> None:
    data["claims"][0]["excerpt"] = "Russia"
    data["claims"][0].pop("occurrence", None)
    data["claims"][0].pop("within", None)


def _unknown_evidence(data: dict) -> None:
    data["claims"][0]["evidence"] = [{"type": "quote", "id": "no-such-quote"}]


def _scare_quote_with_speaker(data: dict) -> None:
    data["quotes"][0]["kind"] = "scare_quote"


def _speech_without_speaker(data: dict) -> None:
    del data["quotes"][0]["speaker"]


def _unknown_role_entity(data: dict) -> None:
    data["entities"][0]["roles"] = [{"title": "Envoy", "of": "no-such-body"}]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_scare_quote_with_speaker, "a scare_quote is credited to no one"),
        (_speech_without_speaker, "a direct quote needs a `speaker`"),
        (_unknown_role_entity, "roles: unknown entity id 'no-such-body'"),
        (_missing_excerpt, "excerpt not found verbatim: 'words the briefing never says'"),
        (_unknown_entity, "unknown entity id 'nobody-at-all'"),
        (_bad_date, "events.0.when"),
        (_ambiguous_excerpt, "excerpt is ambiguous"),
        (_unknown_evidence, "unknown quote id 'no-such-quote'"),
    ],
    ids=[
        "scare-quote-with-speaker",
        "speech-without-speaker",
        "unknown-role-entity",
        "missing-excerpt",
        "unknown-entity",
        "bad-date",
        "ambiguous-excerpt",
        "unknown-evidence",
    ],
)
def test_a_broken_annotation_fails_clearly_and_changes_nothing(
    engine: Engine, broken_seed, edit, expected: str
) -> None:
    load_seed(engine, SEED_DIR)
    before = snapshot(engine)
    data = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))
    folder = broken_seed(edit)
    with pytest.raises(SeedError) as failure:
        load_seed(engine, folder)
    message = str(failure.value)
    assert expected in message
    edited = yaml.safe_load((folder / ANNOTATION.name).read_text(encoding="utf-8"))
    if edit is not _bad_date:
        changed = next(
            item["id"]
            for key in ("claims", "quotes", "entities")
            for item, original in zip(edited[key], data[key], strict=True)
            if item != original
        )
        assert repr(changed) in message, "the error names the item at fault"
    assert snapshot(engine) == before


def test_a_failed_first_load_leaves_an_empty_database(engine: Engine, broken_seed) -> None:
    with pytest.raises(SeedError):
        load_seed(engine, broken_seed(_missing_excerpt))
    assert all(rows == [] for rows in snapshot(engine).values())


def test_check_command_validates_without_a_database(tmp_path: Path, broken_seed) -> None:
    briefing = shutil.which("briefing") or str(Path(ROOT, ".venv/bin/briefing"))
    ok = subprocess.run([briefing, "check"], capture_output=True, text=True, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "trump-pivot-against-russia.yaml: ok" in ok.stdout
    broken = subprocess.run(
        [briefing, "check", "--seed-dir", str(broken_seed(_unknown_entity))],
        capture_output=True,
        text=True,
    )
    assert broken.returncode == 1
    assert "unknown entity id 'nobody-at-all'" in broken.stderr
    assert not list(tmp_path.glob("*.db")), "check must not create a database"


def test_load_command_loads_into_the_given_database(empty_database: str) -> None:
    briefing = shutil.which("briefing") or str(Path(ROOT, ".venv/bin/briefing"))
    result = subprocess.run(
        [briefing, "load", "--database-url", empty_database], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "loaded trump-pivot-against-russia.yaml" in result.stdout
    assert snapshot(make_engine(empty_database))["claim"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three synthetic briefings: several files, entities declared in one and used by all."""
    folder = tmp_path_factory.mktemp("corpus")
    generate(3, folder)
    return folder


def _orm_load(engine: Engine, seed_dir: Path) -> None:
    """The seed's rows as ORM objects, `search_text` set by the ORM event: the reference
    the Core inserts of `load_seed` must reproduce."""
    seeds = read_seed(seed_dir)
    now = dt.datetime.now(dt.UTC)
    with Session(engine) as session, session.begin():
        for model in reversed(SEED_TABLES):
            stamps = dict.fromkeys(LOAD_STAMPS, now) if "updated_at" in model.model_fields else {}
            session.add_all(
                model(**row, **stamps) for seed in seeds for row in SEED_ROWS[model](seed)
            )
            session.flush()


@pytest.mark.parametrize("seed", ["seed", "corpus"])
def test_batched_core_inserts_give_the_rows_the_orm_gives(
    engine: Engine, seed: str, corpus: Path
) -> None:
    seed_dir = SEED_DIR if seed == "seed" else corpus
    _orm_load(engine, seed_dir)
    expected = snapshot(engine)
    report = load_seed(engine, seed_dir, batch_size=7)  # many batches, some of them partial
    assert snapshot(engine) == expected
    assert report.counts == {table: len(rows) for table, rows in expected.items() if rows}
    if seed == "corpus":
        assert len(report.files) == 3 and report.counts["claim"] == 3 * 60


def test_search_text_and_the_index_are_filled(engine: Engine, corpus: Path) -> None:
    load_seed(engine, corpus, batch_size=50)
    with engine.connect() as connection:
        for model in SEARCHABLE_TABLES:
            assert issubclass(model, Searchable)
            table = table_of(model)
            rows = connection.execute(select(table)).mappings().all()
            assert rows and all(r["search_text"] == model.search_text_of(r) for r in rows)
            assert all(r["search_text"] for r in rows)
            word = rows[-1]["search_text"].split()[-1]
            hits = connection.scalar(select(func.count()).where(matches(table, parse_query(word))))
            prefixed = [
                r for r in rows if any(w.startswith(word) for w in r["search_text"].split())
            ]
            assert hits == len(prefixed), f"{table.name}: the index is out of step"


def test_a_database_error_mid_load_rolls_back_every_batch(
    engine: Engine, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_seed(engine, SEED_DIR)
    before = snapshot(engine)

    def dangling(seed):  # passes validation, fails a foreign key once the items are in
        yield {"implication_id": "no-such-implication", "claim_id": "no-such-claim", "position": 0}

    monkeypatch.setitem(SEED_ROWS, Derivation, dangling)
    with pytest.raises(IntegrityError):
        load_seed(engine, corpus, batch_size=50)
    assert snapshot(engine) == before


def _knowledge(data: dict) -> None:
    """A role with an open term, an unidentified entity, a scare quote and a quote's period."""
    rutte = next(e for e in data["entities"] if e["id"] == "mark-rutte")
    rutte["roles"] = [
        {
            "title": "Secretary General",
            "of": "nato",
            "when": {"date": "2024-10-01/..", "basis": "external", "note": "took office"},
        }
    ]
    rutte["identified"] = False
    tariffs = next(q for q in data["quotes"] if q["id"] == "trump-secondary-tariffs-50-days")
    tariffs["period"] = {
        "date": "2025-07-14/2025-09-02",
        "basis": "computed",
        "note": "14 July 2025 + 50 days",
    }
    scare = next(q for q in data["quotes"] if q["id"] == "bullshit-echo")
    scare.update(kind="scare_quote")
    scare.pop("speaker", None)
    del data["events"][0]["when"]


def test_roles_periods_kinds_and_undated_items_load_as_served(engine: Engine, broken_seed) -> None:
    load_seed(engine, broken_seed(_knowledge))

    def served(collection: str, item_id: str) -> dict:
        spec = REGISTRY[collection]
        with Session(engine) as session:
            row = session.execute(spec.listing.filtered({"id": [item_id]})).mappings().one()
            return spec.assemble(session, [row])[0].model_dump(mode="json")

    rutte = served("entities", "mark-rutte")
    assert rutte["identified"] is False
    assert rutte["roles"] == [
        {
            "title": "Secretary General",
            "of": {"id": "nato", "name": "NATO", "kind": "organization"},
            "date_start": "2024-10-01",
            "date_end": None,
            "date_precision": "day",
            "date_basis": "external",
            "date_note": "took office",
        }
    ]
    period = served("quotes", "trump-secondary-tariffs-50-days")["period"]
    assert (period["date_end"], period["date_basis"]) == ("2025-09-02", "computed")
    scare = served("quotes", "bullshit-echo")
    assert (scare["kind"], scare["speaker"], scare["speaker_basis"]) == ("scare_quote", None, None)
    assert served("quotes", "trump-secondary-tariffs-50-days")["speaker_basis"] == "named"
    with Session(engine) as session:
        events = session.execute(select(table_of(REGISTRY["events"].table))).mappings()
        undated = [r for r in events if r["date_precision"] is None]
    assert "trump-announces-russia-pivot" in {r["id"] for r in undated}
    assert all(r["date_basis"] is None for r in undated)
