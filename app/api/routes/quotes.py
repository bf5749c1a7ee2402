from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import SessionDep, SettingsDep
from app.api.params import (
    ChangesDep,
    DateFiltersDep,
    ItemFiltersDep,
    PageDep,
    include_query,
    item_id,
    many,
    sort_query,
)
from app.api.security import PrincipalDep, sees_drafts
from app.core.errors import problem_responses
from app.models import QuotePublic
from app.models.common import Slug
from app.models.pages import QuoteList
from app.services import collections
from app.services.etags import tagged

router = APIRouter(prefix="/quotes", tags=["quotes"])


@router.get("", response_model=QuoteList, summary="List quotes", responses=problem_responses(422))
def list_quotes(
    session: SessionDep,
    settings: SettingsDep,
    page: PageDep,
    changes: ChangesDep,
    filters: ItemFiltersDep,
    dates: DateFiltersDep,
    speaker: many(
        Slug, "Only quotes by these speakers (entity ids).", examples=["donald-trump"]
    ) = None,
    sort: sort_query("quotes") = None,
    include: include_query("quotes") = None,
) -> dict:
    """Every quotation in the briefings: the words, who said them, when and on what occasion."""
    return page.linked(
        collections.list_items(
            session,
            settings,
            "quotes",
            {**changes, **filters, **dates, "speaker": speaker},
            sort=sort,
            limit=page.limit,
            cursor=page.cursor,
            include=include or (),
        )
    )


@router.get(
    "/{quote_id}",
    response_model=QuotePublic,
    summary="Get a quote",
    responses=problem_responses(404, 422),
)
def get_quote(
    session: SessionDep,
    principal: PrincipalDep,
    response: Response,
    quote_id: item_id("quote"),
) -> object:
    """One quote by id."""
    item = collections.get_item(session, "quotes", quote_id, drafts=sees_drafts(principal))
    return tagged(response, item)
