"""Every collection's routes, made from its `CollectionSpec`: list and get for all;
create, update (merge patch), delete and the revision history for the writable ones.

The list operation's signature is built from the spec's filters (`inspect.Signature`), so
each filter is declared once, with its typed `Query`, and OpenAPI shows it typed.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Path, Query, Request, Response

from app.api.deps import SessionDep, SettingsDep, stamp_headers
from app.api.params import ChangesDep, PageDep, ViewerDep, include_query, item_id, sort_query
from app.api.representations import ListDep, list_responses
from app.api.security import CuratorDep, PrincipalDep, sees_drafts, sees_keys
from app.collections import CollectionSpec
from app.collections.filters import parameters
from app.collections.pages import PAGES
from app.core.errors import problem_responses
from app.core.request_id import current_request_id
from app.models import IdempotentResponse, RevisionPublic
from app.models.pages import RevisionList
from app.services import collections, corpus, idempotency, revisions, writes
from app.services.api_keys import Principal
from app.services.etags import tagged

MERGE_PATCH = "application/merge-patch+json"
KEYWORD = inspect.Parameter.KEYWORD_ONLY

IfMatch = Annotated[
    str | None,
    Header(
        description="The item's current `ETag` (from GET or the previous write). Required: "
        "428 without it, 412 when the item changed since.",
    ),
]
IdempotencyKey = Annotated[
    str | None,
    Header(
        max_length=idempotency.MAX_KEY_LENGTH,
        description="Any unique string (a UUID): a retry with the same key and body replays "
        "the first response instead of creating a duplicate.",
    ),
]


class RevisionSort(StrEnum):
    version = "version"
    newest_first = "-version"


def _signed(endpoint: Callable[..., Any], params: list[inspect.Parameter]) -> Callable[..., Any]:
    """`endpoint`, taking keyword arguments, with the signature FastAPI is to read."""
    endpoint.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    return endpoint


def _param(name: str, annotation: Any, default: Any = inspect.Parameter.empty) -> inspect.Parameter:
    return inspect.Parameter(name, KEYWORD, annotation=annotation, default=default)


def _group(index: int) -> str:
    return f"filters_{index}"


def _list_endpoint(spec: CollectionSpec) -> Callable[..., Any]:
    """The list operation: the spec's own filters, sort and include come first in OpenAPI,
    then paging and format, the change feed, and the shared filter groups."""

    def list_items(**values: Any) -> Any:
        lists, sort, include = values.pop("lists"), values.pop("sort"), values.pop("include", None)
        filters = {**values.pop("changes")}
        for index in range(len(spec.filter_groups)):
            filters |= values.pop(_group(index))
        return lists.serve(spec.name, {**filters, **values}, sort=sort, include=include)

    params = [_param("lists", ListDep), _param("changes", ChangesDep)]
    params += [_param(_group(i), g.depends()) for i, g in enumerate(spec.filter_groups)]
    params += [*parameters(spec.filters), _param("sort", sort_query(spec), None)]
    if spec.expansions:
        params.append(_param("include", include_query(spec), None))
    return _signed(list_items, params)


def _get_endpoint(spec: CollectionSpec) -> Callable[..., Any]:
    """One item; writable items carry their ETag, for `If-Match`."""
    path_id = f"{spec.noun}_id"

    def get_item(session: SessionDep, viewer: ViewerDep, response: Response, **ids: str) -> Any:
        item = collections.get_item(session, spec.name, ids[path_id], drafts=viewer.sees_drafts)
        return tagged(response, item) if spec.writable else item

    params = [
        _param("session", SessionDep),
        _param("viewer", ViewerDep),
        _param("response", Response),
        _param(path_id, item_id(spec.noun)),
    ]
    return _signed(get_item, params)


def _a(noun: str) -> str:
    """The noun with its indefinite article, for summaries: "an entity", "a claim"."""
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def _add_reads(router: APIRouter, spec: CollectionSpec) -> None:
    router.add_api_route(
        "",
        _list_endpoint(spec),
        methods=["GET"],
        name=f"list_{spec.name}",
        summary=f"List {spec.name}",
        description=spec.list_description,
        response_model=PAGES[spec.name],
        responses=list_responses(),
    )
    router.add_api_route(
        "/{" + spec.noun + "_id}",
        _get_endpoint(spec),
        methods=["GET"],
        name=f"get_{spec.noun}",
        summary=f"Get {_a(spec.noun)}",
        description=f"One {spec.noun} by id.",
        response_model=spec.public,
        responses=problem_responses(404, 422),
    )


def _answer(written: writes.Written, status: int, **headers: str) -> Response:
    return Response(
        written.item.model_dump_json(),
        status_code=status,
        media_type="application/json",
        headers={"ETag": written.etag, **stamp_headers(written.stamp), **headers},
    )


def _replay(session: SessionDep, first: IdempotentResponse) -> Response:
    headers = {"Idempotent-Replayed": "true", **stamp_headers(corpus.current(session))}
    if first.location:
        headers["Location"] = first.location
    if first.etag:
        headers["ETag"] = first.etag
    return Response(
        first.body, status_code=first.status_code, media_type="application/json", headers=headers
    )


def _actor(session: SessionDep, principal: Principal) -> revisions.Actor:
    return revisions.actor(session, principal, current_request_id.get())


def _path_id(noun: str) -> Any:
    """The path id as `id`, named as the collection's GET names it (`{quote_id}`), so that
    one path of the OpenAPI document carries every method."""
    return Annotated[str, item_id(noun), Path(alias=f"{noun}_id")]


def _create_endpoint(spec: CollectionSpec) -> Callable[..., Any]:
    def create(
        request: Request,
        session: SessionDep,
        settings: SettingsDep,
        principal: Principal,
        body: Any,
        idempotency_key: str | None,
    ) -> Response:
        key = None
        if idempotency_key is not None and principal.key_id is not None:
            key = writes.Idempotency(
                principal.key_id,
                idempotency_key,
                idempotency.fingerprint("POST", request.url.path, body),
                settings.idempotency_key_retention,
            )
        outcome = writes.create(session, spec, body, _actor(session, principal), key)
        if isinstance(outcome, IdempotentResponse):
            return _replay(session, outcome)
        item_id_ = str(outcome.item.id)  # type: ignore[attr-defined]
        return _answer(outcome, 201, Location=writes.location(spec.name, item_id_))

    params = [
        _param("request", Request),
        _param("session", SessionDep),
        _param("settings", SettingsDep),
        _param("principal", CuratorDep),
        _param("body", spec.create),
        _param("idempotency_key", IdempotencyKey, None),
    ]
    return _signed(create, params)


def _update_endpoint(spec: CollectionSpec) -> Callable[..., Any]:
    path_id = f"{spec.noun}_id"

    def update(
        session: SessionDep, principal: Principal, body: Any, if_match: str | None, **ids: str
    ) -> Response:
        actor = _actor(session, principal)
        return _answer(writes.update_item(session, spec, ids[path_id], body, if_match, actor), 200)

    params = [
        _param("session", SessionDep),
        _param("principal", CuratorDep),
        _param(path_id, item_id(spec.noun)),
        _param("body", Annotated[spec.update, Body(media_type=MERGE_PATCH)]),
        _param("if_match", IfMatch, None),
    ]
    return _signed(update, params)


def _delete_endpoint(spec: CollectionSpec) -> Callable[..., Any]:
    path_id = f"{spec.noun}_id"

    def delete(
        session: SessionDep, principal: Principal, if_match: str | None, **ids: str
    ) -> Response:
        actor = _actor(session, principal)
        return _answer(writes.delete_item(session, spec, ids[path_id], if_match, actor), 200)

    params = [
        _param("session", SessionDep),
        _param("principal", CuratorDep),
        _param(path_id, item_id(spec.noun)),
        _param("if_match", IfMatch, None),
    ]
    return _signed(delete, params)


def _write_docs(noun: str) -> dict[str, str]:
    return {
        "create": f"Create {_a(noun)}, validated as the seed is: the provenance excerpt must "
        "occur verbatim in the document (the server computes offsets, section and hash), "
        "every reference must name a stored item. Answers 201 with `Location` and `ETag`.",
        "update": f"Change {_a(noun)} with a JSON merge patch (RFC 7386; `{MERGE_PATCH}` or "
        "`application/json`). `If-Match` must carry its current ETag. Setting `status` from "
        "`draft` to `published` confirms a draft.",
        "delete": f"Delete {_a(noun)}: a tombstone (`deleted_at` set, the version advanced) "
        "that keeps its history readable. Refused (409) while other items still reference "
        "it. Answers the tombstone.",
    }


def _add_writes(router: APIRouter, spec: CollectionSpec) -> None:
    noun, docs = spec.noun, _write_docs(spec.noun)
    assert spec.update is not None
    router.add_api_route(
        "",
        _create_endpoint(spec),
        methods=["POST"],
        name=f"create_{noun}",
        summary=f"Create {_a(noun)}",
        description=docs["create"],
        status_code=201,
        response_model=spec.public,
        responses=problem_responses(400, 401, 403, 409, 422),
    )
    # The merge patch also takes plain JSON: both media types name the update model.
    update_body = {"schema": {"$ref": f"#/components/schemas/{spec.update.__name__}"}}
    one = "/{" + noun + "_id}"
    for method, verb, endpoint, statuses, extra in (
        (
            "PATCH",
            "update",
            _update_endpoint,
            (400, 401, 403, 404, 410, 412, 422, 428),
            update_body,
        ),
        ("DELETE", "delete", _delete_endpoint, (401, 403, 404, 409, 410, 412, 428), None),
    ):
        router.add_api_route(
            one,
            endpoint(spec),
            methods=[method],
            name=f"{verb}_{noun}",
            summary=f"{verb.capitalize()} {_a(noun)}",
            description=docs[verb],
            response_model=spec.public,
            responses=problem_responses(*statuses),
            openapi_extra={"requestBody": {"content": {"application/json": extra}}}
            if extra
            else None,
        )


def collection_router(spec: CollectionSpec) -> APIRouter:
    """List and get; create, update and delete when the spec is writable."""
    router = APIRouter(prefix=f"/{spec.name}", tags=[spec.name])
    _add_reads(router, spec)
    if spec.writable:
        _add_writes(router, spec)
    return router


def _list_revisions(spec: CollectionSpec) -> Callable[..., Any]:
    path_id = f"{spec.noun}_id"

    def list_revisions(
        session: SessionDep,
        settings: SettingsDep,
        principal: Principal,
        page: Any,
        sort: RevisionSort,
        **ids: str,
    ) -> dict[str, Any]:
        found = revisions.history(
            session,
            settings,
            spec.name,
            ids[path_id],
            drafts=sees_drafts(principal),
            keys=sees_keys(principal),
            sort=sort.value,
            limit=page.limit,
            cursor=page.cursor,
        )
        return dict(page.linked(found))

    sort = Annotated[
        RevisionSort,
        Query(description="`-version` (the default): newest first; `version`: oldest first."),
    ]
    params = [
        _param("session", SessionDep),
        _param("settings", SettingsDep),
        _param("principal", PrincipalDep),
        _param("page", PageDep),
        _param(path_id, item_id(spec.noun)),
        _param("sort", sort, RevisionSort.newest_first),
    ]
    return _signed(list_revisions, params)


def _get_revision(spec: CollectionSpec) -> Callable[..., Any]:
    path_id = f"{spec.noun}_id"

    def get_revision(
        session: SessionDep, principal: Principal, version: int, **ids: str
    ) -> RevisionPublic:
        return revisions.revision(
            session,
            spec.name,
            ids[path_id],
            version,
            drafts=sees_drafts(principal),
            keys=sees_keys(principal),
        )

    params = [
        _param("session", SessionDep),
        _param("principal", PrincipalDep),
        _param(path_id, item_id(spec.noun)),
        _param("version", Annotated[int, Path(ge=1, description="The version to read.")]),
    ]
    return _signed(get_revision, params)


def revisions_router(spec: CollectionSpec) -> APIRouter:
    """A writable item's history: every version, and one version."""
    noun = spec.noun
    router = APIRouter(prefix=f"/{spec.name}", tags=[spec.name])
    router.add_api_route(
        "/{" + noun + "_id}/revisions",
        _list_revisions(spec),
        methods=["GET"],
        name=f"list_{noun}_revisions",
        summary=f"List {_a(noun)}'s revisions",
        description=(
            f"Every version of {_a(noun)}: what changed it (create, update, confirm, delete), "
            "when, and the full representation; newest first unless `sort=version`. "
            "Deleted items keep their history; versions that were drafts are listed only "
            "for curators, and which key made each change only for admins. An item never "
            "changed since it was loaded has one revision: its current version, with no key."
        ),
        response_model=RevisionList,
        responses=problem_responses(404, 422),
    )
    router.add_api_route(
        "/{" + noun + "_id}/revisions/{version}",
        _get_revision(spec),
        methods=["GET"],
        name=f"get_{noun}_revision",
        summary=f"Get one revision of {_a(noun)}",
        description=f"One version of {_a(noun)}, exactly as it was served.",
        response_model=RevisionPublic,
        responses=problem_responses(404, 422),
    )
    return router
