"""The three writes: create, update (merge patch) and delete (a tombstone), each recorded
as a revision.

Every write runs in one transaction that starts with `corpus.advance`, which serializes the
writers of every process; the item's version is then checked against `If-Match` and
updated with a compare-and-set, so no write can overwrite one it has not seen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import insert, update
from sqlalchemy.engine import RowMapping
from sqlmodel import Session

from app.collections import CollectionSpec
from app.core import data_version
from app.core.errors import Conflict, PreconditionFailed
from app.models import IdempotentResponse, ItemStatus, ProvenanceMethod, RevisionAction
from app.services import corpus, revisions
from app.services import idempotency as idempotent
from app.services.corpus import Stamp
from app.services.etags import check_if_match, item_etag
from app.services.revisions import Actor
from app.services.rows import Row
from app.services.writes.bodies import body_rows
from app.services.writes.ids import new_id
from app.services.writes.links import referrers, replace_links
from app.services.writes.problems import Problems, invalid_body
from app.services.writes.registry import create_model
from app.services.writes.state import as_input, current, merge_patch, reread
from app.services.writes.validation import validated


@dataclass(frozen=True)
class Written:
    item: BaseModel
    etag: str
    stamp: Stamp


@dataclass(frozen=True)
class Idempotency:
    """A POST's `Idempotency-Key`, scoped to the API key that sent it, and the request it
    names (`idempotency.fingerprint`)."""

    key_id: str
    key: str
    request: str
    retention: int


def location(collection: str, item_id: str) -> str:
    return f"/v1/{collection}/{item_id}"


def _commit(session: Session) -> None:
    session.commit()
    data_version.changed_here()


def _recorded(
    session: Session,
    spec: CollectionSpec,
    item_id: str,
    action: RevisionAction,
    actor: Actor,
    stamp: Stamp,
    previous: BaseModel | None,
) -> Written:
    item = reread(session, spec, item_id)
    revisions.record(session, spec.name, item, action, actor, stamp, previous)
    return Written(item, item_etag(item), stamp)


def create(
    session: Session,
    spec: CollectionSpec,
    data: BaseModel,
    actor: Actor,
    idempotency: Idempotency | None = None,
) -> Written | IdempotentResponse:
    """Store a new item; with an idempotency key already used for this request, store
    nothing and give the first response to replay."""
    stamp = corpus.advance(session)
    if idempotency is not None:
        first = idempotent.find(
            session,
            idempotency.key_id,
            idempotency.key,
            idempotency.request,
            stamp.at,
            idempotency.retention,
        )
        if first is not None:
            session.rollback()
            return first
    stored = validated(session, spec, data, ProvenanceMethod.curated, Problems())
    item_id = new_id(session, spec, data)
    built = body_rows(spec, item_id, data, stored)
    session.execute(
        insert(spec.source).values(**built.row, version=1, created_at=stamp.at, updated_at=stamp.at)
    )
    replace_links(session, spec, built)
    written = _recorded(session, spec, item_id, RevisionAction.create, actor, stamp, None)
    if idempotency is not None:
        idempotent.remember(
            session,
            IdempotentResponse(
                api_key_id=idempotency.key_id,
                key=idempotency.key,
                request_sha256=idempotency.request,
                status_code=HTTPStatus.CREATED,
                location=location(spec.name, item_id),
                etag=written.etag,
                body=written.item.model_dump_json(),
                created_at=stamp.at,
            ),
        )
    _commit(session)
    return written


def _compare_and_set(
    session: Session, spec: CollectionSpec, read: RowMapping, values: Row, stamp: Stamp
) -> None:
    """Write `values` as the next version, only if the stored version is still the one
    read; writers are serialized by the corpus lock, so this is a safeguard that turns any
    lost race into a 412 rather than a lost update."""
    result = session.execute(
        update(spec.source)
        .where(spec.source.c.id == read["id"], spec.source.c.version == read["version"])
        .values(**values, version=read["version"] + 1, updated_at=stamp.at)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise PreconditionFailed(f"The {spec.noun} changed during this write; retry.")


def update_item(
    session: Session,
    spec: CollectionSpec,
    item_id: str,
    body: BaseModel,
    if_match: str | None,
    actor: Actor,
) -> Written:
    """Apply a merge patch (`spec.update`) to the current version named by `If-Match`."""
    patch: Mapping[str, Any] = body.model_dump(exclude_unset=True)
    stamp = corpus.advance(session)
    row, before = current(session, spec, item_id)
    check_if_match(if_match, item_etag(before))
    target = as_input(spec, before)
    if spec.item_type is None and "name" in patch and "aliases" not in patch:
        # A renamed entity keeps its old name as an alias: nothing it was called is lost.
        old, aliases = row["name"], list(target.get("aliases") or [])
        if patch["name"] != old and old not in aliases:
            patch = {**patch, "aliases": [*aliases, old]}
    try:
        data = create_model(spec).model_validate(merge_patch(target, patch))
    except ValidationError as exc:
        raise invalid_body(exc) from exc
    if _unchanged(spec, target, data, curating="provenance" in patch, row=row):
        # Nothing to record: no new version, and the corpus keeps its version, so caches
        # and syncing clients have nothing to refetch.
        session.rollback()
        return Written(before, item_etag(before), corpus.current(session))
    problems = Problems()
    was, becomes = row["status"], getattr(data, "status")  # noqa: B009
    if was == ItemStatus.published and becomes == ItemStatus.draft:
        problems.add(
            ["status"], "a published item cannot go back to draft; delete it instead", "status"
        )
    method = ProvenanceMethod.curated if "provenance" in patch else row.get("provenance_method")
    stored = validated(session, spec, data, method or ProvenanceMethod.curated, problems)
    built = body_rows(spec, item_id, data, stored)
    values = {k: v for k, v in built.row.items() if k != "id"}
    _compare_and_set(session, spec, row, values, stamp)
    replace_links(session, spec, built)
    confirmed = was == ItemStatus.draft and becomes == ItemStatus.published
    action = RevisionAction.confirm if confirmed else RevisionAction.update
    written = _recorded(session, spec, item_id, action, actor, stamp, before)
    _commit(session)
    return written


def _unchanged(
    spec: CollectionSpec,
    target: dict[str, Any],
    data: BaseModel,
    *,
    curating: bool,
    row: RowMapping,
) -> bool:
    """Whether a patch leaves the item as it is: the same body, and no rule-extracted
    provenance that a curator's excerpt would now make curated."""
    if curating and row.get("provenance_method") != ProvenanceMethod.curated:
        return False
    try:
        return data == create_model(spec).model_validate(target)
    except ValidationError:
        return False


def delete_item(
    session: Session, spec: CollectionSpec, item_id: str, if_match: str | None, actor: Actor
) -> Written:
    """Tombstone the item: it leaves the lists, its row, links and history stay. Refused
    (409) while live items still reference it."""
    stamp = corpus.advance(session)
    row, before = current(session, spec, item_id)
    check_if_match(if_match, item_etag(before))
    found = referrers(session, spec, item_id)
    if found:
        raise Conflict(
            f"The {spec.noun} {item_id!r} is still referenced by {len(found)} item(s): "
            f"{', '.join(found)}. Remove those references (or delete those items) first."
        )
    _compare_and_set(session, spec, row, {"deleted_at": stamp.at}, stamp)
    written = _recorded(session, spec, item_id, RevisionAction.delete, actor, stamp, before)
    _commit(session)
    return written
