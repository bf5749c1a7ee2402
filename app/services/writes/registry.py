"""What the writes read from a collection's spec beyond its fields: a writable spec (one
naming create and update models, `REGISTRY.writable()`) always has these. The writes take
the spec itself; nothing here copies it.
"""

from __future__ import annotations

from pydantic import BaseModel
from sqlmodel import SQLModel

from app.collections import REGISTRY, CollectionSpec
from app.models import ItemType

ITEM_TABLES: dict[ItemType, type[SQLModel]] = {
    spec.item_type: spec.table for spec in REGISTRY.values() if spec.item_type is not None
}


def create_model(spec: CollectionSpec) -> type[BaseModel]:
    """The model a writable collection's bodies, and its merged patches, validate as."""
    if spec.create is None:
        raise TypeError(f"{spec.name} is not writable")
    return spec.create


def id_source(spec: CollectionSpec) -> str:
    """The field a writable collection's new ids are made from."""
    if spec.id_source is None:
        raise TypeError(f"{spec.name} is not writable")
    return spec.id_source
