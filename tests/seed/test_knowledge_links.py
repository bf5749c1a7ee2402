"""Forecasts, relations and stances in the seed: loaded as their own rows, and refused,
naming the item at fault, when they do not resolve to stored items or their words are not
where they say."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import Engine, select
from sqlmodel import Session

from app.core.db import table_of
from app.models import Forecast, Relation, Stance
from app.seed.reader import SeedError, read_seed
from app.services.seeding import load_seed
from tests.conftest import SEED_DIR

ANNOTATION = SEED_DIR / "trump-pivot-against-russia.yaml"
TARIFFS = "us-tariffs-unless-deal-in-50-days"
Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def edited_seed(tmp_path: Path) -> Callable[[Edit], Path]:
    def make(edit: Edit) -> Path:
        folder = tmp_path / "seed"
        shutil.copytree(SEED_DIR, folder)
        data = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))
        edit(data)
        text = yaml.safe_dump(data, allow_unicode=True)
        (folder / ANNOTATION.name).write_text(text, encoding="utf-8")
        return folder

    return make


def _item(data: dict[str, Any], kind: str, item_id: str) -> dict[str, Any]:
    return next(item for item in data[kind] if item["id"] == item_id)


def _dangling_relation(data: dict[str, Any]) -> None:
    claim = _item(data, "claims", "announcement-major-reversal")
    claim["relations"] = [{"type": "causes", "to": {"type": "event", "id": "no-such-event"}}]


def _relation_words_elsewhere(data: dict[str, Any]) -> None:
    claim = _item(data, "claims", "announcement-major-reversal")
    target = {"type": "claim", "id": TARIFFS}
    claim["relations"] = [{"type": "supports", "to": target, "excerpt": "50 days"}]


def _condition_elsewhere(data: dict[str, Any]) -> None:
    _item(data, "claims", TARIFFS)["forecast"]["condition"] = "if pigs could fly"


def _computed_horizon_without_note(data: dict[str, Any]) -> None:
    _item(data, "claims", TARIFFS)["forecast"]["horizon"].pop("note")


def _unknown_stance_evidence(data: dict[str, Any]) -> None:
    data["stances"][0]["evidence"] = [{"type": "quote", "id": "no-such-quote"}]


def _unknown_stance_target(data: dict[str, Any]) -> None:
    data["stances"][0]["target"] = "nobody-at-all"


def _polarity_off_the_scale(data: dict[str, Any]) -> None:
    data["stances"][0]["polarity"] = 3


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_dangling_relation, "relations: unknown event id 'no-such-event'"),
        (_relation_words_elsewhere, "relations.0: excerpt '50 days' is not inside"),
        (_condition_elsewhere, "forecast.condition: 'if pigs could fly' is not inside"),
        (_computed_horizon_without_note, "a computed date needs a `note`"),
        (_unknown_stance_evidence, "evidence: unknown quote id 'no-such-quote'"),
        (_unknown_stance_target, "target: unknown entity id 'nobody-at-all'"),
        (_polarity_off_the_scale, "stances.0.polarity"),
    ],
    ids=lambda value: value.__name__.strip("_") if callable(value) else "",
)
def test_the_reader_refuses_what_does_not_resolve(
    edited_seed: Callable[[Edit], Path], edit: Edit, expected: str
) -> None:
    with pytest.raises(SeedError) as failure:
        read_seed(edited_seed(edit))
    assert expected in str(failure.value)


def test_a_dangling_relation_loads_nothing(
    engine: Engine, edited_seed: Callable[[Edit], Path]
) -> None:
    with pytest.raises(SeedError):
        load_seed(engine, edited_seed(_dangling_relation))
    with Session(engine) as session:
        assert session.execute(select(table_of(Relation))).first() is None


def test_the_seed_loads_its_forecast_relations_and_stances(engine: Engine) -> None:
    report = load_seed(engine, SEED_DIR)
    data = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))
    items = [*data["claims"], *data["events"], *data["implications"]]
    assert report.counts["relation"] == sum(len(i.get("relations", [])) for i in items)
    assert report.counts["forecast"] == sum("forecast" in i for i in items)
    assert report.counts["stance"] == len(data["stances"])
    with Session(engine) as session:
        forecast = session.get(Forecast, TARIFFS)
        stances = session.scalars(select(Stance).order_by(Stance.id)).all()  # type: ignore[arg-type]
    assert forecast is not None and forecast.subject_id == TARIFFS
    assert str(forecast.horizon) == "2025-09-02"
    by_id = sorted(data["stances"], key=lambda stance: stance["id"])
    assert [s.holder_id for s in stances] == [stance["holder"] for stance in by_id]
