from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_create import DocumentCreate
from ...models.document_ingested import DocumentIngested
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: DocumentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/documents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentIngested | Problem | None:
    if response.status_code == 201:
        response_201 = DocumentIngested.from_dict(response.json())

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
) -> Response[DocumentIngested | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DocumentCreate,
) -> Response[DocumentIngested | Problem]:
    """Ingest a new briefing

     Store a briefing's text (with its SHA-256, length and sections) and the drafts the
    rule-based extractor proposes from it: quotations with their speakers, dated passages as
    events, implication sections. Drafts (`status: draft`, `provenance.method: rule`) are
    hidden from public lists until a curator publishes them. Needs the `admin` scope.

    Needs an API key with the `admin` scope (or a higher one).

    Args:
        body (DocumentCreate): A new briefing: its exact text and what the text does not say about
            itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentIngested | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DocumentCreate,
) -> DocumentIngested | Problem | None:
    """Ingest a new briefing

     Store a briefing's text (with its SHA-256, length and sections) and the drafts the
    rule-based extractor proposes from it: quotations with their speakers, dated passages as
    events, implication sections. Drafts (`status: draft`, `provenance.method: rule`) are
    hidden from public lists until a curator publishes them. Needs the `admin` scope.

    Needs an API key with the `admin` scope (or a higher one).

    Args:
        body (DocumentCreate): A new briefing: its exact text and what the text does not say about
            itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentIngested | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DocumentCreate,
) -> Response[DocumentIngested | Problem]:
    """Ingest a new briefing

     Store a briefing's text (with its SHA-256, length and sections) and the drafts the
    rule-based extractor proposes from it: quotations with their speakers, dated passages as
    events, implication sections. Drafts (`status: draft`, `provenance.method: rule`) are
    hidden from public lists until a curator publishes them. Needs the `admin` scope.

    Needs an API key with the `admin` scope (or a higher one).

    Args:
        body (DocumentCreate): A new briefing: its exact text and what the text does not say about
            itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentIngested | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DocumentCreate,
) -> DocumentIngested | Problem | None:
    """Ingest a new briefing

     Store a briefing's text (with its SHA-256, length and sections) and the drafts the
    rule-based extractor proposes from it: quotations with their speakers, dated passages as
    events, implication sections. Drafts (`status: draft`, `provenance.method: rule`) are
    hidden from public lists until a curator publishes them. Needs the `admin` scope.

    Needs an API key with the `admin` scope (or a higher one).

    Args:
        body (DocumentCreate): A new briefing: its exact text and what the text does not say about
            itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentIngested | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
