"""What a collection is, declared once: `CollectionSpec`. Routes, OpenAPI, exports, writes,
the schema files and the page models are derived from the specs in `REGISTRY`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import Table
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, SQLModel

from app.collections.filters import FilterGroup, QueryFilter, own_and_grouped
from app.core.db import table_of
from app.models import ItemType, Role
from app.query.listing import TRACKED_FILTERS, Listing

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph

IdsByCollection = dict[str, set[str]]
Expander = Callable[[Session, Sequence[str]], IdsByCollection]
Assembler = Callable[[Session, Sequence[RowMapping]], Sequence[BaseModel]]
# (graph, item id, the item as JSON, the source texts of its batch) → its JSON-LD node
JsonLd = Callable[["Graph", str, dict[str, Any], Mapping[str, str]], dict[str, Any]]


class CollectionName(StrEnum):
    """Every collection the API serves, in the order of its OpenAPI tags."""

    documents = "documents"
    entities = "entities"
    claims = "claims"
    quotes = "quotes"
    events = "events"
    implications = "implications"


@dataclass(frozen=True)
class CollectionSpec:
    """One collection. `filters` are its own query parameters (they come first in
    OpenAPI), `filter_groups` the shared ones; `roles` maps each field naming entities to
    its involvement role; `id_source` is the field a new item's slug is made from;
    `export_order` places it after the collections its items refer to."""

    name: CollectionName
    noun: str
    table: type[SQLModel]
    public: type[BaseModel]
    assemble: Assembler
    jsonld: JsonLd
    tag_description: str
    list_description: str
    export_order: int
    sorts: tuple[str, ...]
    default_sort: str
    filters: Mapping[str, QueryFilter] = field(default_factory=dict)
    filter_groups: tuple[FilterGroup, ...] = ()
    case_insensitive_sorts: frozenset[str] = frozenset()
    expansions: Mapping[str, Expander] = field(default_factory=dict)
    item_type: ItemType | None = None
    create: type[BaseModel] | None = None
    update: type[BaseModel] | None = None
    id_source: str | None = None
    roles: Mapping[str, Role] = field(default_factory=dict)
    listing: Listing = field(init=False, compare=False)

    def __post_init__(self) -> None:
        listing = Listing(
            name=self.name.value,
            source=table_of(self.table),
            item_type=self.item_type,
            filters={**own_and_grouped(self.filters, self.filter_groups), **TRACKED_FILTERS},
            sorts=self.sorts,
            default_sort=self.default_sort,
            case_insensitive_sorts=self.case_insensitive_sorts,
        )
        object.__setattr__(self, "listing", listing)

    @property
    def writable(self) -> bool:
        return self.create is not None and self.update is not None

    @property
    def source(self) -> Table:
        return table_of(self.table)

    @property
    def title(self) -> str:
        """`Quote`: the prefix of its generated OpenAPI schema names (`QuoteSort`, …)."""
        return self.noun.capitalize()

    @property
    def foreign_keys(self) -> dict[str, str]:
        """The single-valued entity fields that the table also keeps as a column."""
        columns = self.source.c
        return {name: f"{name}_id" for name in self.roles if f"{name}_id" in columns}
