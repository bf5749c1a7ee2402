from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Query

from app.api.deps import SessionDep, SettingsDep
from app.api.params import Instant, PageDep, several
from app.api.security import AdminDep
from app.collections import REGISTRY
from app.collections.filters import ABSENT
from app.core.errors import problem_responses
from app.models import RevisionAction
from app.models.pages import AuditLog
from app.services import revisions

if TYPE_CHECKING:
    WritableCollection = str
else:
    WritableCollection = revisions.collection_enum(spec.name for spec in REGISTRY.writable())

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get(
    "",
    response_model=AuditLog,
    summary="List audit entries",
    responses=problem_responses(401, 403, 422),
)
def list_audit_entries(
    session: SessionDep,
    settings: SettingsDep,
    _admin: AdminDep,
    page: PageDep,
    key: Annotated[list[str], several("Only writes made with these API key ids.")] = ABSENT,
    collection: Annotated[
        list[WritableCollection], several("Only writes to these collections.")
    ] = ABSENT,
    item: Annotated[list[str], several("Only writes to items with these ids.")] = ABSENT,
    action: Annotated[list[RevisionAction], several("Only these kinds of write.")] = ABSENT,
    since: Annotated[
        Instant | None,
        Query(description="Only writes after this instant (RFC 3339 with a time zone)."),
    ] = None,
) -> dict[str, Any]:
    """Every write (create, update, confirm, delete), newest first: which key, which item,
    which version, when, and the request id. Needs the admin scope."""
    filters = {
        "api_key_id": key,
        "collection": collection,
        "item_id": item,
        "action": action,
        "since": since,
    }
    return page.of(revisions.audit, session, settings, filters)
