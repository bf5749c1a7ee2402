"""Attribution and confidence in the seed: the rules of the format, the defaults, and cues
anchored at document offsets near their excerpt, every misplaced cue reported at once."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from app.models import ItemType
from app.models.assertion import stored_columns
from app.provenance import CUE_REACH, AnchorError, Span, locate, locate_cue
from app.seed.annotations import ClaimAnnotation
from app.seed.reader import ResolvedSeed, SeedError, read_seed
from tests.conftest import SEED_DIR, SOURCE

TEXT = SOURCE.read_text(encoding="utf-8")
ANNOTATION = SEED_DIR / "trump-pivot-against-russia.yaml"
EXCERPT = "Mark Rutte, NATO’s Secretary General confirmed that these weapons would then be"


def claim(**given: Any) -> ClaimAnnotation:
    body = {"id": "x", "excerpt": EXCERPT, "statement": "S.", "claim_type": "factual"}
    return ClaimAnnotation.model_validate({**body, **given})


@pytest.mark.parametrize(
    ("given", "refused"),
    [
        ({"attribution": {"verb": "says"}}, "`cue` is required for `says`"),
        ({"attribution": {"cue": "confirmed"}}, "`cue` must be absent for a plain `asserts`"),
        (
            {"attribution": {"by": "author", "verb": "confirms", "cue": "x", "basis": "named"}},
            "`basis` is only for a speaker or a source, not `author`",
        ),
        (
            {"attribution": {"by": "speaker", "verb": "confirms", "cue": "confirmed"}},
            "an attribution `by: speaker` needs `attributed_to`",
        ),
        (
            {
                "attributed_to": "mark-rutte",
                "attribution": {"by": "unnamed_source", "verb": "alleges", "cue": "x"},
            },
            "an attribution `by: unnamed_source` takes no `attributed_to`",
        ),
        (
            {"attribution": {"by": "unnamed_source"}},
            "an unnamed source is known only by its cue",
        ),
        ({"attribution": {"verb": "whispers", "cue": "x"}}, "attribution.verb"),
        ({"confidence": {"modality": "estimative", "cue": "x"}}, "needs a `likelihood`"),
        ({"confidence": {"likelihood": "likely"}}, "an `asserted` statement has no `likelihood`"),
        ({"confidence": {"modality": "possible"}}, "`cue` is required for `possible`"),
        ({"confidence": {"cue": "may"}}, "`cue` must be absent for `asserted`"),
        ({"confidence": {"cue_within": "x"}}, "`cue_within` needs a `cue`"),
        (
            {"confidence": {"modality": "possible", "cue": "may", "cue_within": "might"}},
            "`cue_within` must contain `cue`",
        ),
        (
            {"confidence": {"modality": "possible", "cue": "may", "cue_start": 3}},
            "Extra inputs are not permitted",  # the seed carries no offsets
        ),
    ],
)
def test_the_format_refuses_what_its_rules_forbid(given: dict[str, Any], refused: str) -> None:
    with pytest.raises(ValidationError, match=refused.replace("`", ".")):
        claim(**given)


def _columns(item: ClaimAnnotation) -> dict[str, Any]:
    span = locate(TEXT, item)
    columns, misplaced = stored_columns(item, TEXT, span)
    assert misplaced == []
    return columns


def test_absent_means_the_author_asserts_it_or_the_speaker_it_is_attributed_to() -> None:
    plain = _columns(claim())
    assert (plain["asserted_by"], plain["attribution_verb"], plain["speaker_basis"]) == (
        "author",
        "asserts",
        None,
    )
    assert (plain["modality"], plain["likelihood"], plain["confidence_cue"]) == (
        "asserted",
        None,
        None,
    )
    attributed = _columns(claim(attributed_to="mark-rutte"))
    assert (attributed["asserted_by"], attributed["speaker_basis"]) == ("speaker", "named")


def test_cues_are_stored_as_document_offsets_with_the_likelihood_rank() -> None:
    columns = _columns(
        claim(
            attributed_to="mark-rutte",
            attribution={"by": "speaker", "verb": "confirms", "cue": "confirmed"},
            confidence={"modality": "estimative", "likelihood": "very_likely", "cue": "would"},
        )
    )
    for prefix in ("attribution", "confidence"):
        start, end = columns[f"{prefix}_cue_start"], columns[f"{prefix}_cue_end"]
        assert TEXT[start:end] == columns[f"{prefix}_cue"]
    assert columns["likelihood_rank"] == 6 and columns["speaker_basis"] == "named"


def test_a_cue_is_found_as_whole_words_and_by_occurrence() -> None:
    text = "The Mayor may say: it may rain."
    whole = Span(0, len(text))
    assert locate_cue(text, whole, "may") == Span(10, 13)
    assert locate_cue(text, whole, "may", occurrence=2) == Span(22, 25)
    with pytest.raises(AnchorError, match="occurrence 3 requested"):
        locate_cue(text, whole, "may", occurrence=3)
    with pytest.raises(AnchorError, match="not found as whole words in the excerpt"):
        locate_cue(text, whole, "ay")


def test_a_cue_outside_a_fragment_is_found_in_its_sentence_but_not_far_away() -> None:
    fragment = "China directly benefited from a prolonged war"
    excerpt = locate(TEXT, claim(excerpt=fragment))
    sentence = "Wang Yi suggested that China cannot afford"
    span = locate_cue(TEXT, excerpt, "suggested", within=sentence)
    assert TEXT[span.start : span.end] == "suggested" and span.end <= excerpt.start
    with pytest.raises(AnchorError, match="not found as whole words in the excerpt"):
        locate_cue(TEXT, excerpt, "suggested")
    far = "Rutte suggested in the interview"
    assert TEXT.index(far) - excerpt.end > CUE_REACH
    with pytest.raises(AnchorError, match=f"more than {CUE_REACH} code points"):
        locate_cue(TEXT, excerpt, "suggested", within=far)


def test_a_pinned_cue_must_stand_where_it_is_pinned() -> None:
    excerpt = locate(TEXT, claim())
    at = TEXT.index("confirmed", excerpt.start)
    assert locate_cue(TEXT, excerpt, "confirmed", start=at) == Span(at, at + 9)
    with pytest.raises(AnchorError, match="does not stand at offset"):
        locate_cue(TEXT, excerpt, "confirmed", start=at + 1)


Edit = Callable[[dict[str, Any]], None]


def _seed_with(tmp_path: Path, edit: Edit) -> Path:
    folder = tmp_path / "seed"
    shutil.copytree(SEED_DIR, folder)
    data = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))
    edit(data)
    (folder / ANNOTATION.name).write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return folder


def _item(data: dict[str, Any], key: str, item_id: str) -> dict[str, Any]:
    return next(item for item in data[key] if item["id"] == item_id)


def _cued(data: dict[str, Any]) -> None:
    _item(data, "claims", "china-benefits-from-prolonged-war")["attribution"] = {
        "by": "speaker",
        "verb": "suggests",
        "cue": "suggested",
        "cue_within": "Wang Yi suggested that China cannot afford",
    }
    _item(data, "claims", "china-europe-rapid-deterioration")["confidence"] = {
        "modality": "evidential",
        "cue": "appear",
    }


def _resolved(folder: Path) -> ResolvedSeed:
    [seed] = read_seed(folder)
    return seed


def test_the_reader_stores_each_cue_with_the_items_provenance(tmp_path: Path) -> None:
    seed = _resolved(_seed_with(tmp_path, _cued))
    suggested = seed.provenance_columns(ItemType.claim, "china-benefits-from-prolonged-war")
    start, end = suggested["attribution_cue_start"], suggested["attribution_cue_end"]
    assert TEXT[start:end] == "suggested" and start < suggested["char_start"]
    assert (suggested["asserted_by"], suggested["attribution_verb"]) == ("speaker", "suggests")
    appear = seed.provenance_columns(ItemType.claim, "china-europe-rapid-deterioration")
    assert TEXT[appear["confidence_cue_start"] : appear["confidence_cue_end"]] == "appear"
    assert appear["modality"] == "evidential" and appear["likelihood_rank"] is None


def _misplaced(data: dict[str, Any]) -> None:
    _item(data, "claims", "china-benefits-from-prolonged-war")["attribution"] = {
        "by": "speaker",
        "verb": "suggests",
        "cue": "suggested",
    }
    _item(data, "implications", "hardcore-partners-keep-supporting-russia")["confidence"] = {
        "modality": "estimative",
        "likelihood": "likely",
        "cue": "probably",
    }


def test_every_misplaced_cue_is_reported_at_once(tmp_path: Path) -> None:
    with pytest.raises(SeedError) as failure:
        read_seed(_seed_with(tmp_path, _misplaced))
    problems = failure.value.problems
    assert len(problems) == 2
    assert "claim 'china-benefits-from-prolonged-war': attribution cue 'suggested'" in problems[0]
    assert "implication 'hardcore-partners-keep-supporting-russia': confidence cue" in problems[1]
    assert all("not found as whole words in the excerpt" in p for p in problems)


def test_the_seed_as_it_stands_loads_with_its_defaults() -> None:
    seed = _resolved(SEED_DIR)
    confirmed = seed.provenance_columns(ItemType.claim, "rutte-confirms-transfer-to-ukraine")
    assert TEXT[confirmed["attribution_cue_start"] : confirmed["attribution_cue_end"]] == (
        "confirmed"
    )
    plain = seed.provenance_columns(ItemType.claim, "most-intense-air-campaign-2025")
    assert (plain["asserted_by"], plain["modality"]) == ("author", "asserted")
