import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.date_basis import DateBasis
from ...models.event_include import EventInclude
from ...models.event_list import EventList
from ...models.event_sort import EventSort
from ...models.event_type import EventType
from ...models.export_format import ExportFormat
from ...models.item_status import ItemStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor: list[str] | None | Unset = UNSET,
    location: list[str] | None | Unset = UNSET,
    event_type: list[EventType] | None | Unset = UNSET,
    date_basis: list[DateBasis] | None | Unset = UNSET,
    sort: EventSort | None | Unset = UNSET,
    include: list[EventInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    id: list[str] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_actor: list[str] | None | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    elif isinstance(actor, list):
        json_actor = actor

    else:
        json_actor = actor
    params["actor"] = json_actor

    json_location: list[str] | None | Unset
    if isinstance(location, Unset):
        json_location = UNSET
    elif isinstance(location, list):
        json_location = location

    else:
        json_location = location
    params["location"] = json_location

    json_event_type: list[str] | None | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    elif isinstance(event_type, list):
        json_event_type = []
        for event_type_type_0_item_data in event_type:
            event_type_type_0_item = event_type_type_0_item_data.value
            json_event_type.append(event_type_type_0_item)

    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    json_date_basis: list[str] | None | Unset
    if isinstance(date_basis, Unset):
        json_date_basis = UNSET
    elif isinstance(date_basis, list):
        json_date_basis = []
        for date_basis_type_0_item_data in date_basis:
            date_basis_type_0_item = date_basis_type_0_item_data.value
            json_date_basis.append(date_basis_type_0_item)

    else:
        json_date_basis = date_basis
    params["date_basis"] = json_date_basis

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, EventSort):
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

    json_id: list[str] | None | Unset
    if isinstance(id, Unset):
        json_id = UNSET
    elif isinstance(id, list):
        json_id = id

    else:
        json_id = id
    params["id"] = json_id

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventList | Problem | None:
    if response.status_code == 200:
        response_200 = EventList.from_dict(response.json())

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
) -> Response[EventList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | None | Unset = UNSET,
    location: list[str] | None | Unset = UNSET,
    event_type: list[EventType] | None | Unset = UNSET,
    date_basis: list[DateBasis] | None | Unset = UNSET,
    sort: EventSort | None | Unset = UNSET,
    include: list[EventInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    id: list[str] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> Response[EventList | Problem]:
    """List events

     Every dated event in the briefings, with its actors, place and date range.

    Args:
        actor (list[str] | None | Unset): Only events with one of these actors. An id that names
            nothing stored is a 422 that names it.
        location (list[str] | None | Unset): Only events at one of these places. An id that names
            nothing stored is a 422 that names it.
        event_type (list[EventType] | None | Unset): Only events of these types.
        date_basis (list[DateBasis] | None | Unset): Only items whose date has one of these bases
            (a date whose basis was not recorded matches none).
        sort (EventSort | None | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `date_start`.
        include (list[EventInclude] | None | Unset): Embed referenced items in `included`, saving
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
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        q (None | str | Unset): Full-text search over the item's text fields. Every word must
            start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        document_id (list[str] | None | Unset): Only items from these documents (repeat for
            several). An id that names nothing stored is a 422 that names it.
        entity (list[str] | None | Unset): Only items that involve one of these entity ids, in any
            role (speaker, actor, location, subject, attributed-to). Repeat for several (OR). An id
            that names nothing stored is a 422 that names it.
        section (list[str] | None | Unset): Only items inside a section with this heading, exactly
            as in the document's `sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.
        date_from (datetime.date | None | Unset): Only items whose date range ends on or after
            this day (ISO 8601).
        date_to (datetime.date | None | Unset): Only items whose date range starts on or before
            this day (ISO 8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventList | Problem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        location=location,
        event_type=event_type,
        date_basis=date_basis,
        sort=sort,
        include=include,
        limit=limit,
        cursor=cursor,
        format_=format_,
        updated_since=updated_since,
        include_deleted=include_deleted,
        status=status,
        id=id,
        q=q,
        document_id=document_id,
        entity=entity,
        section=section,
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
    actor: list[str] | None | Unset = UNSET,
    location: list[str] | None | Unset = UNSET,
    event_type: list[EventType] | None | Unset = UNSET,
    date_basis: list[DateBasis] | None | Unset = UNSET,
    sort: EventSort | None | Unset = UNSET,
    include: list[EventInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    id: list[str] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> EventList | Problem | None:
    """List events

     Every dated event in the briefings, with its actors, place and date range.

    Args:
        actor (list[str] | None | Unset): Only events with one of these actors. An id that names
            nothing stored is a 422 that names it.
        location (list[str] | None | Unset): Only events at one of these places. An id that names
            nothing stored is a 422 that names it.
        event_type (list[EventType] | None | Unset): Only events of these types.
        date_basis (list[DateBasis] | None | Unset): Only items whose date has one of these bases
            (a date whose basis was not recorded matches none).
        sort (EventSort | None | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `date_start`.
        include (list[EventInclude] | None | Unset): Embed referenced items in `included`, saving
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
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        q (None | str | Unset): Full-text search over the item's text fields. Every word must
            start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        document_id (list[str] | None | Unset): Only items from these documents (repeat for
            several). An id that names nothing stored is a 422 that names it.
        entity (list[str] | None | Unset): Only items that involve one of these entity ids, in any
            role (speaker, actor, location, subject, attributed-to). Repeat for several (OR). An id
            that names nothing stored is a 422 that names it.
        section (list[str] | None | Unset): Only items inside a section with this heading, exactly
            as in the document's `sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.
        date_from (datetime.date | None | Unset): Only items whose date range ends on or after
            this day (ISO 8601).
        date_to (datetime.date | None | Unset): Only items whose date range starts on or before
            this day (ISO 8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventList | Problem
    """

    return sync_detailed(
        client=client,
        actor=actor,
        location=location,
        event_type=event_type,
        date_basis=date_basis,
        sort=sort,
        include=include,
        limit=limit,
        cursor=cursor,
        format_=format_,
        updated_since=updated_since,
        include_deleted=include_deleted,
        status=status,
        id=id,
        q=q,
        document_id=document_id,
        entity=entity,
        section=section,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | None | Unset = UNSET,
    location: list[str] | None | Unset = UNSET,
    event_type: list[EventType] | None | Unset = UNSET,
    date_basis: list[DateBasis] | None | Unset = UNSET,
    sort: EventSort | None | Unset = UNSET,
    include: list[EventInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    id: list[str] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> Response[EventList | Problem]:
    """List events

     Every dated event in the briefings, with its actors, place and date range.

    Args:
        actor (list[str] | None | Unset): Only events with one of these actors. An id that names
            nothing stored is a 422 that names it.
        location (list[str] | None | Unset): Only events at one of these places. An id that names
            nothing stored is a 422 that names it.
        event_type (list[EventType] | None | Unset): Only events of these types.
        date_basis (list[DateBasis] | None | Unset): Only items whose date has one of these bases
            (a date whose basis was not recorded matches none).
        sort (EventSort | None | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `date_start`.
        include (list[EventInclude] | None | Unset): Embed referenced items in `included`, saving
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
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        q (None | str | Unset): Full-text search over the item's text fields. Every word must
            start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        document_id (list[str] | None | Unset): Only items from these documents (repeat for
            several). An id that names nothing stored is a 422 that names it.
        entity (list[str] | None | Unset): Only items that involve one of these entity ids, in any
            role (speaker, actor, location, subject, attributed-to). Repeat for several (OR). An id
            that names nothing stored is a 422 that names it.
        section (list[str] | None | Unset): Only items inside a section with this heading, exactly
            as in the document's `sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.
        date_from (datetime.date | None | Unset): Only items whose date range ends on or after
            this day (ISO 8601).
        date_to (datetime.date | None | Unset): Only items whose date range starts on or before
            this day (ISO 8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventList | Problem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        location=location,
        event_type=event_type,
        date_basis=date_basis,
        sort=sort,
        include=include,
        limit=limit,
        cursor=cursor,
        format_=format_,
        updated_since=updated_since,
        include_deleted=include_deleted,
        status=status,
        id=id,
        q=q,
        document_id=document_id,
        entity=entity,
        section=section,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    actor: list[str] | None | Unset = UNSET,
    location: list[str] | None | Unset = UNSET,
    event_type: list[EventType] | None | Unset = UNSET,
    date_basis: list[DateBasis] | None | Unset = UNSET,
    sort: EventSort | None | Unset = UNSET,
    include: list[EventInclude] | None | Unset = UNSET,
    limit: int | None | Unset = 50,
    cursor: None | str | Unset = UNSET,
    format_: ExportFormat | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    include_deleted: bool | None | Unset = False,
    status: list[ItemStatus] | None | Unset = UNSET,
    id: list[str] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    document_id: list[str] | None | Unset = UNSET,
    entity: list[str] | None | Unset = UNSET,
    section: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
) -> EventList | Problem | None:
    """List events

     Every dated event in the briefings, with its actors, place and date range.

    Args:
        actor (list[str] | None | Unset): Only events with one of these actors. An id that names
            nothing stored is a 422 that names it.
        location (list[str] | None | Unset): Only events at one of these places. An id that names
            nothing stored is a 422 that names it.
        event_type (list[EventType] | None | Unset): Only events of these types.
        date_basis (list[DateBasis] | None | Unset): Only items whose date has one of these bases
            (a date whose basis was not recorded matches none).
        sort (EventSort | None | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `date_start`.
        include (list[EventInclude] | None | Unset): Embed referenced items in `included`, saving
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
        id (list[str] | None | Unset): Only these ids (repeat for several). An id that names
            nothing stored is a 422 that names it.
        q (None | str | Unset): Full-text search over the item's text fields. Every word must
            start a word of the text, in any order; case, accents and punctuation do not matter;
            "quoted words" must stand in sequence. A query without a letter or digit matches nothing.
        document_id (list[str] | None | Unset): Only items from these documents (repeat for
            several). An id that names nothing stored is a 422 that names it.
        entity (list[str] | None | Unset): Only items that involve one of these entity ids, in any
            role (speaker, actor, location, subject, attributed-to). Repeat for several (OR). An id
            that names nothing stored is a 422 that names it.
        section (list[str] | None | Unset): Only items inside a section with this heading, exactly
            as in the document's `sections`; a part (e.g. `IMPLICATIONS:`) includes its subsections.
        date_from (datetime.date | None | Unset): Only items whose date range ends on or after
            this day (ISO 8601).
        date_to (datetime.date | None | Unset): Only items whose date range starts on or before
            this day (ISO 8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            actor=actor,
            location=location,
            event_type=event_type,
            date_basis=date_basis,
            sort=sort,
            include=include,
            limit=limit,
            cursor=cursor,
            format_=format_,
            updated_since=updated_since,
            include_deleted=include_deleted,
            status=status,
            id=id,
            q=q,
            document_id=document_id,
            entity=entity,
            section=section,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
