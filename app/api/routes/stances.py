"""`GET /v1/entities/{id}/stances`: one holder's stances over time."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.api.deps import SessionDep
from app.api.params import PRINTABLE, ViewerDep
from app.core.errors import problem_responses
from app.models.common import Slug
from app.models.stance import StanceSeries
from app.services import stances

router = APIRouter(prefix="/entities", tags=["stances"])

EntityId = Annotated[
    str, Path(description="The holder's entity id (a slug).", min_length=1, pattern=PRINTABLE)
]
Target = Annotated[
    Slug | None, Query(description="Only stances toward this entity.", examples=["russia"])
]


@router.get(
    "/{entity_id}/stances",
    response_model=StanceSeries,
    summary="An entity's stances over time",
    responses=problem_responses(404, 422),
)
def entity_stances(
    session: SessionDep,
    viewer: ViewerDep,
    entity_id: EntityId,
    target: Target = None,
) -> StanceSeries:
    """The stances this entity holds (toward `target`, if given), oldest first; undated ones
    last. 404 for an unknown entity, 422 for an unknown target."""
    return stances.series(session, entity_id, target, drafts=viewer.sees_drafts)
