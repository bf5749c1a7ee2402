from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.stance_series import StanceSeries
from ...types import UNSET, Response, Unset


def _get_kwargs(
    entity_id: str,
    *,
    target: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_target: None | str | Unset
    if isinstance(target, Unset):
        json_target = UNSET
    else:
        json_target = target
    params["target"] = json_target

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/entities/{entity_id}/stances".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StanceSeries | None:
    if response.status_code == 200:
        response_200 = StanceSeries.from_dict(response.json())

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
) -> Response[Problem | StanceSeries]:
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
    target: None | str | Unset = UNSET,
) -> Response[Problem | StanceSeries]:
    """An entity's stances over time

     The stances this entity holds (toward `target`, if given), oldest first; undated ones
    last. 404 for an unknown entity, 422 for an unknown target.

    Args:
        entity_id (str): The holder's entity id (a slug).
        target (None | str | Unset): Only stances toward this entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StanceSeries]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        target=target,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
    target: None | str | Unset = UNSET,
) -> Problem | StanceSeries | None:
    """An entity's stances over time

     The stances this entity holds (toward `target`, if given), oldest first; undated ones
    last. 404 for an unknown entity, 422 for an unknown target.

    Args:
        entity_id (str): The holder's entity id (a slug).
        target (None | str | Unset): Only stances toward this entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StanceSeries
    """

    return sync_detailed(
        entity_id=entity_id,
        client=client,
        target=target,
    ).parsed


async def asyncio_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
    target: None | str | Unset = UNSET,
) -> Response[Problem | StanceSeries]:
    """An entity's stances over time

     The stances this entity holds (toward `target`, if given), oldest first; undated ones
    last. 404 for an unknown entity, 422 for an unknown target.

    Args:
        entity_id (str): The holder's entity id (a slug).
        target (None | str | Unset): Only stances toward this entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StanceSeries]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        target=target,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_id: str,
    *,
    client: AuthenticatedClient | Client,
    target: None | str | Unset = UNSET,
) -> Problem | StanceSeries | None:
    """An entity's stances over time

     The stances this entity holds (toward `target`, if given), oldest first; undated ones
    last. 404 for an unknown entity, 422 for an unknown target.

    Args:
        entity_id (str): The holder's entity id (a slug).
        target (None | str | Unset): Only stances toward this entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StanceSeries
    """

    return (
        await asyncio_detailed(
            entity_id=entity_id,
            client=client,
            target=target,
        )
    ).parsed
