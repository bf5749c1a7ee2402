from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_public import EntityPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    entity_id: str,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/entities/{entity_id}".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntityPublic | Problem | None:
    if response.status_code == 200:
        response_200 = EntityPublic.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[EntityPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[EntityPublic | Problem]:
    """Delete an entity

     Delete an entity: a tombstone (`deleted_at` set, the version advanced) that keeps its history
    readable. Refused (409) while other items still reference it. Answers the tombstone.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        entity_id (str): The entity's id (a slug).
        if_match (None | str | Unset): The item's current `ETag` (from GET or the previous write).
            Required: 428 without it, 412 when the item changed since.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityPublic | Problem]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> EntityPublic | Problem | None:
    """Delete an entity

     Delete an entity: a tombstone (`deleted_at` set, the version advanced) that keeps its history
    readable. Refused (409) while other items still reference it. Answers the tombstone.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        entity_id (str): The entity's id (a slug).
        if_match (None | str | Unset): The item's current `ETag` (from GET or the previous write).
            Required: 428 without it, 412 when the item changed since.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityPublic | Problem
    """

    return sync_detailed(
        entity_id=entity_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[EntityPublic | Problem]:
    """Delete an entity

     Delete an entity: a tombstone (`deleted_at` set, the version advanced) that keeps its history
    readable. Refused (409) while other items still reference it. Answers the tombstone.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        entity_id (str): The entity's id (a slug).
        if_match (None | str | Unset): The item's current `ETag` (from GET or the previous write).
            Required: 428 without it, 412 when the item changed since.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityPublic | Problem]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> EntityPublic | Problem | None:
    """Delete an entity

     Delete an entity: a tombstone (`deleted_at` set, the version advanced) that keeps its history
    readable. Refused (409) while other items still reference it. Answers the tombstone.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        entity_id (str): The entity's id (a slug).
        if_match (None | str | Unset): The item's current `ETag` (from GET or the previous write).
            Required: 428 without it, 412 when the item changed since.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityPublic | Problem
    """

    return (
        await asyncio_detailed(
            entity_id=entity_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
