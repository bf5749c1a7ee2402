"""The W3C Entity Reconciliation API over the published entities: a batch of names (with
type and property constraints) answered with scored candidates, suggest and preview.

A candidate's score is the best similarity (0-100, rapidfuzz) between the query and the
entity's name or one of its aliases, both folded as the full-text index folds them (case,
accents and punctuation ignored). It is a `match` only when the folded query equals a
folded name or alias and no other candidate scores as high."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from pydantic import ValidationError
from rapidfuzz import fuzz
from sqlalchemy import select
from sqlmodel import Session

from app.core.db import table_of
from app.core.errors import InvalidReconciliationQuery, NotFound, ValidationIssue, shown
from app.models import Entity, ItemStatus
from app.models.common import EntityKind
from app.models.reconciliation import (
    RECONCILIATION_VERSION,
    Candidate,
    Candidates,
    EntityValue,
    Feature,
    Manifest,
    PreviewSettings,
    PropertyConstraint,
    PropertyValue,
    ReconQuery,
    ReconType,
    ResultBatch,
    SuggestedEntity,
    SuggestResponse,
    SuggestService,
    SuggestSettings,
    UrlTemplate,
)
from app.models.searchable import index_text

DEFAULT_LIMIT = 5
MAX_LIMIT = 50
MAX_QUERIES = 500  # per batch; OpenRefine sends 10 at a time by default
MIN_SCORE = 60.0  # weaker candidates are noise
SUGGEST_LIMIT = 10
ALIAS_SCORE = 85.0  # an `alias` property value matches a name or alias this close
PARTIAL = 80.0  # the best score of a name that only shares words with the query
PROPERTIES = ("kind", "alias")
IDENTIFIER_SPACE = "urn:briefing-api:entity:"
SCHEMA_SPACE = "urn:briefing-api:entity-kind:"


def reconciliation_type(kind: EntityKind) -> ReconType:
    return ReconType(id=kind.value, name=kind.value.replace("_", " ").capitalize())


TYPES = [reconciliation_type(kind) for kind in EntityKind]


def manifest(base_url: str) -> Manifest:
    """The service manifest; `base_url` is the API's root, e.g. `http://localhost:8000/`."""
    root = base_url.rstrip("/")
    return Manifest(
        versions=[RECONCILIATION_VERSION],
        name="Briefing API entities",
        identifierSpace=IDENTIFIER_SPACE,
        schemaSpace=SCHEMA_SPACE,
        documentation=f"{root}/docs",
        view=UrlTemplate(url=f"{root}/v1/entities/{{{{id}}}}"),
        preview=PreviewSettings(
            url=f"{root}/v1/reconcile/preview?id={{{{id}}}}", width=400, height=120
        ),
        suggest=SuggestSettings(
            entity=SuggestService(
                service_url=f"{root}/v1/reconcile", service_path="/suggest/entity"
            )
        ),
        defaultTypes=TYPES,
    )


@dataclass(frozen=True)
class _Entity:
    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...]
    description: str
    folded: tuple[str, ...]  # the name and the aliases, folded


def fold(text: str) -> str:
    """`text` as the search index sees it: lower case, no accents, no punctuation."""
    return index_text(text)


def _published(session: Session, entity_id: str | None = None) -> list[_Entity]:
    """The candidates: published entities that are not deleted (or the one of them)."""
    entity = table_of(Entity)
    stmt = select(
        entity.c.id, entity.c.name, entity.c.kind, entity.c.aliases, entity.c.description
    ).where(entity.c.status == ItemStatus.published, entity.c.deleted_at.is_(None))
    if entity_id is not None:
        stmt = stmt.where(entity.c.id == entity_id)
    entities = []
    for row in session.execute(stmt.order_by(entity.c.id)):
        aliases = tuple(row.aliases or ())
        folded = tuple(fold(n) for n in (row.name, *aliases))
        kind = EntityKind(row.kind)
        entities.append(_Entity(row.id, row.name, kind, aliases, row.description, folded))
    return entities


