from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from app.api.deps import SessionDep, SettingsDep
from app.api.params import Instant, PageDep, many
from app.api.security import AdminDep
from app.core.errors import problem_responses
from app.models import RevisionAction
from app.models.pages import AuditLog
from app.services import revisions
from app.services.writes import WRITABLE

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
    key: many(str, "Only writes made with these API key ids.") = None,
    collection: many(
        revisions.collection_enum(WRITABLE), "Only writes to these collections."
    ) = None,
    item: many(str, "Only writes to items with these ids.") = None,
    action: many(RevisionAction, "Only these kinds of write.") = None,
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
    return page.linked(
        revisions.audit(session, settings, filters, limit=page.limit, cursor=page.cursor)
    )
