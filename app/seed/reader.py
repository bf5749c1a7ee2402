"""Reads `seed/` and anchors every item in its source text; `services.seeding` loads it.

Nothing is loaded unless every file validates, every excerpt is found exactly once (or is
disambiguated) and every reference resolves; the error then lists every problem at once.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from app.models import ItemType
from app.models.assertion import stored_columns
from app.provenance import (
    Anchor,
    AnchorError,
    ResolvedSection,
    Span,
    innermost_section,
    locate,
    resolve_sections,
)
from app.seed.annotations import Anchored, AssertedAnnotation, SeedAnnotation, StanceAnnotation

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
    # Columns the reader places besides the excerpt: an item's anchored cues.
    placed: dict[tuple[ItemType, str], dict[str, Any]] = field(default_factory=dict)
    stance_spans: dict[str, Span] = field(default_factory=dict)

    def provenance_columns(self, item_type: ItemType, item_id: str) -> dict[str, Any]:
        """The item's provenance columns (its span, section and document), and the other
        columns placed in its text (its cues)."""
        columns = self._columns(self.spans[(item_type, item_id)])
        return {**columns, **self.placed.get((item_type, item_id), {})}

    def stance_columns(self, stance_id: str) -> dict[str, Any]:
        return self._columns(self.stance_spans[stance_id])

    def _columns(self, span: Span) -> dict[str, Any]:
        section = innermost_section(self.sections, span.start).heading
        anchor = Anchor(span.start, span.end, self.text[span.start : span.end], section)
        return anchor.columns(self.annotation.document.id, self.sha256)


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
    for item in annotation.anchored():
        try:
            span = _anchored(text, sections, item)
        except AnchorError as exc:
            problems.append(f"{path.name}: {item.item_type.value} {item.id!r}: {exc}")
            continue
        seed.spans[(item.item_type, item.id)] = span
        if isinstance(item, AssertedAnnotation):
            _place_cues(seed, item, span, problems)
    for stance in annotation.stances:
        try:
            seed.stance_spans[stance.id] = _anchored(text, sections, stance)
        except AnchorError as exc:
            problems.append(f"{path.name}: stance {stance.id!r}: {exc}")
    _check_stated_words(path, annotation, problems)
    for quote in annotation.quotes:
        given = "text" in quote.model_fields_set and quote.text is not None
        if given and str(quote.text) not in text:
            problems.append(
                f"{path.name}: quote {quote.id!r}: text does not occur verbatim in the source: "
                f"{quote.text!r}"
            )
    return seed


def _place_cues(
    seed: ResolvedSeed, item: AssertedAnnotation, span: Span, problems: list[str]
) -> None:
    """The item's attribution and confidence columns, each cue anchored near its excerpt."""
    columns, misplaced = stored_columns(item, seed.text, span)
    seed.placed[(item.item_type, item.id)] = columns
    problems.extend(
        f"{seed.path.name}: {item.item_type.value} {item.id!r}: {name} {exc}"
        for name, exc in misplaced
    )


def _anchored(
    text: str, sections: list[ResolvedSection], item: Anchored | StanceAnnotation
) -> Span:
    """Where the item's excerpt stands; an AnchorError if it is not found once, or stands
    outside every section."""
    span = locate(text, item)
    innermost_section(sections, span.start)
    return span


def _check_stated_words(path: Path, annotation: SeedAnnotation, problems: list[str]) -> None:
    """A relation's excerpt and a forecast's condition are words of the item's own excerpt."""
    for item in annotation.anchored():
        where = f"{path.name}: {item.item_type.value} {item.id!r}"
        for pos, relation in enumerate(item.relation_list()):
            if relation.excerpt is not None and relation.excerpt not in item.excerpt:
                problems.append(
                    f"{where} relations.{pos}: excerpt {relation.excerpt!r} is not inside the "
                    "item's excerpt"
                )
        forecast = item.forecast_of()
        condition = forecast.condition if forecast is not None else None
        if condition is not None and condition not in item.excerpt:
            problems.append(
                f"{where} forecast.condition: {condition!r} is not inside the item's excerpt"
            )


def _references(item: Anchored | StanceAnnotation) -> Iterator[tuple[str, str, str]]:
    """(field, kind, id) of every item `item` names; an evidence reference names its kind,
    a relation its target's, a forecast's outcome its evidence's."""
    for name, kind in item.references.items():
        value = getattr(item, name)
        for ref in [] if value is None else [value] if isinstance(value, str) else value:
            if isinstance(ref, str):
                yield name, kind, ref
            else:
                yield name, ref.type.value, ref.id
    if isinstance(item, StanceAnnotation):
        for ref in item.evidence:
            yield "evidence", ref.type.value, ref.id
        return
    for relation in item.relation_list():
        yield "relations", relation.to.type.value, relation.to.id
    forecast = item.forecast_of()
    if forecast is not None and forecast.outcome.evidence is not None:
        evidence = forecast.outcome.evidence
        yield "forecast.outcome.evidence", evidence.type.value, evidence.id


def _check_references(seeds: list[ResolvedSeed], problems: list[str]) -> None:
    """Ids unique per type across all files; every reference resolves."""
    ids: dict[str, Counter[str]] = {
        kind: Counter()
        for kind in ("document", "entity", "stance", "forecast", *(t.value for t in ItemType))
    }
    for seed in seeds:
        a = seed.annotation
        ids["document"][a.document.id] += 1
        ids["entity"].update(e.id for e in a.entities)
        ids["stance"].update(s.id for s in a.stances)
        for item in a.anchored():
            ids[item.item_type.value][item.id] += 1
            if item.forecast_of() is not None:
                ids["forecast"][item.id] += 1
    for kind, counter in ids.items():
        problems.extend(f"duplicate {kind} id {i!r}" for i, n in counter.items() if n > 1)
    for seed in seeds:
        for entity in seed.annotation.entities:
            for role in entity.roles:
                if role.of not in ids["entity"]:
                    problems.append(
                        f"{seed.path.name}: entity {entity.id!r} roles: unknown entity id "
                        f"{role.of!r}"
                    )
        for item in seed.annotation.anchored():
            where = f"{seed.path.name}: {item.item_type.value} {item.id!r}"
            for name, kind, ref in _references(item):
                if ref not in ids[kind]:
                    problems.append(f"{where} {name}: unknown {kind} id {ref!r}")
        for stance in seed.annotation.stances:
            for name, kind, ref in _references(stance):
                if ref not in ids[kind]:
                    problems.append(
                        f"{seed.path.name}: stance {stance.id!r} {name}: unknown {kind} id {ref!r}"
                    )


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
