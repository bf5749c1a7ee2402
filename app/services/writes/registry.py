"""Which collections curators write, and how: one `Writable` per collection.

Derived from the collections' specs (`app.collections.REGISTRY`): a collection is writable
when its spec names create and update models and the field its ids are made from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pydantic import BaseModel
from sqlalchemy import Table
from sqlmodel import SQLModel

from app.collections import REGISTRY
from app.core.db import table_of
from app.models import ItemType, Role

ITEM_TABLES: dict[ItemType, type[SQLModel]] = {
    spec.item_type: spec.table for spec in REGISTRY.values() if spec.item_type is not None
}


@dataclass(frozen=True)
class Writable:
    """How one collection is written. `entity_fields` maps each input field that names
    entities to its involvement role; `foreign_keys` maps the single-valued ones to the
    table's column."""

    collection: str
    table: type[SQLModel]
    create: type[BaseModel]
    update: type[BaseModel]
    slug_source: str
    item_type: ItemType | None = None
    entity_fields: Mapping[str, Role] = field(default_factory=dict)
    foreign_keys: Mapping[str, str] = field(default_factory=dict)

    @property
    def noun(self) -> str:
        return REGISTRY[self.collection].noun

    @property
    def source(self) -> Table:
        return table_of(self.table)


WRITABLE: dict[str, Writable] = {
    spec.name: Writable(
        spec.name,
        spec.table,
        spec.create,
        spec.update,
        spec.id_source,
        spec.item_type,
        spec.roles,
        spec.foreign_keys,
    )
    for spec in REGISTRY.writable()
    if spec.create and spec.update and spec.id_source
}
