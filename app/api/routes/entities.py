from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import SessionDep, SettingsDep
from app.api.params import (
    ChangesDep,
    IdFilter,
    PageDep,
    TextQuery,
    include_query,
    item_id,
    many,
    sort_query,
)
from app.api.security import PrincipalDep, sees_drafts
from app.core.errors import problem_responses
from app.models import EntityKind, EntityPublic
from app.models.pages import EntityList
from app.services import collections
from app.services.etags import tagged

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get(
    "", response_model=EntityList, summary="List entities", responses=problem_responses(422)
)
def list_entities(
    session: SessionDep,
    settings: SettingsDep,
    page: PageDep,
    changes: ChangesDep,
    id: IdFilter = None,
    kind: many(EntityKind, "Only entities of these kinds.") = None,
    q: TextQuery = None,
    sort: sort_query("entities") = None,
    include: include_query("entities") = None,
) -> dict:
    """People, countries, organizations, places and groups the briefings name, one id each."""
    return page.linked(
        collections.list_items(
            session,
            settings,
            "entities",
            {**changes, "id": id, "kind": kind, "q": q},
            sort=sort,
            limit=page.limit,
            cursor=page.cursor,
            include=include or (),
        )
    )


@router.get(
    "/{entity_id}",
    response_model=EntityPublic,
    summary="Get an entity",
    responses=problem_responses(404, 422),
)
def get_entity(
    session: SessionDep,
    principal: PrincipalDep,
    response: Response,
    entity_id: item_id("entity"),
) -> object:
    """One entity by id."""
    item = collections.get_item(session, "entities", entity_id, drafts=sees_drafts(principal))
    return tagged(response, item)
