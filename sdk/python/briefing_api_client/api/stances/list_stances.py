import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_format import ExportFormat
from ...models.item_status import ItemStatus
from ...models.problem import Problem
from ...models.stance_include import StanceInclude
from ...models.stance_list import StanceList
from ...models.stance_sort import StanceSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: list[str] | None | Unset = UNSET,
    holder: list[str] | None | Unset = UNSET,
    target: list[str] | None | Unset = UNSET,
    topic: list[str] | None | Unset = UNSET,
    sort: None | StanceSort | Unset = UNSET,
    include: list[StanceInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id: list[str] | None | Unset
    if isinstance(id, Unset):
        json_id = UNSET
    elif isinstance(id, list):
        json_id = id

    else:
        json_id = id
    params["id"] = json_id

    json_holder: list[str] | None | Unset
    if isinstance(holder, Unset):
        json_holder = UNSET
    elif isinstance(holder, list):
        json_holder = holder

    else:
        json_holder = holder
    params["holder"] = json_holder

    json_target: list[str] | None | Unset
    if isinstance(target, Unset):
        json_target = UNSET
    elif isinstance(target, list):
        json_target = target

    else:
        json_target = target
    params["target"] = json_target

    json_topic: list[str] | None | Unset
    if isinstance(topic, Unset):
        json_topic = UNSET
    elif isinstance(topic, list):
        json_topic = topic

    else:
        json_topic = topic
    params["topic"] = json_topic

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, StanceSort):
        json_sort = sort.value
    else:
        json_sort = sort
    params["sort"] = json_sort

    json_include: list[str] | None | Unset
    if isinstance(include, Unset):
        json_include = UNSET
    elif isinstance(include, list):
        json_include = []
        for include_type_0_item_data in include:
            include_type_0_item = include_type_0_item_data.value
            json_include.append(include_type_0_item)

    else:
        json_include = include
    params["include"] = json_include

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

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, ExportFormat):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    json_include_deleted: bool | None | Unset
    if isinstance(include_deleted, Unset):
        json_include_deleted = UNSET
    else:
        json_include_deleted = include_deleted
    params["include_deleted"] = json_include_deleted

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = status_type_0_item_data.value
            json_status.append(status_type_0_item)

    else:
        json_status = status
    params["status"] = json_status

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stances",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StanceList | None:
    if response.status_code == 200:
        response_200 = StanceList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

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
) -> Response[Problem | StanceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: list[str] | None | Unset = UNSET,
    holder: list[str] | None | Unset = UNSET,
    target: list[str] | None | Unset = UNSET,
    topic: list[str] | None | Unset = UNSET,
    sort: None | StanceSort | Unset = UNSET,
    include: list[StanceInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> Response[Problem | StanceList]:
    """List stances

     Every stance: a holder entity toward a target entity on a topic, with a polarity from hostile to
    supportive, the dates it held (with their basis) and the items that show it.
    `/v1/entities/{id}/stances` gives one holder's time series.

    Args:
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        holder (list[str] | None | Unset): Only stances held by these entities. An id that names
            nothing stored is a 422 that names it.
        target (list[str] | None | Unset): Only stances toward these entities. An id that names
            nothing stored is a 422 that names it.
        topic (list[str] | None | Unset): Only stances on these topics, exactly as stored.
        sort (None | StanceSort | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `char_start`.
        include (list[StanceInclude] | None | Unset): Embed referenced items in `included`, saving
            a round trip per item. Repeat for several.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        format_ (ExportFormat | None | Unset): The representation, instead of the `Accept` header:
            `json` (this page), or an export of the whole filtered list: `csv`, `ndjson` (one JSON
            item per line) or `jsonld` (schema.org + Web Annotation). An export starts after `cursor`
            and, only if `limit` is given, stops after `limit` items.
        updated_since (datetime.datetime | None | Unset): Only items changed after this instant
            (RFC 3339 with a time zone, e.g. `2026-11-25T08:00:00Z`): pass the `Corpus-Updated-At`
            header of your last sync to fetch only what changed since.
        include_deleted (bool | None | Unset): Also list deleted items (with `deleted_at` set), so
            a syncing client learns of deletions. Default: False.
        status (list[ItemStatus] | None | Unset): Only items with these statuses (repeat for
            several); default `published`. `draft` (rule-extracted items waiting for a curator) needs
            an API key with the `curator` scope: 401 without a key, 403 with a lesser one.
        date_from (datetime.date | None | Unset): Only stances that may hold on or after this day
            (ISO 8601).
        date_to (datetime.date | None | Unset): Only stances that may hold on or before this day
            (ISO 8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StanceList]
    """

    kwargs = _get_kwargs(
        id=id,
        holder=holder,
        target=target,
        topic=topic,
        sort=sort,
        include=include,
        limit=limit,
        cursor=cursor,
        format_=format_,
        updated_since=updated_since,
        include_deleted=include_deleted,
        status=status,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: list[str] | None | Unset = UNSET,
    holder: list[str] | None | Unset = UNSET,
    target: list[str] | None | Unset = UNSET,
    topic: list[str] | None | Unset = UNSET,
    sort: None | StanceSort | Unset = UNSET,
    include: list[StanceInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> Problem | StanceList | None:
    """List stances

     Every stance: a holder entity toward a target entity on a topic, with a polarity from hostile to
    supportive, the dates it held (with their basis) and the items that show it.
    `/v1/entities/{id}/stances` gives one holder's time series.

    Args:
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        holder (list[str] | None | Unset): Only stances held by these entities. An id that names
            nothing stored is a 422 that names it.
        target (list[str] | None | Unset): Only stances toward these entities. An id that names
            nothing stored is a 422 that names it.
        topic (list[str] | None | Unset): Only stances on these topics, exactly as stored.
        sort (None | StanceSort | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `char_start`.
        include (list[StanceInclude] | None | Unset): Embed referenced items in `included`, saving
            a round trip per item. Repeat for several.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        format_ (ExportFormat | None | Unset): The representation, instead of the `Accept` header:
            `json` (this page), or an export of the whole filtered list: `csv`, `ndjson` (one JSON
            item per line) or `jsonld` (schema.org + Web Annotation). An export starts after `cursor`
            and, only if `limit` is given, stops after `limit` items.
        updated_since (datetime.datetime | None | Unset): Only items changed after this instant
            (RFC 3339 with a time zone, e.g. `2026-11-25T08:00:00Z`): pass the `Corpus-Updated-At`
            header of your last sync to fetch only what changed since.
        include_deleted (bool | None | Unset): Also list deleted items (with `deleted_at` set), so
            a syncing client learns of deletions. Default: False.
        status (list[ItemStatus] | None | Unset): Only items with these statuses (repeat for
            several); default `published`. `draft` (rule-extracted items waiting for a curator) needs
            an API key with the `curator` scope: 401 without a key, 403 with a lesser one.
        date_from (datetime.date | None | Unset): Only stances that may hold on or after this day
            (ISO 8601).
        date_to (datetime.date | None | Unset): Only stances that may hold on or before this day
            (ISO 8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StanceList
    """

    return sync_detailed(
        client=client,
        id=id,
        holder=holder,
        target=target,
        topic=topic,
        sort=sort,
        include=include,
        limit=limit,
        cursor=cursor,
        format_=format_,
        updated_since=updated_since,
        include_deleted=include_deleted,
        status=status,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: list[str] | None | Unset = UNSET,
    holder: list[str] | None | Unset = UNSET,
    target: list[str] | None | Unset = UNSET,
    topic: list[str] | None | Unset = UNSET,
    sort: None | StanceSort | Unset = UNSET,
    include: list[StanceInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> Response[Problem | StanceList]:
    """List stances

     Every stance: a holder entity toward a target entity on a topic, with a polarity from hostile to
    supportive, the dates it held (with their basis) and the items that show it.
    `/v1/entities/{id}/stances` gives one holder's time series.

    Args:
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        holder (list[str] | None | Unset): Only stances held by these entities. An id that names
            nothing stored is a 422 that names it.
        target (list[str] | None | Unset): Only stances toward these entities. An id that names
            nothing stored is a 422 that names it.
        topic (list[str] | None | Unset): Only stances on these topics, exactly as stored.
        sort (None | StanceSort | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `char_start`.
        include (list[StanceInclude] | None | Unset): Embed referenced items in `included`, saving
            a round trip per item. Repeat for several.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        format_ (ExportFormat | None | Unset): The representation, instead of the `Accept` header:
            `json` (this page), or an export of the whole filtered list: `csv`, `ndjson` (one JSON
            item per line) or `jsonld` (schema.org + Web Annotation). An export starts after `cursor`
            and, only if `limit` is given, stops after `limit` items.
        updated_since (datetime.datetime | None | Unset): Only items changed after this instant
            (RFC 3339 with a time zone, e.g. `2026-11-25T08:00:00Z`): pass the `Corpus-Updated-At`
            header of your last sync to fetch only what changed since.
        include_deleted (bool | None | Unset): Also list deleted items (with `deleted_at` set), so
            a syncing client learns of deletions. Default: False.
        status (list[ItemStatus] | None | Unset): Only items with these statuses (repeat for
            several); default `published`. `draft` (rule-extracted items waiting for a curator) needs
            an API key with the `curator` scope: 401 without a key, 403 with a lesser one.
        date_from (datetime.date | None | Unset): Only stances that may hold on or after this day
            (ISO 8601).
        date_to (datetime.date | None | Unset): Only stances that may hold on or before this day
            (ISO 8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StanceList]
    """

    kwargs = _get_kwargs(
        id=id,
        holder=holder,
        target=target,
        topic=topic,
        sort=sort,
        include=include,
        limit=limit,
        cursor=cursor,
        format_=format_,
        updated_since=updated_since,
        include_deleted=include_deleted,
        status=status,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: list[str] | None | Unset = UNSET,
    holder: list[str] | None | Unset = UNSET,
    target: list[str] | None | Unset = UNSET,
    topic: list[str] | None | Unset = UNSET,
    sort: None | StanceSort | Unset = UNSET,
    include: list[StanceInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> Problem | StanceList | None:
    """List stances

     Every stance: a holder entity toward a target entity on a topic, with a polarity from hostile to
    supportive, the dates it held (with their basis) and the items that show it.
    `/v1/entities/{id}/stances` gives one holder's time series.

    Args:
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        holder (list[str] | None | Unset): Only stances held by these entities. An id that names
            nothing stored is a 422 that names it.
        target (list[str] | None | Unset): Only stances toward these entities. An id that names
            nothing stored is a 422 that names it.
        topic (list[str] | None | Unset): Only stances on these topics, exactly as stored.
        sort (None | StanceSort | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `char_start`.
        include (list[StanceInclude] | None | Unset): Embed referenced items in `included`, saving
            a round trip per item. Repeat for several.
        limit (int | None | Unset): Page size, 1–500. Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page, with the same filters
            and sort.
        format_ (ExportFormat | None | Unset): The representation, instead of the `Accept` header:
            `json` (this page), or an export of the whole filtered list: `csv`, `ndjson` (one JSON
            item per line) or `jsonld` (schema.org + Web Annotation). An export starts after `cursor`
            and, only if `limit` is given, stops after `limit` items.
        updated_since (datetime.datetime | None | Unset): Only items changed after this instant
            (RFC 3339 with a time zone, e.g. `2026-11-25T08:00:00Z`): pass the `Corpus-Updated-At`
            header of your last sync to fetch only what changed since.
        include_deleted (bool | None | Unset): Also list deleted items (with `deleted_at` set), so
            a syncing client learns of deletions. Default: False.
        status (list[ItemStatus] | None | Unset): Only items with these statuses (repeat for
            several); default `published`. `draft` (rule-extracted items waiting for a curator) needs
            an API key with the `curator` scope: 401 without a key, 403 with a lesser one.
        date_from (datetime.date | None | Unset): Only stances that may hold on or after this day
            (ISO 8601).
        date_to (datetime.date | None | Unset): Only stances that may hold on or before this day
            (ISO 8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StanceList
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            holder=holder,
            target=target,
            topic=topic,
            sort=sort,
            include=include,
            limit=limit,
            cursor=cursor,
            format_=format_,
            updated_since=updated_since,
            include_deleted=include_deleted,
            status=status,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
