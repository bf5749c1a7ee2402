"""The row builders every writer shares: each entity once per role, links in order."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from app.collections import REGISTRY
from app.models import (
    ClaimType,
    DatePrecision,
    Derivation,
    EntityKind,
    Evidence,
    Involvement,
    ItemType,
    Quote,
    Relation,
    Role,
)
from app.models.common import DateRange
from app.models.items import EvidenceAnnotation
from app.models.writes import EntityCreate
from app.services import rows
from app.services.rows import ItemRows

WHEN = DateRange(
    date_start=dt.date(2025, 7, 14), date_end=dt.date(2025, 7, 14), date_precision=DatePrecision.day
)


def built_from(item_type: ItemType, item_id: str, stored: rows.Row, **fields: Any) -> ItemRows:
    """The rows of an item held as plain named fields, as a writer's draft holds them."""
    return rows.item_rows(REGISTRY.of_type(item_type), item_id, SimpleNamespace(**fields), stored)


def test_a_quote_row_and_its_roles() -> None:
    built = built_from(
        ItemType.quote,
        "q1",
        text="We will act",
        context="A call",
        when=WHEN,
        speaker="trump",
        about=["putin", "putin", "nato"],
        stored={"excerpt": "We will act", "status": "draft"},
    )
    assert built.table is Quote
    assert built.row["speaker_id"] == "trump" and built.row["status"] == "draft"
    assert built.row["date_start"] == dt.date(2025, 7, 14)
    assert built.row["search_text"] == "we will act a call we will act"
    assert [(r["role"], r["entity_id"], r["position"]) for r in built.of(Involvement)] == [
        (Role.speaker, "trump", 0),
        (Role.about, "putin", 0),
        (Role.about, "nato", 1),
    ]
    assert all(r["item_type"] is ItemType.quote for r in built.of(Involvement))


def test_an_absent_single_role_gives_no_row() -> None:
    built = built_from(
        ItemType.event,
        "e1",
        title="Talks",
        description="Talks began.",
        event_type="negotiation",
        when=WHEN,
        actors=["putin"],
        location=None,
        stored={},
    )
    assert built.row["location_id"] is None
    assert [r["role"] for r in built.of(Involvement)] == [Role.actor]


def test_claim_evidence_and_implication_derivation_keep_order_once() -> None:
    claim = built_from(
        ItemType.claim,
        "c1",
        statement="Sanctions follow.",
        claim_type=ClaimType.forecast,
        attributed_to=None,
        about=[],
        evidence=[
            EvidenceAnnotation(type=t, id=i)
            for t, i in ((ItemType.event, "e1"), (ItemType.quote, "q1"), (ItemType.event, "e1"))
        ],
        stored={},
    )
    assert [(r["evidence_id"], r["position"]) for r in claim.of(Evidence)] == [("e1", 0), ("q1", 1)]
    assert claim.of(Involvement) == []
    implication = built_from(
        ItemType.implication,
        "i1",
        statement="Prices rise.",
        about=[],
        derived_from=["c2", "c1", "c2"],
        stored={},
    )
    assert [r["claim_id"] for r in implication.of(Derivation)] == ["c2", "c1"]
    # Every link table of the type is named, empty or not: a rewrite clears the old rows.
    assert set(claim.links) == {Involvement, Evidence, Relation}


def test_an_entity_row_joins_its_aliases_for_search() -> None:
    nato = EntityCreate(
        name="NATO",
        kind=EntityKind.organization,
        aliases=["the Alliance", "North Atlantic Treaty Organization"],
        description="The alliance.",
    )
    built = rows.entity_rows("nato", nato, stored={})
    assert built.row["aliases_text"] == "the Alliance\nNorth Atlantic Treaty Organization"
    assert built.links == {}
