from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.revision_list import RevisionList
from ...models.revision_sort import RevisionSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    entity_id: str,
    *,
    sort: None | RevisionSort | Unset = RevisionSort.VALUE_1,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, RevisionSort):
        json_sort = sort.value
    else:
        json_sort = sort
    params["sort"] = json_sort

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/entities/{entity_id}/revisions".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RevisionList | None:
    if response.status_code == 200:
        response_200 = RevisionList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | RevisionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort: None | RevisionSort | Unset = RevisionSort.VALUE_1,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | RevisionList]:
    """List an entity's revisions

     Every version of an entity: what changed it (create, update, confirm, delete), when, and the full
    representation; newest first unless `sort=version`. Deleted items keep their history; versions that
    were drafts are listed only for curators, and which key made each change only for admins. An item
    never changed since it was loaded has one revision: its current version, with no key.

    Args:
        entity_id (str): The entity's id (a slug).
        sort (None | RevisionSort | Unset): `-version` (the default): newest first; `version`:
            oldest first. Default: RevisionSort.VALUE_1.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevisionList]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort: None | RevisionSort | Unset = RevisionSort.VALUE_1,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | RevisionList | None:
    """List an entity's revisions

     Every version of an entity: what changed it (create, update, confirm, delete), when, and the full
    representation; newest first unless `sort=version`. Deleted items keep their history; versions that
    were drafts are listed only for curators, and which key made each change only for admins. An item
    never changed since it was loaded has one revision: its current version, with no key.

    Args:
        entity_id (str): The entity's id (a slug).
        sort (None | RevisionSort | Unset): `-version` (the default): newest first; `version`:
            oldest first. Default: RevisionSort.VALUE_1.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevisionList
    """

    return sync_detailed(
        entity_id=entity_id,
        client=client,
        sort=sort,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort: None | RevisionSort | Unset = RevisionSort.VALUE_1,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | RevisionList]:
    """List an entity's revisions

     Every version of an entity: what changed it (create, update, confirm, delete), when, and the full
    representation; newest first unless `sort=version`. Deleted items keep their history; versions that
    were drafts are listed only for curators, and which key made each change only for admins. An item
    never changed since it was loaded has one revision: its current version, with no key.

    Args:
        entity_id (str): The entity's id (a slug).
        sort (None | RevisionSort | Unset): `-version` (the default): newest first; `version`:
            oldest first. Default: RevisionSort.VALUE_1.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevisionList]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort: None | RevisionSort | Unset = RevisionSort.VALUE_1,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | RevisionList | None:
    """List an entity's revisions

     Every version of an entity: what changed it (create, update, confirm, delete), when, and the full
    representation; newest first unless `sort=version`. Deleted items keep their history; versions that
    were drafts are listed only for curators, and which key made each change only for admins. An item
    never changed since it was loaded has one revision: its current version, with no key.

    Args:
        entity_id (str): The entity's id (a slug).
        sort (None | RevisionSort | Unset): `-version` (the default): newest first; `version`:
            oldest first. Default: RevisionSort.VALUE_1.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevisionList
    """

    return (
        await asyncio_detailed(
            entity_id=entity_id,
            client=client,
            sort=sort,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
