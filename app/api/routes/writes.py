"""POST, PATCH and DELETE on claims, quotes, events, implications and entities, and each
item's revision history: declared once, for every collection in `writes.WRITABLE`.

Deliberately without `from __future__ import annotations`: the routes are built in a loop,
and FastAPI reads each body model from the annotations at definition time.
"""

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Path, Query, Request, Response
from pydantic import BaseModel

from app.api.deps import SessionDep, SettingsDep, stamp_headers
from app.api.params import PRINTABLE, PageDep
from app.api.security import CuratorDep, PrincipalDep, sees_drafts
from app.core.errors import problem_responses
from app.core.request_id import current_request_id
from app.models import (
    ClaimPublic,
    EntityPublic,
    EventPublic,
    IdempotentResponse,
    ImplicationPublic,
    QuotePublic,
    RevisionPublic,
)
from app.models.pages import RevisionList
from app.services import corpus, idempotency, revisions, writes
from app.services.api_keys import Principal
from app.services.writes import WRITABLE, Writable

PUBLIC_MODELS: dict[str, type[BaseModel]] = {
    "quotes": QuotePublic,
    "events": EventPublic,
    "claims": ClaimPublic,
    "implications": ImplicationPublic,
    "entities": EntityPublic,
}
MERGE_PATCH = "application/merge-patch+json"

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


def _item_id(noun: str) -> Any:
    """The path id, named as the collection's GET names it (`{quote_id}`), so that one
    path of the OpenAPI document carries every method."""
    return Annotated[
        str,
        Path(
            alias=f"{noun}_id",
            description=f"The {noun}'s id (a slug).",
            min_length=1,
            pattern=PRINTABLE,
        ),
    ]


def _add_write_routes(router: APIRouter, spec: Writable, public: type[BaseModel]) -> None:
    noun, create_model, update_model = spec.noun, spec.create, spec.update
    ItemId = _item_id(noun)

    def create(
        request: Request,
        session: SessionDep,
        settings: SettingsDep,
        principal: CuratorDep,
        body: create_model,
        idempotency_key: IdempotencyKey = None,
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
        return _answer(outcome, 201, Location=writes.location(spec.collection, outcome.item.id))  # type: ignore[attr-defined]

    def update(
        session: SessionDep,
        principal: CuratorDep,
        id: ItemId,
        body: Annotated[update_model, Body(media_type=MERGE_PATCH)],
        if_match: IfMatch = None,
    ) -> Response:
        written = writes.update_item(session, spec, id, body, if_match, _actor(session, principal))
        return _answer(written, 200)

    def delete(
        session: SessionDep, principal: CuratorDep, id: ItemId, if_match: IfMatch = None
    ) -> Response:
        written = writes.delete_item(session, spec, id, if_match, _actor(session, principal))
        return _answer(written, 200)

    create.__doc__ = (
        f"Create a {noun}, validated as the seed is: the provenance excerpt must occur "
        "verbatim in the document (the server computes offsets, section and hash), every "
        "reference must name a stored item. Answers 201 with `Location` and `ETag`."
    )
    update.__doc__ = (
        f"Change a {noun} with a JSON merge patch (RFC 7386; `{MERGE_PATCH}` or "
        "`application/json`). `If-Match` must carry its current ETag. Setting `status` from "
        "`draft` to `published` confirms a draft."
    )
    delete.__doc__ = (
        f"Delete a {noun}: a tombstone (`deleted_at` set, the version advanced) that keeps "
        "its history readable. Refused (409) while other items still reference it. Answers "
        "the tombstone."
    )
    router.add_api_route(
        "",
        create,
        methods=["POST"],
        name=f"create_{noun}",
        summary=f"Create a {noun}",
        status_code=201,
        response_model=public,
        responses=problem_responses(400, 401, 403, 409, 422),
    )
    router.add_api_route(
        "/{" + noun + "_id}",
        update,
        methods=["PATCH"],
        name=f"update_{noun}",
        summary=f"Update a {noun}",
        response_model=public,
        responses=problem_responses(400, 401, 403, 404, 410, 412, 422, 428),
        openapi_extra={
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/{update_model.__name__}"}
                    }
                }
            }
        },
    )
    router.add_api_route(
        "/{" + noun + "_id}",
        delete,
        methods=["DELETE"],
        name=f"delete_{noun}",
        summary=f"Delete a {noun}",
        response_model=public,
        responses=problem_responses(401, 403, 404, 409, 410, 412, 428),
    )


def _add_revision_routes(router: APIRouter, spec: Writable) -> None:
    noun, collection = spec.noun, spec.collection
    ItemId = _item_id(noun)

    def list_revisions(
        session: SessionDep,
        settings: SettingsDep,
        principal: PrincipalDep,
        page: PageDep,
        id: ItemId,
        sort: Annotated[
            RevisionSort,
            Query(description="`-version` (the default): newest first; `version`: oldest first."),
        ] = RevisionSort.newest_first,
    ) -> dict[str, Any]:
        return page.linked(
            revisions.history(
                session,
                settings,
                collection,
                id,
                drafts=sees_drafts(principal),
                sort=sort.value,
                limit=page.limit,
                cursor=page.cursor,
            )
        )

    def get_revision(
        session: SessionDep,
        principal: PrincipalDep,
        id: ItemId,
        version: Annotated[int, Path(ge=1, description="The version to read.")],
    ) -> RevisionPublic:
        return revisions.revision(session, collection, id, version, drafts=sees_drafts(principal))

    list_revisions.__doc__ = (
        f"Every version of a {noun}: what changed it (create, update, confirm, delete), "
        "which key, when, and the full representation; newest first unless "
        "`sort=version`. Deleted items keep their history; versions that were drafts are "
        "listed only for curators. An item never changed since it was loaded has one "
        "revision: its current version, with no key."
    )
    get_revision.__doc__ = f"One version of a {noun}, exactly as it was served."
    router.add_api_route(
        "/{" + noun + "_id}/revisions",
        list_revisions,
        methods=["GET"],
        name=f"list_{noun}_revisions",
        summary=f"List a {noun}'s revisions",
        response_model=RevisionList,
        responses=problem_responses(404, 422),
    )
    router.add_api_route(
        "/{" + noun + "_id}/revisions/{version}",
        get_revision,
        methods=["GET"],
        name=f"get_{noun}_revision",
        summary=f"Get one revision of a {noun}",
        response_model=RevisionPublic,
        responses=problem_responses(404, 422),
    )


def _router(spec: Writable) -> APIRouter:
    router = APIRouter(prefix=f"/{spec.collection}", tags=[spec.collection])
    _add_write_routes(router, spec, PUBLIC_MODELS[spec.collection])
    _add_revision_routes(router, spec)
    return router


routers = [_router(spec) for spec in WRITABLE.values()]
