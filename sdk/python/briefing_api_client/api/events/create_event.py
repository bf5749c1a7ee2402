from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_create import EventCreate
from ...models.event_public import EventPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EventCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventPublic | Problem | None:
    if response.status_code == 201:
        response_201 = EventPublic.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[EventPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EventCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[EventPublic | Problem]:
    """Create an event

     Create an event, validated as the seed is: the provenance excerpt must occur verbatim in the
    document (the server computes offsets, section and hash), every reference must name a stored item.
    Answers 201 with `Location` and `ETag`.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID): a retry with the same
            key and body replays the first response instead of creating a duplicate.
        body (EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPublic | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EventCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> EventPublic | Problem | None:
    """Create an event

     Create an event, validated as the seed is: the provenance excerpt must occur verbatim in the
    document (the server computes offsets, section and hash), every reference must name a stored item.
    Answers 201 with `Location` and `ETag`.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID): a retry with the same
            key and body replays the first response instead of creating a duplicate.
        body (EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPublic | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EventCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[EventPublic | Problem]:
    """Create an event

     Create an event, validated as the seed is: the provenance excerpt must occur verbatim in the
    document (the server computes offsets, section and hash), every reference must name a stored item.
    Answers 201 with `Location` and `ETag`.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID): a retry with the same
            key and body replays the first response instead of creating a duplicate.
        body (EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPublic | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EventCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> EventPublic | Problem | None:
    """Create an event

     Create an event, validated as the seed is: the provenance excerpt must occur verbatim in the
    document (the server computes offsets, section and hash), every reference must name a stored item.
    Answers 201 with `Location` and `ETag`.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID): a retry with the same
            key and body replays the first response instead of creating a duplicate.
        body (EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
