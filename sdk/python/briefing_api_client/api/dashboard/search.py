from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.search_results import SearchResults
from ...models.search_type import SearchType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    type_: list[SearchType] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_type_: list[str] | None | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, list):
        json_type_ = []
        for type_type_0_item_data in type_:
            type_type_0_item = type_type_0_item_data.value
            json_type_.append(type_type_0_item)

    else:
        json_type_ = type_
    params["type"] = json_type_

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_document_id: list[str] | None | Unset
    if isinstance(document_id, Unset):
        json_document_id = UNSET
    elif isinstance(document_id, list):
        json_document_id = document_id

    else:
        json_document_id = document_id
    params["document_id"] = json_document_id

    json_entity: list[str] | None | Unset
    if isinstance(entity, Unset):
        json_entity = UNSET
    elif isinstance(entity, list):
        json_entity = entity

    else:
        json_entity = entity
    params["entity"] = json_entity

    json_section: list[str] | None | Unset
    if isinstance(section, Unset):
        json_section = UNSET
    elif isinstance(section, list):
        json_section = section

    else:
        json_section = section
    params["section"] = json_section

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SearchResults | None:
    if response.status_code == 200:
        response_200 = SearchResults.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SearchResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: list[SearchType] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> Response[Problem | SearchResults]:
    """Search every item type

     Hits across all types, entities first, then in document order, each with a snippet.

    Args:
        q (str): Full-text search of entities, claims, quotes, events and implications. Every word
            must start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        type_ (list[SearchType] | None | Unset): Only hits of these types.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        document_id (list[str] | None | Unset): Only items from these documents (repeat for
            several). An id that names nothing stored is a 422 that names it.
        entity (list[str] | None | Unset): Only items that involve one of these entity ids, in any
            role (speaker, actor, location, subject, attributed-to). Repeat for several (OR). An id
            that names nothing stored is a 422 that names it.
        section (list[str] | None | Unset): Only items inside a section with this heading, exactly
            as in the document's `sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchResults]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        limit=limit,
        cursor=cursor,
        document_id=document_id,
        entity=entity,
        section=section,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: list[SearchType] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> Problem | SearchResults | None:
    """Search every item type

     Hits across all types, entities first, then in document order, each with a snippet.

    Args:
        q (str): Full-text search of entities, claims, quotes, events and implications. Every word
            must start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        type_ (list[SearchType] | None | Unset): Only hits of these types.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        document_id (list[str] | None | Unset): Only items from these documents (repeat for
            several). An id that names nothing stored is a 422 that names it.
        entity (list[str] | None | Unset): Only items that involve one of these entity ids, in any
            role (speaker, actor, location, subject, attributed-to). Repeat for several (OR). An id
            that names nothing stored is a 422 that names it.
        section (list[str] | None | Unset): Only items inside a section with this heading, exactly
            as in the document's `sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchResults
    """

    return sync_detailed(
        client=client,
        q=q,
        type_=type_,
        limit=limit,
        cursor=cursor,
        document_id=document_id,
        entity=entity,
        section=section,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: list[SearchType] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> Response[Problem | SearchResults]:
    """Search every item type

     Hits across all types, entities first, then in document order, each with a snippet.

    Args:
        q (str): Full-text search of entities, claims, quotes, events and implications. Every word
            must start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        type_ (list[SearchType] | None | Unset): Only hits of these types.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        document_id (list[str] | None | Unset): Only items from these documents (repeat for
            several). An id that names nothing stored is a 422 that names it.
        entity (list[str] | None | Unset): Only items that involve one of these entity ids, in any
            role (speaker, actor, location, subject, attributed-to). Repeat for several (OR). An id
            that names nothing stored is a 422 that names it.
        section (list[str] | None | Unset): Only items inside a section with this heading, exactly
            as in the document's `sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchResults]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        limit=limit,
        cursor=cursor,
        document_id=document_id,
        entity=entity,
        section=section,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: list[SearchType] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> Problem | SearchResults | None:
    """Search every item type

     Hits across all types, entities first, then in document order, each with a snippet.

    Args:
        q (str): Full-text search of entities, claims, quotes, events and implications. Every word
            must start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        type_ (list[SearchType] | None | Unset): Only hits of these types.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        document_id (list[str] | None | Unset): Only items from these documents (repeat for
            several). An id that names nothing stored is a 422 that names it.
        entity (list[str] | None | Unset): Only items that involve one of these entity ids, in any
            role (speaker, actor, location, subject, attributed-to). Repeat for several (OR). An id
            that names nothing stored is a 422 that names it.
        section (list[str] | None | Unset): Only items inside a section with this heading, exactly
            as in the document's `sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchResults
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            type_=type_,
            limit=limit,
            cursor=cursor,
            document_id=document_id,
            entity=entity,
            section=section,
        )
    ).parsed
