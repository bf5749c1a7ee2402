"""The history of every item: one revision per change, with the full representation of
that version, who made it and when. The same rows are the audit log of writes.

Items loaded from the seed (or proposed by the extractor) have no revision until their
first change: until then their history is their current version, shown as revision
`version` with no key; the first change stores that version before its own, so the history
stays complete.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel
from sqlalchemy import insert, select
from sqlmodel import Session

from app.collections import REGISTRY
from app.core.config import Settings
from app.core.db import table_of
from app.core.errors import NotFound, shown
from app.models import ApiKey, AuditEntry, ItemStatus, Revision, RevisionAction, RevisionPublic
from app.query.listing import Filter, Listing, any_of
from app.services.api_keys import Principal
from app.services.corpus import Stamp

_revision = table_of(Revision)

REVISIONS = Listing(
    name="revisions",
    source=_revision,
    filters={
        "collection": any_of("collection"),
        "item_id": any_of("item_id"),
        "status": any_of("status"),
        "api_key_id": any_of("api_key_id"),
        "action": any_of("action"),
        "since": Filter(lambda listing, instant: listing.source.c.at > instant),
        # A write, as opposed to the stored first version of a seed item (no key, no stamp).
        "written": Filter(lambda listing, _: listing.source.c.corpus_version.is_not(None)),
    },
    sorts=("version", "id"),
    default_sort="-id",
    defaults={},
)


def collection_enum(collections: Iterable[str]) -> type[StrEnum]:
    """The writable collections, as an enum for the audit log's filter."""
    return StrEnum("WritableCollection", {c: c for c in collections})  # type: ignore[return-value]


@dataclass(frozen=True)
class Actor:
    """Who makes a write, as the revision records it."""

    key_id: str | None
    key_name: str | None
    request_id: str | None


def actor(session: Session, principal: Principal, request_id: str | None) -> Actor:
    key = session.get(ApiKey, principal.key_id) if principal.key_id else None
    return Actor(principal.key_id, key.name if key else None, request_id)


NOBODY = Actor(None, None, None)


def _row(
    collection: str,
    item: BaseModel,
    action: RevisionAction,
    who: Actor,
    at: Any,
    corpus_version: int | None,
) -> dict[str, Any]:
    data = item.model_dump(mode="json")
    return {
        "collection": collection,
        "item_id": data["id"],
        "version": data["version"],
        "action": action,
        "status": data["status"],
        "api_key_id": who.key_id,
        "api_key_name": who.key_name,
        "at": at,
        "corpus_version": corpus_version,
        "request_id": who.request_id,
        "representation": data,
    }


def _has_history(session: Session, collection: str, item_id: str) -> bool:
    stmt = select(_revision.c.id).where(
        _revision.c.collection == collection, _revision.c.item_id == item_id
    )
    return session.execute(stmt.limit(1)).first() is not None


def record(
    session: Session,
    collection: str,
    item: BaseModel,
    action: RevisionAction,
    who: Actor,
    stamp: Stamp,
    previous: BaseModel | None,
) -> None:
    """Store the revision a write made; first the version it changed, if that one was
    never stored (it came from the seed or the extractor)."""
    if previous is not None and not _has_history(session, collection, str(item.id)):  # type: ignore[attr-defined]
        at = previous.updated_at  # type: ignore[attr-defined]
        session.execute(
            insert(_revision).values(
                **_row(collection, previous, RevisionAction.create, NOBODY, at, None)
            )
        )
    session.execute(
        insert(_revision).values(**_row(collection, item, action, who, stamp.at, stamp.version))
    )


def _unrecorded(session: Session, collection: str, item_id: str) -> RevisionPublic:
    """The current version of an item that no write has touched, as its first revision;
    404 if there is no such item."""
    spec = REGISTRY[collection]
    row = spec.listing.get(session, item_id)
    if row is None:
        raise NotFound(f"There is no {spec.noun} with id {shown(item_id)}.")
    item = spec.assemble(session, [row])[0]
    return RevisionPublic.model_validate(
        _row(collection, item, RevisionAction.create, NOBODY, row["updated_at"], None)
    )


def _visible(revision: RevisionPublic, drafts: bool) -> bool:
    return drafts or revision.status == ItemStatus.published


def _public(row: Any, keys: bool) -> RevisionPublic:
    """A stored revision as served: the key that wrote it only to those who may see keys
    (admins, who see it in the audit log too), since a key id is half a credential and
    spending a budget or guessing a secret starts from it."""
    found = RevisionPublic.model_validate(dict(row))
    return found if keys else found.model_copy(update={"api_key_id": None, "api_key_name": None})


def history(
    session: Session,
    settings: Settings,
    collection: str,
    item_id: str,
    *,
    drafts: bool,
    keys: bool,
    sort: str | None,
    limit: int,
    cursor: str | None,
) -> dict[str, Any]:
    """A page of an item's revisions (newest first unless `sort=version`); deleted items
    included. Versions that were drafts are shown only when `drafts`, keys only when `keys`."""
    noun = REGISTRY[collection].noun
    filters = {
        "collection": [collection],
        "item_id": [item_id],
        "status": None if drafts else [ItemStatus.published.value],
    }
    if not _has_history(session, collection, item_id):
        first = _unrecorded(session, collection, item_id)
        if not _visible(first, drafts):
            raise NotFound(f"There is no {noun} with id {shown(item_id)}.")
        return {"items": [first], "total": 1, "limit": limit, "next_cursor": None}
    page = REVISIONS.page(
        session,
        filters,
        sort=sort or "-version",
        limit=limit,
        cursor=cursor,
        secret=settings.cursor_secret,
    )
    if page.total == 0:
        raise NotFound(f"There is no {noun} with id {shown(item_id)}.")
    return {
        "items": [_public(r, keys) for r in page.rows],
        "total": page.total,
        "limit": limit,
        "next_cursor": page.next_cursor,
    }


def revision(
    session: Session, collection: str, item_id: str, version: int, *, drafts: bool, keys: bool
) -> RevisionPublic:
    """One version of an item, as it was served then (its key only when `keys`)."""
    noun = REGISTRY[collection].noun
    missing = NotFound(f"The {noun} {item_id!r} has no revision {version}.")
    if not _has_history(session, collection, item_id):
        found = _unrecorded(session, collection, item_id)
        if found.version != version or not _visible(found, drafts):
            raise missing
        return found
    row = (
        session.execute(
            select(_revision).where(
                _revision.c.collection == collection,
                _revision.c.item_id == item_id,
                _revision.c.version == version,
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        raise missing
    found = _public(row, keys)
    if not _visible(found, drafts):
        raise missing
    return found


def audit(
    session: Session,
    settings: Settings,
    filters: dict[str, Any],
    *,
    limit: int,
    cursor: str | None,
) -> dict[str, Any]:
    """Every write, newest first, narrowed by key, collection, item, action and time."""
    page = REVISIONS.page(
        session,
        {**filters, "written": True},
        sort="-id",
        limit=limit,
        cursor=cursor,
        secret=settings.cursor_secret,
    )
    return {
        "items": [AuditEntry.model_validate(dict(r)) for r in page.rows],
        "total": page.total,
        "limit": limit,
        "next_cursor": page.next_cursor,
    }
