"""A validated body as rows, by the builders the seed loader and ingest use too
(`services.rows`), found through the collection whose create model it is."""

from __future__ import annotations

from pydantic import BaseModel

from app.collections import REGISTRY
from app.models.writes import EntityCreate
from app.services import rows
from app.services.rows import ItemRows, Row


def body_rows(item_id: str, data: BaseModel, stored: Row) -> ItemRows:
    """The rows that store `data` (a create body, or a patched item validated as one) as
    `item_id`, with `stored` (status, provenance) from `validation.validated`."""
    if isinstance(data, EntityCreate):
        return rows.entity_rows(item_id, data, stored)
    for spec in REGISTRY.provenanced():
        if spec.create is not None and isinstance(data, spec.create):
            return rows.item_rows(spec, item_id, data, stored)
    raise TypeError(f"no rows for a {type(data).__name__}")
