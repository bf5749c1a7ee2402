from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import SessionDep
from app.api.params import (
    ChangesDep,
    IdFilter,
    TextQuery,
    ViewerDep,
    include_query,
    item_id,
    many,
    sort_query,
)
from app.api.representations import ListDep, list_responses
from app.core.errors import problem_responses
from app.models import EntityKind, EntityPublic
from app.models.pages import EntityList
from app.services import collections
from app.services.etags import tagged

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("", response_model=EntityList, summary="List entities", responses=list_responses())
def list_entities(
    lists: ListDep,
    changes: ChangesDep,
    id: IdFilter = None,
    kind: many(EntityKind, "Only entities of these kinds.") = None,
    q: TextQuery = None,
    sort: sort_query("entities") = None,
    include: include_query("entities") = None,
) -> object:
    """People, countries, organizations, places and groups the briefings name, one id each."""
    return lists.serve(
        "entities",
        {**changes, "id": id, "kind": kind, "q": q},
        sort=sort,
        include=include,
    )


@router.get(
    "/{entity_id}",
    response_model=EntityPublic,
    summary="Get an entity",
    responses=problem_responses(404, 422),
)
def get_entity(
    session: SessionDep,
    viewer: ViewerDep,
    response: Response,
    entity_id: item_id("entity"),
) -> object:
    """One entity by id."""
    item = collections.get_item(session, "entities", entity_id, drafts=viewer.sees_drafts)
    return tagged(response, item)
