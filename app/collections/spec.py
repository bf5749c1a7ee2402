"""What a collection is, declared once: `CollectionSpec`. Routes, OpenAPI, exports, writes,
the schema files and the page models are derived from the specs in `REGISTRY`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import Table
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, SQLModel

from app.collections.filters import FilterGroup, QueryFilter, own_and_grouped
from app.core.db import table_of
from app.models import ItemType, Role
from app.models.tracking import TrackedBase
from app.query import assembly
from app.query.listing import TRACKED_FILTERS, Listing

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph

IdsByCollection = dict[str, set[str]]
Expander = Callable[[Session, Sequence[str]], IdsByCollection]
Assembler = Callable[[Session, Sequence[RowMapping]], Sequence[BaseModel]]
# (item id, the item as a writer holds it, its own row) → its rows in one link table
LinkRows = Callable[[str, Any, Mapping[str, Any]], list[dict[str, Any]]]
# (graph, item id, the item as JSON, the source texts of its batch) → its JSON-LD node
JsonLd = Callable[["Graph", str, dict[str, Any], Mapping[str, str]], dict[str, Any]]


@dataclass(frozen=True)
class CollectionSpec:
    """One collection, declared in its own module of this package as `SPEC` (the registry
    finds it there). `position` is its place among the OpenAPI tags; `export_order` places
    it after the collections its items refer to. `filters` are its own query parameters
    (they come first in OpenAPI), `filter_groups` the shared ones; `roles` maps each field
    naming entities to its involvement role; `id_source` is the field a new item's slug is
    made from. A provenance-carrying collection (`item_type`) is assembled from its roles
    unless it names an `assembler`; `composed` makes public fields of several of its
    columns, `linked` reads the public fields its other link tables hold, `links` builds
    its rows there, by table; `search_texts` names its (title, body, subtype) columns for
    search and the timeline."""

    name: str
    noun: str
    table: type[SQLModel]
    public: type[BaseModel]
    jsonld: JsonLd
    tag_description: str
    list_description: str
    position: int
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
    assembler: Assembler | None = None
    linked: assembly.LinkedFields | None = None
    composed: assembly.ComposedFields | None = None
    links: Mapping[type[SQLModel], LinkRows] = field(default_factory=dict)
    search_texts: tuple[str, str, str | None] | None = None
    list_defaults: Mapping[str, Any] = field(default_factory=dict)
    listing: Listing = field(init=False, compare=False)
    assemble: Assembler = field(init=False, compare=False)

    def __post_init__(self) -> None:
        listing = Listing(
            name=self.name,
            source=table_of(self.table),
            item_type=self.item_type,
            filters={**own_and_grouped(self.filters, self.filter_groups), **TRACKED_FILTERS},
            sorts=self.sorts,
            default_sort=self.default_sort,
            case_insensitive_sorts=self.case_insensitive_sorts,
            list_defaults=self.list_defaults,
        )
        object.__setattr__(self, "listing", listing)
        object.__setattr__(self, "assemble", self._assembler())
        if self.writable and self.id_source is None:
            raise TypeError(f"{self.name}: a writable collection needs the `id_source` of its ids")

    def _assembler(self) -> Assembler:
        """Its own assembler, or one made from its roles (for a provenance-carrying item)."""
        if self.assembler is not None:
            return self.assembler
        if self.item_type is None:
            raise TypeError(f"{self.name}: a collection without an item type needs an assembler")
        return assembly.provenanced(
            self.item_type, self.public, self.roles, self.linked, self.composed
        )

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
    def dated(self) -> bool:
        return "date_start" in self.source.c

    @property
    def own_fields(self) -> tuple[str, ...]:
        """The public fields its table stores as they are: neither the id, provenance,
        tracking, dates nor entity references."""
        shared = {"id", "document_id", *(f"date_{part}" for part in assembly.DATE_PARTS)}
        shared |= set(TrackedBase.model_fields)
        columns = self.source.c
        return tuple(
            name
            for name in self.public.model_fields
            if name in columns and name not in shared and name not in self.roles
        )

    @property
    def dated_fields(self) -> tuple[str, ...]:
        """Its public `BasedDate` fields other than its own date, each stored as the
        columns `{name}_start` … `{name}_note` (a quote's `period`)."""
        return assembly.based_date_fields(self.public)

    @property
    def foreign_keys(self) -> dict[str, str]:
        """The single-valued entity fields that the table also keeps as a column."""
        columns = self.source.c
        return {name: f"{name}_id" for name in self.roles if f"{name}_id" in columns}
