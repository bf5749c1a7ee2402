"""A validated body as rows, by the builders the seed loader and ingest use too
(`services.rows`)."""

from __future__ import annotations

from pydantic import BaseModel

from app.collections import CollectionSpec
from app.models.writes import EntityCreate, ForecastCreate
from app.services import rows
from app.services.rows import ItemRows, Row


def body_rows(spec: CollectionSpec, item_id: str, data: BaseModel, stored: Row) -> ItemRows:
    """The rows that store `data` (a create body, or a patched item validated as one) as
    `item_id` of `spec`, with `stored` (status, provenance) from `validation.validated`."""
    if spec.item_type is not None:
        return rows.item_rows(spec, item_id, data, stored)
    if isinstance(data, ForecastCreate):
        return rows.forecast_rows(item_id, data.subject, data, stored)
    if not isinstance(data, EntityCreate):
        raise TypeError(f"no rows for a {type(data).__name__} in {spec.name}")
    return rows.entity_rows(item_id, data, stored)
