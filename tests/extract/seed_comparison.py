"""The extractor run on the seed text, against the seed's curated annotation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.extract import Extraction, KnownEntity, extract
from app.seed.reader import ResolvedSeed, read_seed

SEED_DIR = Path(__file__).resolve().parents[2] / "seed"


def curated() -> ResolvedSeed:
    return read_seed(SEED_DIR)[0]


def known_entities(seed: ResolvedSeed) -> list[KnownEntity]:
    return [KnownEntity(e.id, e.name, e.kind, tuple(e.aliases)) for e in seed.annotation.entities]


def run(seed: ResolvedSeed, *, with_entities: bool = True) -> Extraction:
    doc = seed.annotation.document
    return extract(
        seed.text,
        doc.published_on,
        known_entities(seed) if with_entities else (),
        document_id=doc.id,
        subtitle=doc.subtitle,
    )


@dataclass(frozen=True)
class Score:
    true_positives: int
    proposed: int
    curated: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.proposed if self.proposed else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.curated if self.curated else 0.0

    def __str__(self) -> str:
        return (
            f"{self.true_positives}/{self.proposed} proposed right (precision "
            f"{self.precision:.2f}), {self.true_positives}/{self.curated} curated found "
            f"(recall {self.recall:.2f})"
        )
