from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import SessionDep, SettingsDep
from app.api.params import (
    ChangesDep,
    ItemFiltersDep,
    PageDep,
    include_query,
    item_id,
    many,
    sort_query,
)
from app.api.security import PrincipalDep, sees_drafts
from app.core.errors import problem_responses
from app.models import ClaimPublic, ClaimType
from app.models.common import Slug
from app.models.pages import ClaimList
from app.services import collections
from app.services.etags import tagged

router = APIRouter(prefix="/claims", tags=["claims"])


@router.get("", response_model=ClaimList, summary="List claims", responses=problem_responses(422))
def list_claims(
    session: SessionDep,
    settings: SettingsDep,
    page: PageDep,
    changes: ChangesDep,
    filters: ItemFiltersDep,
    claim_type: many(ClaimType, "Only claims of these types.") = None,
    attributed_to: many(
        Slug,
        "Only claims the briefing attributes to these entities.",
        examples=["mark-rutte"],
    ) = None,
    sort: sort_query("claims") = None,
    include: include_query("claims") = None,
) -> dict:
    """Every analytic claim, typed, with the quotes and events that support it."""
    return page.linked(
        collections.list_items(
            session,
            settings,
            "claims",
            {**changes, **filters, "claim_type": claim_type, "attributed_to": attributed_to},
            sort=sort,
            limit=page.limit,
            cursor=page.cursor,
            include=include or (),
        )
    )


@router.get(
    "/{claim_id}",
    response_model=ClaimPublic,
    summary="Get a claim",
    responses=problem_responses(404, 422),
)
def get_claim(
    session: SessionDep,
    principal: PrincipalDep,
    response: Response,
    claim_id: item_id("claim"),
) -> object:
    """One claim by id."""
    item = collections.get_item(session, "claims", claim_id, drafts=sees_drafts(principal))
    return tagged(response, item)
