"""An item's current state, as a write reads it: its stored row, its public form, and
that form as the body that would create it, which a merge patch applies to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel
from sqlalchemy.engine import RowMapping
from sqlmodel import Session

from app.collections import CollectionSpec
from app.core.errors import Gone, NotFound, shown
from app.models import assertion
from app.services.writes.registry import create_model


def public(session: Session, spec: CollectionSpec, row: RowMapping) -> BaseModel:
    return spec.assemble(session, [row])[0]


def current(session: Session, spec: CollectionSpec, item_id: str) -> tuple[RowMapping, BaseModel]:
    """The stored row and its public form; 404 for no such item, 410 for a tombstone."""
    row = spec.listing.get(session, item_id)
    if row is None:
        raise NotFound(f"There is no {spec.noun} with id {shown(item_id)}.")
    if row["deleted_at"] is not None:
        raise Gone(f"The {spec.noun} {item_id!r} was deleted; its revisions stay readable.")
    return row, public(session, spec, row)


def reread(session: Session, spec: CollectionSpec, item_id: str) -> BaseModel:
    row = spec.listing.get(session, item_id)
    assert row is not None
    return public(session, spec, row)


def as_input(spec: CollectionSpec, item: BaseModel) -> dict[str, Any]:
    """The item as the body that would create it: entities by id, provenance and cues
    pinned to their spans. A merge patch applies to this."""
    data = item.model_dump(mode="json")
    values = {
        name: assertion.as_input(name, data[name])
        for name in create_model(spec).model_fields
        if name in data
    }
    values.pop("id", None)
    for name in spec.roles:
        ref = values.get(name)
        values[name] = [r["id"] for r in ref] if isinstance(ref, list) else (ref or {}).get("id")
    if spec.item_type is None and "roles" in values:  # an entity's titles, `of` by id
        values["roles"] = [{**role, "of": role["of"]["id"]} for role in values["roles"]]
    if "provenance" in values:
        p = values["provenance"]
        values["provenance"] = {k: p[k] for k in ("document_id", "excerpt", "char_start")}
    return values


def merge_patch(target: dict[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """RFC 7386 at the top level: `null` removes a field (its default applies), any other
    value replaces it; `provenance` is one value, replaced whole."""
    merged = {k: v for k, v in target.items() if k not in patch}
    merged.update({k: v for k, v in patch.items() if v is not None})
    return merged
