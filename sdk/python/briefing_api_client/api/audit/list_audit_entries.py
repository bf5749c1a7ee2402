import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log import AuditLog
from ...models.problem import Problem
from ...models.revision_action import RevisionAction
from ...models.writable_collection import WritableCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    key: list[str] | None | Unset = UNSET,
    collection: list[WritableCollection] | None | Unset = UNSET,
    item: list[str] | None | Unset = UNSET,
    action: list[RevisionAction] | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_key: list[str] | None | Unset
    if isinstance(key, Unset):
        json_key = UNSET
    elif isinstance(key, list):
        json_key = key

    else:
        json_key = key
    params["key"] = json_key

    json_collection: list[str] | None | Unset
    if isinstance(collection, Unset):
        json_collection = UNSET
    elif isinstance(collection, list):
        json_collection = []
        for collection_type_0_item_data in collection:
            collection_type_0_item = collection_type_0_item_data.value
            json_collection.append(collection_type_0_item)

    else:
        json_collection = collection
    params["collection"] = json_collection

    json_item: list[str] | None | Unset
    if isinstance(item, Unset):
        json_item = UNSET
    elif isinstance(item, list):
        json_item = item

    else:
        json_item = item
    params["item"] = json_item

    json_action: list[str] | None | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    elif isinstance(action, list):
        json_action = []
        for action_type_0_item_data in action:
            action_type_0_item = action_type_0_item_data.value
            json_action.append(action_type_0_item)

    else:
        json_action = action
    params["action"] = json_action

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

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
        "url": "/v1/audit",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLog | Problem | None:
    if response.status_code == 200:
        response_200 = AuditLog.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[AuditLog | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    key: list[str] | None | Unset = UNSET,
    collection: list[WritableCollection] | None | Unset = UNSET,
    item: list[str] | None | Unset = UNSET,
    action: list[RevisionAction] | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditLog | Problem]:
    """List audit entries

     Every write (create, update, confirm, delete), newest first: which key, which item,
    which version, when, and the request id. Needs the admin scope.

    Needs an API key with the `admin` scope (or a higher one).

    Args:
        key (list[str] | None | Unset): Only writes made with these API key ids.
        collection (list[WritableCollection] | None | Unset): Only writes to these collections.
        item (list[str] | None | Unset): Only writes to items with these ids.
        action (list[RevisionAction] | None | Unset): Only these kinds of write.
        since (datetime.datetime | None | Unset): Only writes after this instant (RFC 3339 with a
            time zone).
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLog | Problem]
    """

    kwargs = _get_kwargs(
        key=key,
        collection=collection,
        item=item,
        action=action,
        since=since,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    key: list[str] | None | Unset = UNSET,
    collection: list[WritableCollection] | None | Unset = UNSET,
    item: list[str] | None | Unset = UNSET,
    action: list[RevisionAction] | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AuditLog | Problem | None:
    """List audit entries

     Every write (create, update, confirm, delete), newest first: which key, which item,
    which version, when, and the request id. Needs the admin scope.

    Needs an API key with the `admin` scope (or a higher one).

    Args:
        key (list[str] | None | Unset): Only writes made with these API key ids.
        collection (list[WritableCollection] | None | Unset): Only writes to these collections.
        item (list[str] | None | Unset): Only writes to items with these ids.
        action (list[RevisionAction] | None | Unset): Only these kinds of write.
        since (datetime.datetime | None | Unset): Only writes after this instant (RFC 3339 with a
            time zone).
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLog | Problem
    """

    return sync_detailed(
        client=client,
        key=key,
        collection=collection,
        item=item,
        action=action,
        since=since,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    key: list[str] | None | Unset = UNSET,
    collection: list[WritableCollection] | None | Unset = UNSET,
    item: list[str] | None | Unset = UNSET,
    action: list[RevisionAction] | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditLog | Problem]:
    """List audit entries

     Every write (create, update, confirm, delete), newest first: which key, which item,
    which version, when, and the request id. Needs the admin scope.

    Needs an API key with the `admin` scope (or a higher one).

    Args:
        key (list[str] | None | Unset): Only writes made with these API key ids.
        collection (list[WritableCollection] | None | Unset): Only writes to these collections.
        item (list[str] | None | Unset): Only writes to items with these ids.
        action (list[RevisionAction] | None | Unset): Only these kinds of write.
        since (datetime.datetime | None | Unset): Only writes after this instant (RFC 3339 with a
            time zone).
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLog | Problem]
    """

    kwargs = _get_kwargs(
        key=key,
        collection=collection,
        item=item,
        action=action,
        since=since,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    key: list[str] | None | Unset = UNSET,
    collection: list[WritableCollection] | None | Unset = UNSET,
    item: list[str] | None | Unset = UNSET,
    action: list[RevisionAction] | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AuditLog | Problem | None:
    """List audit entries

     Every write (create, update, confirm, delete), newest first: which key, which item,
    which version, when, and the request id. Needs the admin scope.

    Needs an API key with the `admin` scope (or a higher one).

    Args:
        key (list[str] | None | Unset): Only writes made with these API key ids.
        collection (list[WritableCollection] | None | Unset): Only writes to these collections.
        item (list[str] | None | Unset): Only writes to items with these ids.
        action (list[RevisionAction] | None | Unset): Only these kinds of write.
        since (datetime.datetime | None | Unset): Only writes after this instant (RFC 3339 with a
            time zone).
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLog | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            key=key,
            collection=collection,
            item=item,
            action=action,
            since=since,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
