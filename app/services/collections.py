"""Listing, fetching and expanding the collections declared in `app.collections`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session

from app.collections import REGISTRY
from app.collections.pages import Included
from app.core.config import Settings
from app.core.errors import Gone, InvalidParameter, NotFound, shown
from app.models import ItemStatus


def fetch(session: Session, collection: str, ids: Iterable[str]) -> list[BaseModel]:
    """Every item of `collection` with one of `ids`, in the collection's default order."""
    spec = REGISTRY[collection]
    ids = sorted(ids)
    if not ids:
        return []
    listing = spec.listing
    stmt = listing.filtered({"id": ids}).order_by(
        listing.sort_expression(listing.default_sort), listing.source.c[listing.key]
    )
    return list(spec.assemble(session, list(session.execute(stmt).mappings())))


def expand(
    session: Session, collection: str, ids: list[str], include: Iterable[str], max_items: int
) -> BaseModel | None:
    """The items `include` names for a page, at most `max_items` of them: one entity's
    claims across a large corpus could otherwise make a page of any size."""
    include = list(dict.fromkeys(include))
    if not include:
        return None
    wanted: dict[str, set[str]] = {}
    for name in include:
        for target, found in REGISTRY[collection].expansions[name](session, ids).items():
            wanted.setdefault(target, set()).update(found)
    count = sum(len(found) for found in wanted.values())
    if count > max_items:
        raise InvalidParameter(
            "include",
            f"include= would add {count} items to this page, more than the {max_items} "
            "allowed; ask for a smaller page (limit=) or fewer expansions.",
            "too_many_included",
        )
    return Included(**{target: fetch(session, target, found) for target, found in wanted.items()})


def list_items(
    session: Session,
    settings: Settings,
    collection: str,
    filters: Mapping[str, Any],
    *,
    sort: str | None,
    limit: int,
    cursor: str | None,
    include: Iterable[str] = (),
) -> dict[str, Any]:
    spec = REGISTRY[collection]
    page = spec.listing.page(
        session, filters, sort=sort, limit=limit, cursor=cursor, secret=settings.cursor_secret
    )
    return {
        "items": spec.assemble(session, page.rows),
        "total": page.total,
        "limit": limit,
        "next_cursor": page.next_cursor,
        "included": expand(
            session,
            collection,
            [r["id"] for r in page.rows],
            include,
            settings.max_included,
        ),
    }


def get_item(session: Session, collection: str, item_id: str, *, drafts: bool = False) -> BaseModel:
    """One item; a draft only when `drafts` (the caller may see them), else a 404."""
    spec = REGISTRY[collection]
    row = spec.listing.get(session, item_id)
    if row is None or (row["status"] != ItemStatus.published and not drafts):
        raise NotFound(f"There is no {spec.noun} with id {shown(item_id)}.")
    if row["deleted_at"] is not None:
        raise Gone(
            f"The {spec.noun} {item_id!r} was deleted at "
            f"{row['deleted_at'].isoformat()}; its revisions stay readable."
        )
    return spec.assemble(session, [row])[0]