def similarity(query: str, name: str) -> float:
    """0-100: how alike two folded names are, forgiving typos and word order. Words of one
    found among the other's ("trump" in "trump administration") score up to `PARTIAL`,
    below most whole names with a single typo."""
    if not query or not name:
        return 0.0
    whole = max(fuzz.ratio(query, name), fuzz.token_sort_ratio(query, name))
    return max(whole, PARTIAL * fuzz.token_set_ratio(query, name) / 100)


def _best(query: str, entity: _Entity) -> tuple[float, bool]:
    """The best similarity of folded `query` to the entity's name or an alias, and whether
    one of them is exactly the query."""
    scores = (similarity(query, n) for n in entity.folded)
    return max(scores, default=0.0), query in entity.folded


def _issue(loc: Sequence[str | int], msg: str, code: str) -> ValidationIssue:
    return ValidationIssue(loc=list(loc), msg=msg, type=code)


def parse_batch(raw: str | None, where: str) -> dict[str, ReconQuery]:
    """The `queries` parameter as queries by key; 422 for anything else. `where` is `query`
    or `body`, for the errors' `loc`."""
    loc: list[str | int] = [where, "queries"]
    if raw is None:
        raise InvalidReconciliationQuery([_issue(loc, "`queries` is required.", "missing")])
    try:
        decoded = json.loads(raw)
    except ValueError as exc:
        raise InvalidReconciliationQuery(
            [_issue(loc, f"`queries` is not JSON: {exc}.", "json_invalid")]
        ) from None
    except RecursionError:
        raise InvalidReconciliationQuery(
            [_issue(loc, "`queries` is nested too deeply.", "json_invalid")]
        ) from None
    if not isinstance(decoded, dict) or not decoded:
        raise InvalidReconciliationQuery(
            [_issue(loc, "`queries` must be a non-empty JSON object of queries.", "object_type")]
        )
    if len(decoded) > MAX_QUERIES:
        raise InvalidReconciliationQuery(
            [_issue(loc, f"A batch holds at most {MAX_QUERIES} queries.", "too_long")]
        )
    batch: dict[str, ReconQuery] = {}
    issues: list[ValidationIssue] = []
    for key, value in decoded.items():
        try:
            query = ReconQuery.model_validate(value)
        except ValidationError as exc:
            issues.extend(
                _issue([*loc, key, *e["loc"]], e["msg"], e["type"])
                for e in exc.errors(include_url=False)
            )
            continue
        issues.extend(_check(query, [*loc, key]))
        batch[key] = query
    if issues:
        raise InvalidReconciliationQuery(issues)
    return batch


def _values(v: PropertyValue | list[PropertyValue]) -> list[str]:
    values = v if isinstance(v, list) else [v]
    return [x.id if isinstance(x, EntityValue) else str(x) for x in values]


def _kinds(query: ReconQuery) -> list[str]:
    if query.type is None:
        return []
    return [query.type] if isinstance(query.type, str) else list(query.type)


def _check(query: ReconQuery, loc: list[str | int]) -> Iterator[ValidationIssue]:
    known = {k.value for k in EntityKind}
    if not (query.query and query.query.strip()) and not query.properties:
        yield _issue(loc, "A query needs a non-empty `query` or `properties`.", "missing")
    for kind in _kinds(query):
        if kind not in known:
            yield _issue(
                [*loc, "type"],
                f"Unknown type {shown(kind)}; the types are: {', '.join(sorted(known))}.",
                "unknown_type",
            )
    for i, prop in enumerate(query.properties):
        if prop.pid not in PROPERTIES:
            yield _issue(
                [*loc, "properties", i, "pid"],
                f"Unknown property {shown(prop.pid)}; the properties are: {', '.join(PROPERTIES)}.",
                "unknown_property",
            )
        elif prop.pid == "kind":
            for value in _values(prop.v):
                if value not in known:
                    yield _issue(
                        [*loc, "properties", i, "v"],
                        f"Unknown kind {shown(value)}.",
                        "unknown_type",
                    )


