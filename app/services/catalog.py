"""The collections by name, for the modules that look them up by a string: derived from
`app.collections.REGISTRY`, where each collection is declared."""

from __future__ import annotations

from collections.abc import Mapping

from app.collections import REGISTRY, CollectionSpec

COLLECTIONS: Mapping[str, CollectionSpec] = REGISTRY


def singular(collection: str) -> str:
    """`entities` → `entity`, `quotes` → `quote`: for messages and schema names."""
    return COLLECTIONS[collection].noun
