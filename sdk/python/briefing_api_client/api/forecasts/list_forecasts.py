import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.drawn_by import DrawnBy
from ...models.export_format import ExportFormat
from ...models.forecast_include import ForecastInclude
from ...models.forecast_list import ForecastList
from ...models.forecast_sort import ForecastSort
from ...models.forecast_status import ForecastStatus
from ...models.item_status import ItemStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: list[str] | None | Unset = UNSET,
    outcome: list[ForecastStatus] | None | Unset = UNSET,
    drawn_by: list[DrawnBy] | None | Unset = UNSET,
    horizon_before: datetime.date | None | Unset = UNSET,
    horizon_after: datetime.date | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    sort: ForecastSort | None | Unset = UNSET,
    include: list[ForecastInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
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

    json_outcome: list[str] | None | Unset
    if isinstance(outcome, Unset):
        json_outcome = UNSET
    elif isinstance(outcome, list):
        json_outcome = []
        for outcome_type_0_item_data in outcome:
            outcome_type_0_item = outcome_type_0_item_data.value
            json_outcome.append(outcome_type_0_item)

    else:
        json_outcome = outcome
    params["outcome"] = json_outcome

    json_drawn_by: list[str] | None | Unset
    if isinstance(drawn_by, Unset):
        json_drawn_by = UNSET
    elif isinstance(drawn_by, list):
        json_drawn_by = []
        for drawn_by_type_0_item_data in drawn_by:
            drawn_by_type_0_item = drawn_by_type_0_item_data.value
            json_drawn_by.append(drawn_by_type_0_item)

    else:
        json_drawn_by = drawn_by
    params["drawn_by"] = json_drawn_by

    json_horizon_before: None | str | Unset
    if isinstance(horizon_before, Unset):
        json_horizon_before = UNSET
    elif isinstance(horizon_before, datetime.date):
        json_horizon_before = horizon_before.isoformat()
    else:
        json_horizon_before = horizon_before
    params["horizon_before"] = json_horizon_before

    json_horizon_after: None | str | Unset
    if isinstance(horizon_after, Unset):
        json_horizon_after = UNSET
    elif isinstance(horizon_after, datetime.date):
        json_horizon_after = horizon_after.isoformat()
    else:
        json_horizon_after = horizon_after
    params["horizon_after"] = json_horizon_after

    json_entity: list[str] | None | Unset
    if isinstance(entity, Unset):
        json_entity = UNSET
    elif isinstance(entity, list):
        json_entity = entity

    else:
        json_entity = entity
    params["entity"] = json_entity

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, ForecastSort):
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/forecasts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForecastList | Problem | None:
    if response.status_code == 200:
        response_200 = ForecastList.from_dict(response.json())

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
) -> Response[ForecastList | Problem]:
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
    outcome: list[ForecastStatus] | None | Unset = UNSET,
    drawn_by: list[DrawnBy] | None | Unset = UNSET,
    horizon_before: datetime.date | None | Unset = UNSET,
    horizon_after: datetime.date | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    sort: ForecastSort | None | Unset = UNSET,
    include: list[ForecastInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
) -> Response[ForecastList | Problem]:
    """List forecasts

     Every forecast a claim or an implication makes: its horizon (with the date's basis), its condition
    anchored in the text, who drew it and its outcome. Sorted by horizon: the next one to watch first,
    forecasts without a horizon last.

    Args:
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        outcome (list[ForecastStatus] | None | Unset): Only forecasts with these outcomes (`open`
            for those still to watch). `status=` keeps its meaning on every list: published or draft.
        drawn_by (list[DrawnBy] | None | Unset): Only forecasts drawn by the author or a curator.
        horizon_before (datetime.date | None | Unset): Only forecasts whose horizon may fall on or
            before this day (ISO 8601).
        horizon_after (datetime.date | None | Unset): Only forecasts whose horizon may fall on or
            after this day (ISO 8601).
        entity (list[str] | None | Unset): Only forecasts whose subject involves one of these
            entities, in any role. An id that names nothing stored is a 422 that names it.
        sort (ForecastSort | None | Unset): Sort by this field; prefix `-` for descending. Ties
            are broken by id. Default: `horizon`.
        include (list[ForecastInclude] | None | Unset): Embed referenced items in `included`,
            saving a round trip per item. Repeat for several.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForecastList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        outcome=outcome,
        drawn_by=drawn_by,
        horizon_before=horizon_before,
        horizon_after=horizon_after,
        entity=entity,
        sort=sort,
        include=include,
        limit=limit,
        cursor=cursor,
        format_=format_,
        updated_since=updated_since,
        include_deleted=include_deleted,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: list[str] | None | Unset = UNSET,
    outcome: list[ForecastStatus] | None | Unset = UNSET,
    drawn_by: list[DrawnBy] | None | Unset = UNSET,
    horizon_before: datetime.date | None | Unset = UNSET,
    horizon_after: datetime.date | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    sort: ForecastSort | None | Unset = UNSET,
    include: list[ForecastInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
) -> ForecastList | Problem | None:
    """List forecasts

     Every forecast a claim or an implication makes: its horizon (with the date's basis), its condition
    anchored in the text, who drew it and its outcome. Sorted by horizon: the next one to watch first,
    forecasts without a horizon last.

    Args:
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        outcome (list[ForecastStatus] | None | Unset): Only forecasts with these outcomes (`open`
            for those still to watch). `status=` keeps its meaning on every list: published or draft.
        drawn_by (list[DrawnBy] | None | Unset): Only forecasts drawn by the author or a curator.
        horizon_before (datetime.date | None | Unset): Only forecasts whose horizon may fall on or
            before this day (ISO 8601).
        horizon_after (datetime.date | None | Unset): Only forecasts whose horizon may fall on or
            after this day (ISO 8601).
        entity (list[str] | None | Unset): Only forecasts whose subject involves one of these
            entities, in any role. An id that names nothing stored is a 422 that names it.
        sort (ForecastSort | None | Unset): Sort by this field; prefix `-` for descending. Ties
            are broken by id. Default: `horizon`.
        include (list[ForecastInclude] | None | Unset): Embed referenced items in `included`,
            saving a round trip per item. Repeat for several.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForecastList | Problem
    """

    return sync_detailed(
        client=client,
        id=id,
        outcome=outcome,
        drawn_by=drawn_by,
        horizon_before=horizon_before,
        horizon_after=horizon_after,
        entity=entity,
        sort=sort,
        include=include,
        limit=limit,
        cursor=cursor,
        format_=format_,
        updated_since=updated_since,
        include_deleted=include_deleted,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: list[str] | None | Unset = UNSET,
    outcome: list[ForecastStatus] | None | Unset = UNSET,
    drawn_by: list[DrawnBy] | None | Unset = UNSET,
    horizon_before: datetime.date | None | Unset = UNSET,
    horizon_after: datetime.date | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    sort: ForecastSort | None | Unset = UNSET,
    include: list[ForecastInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
) -> Response[ForecastList | Problem]:
    """List forecasts

     Every forecast a claim or an implication makes: its horizon (with the date's basis), its condition
    anchored in the text, who drew it and its outcome. Sorted by horizon: the next one to watch first,
    forecasts without a horizon last.

    Args:
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        outcome (list[ForecastStatus] | None | Unset): Only forecasts with these outcomes (`open`
            for those still to watch). `status=` keeps its meaning on every list: published or draft.
        drawn_by (list[DrawnBy] | None | Unset): Only forecasts drawn by the author or a curator.
        horizon_before (datetime.date | None | Unset): Only forecasts whose horizon may fall on or
            before this day (ISO 8601).
        horizon_after (datetime.date | None | Unset): Only forecasts whose horizon may fall on or
            after this day (ISO 8601).
        entity (list[str] | None | Unset): Only forecasts whose subject involves one of these
            entities, in any role. An id that names nothing stored is a 422 that names it.
        sort (ForecastSort | None | Unset): Sort by this field; prefix `-` for descending. Ties
            are broken by id. Default: `horizon`.
        include (list[ForecastInclude] | None | Unset): Embed referenced items in `included`,
            saving a round trip per item. Repeat for several.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForecastList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        outcome=outcome,
        drawn_by=drawn_by,
        horizon_before=horizon_before,
        horizon_after=horizon_after,
        entity=entity,
        sort=sort,
        include=include,
        limit=limit,
        cursor=cursor,
        format_=format_,
        updated_since=updated_since,
        include_deleted=include_deleted,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: list[str] | None | Unset = UNSET,
    outcome: list[ForecastStatus] | None | Unset = UNSET,
    drawn_by: list[DrawnBy] | None | Unset = UNSET,
    horizon_before: datetime.date | None | Unset = UNSET,
    horizon_after: datetime.date | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    sort: ForecastSort | None | Unset = UNSET,
    include: list[ForecastInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
) -> ForecastList | Problem | None:
    """List forecasts

     Every forecast a claim or an implication makes: its horizon (with the date's basis), its condition
    anchored in the text, who drew it and its outcome. Sorted by horizon: the next one to watch first,
    forecasts without a horizon last.

    Args:
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        outcome (list[ForecastStatus] | None | Unset): Only forecasts with these outcomes (`open`
            for those still to watch). `status=` keeps its meaning on every list: published or draft.
        drawn_by (list[DrawnBy] | None | Unset): Only forecasts drawn by the author or a curator.
        horizon_before (datetime.date | None | Unset): Only forecasts whose horizon may fall on or
            before this day (ISO 8601).
        horizon_after (datetime.date | None | Unset): Only forecasts whose horizon may fall on or
            after this day (ISO 8601).
        entity (list[str] | None | Unset): Only forecasts whose subject involves one of these
            entities, in any role. An id that names nothing stored is a 422 that names it.
        sort (ForecastSort | None | Unset): Sort by this field; prefix `-` for descending. Ties
            are broken by id. Default: `horizon`.
        include (list[ForecastInclude] | None | Unset): Embed referenced items in `included`,
            saving a round trip per item. Repeat for several.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForecastList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            outcome=outcome,
            drawn_by=drawn_by,
            horizon_before=horizon_before,
            horizon_after=horizon_after,
            entity=entity,
            sort=sort,
            include=include,
            limit=limit,
            cursor=cursor,
            format_=format_,
            updated_since=updated_since,
            include_deleted=include_deleted,
            status=status,
        )
    ).parsed
