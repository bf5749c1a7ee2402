"""`briefing ingest FILE` writes a draft annotation that `briefing check` accepts as is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from app.core import config
from app.seed.annotations import SeedAnnotation
from app.seed.reader import read_seed
from tests.conftest import SEED_DIR, briefing
from tests.extract.adversarial import dots

SOURCE = "trump-pivot-against-russia.txt"


def test_ingest_writes_a_draft_annotation_that_checks(tmp_path: Path) -> None:
    shutil.copy(SEED_DIR / SOURCE, tmp_path / SOURCE)
    done = briefing(
        "ingest", str(tmp_path / SOURCE), "--published-on", "2025-07-14", "--id", "pivot-draft"
    )
    assert done.exit_code == 0, done.stderr
    written = tmp_path / "trump-pivot-against-russia.yaml"
    assert f"wrote {written}" in done.stdout
    raw = written.read_text(encoding="utf-8")
    annotation = SeedAnnotation.model_validate(yaml.safe_load(raw))
    assert annotation.document.id == "pivot-draft"
    assert annotation.document.title == "The Trump Pivot Against Russia"
    assert len(annotation.quotes) == 7
    drafts = [*annotation.quotes, *annotation.events, *annotation.claims, *annotation.implications]
    assert raw.count("  # DRAFT ") == len(drafts) + sum(
        e.description.endswith("to review.") for e in annotation.entities
    )
    checked = briefing("check", "--seed-dir", str(tmp_path))
    assert checked.exit_code == 0, checked.stderr
    assert (
        f"ok — {len(annotation.entities)} entities, 7 quotes, {len(annotation.events)} events"
        in checked.stdout
    )
    (seed,) = read_seed(tmp_path)  # what the loader would load: every excerpt anchors
    assert len(seed.spans) == len(drafts)
    assert not list(tmp_path.glob("*.db")), "ingest must not touch a database"


def test_ingest_refuses_to_overwrite_and_reports_bad_input(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("A Short Note\nNothing dated here.\n", encoding="utf-8")
    output = tmp_path / "out" / "note.yaml"
    output.parent.mkdir()
    assert briefing("ingest", str(text), "--output", str(output)).exit_code == 0
    assert yaml.safe_load(output.read_text())["document"]["source"] == "../note.txt"
    again = briefing("ingest", str(text), "--output", str(output))
    assert again.exit_code == 1 and "--force" in again.stderr
    bad_date = briefing("ingest", str(text), "--published-on", "July", "--force")
    assert bad_date.exit_code == 1 and "not a date" in bad_date.stderr
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe")
    assert briefing("ingest", str(tmp_path / "binary.txt")).exit_code == 1


def test_ingest_stops_past_the_extraction_budget_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = tmp_path / "dots.txt"
    text.write_text(dots(1_000_000), encoding="utf-8")  # about 2 s of CPU
    monkeypatch.setenv("EXTRACT_TIME_BUDGET", "0.2")
    config.get_settings.cache_clear()
    try:
        done = briefing("ingest", str(text))
    finally:
        config.get_settings.cache_clear()
    assert done.exit_code == 1
    assert "0.2 s (EXTRACT_TIME_BUDGET)" in done.stderr
    assert not (tmp_path / "dots.yaml").exists()
