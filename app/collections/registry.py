"""`REGISTRY`: every collection's spec, by name, in the order of the OpenAPI tags."""

from __future__ import annotations

from app.collections import claims, documents, entities, events, implications, quotes
from app.collections.spec import CollectionName, CollectionSpec
from app.models import ItemType


class Registry(dict[CollectionName, CollectionSpec]):
    """The specs by name, and the orders derived from them."""

    def by_export_order(self) -> list[CollectionSpec]:
        """Each collection after the ones its items refer to."""
        return sorted(self.values(), key=lambda spec: spec.export_order)

    def writable(self) -> list[CollectionSpec]:
        """The writable collections: provenance-carrying items first, then the rest, each in
        export order (the order of the write and revision routes and of the audit filter)."""
        found = [spec for spec in self.by_export_order() if spec.writable]
        return sorted(found, key=lambda spec: spec.item_type is None)

    def of_type(self, item_type: ItemType) -> CollectionSpec:
        """The collection of one provenance-carrying item type."""
        return next(spec for spec in self.values() if spec.item_type == item_type)


def _registry(*specs: CollectionSpec) -> Registry:
    registry = Registry({spec.name: spec for spec in specs})
    missing = set(CollectionName) - set(registry)
    if missing:
        raise RuntimeError(f"No spec for the collections {sorted(missing)}")
    return registry


REGISTRY = _registry(
    documents.SPEC, entities.SPEC, claims.SPEC, quotes.SPEC, events.SPEC, implications.SPEC
)
