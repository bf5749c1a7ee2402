from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import SessionDep, SettingsDep
from app.api.params import ChangesDep, ItemFiltersDep, PageDep, include_query, item_id, sort_query
from app.api.security import PrincipalDep, sees_drafts
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
    responses=problem_responses(422),
)
def list_implications(
    session: SessionDep,
    settings: SettingsDep,
    page: PageDep,
    changes: ChangesDep,
    filters: ItemFiltersDep,
    sort: sort_query("implications") = None,
    include: include_query("implications") = None,
) -> dict:
    """Forward-looking implications, each with the claims it is derived from."""
    return page.linked(
        collections.list_items(
            session,
            settings,
            "implications",
            {**filters, **changes},
            sort=sort,
            limit=page.limit,
            cursor=page.cursor,
            include=include or (),
        )
    )


@router.get(
    "/{implication_id}",
    response_model=ImplicationPublic,
    summary="Get an implication",
    responses=problem_responses(404, 422),
)
def get_implication(
    session: SessionDep,
    principal: PrincipalDep,
    response: Response,
    implication_id: item_id("implication"),
) -> object:
    """One implication by id."""
    item = collections.get_item(
        session, "implications", implication_id, drafts=sees_drafts(principal)
    )
    return tagged(response, item)
