import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.timeline import Timeline
from ...models.timeline_sort import TimelineSort
from ...models.timeline_type import TimelineType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    type_: list[TimelineType] | None | Unset = UNSET,
    sort: None | TimelineSort | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, TimelineSort):
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

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

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
        "url": "/v1/timeline",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Timeline | None:
    if response.status_code == 200:
        response_200 = Timeline.from_dict(response.json())

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
) -> Response[Problem | Timeline]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    type_: list[TimelineType] | None | Unset = UNSET,
    sort: None | TimelineSort | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> Response[Problem | Timeline]:
    """Events and dated quotes in date order

     Events and quotes on one time axis, for a dashboard's timeline view.

    Args:
        q (None | str | Unset): Full-text search over the item's text fields. Every word must
            start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        type_ (list[TimelineType] | None | Unset): Only `event` or only `quote` entries.
        sort (None | TimelineSort | Unset): Default `date_start`; `-` for newest first. Ties by
            type and id.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        date_from (datetime.date | None | Unset): Only items whose date range ends on or after
            this day (ISO 8601).
        date_to (datetime.date | None | Unset): Only items whose date range starts on or before
            this day (ISO 8601).
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
        Response[Problem | Timeline]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        sort=sort,
        limit=limit,
        cursor=cursor,
        date_from=date_from,
        date_to=date_to,
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
    q: None | str | Unset = UNSET,
    type_: list[TimelineType] | None | Unset = UNSET,
    sort: None | TimelineSort | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> Problem | Timeline | None:
    """Events and dated quotes in date order

     Events and quotes on one time axis, for a dashboard's timeline view.

    Args:
        q (None | str | Unset): Full-text search over the item's text fields. Every word must
            start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        type_ (list[TimelineType] | None | Unset): Only `event` or only `quote` entries.
        sort (None | TimelineSort | Unset): Default `date_start`; `-` for newest first. Ties by
            type and id.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        date_from (datetime.date | None | Unset): Only items whose date range ends on or after
            this day (ISO 8601).
        date_to (datetime.date | None | Unset): Only items whose date range starts on or before
            this day (ISO 8601).
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
        Problem | Timeline
    """

    return sync_detailed(
        client=client,
        q=q,
        type_=type_,
        sort=sort,
        limit=limit,
        cursor=cursor,
        date_from=date_from,
        date_to=date_to,
        document_id=document_id,
        entity=entity,
        section=section,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    type_: list[TimelineType] | None | Unset = UNSET,
    sort: None | TimelineSort | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> Response[Problem | Timeline]:
    """Events and dated quotes in date order

     Events and quotes on one time axis, for a dashboard's timeline view.

    Args:
        q (None | str | Unset): Full-text search over the item's text fields. Every word must
            start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        type_ (list[TimelineType] | None | Unset): Only `event` or only `quote` entries.
        sort (None | TimelineSort | Unset): Default `date_start`; `-` for newest first. Ties by
            type and id.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        date_from (datetime.date | None | Unset): Only items whose date range ends on or after
            this day (ISO 8601).
        date_to (datetime.date | None | Unset): Only items whose date range starts on or before
            this day (ISO 8601).
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
        Response[Problem | Timeline]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        sort=sort,
        limit=limit,
        cursor=cursor,
        date_from=date_from,
        date_to=date_to,
        document_id=document_id,
        entity=entity,
        section=section,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    type_: list[TimelineType] | None | Unset = UNSET,
    sort: None | TimelineSort | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
) -> Problem | Timeline | None:
    """Events and dated quotes in date order

     Events and quotes on one time axis, for a dashboard's timeline view.

    Args:
        q (None | str | Unset): Full-text search over the item's text fields. Every word must
            start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        type_ (list[TimelineType] | None | Unset): Only `event` or only `quote` entries.
        sort (None | TimelineSort | Unset): Default `date_start`; `-` for newest first. Ties by
            type and id.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        date_from (datetime.date | None | Unset): Only items whose date range ends on or after
            this day (ISO 8601).
        date_to (datetime.date | None | Unset): Only items whose date range starts on or before
            this day (ISO 8601).
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
        Problem | Timeline
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            type_=type_,
            sort=sort,
            limit=limit,
            cursor=cursor,
            date_from=date_from,
            date_to=date_to,
            document_id=document_id,
            entity=entity,
            section=section,
        )
    ).parsed
