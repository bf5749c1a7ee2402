from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import SessionDep
from app.api.params import (
    ChangesDep,
    ItemFiltersDep,
    ViewerDep,
    include_query,
    item_id,
    many,
    sort_query,
)
from app.api.representations import ListDep, list_responses
from app.core.errors import problem_responses
from app.models import ClaimPublic, ClaimType
from app.models.common import Slug
from app.models.pages import ClaimList
from app.services import collections
from app.services.etags import tagged

router = APIRouter(prefix="/claims", tags=["claims"])


@router.get("", response_model=ClaimList, summary="List claims", responses=list_responses())
def list_claims(
    lists: ListDep,
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
) -> object:
    """Every analytic claim, typed, with the quotes and events that support it."""
    return lists.serve(
        "claims",
        {**changes, **filters, "claim_type": claim_type, "attributed_to": attributed_to},
        sort=sort,
        include=include,
    )


@router.get(
    "/{claim_id}",
    response_model=ClaimPublic,
    summary="Get a claim",
    responses=problem_responses(404, 422),
)
def get_claim(
    session: SessionDep,
    viewer: ViewerDep,
    response: Response,
    claim_id: item_id("claim"),
) -> object:
    """One claim by id."""
    item = collections.get_item(session, "claims", claim_id, drafts=viewer.sees_drafts)
    return tagged(response, item)
