from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import SessionDep
from app.api.params import (
    ChangesDep,
    DateFiltersDep,
    ItemFiltersDep,
    ViewerDep,
    include_query,
    item_id,
    many,
    sort_query,
)
from app.api.representations import ListDep, list_responses
from app.core.errors import problem_responses
from app.models import QuotePublic
from app.models.common import Slug
from app.models.pages import QuoteList
from app.services import collections
from app.services.etags import tagged

router = APIRouter(prefix="/quotes", tags=["quotes"])


@router.get("", response_model=QuoteList, summary="List quotes", responses=list_responses())
def list_quotes(
    lists: ListDep,
    changes: ChangesDep,
    filters: ItemFiltersDep,
    dates: DateFiltersDep,
    speaker: many(
        Slug, "Only quotes by these speakers (entity ids).", examples=["donald-trump"]
    ) = None,
    sort: sort_query("quotes") = None,
    include: include_query("quotes") = None,
) -> object:
    """Every quotation in the briefings: the words, who said them, when and on what occasion."""
    return lists.serve(
        "quotes",
        {**changes, **filters, **dates, "speaker": speaker},
        sort=sort,
        include=include,
    )


@router.get(
    "/{quote_id}",
    response_model=QuotePublic,
    summary="Get a quote",
    responses=problem_responses(404, 422),
)
def get_quote(
    session: SessionDep,
    viewer: ViewerDep,
    response: Response,
    quote_id: item_id("quote"),
) -> object:
    """One quote by id."""
    item = collections.get_item(session, "quotes", quote_id, drafts=viewer.sees_drafts)
    return tagged(response, item)
