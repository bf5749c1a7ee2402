"""Stances: how an entity stands toward another on a topic, over time, on a scale from
hostile to supportive, with the items that show it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Query
from sqlalchemy import and_, or_, select
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, col

from app.collections.filters import (
    ENTITIES,
    ID,
    MAX_FILTER_VALUES,
    FilterGroup,
    IsoDate,
    QueryFilter,
    SearchText,
    ordered_dates,
    slugs,
)
from app.collections.spec import CollectionSpec, IdsByCollection
from app.models import Stance, StanceEvidence, StancePublic
from app.models.stance import StanceEvidenceRef
from app.query import assembly
from app.query.listing import Filter, Listing, any_of

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph


def _from(listing: Listing, day: Any) -> Any:
    """The stance may hold on or after `day`: it ends then or later, or its end is open."""
    c = listing.source.c
    return or_(c.date_end >= day, and_(c.date_end.is_(None), c.date_start.is_not(None)))


def _to(listing: Listing, day: Any) -> Any:
    """The stance may hold on or before `day`: it starts by then, or its start is open."""
    c = listing.source.c
    return or_(c.date_start <= day, and_(c.date_start.is_(None), c.date_end.is_not(None)))


def evidence_of(session: Session, ids: Sequence[str]) -> dict[str, list[StanceEvidenceRef]]:
    found: dict[str, list[StanceEvidenceRef]] = defaultdict(list)
    for link in session.scalars(
        select(StanceEvidence)
        .where(col(StanceEvidence.stance_id).in_(ids))
        .order_by(col(StanceEvidence.stance_id), col(StanceEvidence.position))
    ):
        found[link.stance_id].append(
            StanceEvidenceRef(type=link.evidence_type, id=link.evidence_id)
        )
    return found


def assemble(session: Session, rows: Sequence[RowMapping]) -> list[StancePublic]:
    """Each stance with its holder and target as references, its evidence and provenance."""
    ids = [r["id"] for r in rows]
    entities = assembly.entity_refs(
        session, {r["holder_id"] for r in rows} | {r["target_id"] for r in rows}
    )
    evidence = evidence_of(session, ids)
    return [
        assembly.from_row(
            StancePublic,
            r,
            holder=entities[r["holder_id"]],
            target=entities[r["target_id"]],
            evidence=evidence[r["id"]],
            provenance=assembly.provenance(r),
        )
        for r in rows
    ]


def jsonld(graph: Graph, item_id: str, item: dict[str, Any], texts: Mapping[str, str]) -> Any:
    """A `brf:Stance` of its holder toward its target, `isBasedOn` its evidence."""

    def node(item: dict[str, Any], document: dict[str, str]) -> dict[str, Any]:
        evidence = item.pop("evidence")
        return {
            "@type": "Stance",
            "holder": graph.entity(item.pop("holder")),
            "target": graph.entity(item.pop("target")),
            "startDate": item.pop("date_start"),
            "endDate": item.pop("date_end"),
            "isBasedOn": [graph.ref(f"{ref['type']}s", ref["id"]) for ref in evidence],
            "appearance": document,
        }

    return graph.provenanced("stances", item_id, item, texts, node)


def evidence_items(session: Session, ids: Sequence[str]) -> IdsByCollection:
    """`include=evidence`: the items that show a page's stances, by collection."""
    found: IdsByCollection = {}
    for refs in evidence_of(session, ids).values():
        for ref in refs:
            found.setdefault(f"{ref.type.value}s", set()).add(ref.id)
    return found


def _day(description: str) -> Any:
    return Annotated[IsoDate | None, Query(description=description)]


TOPICS = Annotated[
    list[SearchText],
    Query(
        description="Only stances on these topics, exactly as stored.", max_length=MAX_FILTER_VALUES
    ),
]

# Open bounds hold: a stance with no end still holds after any day it may have begun.
STANCE_DATES = FilterGroup(
    {
        "date_from": QueryFilter(
            _day("Only stances that may hold on or after this day (ISO 8601)."), Filter(_from)
        ),
        "date_to": QueryFilter(
            _day("Only stances that may hold on or before this day (ISO 8601)."), Filter(_to)
        ),
    },
    check=ordered_dates,
)

SPEC = CollectionSpec(
    name="stances",
    noun="stance",
    table=Stance,
    public=StancePublic,
    assembler=assemble,
    jsonld=jsonld,
    tag_description="How entities stand toward each other, over time.",
    list_description=(
        "Every stance: a holder entity toward a target entity on a topic, with a polarity "
        "from hostile to supportive, the dates it held (with their basis) and the items "
        "that show it. `/v1/entities/{id}/stances` gives one holder's time series."
    ),
    position=7,
    export_order=7,
    filters={
        "id": ID,
        "holder": slugs(
            "Only stances held by these entities.", any_of("holder_id"), ENTITIES, "donald-trump"
        ),
        "target": slugs(
            "Only stances toward these entities.", any_of("target_id"), ENTITIES, "russia"
        ),
        "topic": QueryFilter(TOPICS, any_of("topic")),
    },
    filter_groups=(STANCE_DATES,),
    sorts=("char_start", "id", "polarity", "topic"),
    default_sort="char_start",
    expansions={"evidence": evidence_items},
)
