"""`REGISTRY`: every collection's spec, by name, in the order of the OpenAPI tags.

The specs are found, not listed: every module of this package but its machinery declares
one collection as `SPEC`, so adding a collection is adding its module.
"""

from __future__ import annotations

import importlib
import pkgutil
from enum import StrEnum
from pathlib import Path

from app.collections.spec import CollectionSpec
from app.models import ItemType

# The package's own modules, which declare no collection (`pages` is derived from REGISTRY).
MACHINERY = frozenset({"enums", "expansions", "filters", "items", "pages", "registry", "spec"})


class Registry(dict[str, CollectionSpec]):
    """The specs by name, and the orders derived from them."""

    def by_export_order(self) -> list[CollectionSpec]:
        """Each collection after the ones its items refer to."""
        return sorted(self.values(), key=lambda spec: spec.export_order)

    def writable(self) -> list[CollectionSpec]:
        """The writable collections: provenance-carrying items first, then the rest, each in
        export order (the order of the write and revision routes and of the audit filter)."""
        found = [spec for spec in self.by_export_order() if spec.writable]
        return sorted(found, key=lambda spec: spec.item_type is None)

    def provenanced(self) -> list[CollectionSpec]:
        """The provenance-carrying collections, in the order of `ItemType`."""
        order = list(ItemType)
        found = [spec for spec in self.values() if spec.item_type is not None]
        return sorted(found, key=lambda spec: order.index(spec.item_type))  # type: ignore[arg-type]

    def of_type(self, item_type: ItemType) -> CollectionSpec:
        """The collection of one provenance-carrying item type."""
        return next(spec for spec in self.values() if spec.item_type == item_type)


def declared_specs() -> list[CollectionSpec]:
    """The `SPEC` of every collection module of this package, in OpenAPI tag order."""
    specs = []
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.name in MACHINERY:
            continue
        spec = getattr(importlib.import_module(f"{__package__}.{module.name}"), "SPEC", None)
        if not isinstance(spec, CollectionSpec):
            raise RuntimeError(f"app.collections.{module.name} declares no SPEC")
        specs.append(spec)
    return sorted(specs, key=lambda spec: spec.position)


def _registry(specs: list[CollectionSpec]) -> Registry:
    registry = Registry({spec.name: spec for spec in specs})
    typed = [spec.item_type for spec in specs if spec.item_type is not None]
    if len(registry) < len(specs) or len(set(typed)) < len(typed):
        raise RuntimeError("Two collection specs share a name or an item type")
    if set(typed) != set(ItemType):
        raise RuntimeError(f"No collection for the item types {set(ItemType) - set(typed)}")
    return registry


REGISTRY = _registry(declared_specs())
CollectionName = StrEnum(  # type: ignore[misc]
    "CollectionName", {name: name for name in REGISTRY}
)
"""Every collection the API serves, in the order of its OpenAPI tags."""
