import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asserted_by import AssertedBy
from ...models.attribution_verb import AttributionVerb
from ...models.claim_include import ClaimInclude
from ...models.claim_list import ClaimList
from ...models.claim_sort import ClaimSort
from ...models.claim_type import ClaimType
from ...models.export_format import ExportFormat
from ...models.item_status import ItemStatus
from ...models.likelihood import Likelihood
from ...models.modality import Modality
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    claim_type: list[ClaimType] | None | Unset = UNSET,
    attributed_to: list[str] | None | Unset = UNSET,
    modality: list[Modality] | None | Unset = UNSET,
    hedged: bool | None | Unset = UNSET,
    min_likelihood: Likelihood | None | Unset = UNSET,
    asserted_by: list[AssertedBy] | None | Unset = UNSET,
    attribution_verb: list[AttributionVerb] | None | Unset = UNSET,
    sort: ClaimSort | None | Unset = UNSET,
    include: list[ClaimInclude] | None | Unset = UNSET,
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_claim_type: list[str] | None | Unset
    if isinstance(claim_type, Unset):
        json_claim_type = UNSET
    elif isinstance(claim_type, list):
        json_claim_type = []
        for claim_type_type_0_item_data in claim_type:
            claim_type_type_0_item = claim_type_type_0_item_data.value
            json_claim_type.append(claim_type_type_0_item)

    else:
        json_claim_type = claim_type
    params["claim_type"] = json_claim_type

    json_attributed_to: list[str] | None | Unset
    if isinstance(attributed_to, Unset):
        json_attributed_to = UNSET
    elif isinstance(attributed_to, list):
        json_attributed_to = attributed_to

    else:
        json_attributed_to = attributed_to
    params["attributed_to"] = json_attributed_to

    json_modality: list[str] | None | Unset
    if isinstance(modality, Unset):
        json_modality = UNSET
    elif isinstance(modality, list):
        json_modality = []
        for modality_type_0_item_data in modality:
            modality_type_0_item = modality_type_0_item_data.value
            json_modality.append(modality_type_0_item)

    else:
        json_modality = modality
    params["modality"] = json_modality

    json_hedged: bool | None | Unset
    if isinstance(hedged, Unset):
        json_hedged = UNSET
    else:
        json_hedged = hedged
    params["hedged"] = json_hedged

    json_min_likelihood: None | str | Unset
    if isinstance(min_likelihood, Unset):
        json_min_likelihood = UNSET
    elif isinstance(min_likelihood, Likelihood):
        json_min_likelihood = min_likelihood.value
    else:
        json_min_likelihood = min_likelihood
    params["min_likelihood"] = json_min_likelihood

    json_asserted_by: list[str] | None | Unset
    if isinstance(asserted_by, Unset):
        json_asserted_by = UNSET
    elif isinstance(asserted_by, list):
        json_asserted_by = []
        for asserted_by_type_0_item_data in asserted_by:
            asserted_by_type_0_item = asserted_by_type_0_item_data.value
            json_asserted_by.append(asserted_by_type_0_item)

    else:
        json_asserted_by = asserted_by
    params["asserted_by"] = json_asserted_by

    json_attribution_verb: list[str] | None | Unset
    if isinstance(attribution_verb, Unset):
        json_attribution_verb = UNSET
    elif isinstance(attribution_verb, list):
        json_attribution_verb = []
        for attribution_verb_type_0_item_data in attribution_verb:
            attribution_verb_type_0_item = attribution_verb_type_0_item_data.value
            json_attribution_verb.append(attribution_verb_type_0_item)

    else:
        json_attribution_verb = attribution_verb
    params["attribution_verb"] = json_attribution_verb

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, ClaimSort):
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/claims",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClaimList | Problem | None:
    if response.status_code == 200:
        response_200 = ClaimList.from_dict(response.json())

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
) -> Response[ClaimList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    claim_type: list[ClaimType] | None | Unset = UNSET,
    attributed_to: list[str] | None | Unset = UNSET,
    modality: list[Modality] | None | Unset = UNSET,
    hedged: bool | None | Unset = UNSET,
    min_likelihood: Likelihood | None | Unset = UNSET,
    asserted_by: list[AssertedBy] | None | Unset = UNSET,
    attribution_verb: list[AttributionVerb] | None | Unset = UNSET,
    sort: ClaimSort | None | Unset = UNSET,
    include: list[ClaimInclude] | None | Unset = UNSET,
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
) -> Response[ClaimList | Problem]:
    """List claims

     Every analytic claim, typed, with the quotes and events that support it.

    Args:
        claim_type (list[ClaimType] | None | Unset): Only claims of these types.
        attributed_to (list[str] | None | Unset): Only claims the briefing attributes to these
            entities. An id that names nothing stored is a 422 that names it.
        modality (list[Modality] | None | Unset): Only items the text puts forward in these
            modalities.
        hedged (bool | None | Unset): `true`: only hedged items (any modality but `asserted`);
            `false`: only plain assertions.
        min_likelihood (Likelihood | None | Unset): Only items the text rates at least this likely
            (ICD 203 steps, `almost_no_chance` to `almost_certain`); items without a likelihood are
            left out.
        asserted_by (list[AssertedBy] | None | Unset): Only items asserted by these.
        attribution_verb (list[AttributionVerb] | None | Unset): Only items put forward with these
            verbs.
        sort (ClaimSort | None | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `char_start`.
        include (list[ClaimInclude] | None | Unset): Embed referenced items in `included`, saving
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimList | Problem]
    """

    kwargs = _get_kwargs(
        claim_type=claim_type,
        attributed_to=attributed_to,
        modality=modality,
        hedged=hedged,
        min_likelihood=min_likelihood,
        asserted_by=asserted_by,
        attribution_verb=attribution_verb,
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    claim_type: list[ClaimType] | None | Unset = UNSET,
    attributed_to: list[str] | None | Unset = UNSET,
    modality: list[Modality] | None | Unset = UNSET,
    hedged: bool | None | Unset = UNSET,
    min_likelihood: Likelihood | None | Unset = UNSET,
    asserted_by: list[AssertedBy] | None | Unset = UNSET,
    attribution_verb: list[AttributionVerb] | None | Unset = UNSET,
    sort: ClaimSort | None | Unset = UNSET,
    include: list[ClaimInclude] | None | Unset = UNSET,
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
) -> ClaimList | Problem | None:
    """List claims

     Every analytic claim, typed, with the quotes and events that support it.

    Args:
        claim_type (list[ClaimType] | None | Unset): Only claims of these types.
        attributed_to (list[str] | None | Unset): Only claims the briefing attributes to these
            entities. An id that names nothing stored is a 422 that names it.
        modality (list[Modality] | None | Unset): Only items the text puts forward in these
            modalities.
        hedged (bool | None | Unset): `true`: only hedged items (any modality but `asserted`);
            `false`: only plain assertions.
        min_likelihood (Likelihood | None | Unset): Only items the text rates at least this likely
            (ICD 203 steps, `almost_no_chance` to `almost_certain`); items without a likelihood are
            left out.
        asserted_by (list[AssertedBy] | None | Unset): Only items asserted by these.
        attribution_verb (list[AttributionVerb] | None | Unset): Only items put forward with these
            verbs.
        sort (ClaimSort | None | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `char_start`.
        include (list[ClaimInclude] | None | Unset): Embed referenced items in `included`, saving
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimList | Problem
    """

    return sync_detailed(
        client=client,
        claim_type=claim_type,
        attributed_to=attributed_to,
        modality=modality,
        hedged=hedged,
        min_likelihood=min_likelihood,
        asserted_by=asserted_by,
        attribution_verb=attribution_verb,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    claim_type: list[ClaimType] | None | Unset = UNSET,
    attributed_to: list[str] | None | Unset = UNSET,
    modality: list[Modality] | None | Unset = UNSET,
    hedged: bool | None | Unset = UNSET,
    min_likelihood: Likelihood | None | Unset = UNSET,
    asserted_by: list[AssertedBy] | None | Unset = UNSET,
    attribution_verb: list[AttributionVerb] | None | Unset = UNSET,
    sort: ClaimSort | None | Unset = UNSET,
    include: list[ClaimInclude] | None | Unset = UNSET,
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
) -> Response[ClaimList | Problem]:
    """List claims

     Every analytic claim, typed, with the quotes and events that support it.

    Args:
        claim_type (list[ClaimType] | None | Unset): Only claims of these types.
        attributed_to (list[str] | None | Unset): Only claims the briefing attributes to these
            entities. An id that names nothing stored is a 422 that names it.
        modality (list[Modality] | None | Unset): Only items the text puts forward in these
            modalities.
        hedged (bool | None | Unset): `true`: only hedged items (any modality but `asserted`);
            `false`: only plain assertions.
        min_likelihood (Likelihood | None | Unset): Only items the text rates at least this likely
            (ICD 203 steps, `almost_no_chance` to `almost_certain`); items without a likelihood are
            left out.
        asserted_by (list[AssertedBy] | None | Unset): Only items asserted by these.
        attribution_verb (list[AttributionVerb] | None | Unset): Only items put forward with these
            verbs.
        sort (ClaimSort | None | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `char_start`.
        include (list[ClaimInclude] | None | Unset): Embed referenced items in `included`, saving
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimList | Problem]
    """

    kwargs = _get_kwargs(
        claim_type=claim_type,
        attributed_to=attributed_to,
        modality=modality,
        hedged=hedged,
        min_likelihood=min_likelihood,
        asserted_by=asserted_by,
        attribution_verb=attribution_verb,
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    claim_type: list[ClaimType] | None | Unset = UNSET,
    attributed_to: list[str] | None | Unset = UNSET,
    modality: list[Modality] | None | Unset = UNSET,
    hedged: bool | None | Unset = UNSET,
    min_likelihood: Likelihood | None | Unset = UNSET,
    asserted_by: list[AssertedBy] | None | Unset = UNSET,
    attribution_verb: list[AttributionVerb] | None | Unset = UNSET,
    sort: ClaimSort | None | Unset = UNSET,
    include: list[ClaimInclude] | None | Unset = UNSET,
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
) -> ClaimList | Problem | None:
    """List claims

     Every analytic claim, typed, with the quotes and events that support it.

    Args:
        claim_type (list[ClaimType] | None | Unset): Only claims of these types.
        attributed_to (list[str] | None | Unset): Only claims the briefing attributes to these
            entities. An id that names nothing stored is a 422 that names it.
        modality (list[Modality] | None | Unset): Only items the text puts forward in these
            modalities.
        hedged (bool | None | Unset): `true`: only hedged items (any modality but `asserted`);
            `false`: only plain assertions.
        min_likelihood (Likelihood | None | Unset): Only items the text rates at least this likely
            (ICD 203 steps, `almost_no_chance` to `almost_certain`); items without a likelihood are
            left out.
        asserted_by (list[AssertedBy] | None | Unset): Only items asserted by these.
        attribution_verb (list[AttributionVerb] | None | Unset): Only items put forward with these
            verbs.
        sort (ClaimSort | None | Unset): Sort by this field; prefix `-` for descending. Ties are
            broken by id. Default: `char_start`.
        include (list[ClaimInclude] | None | Unset): Embed referenced items in `included`, saving
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            claim_type=claim_type,
            attributed_to=attributed_to,
            modality=modality,
            hedged=hedged,
            min_likelihood=min_likelihood,
            asserted_by=asserted_by,
            attribution_verb=attribution_verb,
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
        )
    ).parsed
