from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim_public import ClaimPublic
from ...models.claim_update import ClaimUpdate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    claim_id: str,
    *,
    body: ClaimUpdate | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/claims/{claim_id}".format(
            claim_id=quote(str(claim_id), safe=""),
        ),
    }

    if isinstance(body, ClaimUpdate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/merge-patch+json"
    if isinstance(body, ClaimUpdate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClaimPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ClaimPublic.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[ClaimPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    claim_id: str,
    *,
    client: AuthenticatedClient,
    body: ClaimUpdate | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[ClaimPublic | Problem]:
    """Update a claim

     Change a claim with a JSON merge patch (RFC 7386; `application/merge-patch+json` or
    `application/json`). `If-Match` must carry its current ETag. Setting `status` from `draft` to
    `published` confirms a draft.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        claim_id (str): The claim's id (a slug).
        if_match (None | str | Unset): The item's current `ETag` (from GET or the previous write).
            Required: 428 without it, 412 when the item changed since.
        body (ClaimUpdate): A JSON merge patch (RFC 7386) of the claim: absent fields stay as they
            are; `null` clears an optional field or empties a list, and is refused on any other field.
            `provenance` is replaced as a whole.
        body (ClaimUpdate): A JSON merge patch (RFC 7386) of the claim: absent fields stay as they
            are; `null` clears an optional field or empties a list, and is refused on any other field.
            `provenance` is replaced as a whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimPublic | Problem]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    claim_id: str,
    *,
    client: AuthenticatedClient,
    body: ClaimUpdate | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> ClaimPublic | Problem | None:
    """Update a claim

     Change a claim with a JSON merge patch (RFC 7386; `application/merge-patch+json` or
    `application/json`). `If-Match` must carry its current ETag. Setting `status` from `draft` to
    `published` confirms a draft.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        claim_id (str): The claim's id (a slug).
        if_match (None | str | Unset): The item's current `ETag` (from GET or the previous write).
            Required: 428 without it, 412 when the item changed since.
        body (ClaimUpdate): A JSON merge patch (RFC 7386) of the claim: absent fields stay as they
            are; `null` clears an optional field or empties a list, and is refused on any other field.
            `provenance` is replaced as a whole.
        body (ClaimUpdate): A JSON merge patch (RFC 7386) of the claim: absent fields stay as they
            are; `null` clears an optional field or empties a list, and is refused on any other field.
            `provenance` is replaced as a whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimPublic | Problem
    """

    return sync_detailed(
        claim_id=claim_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    claim_id: str,
    *,
    client: AuthenticatedClient,
    body: ClaimUpdate | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[ClaimPublic | Problem]:
    """Update a claim

     Change a claim with a JSON merge patch (RFC 7386; `application/merge-patch+json` or
    `application/json`). `If-Match` must carry its current ETag. Setting `status` from `draft` to
    `published` confirms a draft.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        claim_id (str): The claim's id (a slug).
        if_match (None | str | Unset): The item's current `ETag` (from GET or the previous write).
            Required: 428 without it, 412 when the item changed since.
        body (ClaimUpdate): A JSON merge patch (RFC 7386) of the claim: absent fields stay as they
            are; `null` clears an optional field or empties a list, and is refused on any other field.
            `provenance` is replaced as a whole.
        body (ClaimUpdate): A JSON merge patch (RFC 7386) of the claim: absent fields stay as they
            are; `null` clears an optional field or empties a list, and is refused on any other field.
            `provenance` is replaced as a whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimPublic | Problem]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    claim_id: str,
    *,
    client: AuthenticatedClient,
    body: ClaimUpdate | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> ClaimPublic | Problem | None:
    """Update a claim

     Change a claim with a JSON merge patch (RFC 7386; `application/merge-patch+json` or
    `application/json`). `If-Match` must carry its current ETag. Setting `status` from `draft` to
    `published` confirms a draft.

    Needs an API key with the `curator` scope (or a higher one).

    Args:
        claim_id (str): The claim's id (a slug).
        if_match (None | str | Unset): The item's current `ETag` (from GET or the previous write).
            Required: 428 without it, 412 when the item changed since.
        body (ClaimUpdate): A JSON merge patch (RFC 7386) of the claim: absent fields stay as they
            are; `null` clears an optional field or empties a list, and is refused on any other field.
            `provenance` is replaced as a whole.
        body (ClaimUpdate): A JSON merge patch (RFC 7386) of the claim: absent fields stay as they
            are; `null` clears an optional field or empties a list, and is refused on any other field.
            `provenance` is replaced as a whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimPublic | Problem
    """

    return (
        await asyncio_detailed(
            claim_id=claim_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
