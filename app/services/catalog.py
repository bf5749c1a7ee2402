"""The collections the API serves, declared as data: source, filters, sorts, expansions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from sqlalchemy import select
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, col

from app.core.db import table_of
from app.models import (
    Claim,
    Derivation,
    Document,
    Entity,
    Event,
    Evidence,
    Implication,
    Involvement,
    ItemType,
    Quote,
)
from app.services import assembly
from app.services.listing import (
    TRACKED_FILTERS,
    Filter,
    Listing,
    any_of,
    date_from,
    date_to,
    full_text,
    involves,
    within_section,
)

IdsByCollection = dict[str, set[str]]
Expander = Callable[[Session, Sequence[str]], IdsByCollection]


@dataclass(frozen=True)
class Collection:
    listing: Listing
    assemble: Callable[[Session, Sequence[RowMapping]], Sequence[BaseModel]]
    expansions: dict[str, Expander] = field(default_factory=dict)


def _item_filters() -> dict[str, Filter]:
    """The filters every provenance-carrying collection takes."""
    return {
        "id": any_of("id"),
        "document_id": any_of("document_id"),
        "entity": involves(),
        "section": within_section(),
        "q": full_text(),
        **TRACKED_FILTERS,
    }


DATE_FILTERS = {"date_from": date_from(), "date_to": date_to()}
ITEM_SORTS = ("char_start", "id")
DATED_SORTS = ("char_start", "date_start", "date_end", "id")


def _column(rows: Any) -> set[str]:
    return {row[0] for row in rows}


def _involved_entities(item_type: ItemType) -> Expander:
    def expand(session: Session, ids: Sequence[str]) -> IdsByCollection:
        stmt = select(col(Involvement.entity_id)).where(
            col(Involvement.item_type) == item_type, col(Involvement.item_id).in_(ids)
        )
        return {"entities": _column(session.execute(stmt))}

    return expand


def _items_involving(item_type: ItemType, collection: str) -> Expander:
    def expand(session: Session, ids: Sequence[str]) -> IdsByCollection:
        stmt = select(col(Involvement.item_id)).where(
            col(Involvement.item_type) == item_type, col(Involvement.entity_id).in_(ids)
        )
        return {collection: _column(session.execute(stmt))}

    return expand


def _claims_citing(item_type: ItemType) -> Expander:
    def expand(session: Session, ids: Sequence[str]) -> IdsByCollection:
        stmt = select(col(Evidence.claim_id)).where(
            col(Evidence.evidence_type) == item_type, col(Evidence.evidence_id).in_(ids)
        )
        return {"claims": _column(session.execute(stmt))}

    return expand


def _evidence_of_claims(session: Session, claim_ids: Sequence[str]) -> IdsByCollection:
    stmt = select(col(Evidence.evidence_type), col(Evidence.evidence_id)).where(
        col(Evidence.claim_id).in_(claim_ids)
    )
    found: IdsByCollection = {"quotes": set(), "events": set()}
    for evidence_type, evidence_id in session.execute(stmt):
        found["quotes" if evidence_type == ItemType.quote else "events"].add(evidence_id)
    return found


def _implications_of_claims(session: Session, claim_ids: Sequence[str]) -> IdsByCollection:
    stmt = select(col(Derivation.implication_id)).where(col(Derivation.claim_id).in_(claim_ids))
    return {"implications": _column(session.execute(stmt))}


def _claims_of_implications(session: Session, ids: Sequence[str]) -> IdsByCollection:
    stmt = select(col(Derivation.claim_id)).where(col(Derivation.implication_id).in_(ids))
    return {"claims": _column(session.execute(stmt))}


def _evidence_of_implications(session: Session, ids: Sequence[str]) -> IdsByCollection:
    claim_ids = sorted(_claims_of_implications(session, ids)["claims"])
    return _evidence_of_claims(session, claim_ids)


COLLECTIONS: dict[str, Collection] = {
    "documents": Collection(
        Listing(
            name="documents",
            source=table_of(Document),
            filters={"id": any_of("id"), "q": full_text(), **TRACKED_FILTERS},
            sorts=("published_on", "title", "id"),
            default_sort="published_on",
            case_insensitive_sorts=frozenset({"title"}),
        ),
        assembly.documents,
    ),
    "entities": Collection(
        Listing(
            name="entities",
            source=table_of(Entity),
            filters={
                "id": any_of("id"),
                "kind": any_of("kind"),
                "q": full_text(),
                **TRACKED_FILTERS,
            },
            sorts=("name", "kind", "id"),
            default_sort="name",
            case_insensitive_sorts=frozenset({"name"}),
        ),
        assembly.entities,
        {
            "quotes": _items_involving(ItemType.quote, "quotes"),
            "events": _items_involving(ItemType.event, "events"),
            "claims": _items_involving(ItemType.claim, "claims"),
            "implications": _items_involving(ItemType.implication, "implications"),
        },
    ),
    "quotes": Collection(
        Listing(
            name="quotes",
            source=table_of(Quote),
            item_type=ItemType.quote,
            filters={
                **_item_filters(),
                "speaker": involves("speaker"),
                **DATE_FILTERS,
            },
            sorts=DATED_SORTS,
            default_sort="char_start",
        ),
        assembly.quotes,
        {"claims": _claims_citing(ItemType.quote), "entities": _involved_entities(ItemType.quote)},
    ),
    "events": Collection(
        Listing(
            name="events",
            source=table_of(Event),
            item_type=ItemType.event,
            filters={
                **_item_filters(),
                "actor": involves("actor"),
                "location": involves("location"),
                "event_type": any_of("event_type"),
                **DATE_FILTERS,
            },
            sorts=(*DATED_SORTS, "title", "event_type"),
            default_sort="date_start",
            case_insensitive_sorts=frozenset({"title"}),
        ),
        assembly.events,
        {"claims": _claims_citing(ItemType.event), "entities": _involved_entities(ItemType.event)},
    ),
    "claims": Collection(
        Listing(
            name="claims",
            source=table_of(Claim),
            item_type=ItemType.claim,
            filters={
                **_item_filters(),
                "claim_type": any_of("claim_type"),
                "attributed_to": involves("attributed_to"),
            },
            sorts=(*ITEM_SORTS, "claim_type"),
            default_sort="char_start",
        ),
        assembly.claims,
        {
            "evidence": _evidence_of_claims,
            "implications": _implications_of_claims,
            "entities": _involved_entities(ItemType.claim),
        },
    ),
    "implications": Collection(
        Listing(
            name="implications",
            source=table_of(Implication),
            item_type=ItemType.implication,
            filters=_item_filters(),
            sorts=ITEM_SORTS,
            default_sort="char_start",
        ),
        assembly.implications,
        {
            "claims": _claims_of_implications,
            "evidence": _evidence_of_implications,
            "entities": _involved_entities(ItemType.implication),
        },
    ),
}


def singular(collection: str) -> str:
    """`entities` → `entity`, `quotes` → `quote`: for messages and schema names."""
    return "entity" if collection == "entities" else collection.removesuffix("s")


class SortEnum(StrEnum):
    """The `sort=` values of a listing. Its OpenAPI schema names the members for generated
    clients (`x-enum-varnames`), so `-date_start` is `DATE_START_DESC` there, not `VALUE_3`."""

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: Any, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        schema["x-enum-varnames"] = list(cls.__members__)
        return schema


def sorts_enum(name: str, listing: Listing) -> type[StrEnum]:
    """Every accepted `sort=` value of a listing, ascending and descending, as an enum."""
    members = {
        f"{f}{suffix}".upper(): f"{sign}{f}"
        for f in listing.sorts
        for sign, suffix in (("", ""), ("-", "_desc"))
    }
    return SortEnum(name, members)  # type: ignore[call-arg,return-value]


def expansion_enum(collection: str) -> type[StrEnum]:
    """The closed set of `include=` values a collection accepts (an enum in OpenAPI)."""
    names = COLLECTIONS[collection].expansions
    title = singular(collection).capitalize()
    return StrEnum(f"{title}Include", {n: n for n in names})  # type: ignore[return-value]


def sort_enum(collection: str) -> type[StrEnum]:
    """The `sort=` values of a collection, as an enum for OpenAPI."""
    title = singular(collection).capitalize()
    return sorts_enum(f"{title}Sort", COLLECTIONS[collection].listing)