def _passes(entity: _Entity, properties: Sequence[PropertyConstraint]) -> bool:
    """Every constraint holds: `kind` is one of the values; some alias (or the name) is
    close (`ALIAS_SCORE` or more) to one of the `alias` values."""
    for prop in properties:
        values = _values(prop.v)
        if prop.pid == "kind" and entity.kind.value not in values:
            return False
        if prop.pid == "alias" and not any(
            _best(fold(v), entity)[0] >= ALIAS_SCORE for v in values
        ):
            return False
    return True


def _type_filter(query: ReconQuery) -> set[str] | None:
    """The kinds a candidate must have, or None for any. With `type_strict` `should`, the
    types only break ties; `all` asks for every type at once, which only one kind can meet
    (an entity has one kind)."""
    kinds = set(_kinds(query))
    if not kinds or query.type_strict == "should":
        return None
    if query.type_strict == "all" and len(kinds) > 1:
        return set()
    return kinds


def _reconcile_one(query: ReconQuery, entities: Sequence[_Entity]) -> Candidates:
    allowed = _type_filter(query)
    preferred = set(_kinds(query))
    text = fold(query.query or "")
    scored: list[tuple[float, bool, _Entity]] = []
    for entity in entities:
        if allowed is not None and entity.kind.value not in allowed:
            continue
        if not _passes(entity, query.properties):
            continue
        if text:
            score, exact = _best(text, entity)
        else:  # properties only: every entity that passes them is a full candidate
            score, exact = 100.0, False
        if score >= MIN_SCORE:
            scored.append((round(score, 1), exact, entity))
    scored.sort(key=lambda c: (-c[0], not c[1], c[2].kind.value not in preferred, c[2].id))
    limit = min(query.limit or DEFAULT_LIMIT, MAX_LIMIT)
    top = scored[:limit]
    single = len(scored) == 1 or (len(scored) > 1 and scored[1][0] < scored[0][0])
    return Candidates(
        result=[
            Candidate(
                id=entity.id,
                name=entity.name,
                description=entity.description,
                score=score,
                match=i == 0 and exact and single,
                type=[reconciliation_type(entity.kind)],
                features=[Feature(id="name_similarity", value=score)],
            )
            for i, (score, exact, entity) in enumerate(top)
        ]
    )


def reconcile(session: Session, batch: Mapping[str, ReconQuery]) -> ResultBatch:
    entities = _published(session)
    return ResultBatch({key: _reconcile_one(q, entities) for key, q in batch.items()})


def suggest(session: Session, prefix: str) -> SuggestResponse:
    """Entities whose name or an alias starts with (then contains) `prefix`, folded."""
    wanted = fold(prefix)
    hits: list[tuple[int, str, _Entity]] = []
    for entity in _published(session):
        folded = entity.folded  # the name first
        if any(n.startswith(wanted) for n in folded):
            hits.append((0, folded[0], entity))
        elif any(wanted in n for n in folded):
            hits.append((1, folded[0], entity))
    hits.sort(key=lambda h: (h[0], h[1], h[2].id))
    return SuggestResponse(
        result=[
            SuggestedEntity(
                id=e.id,
                name=e.name,
                description=e.description,
                notable=[reconciliation_type(e.kind)],
            )
            for _, _, e in hits[:SUGGEST_LIMIT]
        ]
    )


def preview(session: Session, entity_id: str) -> str:
    """A small HTML page summarizing a published entity, every value escaped."""
    entity = next(iter(_published(session, entity_id)), None)
    if entity is None:
        raise NotFound(f"There is no published entity with id {shown(entity_id)}.")
    aliases = ", ".join(html.escape(a) for a in entity.aliases)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{html.escape(entity.name)}</title></head>"
        '<body style="margin:0;font-family:sans-serif;font-size:0.9em">'
        f"<p><strong>{html.escape(entity.name)}</strong> "
        f"<em>({html.escape(reconciliation_type(entity.kind).name)})</em></p>"
        f"<p>{html.escape(entity.description)}</p>"
        + (f"<p>Also: {aliases}</p>" if aliases else "")
        + "</body></html>"
    )
