"""The page models of the collections (`QuoteList`, …) and `Included`, generated from the
specs: a new collection gets its page and its place in `included` by itself."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, create_model

from app.collections import documents
from app.collections.registry import REGISTRY
from app.collections.spec import CollectionSpec
from app.models.pages import Page


def _included() -> type[BaseModel]:
    """Every collection but documents (which nothing expands into), in export order."""
    fields: dict[str, Any] = {
        spec.name: (list[spec.public] | None, None)  # type: ignore[name-defined]
        for spec in REGISTRY.by_export_order()
        if spec is not documents.SPEC
    }
    included: type[BaseModel] = create_model("Included", **fields)
    included.__doc__ = "Items referenced by the page, embedded on request with `include=`."
    return included


Included = _included()


def _page(spec: CollectionSpec) -> type[BaseModel]:
    included: Any = Field(
        default=None, description="Referenced items, when `include=` asks for them."
    )
    optional: Any = Included | None
    return create_model(
        f"{spec.title}List",
        __base__=Page[spec.public],  # type: ignore[name-defined]
        __module__=__name__,
        included=(optional, included),
    )


PAGES: dict[str, type[BaseModel]] = {spec.name: _page(spec) for spec in REGISTRY.values()}
