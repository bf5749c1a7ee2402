"""Forecasts: what claims and implications say will happen, by when, on what condition,
and how it turned out; sorted by horizon, so the next one to watch comes first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Query
from sqlalchemy import and_, or_, select, tuple_
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, SQLModel

from app.collections.filters import ENTITIES, ID, IsoDate, QueryFilter, one_of, slugs
from app.collections.spec import CollectionSpec, IdsByCollection
from app.core.db import table_of
from app.models import (
    Claim,
    ForecastPublic,
    Implication,
    Involvement,
    ItemType,
    Role,
)
from app.models.forecast import Forecast, ItemRef, Outcome, based_date
from app.models.knowledge import Cue, DrawnBy, ForecastStatus
from app.models.writes import ForecastCreate, ForecastUpdate
from app.query import assembly
from app.query.listing import Filter, Listing

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph

SUBJECT_TABLES: dict[ItemType, type[SQLModel]] = {
    ItemType.claim: Claim,
    ItemType.implication: Implication,
}


def _horizon_before(listing: Listing, day: Any) -> Any:
    """The horizon may fall on or before `day`: it starts by then, or its start is open."""
    c = listing.source.c
    return or_(c.horizon_start <= day, and_(c.horizon_start.is_(None), c.horizon_end.is_not(None)))


def _horizon_after(listing: Listing, day: Any) -> Any:
    """The horizon may fall on or after `day`: it ends then or later, or its end is open."""
    c = listing.source.c
    return or_(c.horizon_end >= day, and_(c.horizon_end.is_(None), c.horizon_start.is_not(None)))


def _about(listing: Listing, entity_ids: Sequence[str]) -> Any:
    """Forecasts whose subject involves one of the entities, in any role."""
    link = table_of(Involvement).c
    linked = select(link.item_type, link.item_id).where(link.entity_id.in_(list(entity_ids)))
    c = listing.source.c
    return tuple_(c.subject_type, c.subject_id).in_(linked)


def _day(description: str) -> Any:
    return Annotated[IsoDate | None, Query(description=description)]


def subjects(session: Session, rows: Sequence[RowMapping]) -> dict[tuple[str, str], RowMapping]:
    """The claims and implications the forecasts are made by, keyed by (type, id)."""
    found: dict[tuple[str, str], RowMapping] = {}
    for item_type, model in SUBJECT_TABLES.items():
        ids = [r["subject_id"] for r in rows if r["subject_type"] == item_type]
        if ids:
            table = table_of(model)
            for row in session.execute(select(table).where(table.c.id.in_(ids))).mappings():
                found[(item_type.value, row["id"])] = row
    return found


def assemble(session: Session, rows: Sequence[RowMapping]) -> list[ForecastPublic]:
    """Each forecast with its subject's statement, provenance and `about` entities."""
    by_subject = subjects(session, rows)
    about: dict[tuple[str, str], list[Any]] = {}
    for item_type in SUBJECT_TABLES:
        ids = [r["subject_id"] for r in rows if r["subject_type"] == item_type]
        relations = assembly.Relations(session, item_type, ids)
        about |= {(item_type.value, i): relations.refs(i, Role.about) for i in ids}
    return [_public(r, by_subject[(r["subject_type"], r["subject_id"])], about) for r in rows]


def _public(row: RowMapping, subject: RowMapping, about: Mapping[Any, Any]) -> ForecastPublic:
    key = (row["subject_type"], row["subject_id"])
    condition = None
    if row["condition"] is not None:
        condition = Cue(
            text=row["condition"], char_start=row["condition_start"], char_end=row["condition_end"]
        )
    evidence = None
    if row["evidence_type"] is not None:
        evidence = ItemRef(type=row["evidence_type"], id=row["evidence_id"])
    outcome = Outcome(
        status=row["outcome"],
        resolved_on=based_date(row, "resolved"),
        evidence=evidence,
        evidence_url=row["evidence_url"],
        note=row["outcome_note"],
    )
    return ForecastPublic(
        **assembly.tracked(row),
        id=row["id"],
        subject=ItemRef(type=row["subject_type"], id=row["subject_id"]),
        statement=subject["statement"],
        horizon=based_date(row, "horizon"),
        condition=condition,
        drawn_by=row["drawn_by"],
        outcome=outcome,
        about=about[key],
        document_id=subject["document_id"],
        provenance=assembly.provenance(subject),
    )


def jsonld(graph: Graph, item_id: str, item: dict[str, Any], texts: Mapping[str, str]) -> Any:
    """A `brf:Forecast` about its subject's entities, `isBasedOn` its subject."""

    def node(item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
        subject = item.pop("subject")
        return {
            "@type": "Forecast",
            "text": item.pop("statement"),
            "about": graph.entities(item.pop("about")),
            "isBasedOn": graph.ref(f"{subject['type']}s", subject["id"]),
            "appearance": document,
        }

    return graph.provenanced("forecasts", item_id, item, texts, node)


def subject_of(session: Session, forecast_ids: Sequence[str]) -> IdsByCollection:
    """`include=subject`: the claims and implications that make a page's forecasts."""
    forecast = table_of(Forecast)
    stmt = select(forecast.c.subject_type, forecast.c.subject_id).where(
        forecast.c.id.in_(forecast_ids)
    )
    found: IdsByCollection = {"claims": set(), "implications": set()}
    for subject_type, subject_id in session.execute(stmt):
        found[f"{ItemType(subject_type).value}s"].add(subject_id)
    return found


SPEC = CollectionSpec(
    name="forecasts",
    noun="forecast",
    table=Forecast,
    public=ForecastPublic,
    assembler=assemble,
    jsonld=jsonld,
    tag_description="What claims and implications forecast, by when, and how it turned out.",
    list_description=(
        "Every forecast a claim or an implication makes: its horizon (with the date's "
        "basis), its condition anchored in the text, who drew it and its outcome. Sorted by "
        "horizon: the next one to watch first, forecasts without a horizon last."
    ),
    position=6,
    export_order=6,
    filters={
        "id": ID,
        "outcome": one_of(
            ForecastStatus,
            "Only forecasts with these outcomes (`open` for those still to watch). "
            "`status=` keeps its meaning on every list: published or draft.",
            "outcome",
        ),
        "drawn_by": one_of(DrawnBy, "Only forecasts drawn by the author or a curator.", "drawn_by"),
        "horizon_before": QueryFilter(
            _day("Only forecasts whose horizon may fall on or before this day (ISO 8601)."),
            Filter(_horizon_before),
        ),
        "horizon_after": QueryFilter(
            _day("Only forecasts whose horizon may fall on or after this day (ISO 8601)."),
            Filter(_horizon_after),
        ),
        "entity": slugs(
            "Only forecasts whose subject involves one of these entities, in any role.",
            Filter(_about),
            ENTITIES,
            "russia",
        ),
    },
    sorts=("horizon", "id", "outcome"),
    default_sort="horizon",
    expansions={"subject": subject_of},
    create=ForecastCreate,
    update=ForecastUpdate,
    id_source="subject",
)
