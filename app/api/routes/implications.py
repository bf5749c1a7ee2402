from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import SessionDep
from app.api.params import (
    ChangesDep,
    ItemFiltersDep,
    ViewerDep,
    include_query,
    item_id,
    sort_query,
)
from app.api.representations import ListDep, list_responses
from app.core.errors import problem_responses
from app.models import ImplicationPublic
from app.models.pages import ImplicationList
from app.services import collections
from app.services.etags import tagged

router = APIRouter(prefix="/implications", tags=["implications"])


@router.get(
    "",
    response_model=ImplicationList,
    summary="List implications",
    responses=list_responses(),
)
def list_implications(
    lists: ListDep,
    changes: ChangesDep,
    filters: ItemFiltersDep,
    sort: sort_query("implications") = None,
    include: include_query("implications") = None,
) -> object:
    """Forward-looking implications, each with the claims it is derived from."""
    return lists.serve("implications", {**filters, **changes}, sort=sort, include=include)


@router.get(
    "/{implication_id}",
    response_model=ImplicationPublic,
    summary="Get an implication",
    responses=problem_responses(404, 422),
)
def get_implication(
    session: SessionDep,
    viewer: ViewerDep,
    response: Response,
    implication_id: item_id("implication"),
) -> object:
    """One implication by id."""
    item = collections.get_item(session, "implications", implication_id, drafts=viewer.sees_drafts)
    return tagged(response, item)
