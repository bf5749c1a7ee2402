from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.manifest import Manifest
from ...models.problem import Problem
from ...models.result_batch import ResultBatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queries: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_queries: None | str | Unset
    if isinstance(queries, Unset):
        json_queries = UNSET
    else:
        json_queries = queries
    params["queries"] = json_queries

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reconcile",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Manifest | ResultBatch | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Manifest | ResultBatch:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Manifest.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ResultBatch.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Manifest | ResultBatch | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    queries: None | str | Unset = UNSET,
) -> Response[Manifest | ResultBatch | Problem]:
    """Reconciliation service manifest, or a batch of queries

     Without `queries`, the service manifest (what OpenRefine reads when the service is
    added). With it, each query's candidates among the published entities, best first,
    scored 0-100 by name and alias similarity; 422 for a malformed batch.

    Args:
        queries (None | str | Unset): A JSON object of reconciliation queries by key, e.g. `{"q0":
            {"query": "Vladmir Putin", "type": "person"}}`. Without it, the service manifest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Manifest | ResultBatch | Problem]
    """

    kwargs = _get_kwargs(
        queries=queries,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    queries: None | str | Unset = UNSET,
) -> Manifest | ResultBatch | Problem | None:
    """Reconciliation service manifest, or a batch of queries

     Without `queries`, the service manifest (what OpenRefine reads when the service is
    added). With it, each query's candidates among the published entities, best first,
    scored 0-100 by name and alias similarity; 422 for a malformed batch.

    Args:
        queries (None | str | Unset): A JSON object of reconciliation queries by key, e.g. `{"q0":
            {"query": "Vladmir Putin", "type": "person"}}`. Without it, the service manifest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Manifest | ResultBatch | Problem
    """

    return sync_detailed(
        client=client,
        queries=queries,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    queries: None | str | Unset = UNSET,
) -> Response[Manifest | ResultBatch | Problem]:
    """Reconciliation service manifest, or a batch of queries

     Without `queries`, the service manifest (what OpenRefine reads when the service is
    added). With it, each query's candidates among the published entities, best first,
    scored 0-100 by name and alias similarity; 422 for a malformed batch.

    Args:
        queries (None | str | Unset): A JSON object of reconciliation queries by key, e.g. `{"q0":
            {"query": "Vladmir Putin", "type": "person"}}`. Without it, the service manifest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Manifest | ResultBatch | Problem]
    """

    kwargs = _get_kwargs(
        queries=queries,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    queries: None | str | Unset = UNSET,
) -> Manifest | ResultBatch | Problem | None:
    """Reconciliation service manifest, or a batch of queries

     Without `queries`, the service manifest (what OpenRefine reads when the service is
    added). With it, each query's candidates among the published entities, best first,
    scored 0-100 by name and alias similarity; 422 for a malformed batch.

    Args:
        queries (None | str | Unset): A JSON object of reconciliation queries by key, e.g. `{"q0":
            {"query": "Vladmir Putin", "type": "person"}}`. Without it, the service manifest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Manifest | ResultBatch | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            queries=queries,
        )
    ).parsed
