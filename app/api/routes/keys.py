"""API key management for admins. A key's token is returned once, by the request that
creates it; afterwards only its id, name, scope and dates are shown. Nothing here is ever
cached (`Cache-Control: no-store`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from app.api.deps import SessionDep
from app.api.security import AdminDep
from app.core.errors import NotFound, problem_responses, shown
from app.models import ApiKey, ApiKeyCreate, ApiKeyCreated, ApiKeyList, ApiKeyPublic
from app.services import api_keys

NO_STORE = {"Cache-Control": "no-store"}

router = APIRouter(prefix="/keys", tags=["keys"])

KeyId = Annotated[
    str, Path(description="The key's public id (the part after `brf_`).", pattern="^[0-9a-f]{12}$")
]


def _found(key: ApiKey | None, key_id: str) -> ApiKey:
    if key is None:
        raise NotFound(f"No API key {shown(key_id)}.")
    return key


@router.post(
    "",
    status_code=201,
    response_model=ApiKeyCreated,
    summary="Create an API key",
    responses=problem_responses(401, 403, 422),
)
def create_key(
    session: SessionDep, _admin: AdminDep, body: ApiKeyCreate, response: Response
) -> ApiKeyCreated:
    """A new key; the answer's `token` is the only time its secret is shown."""
    key, token = api_keys.create(session, body.name, body.scope)
    response.headers.update({**NO_STORE, "Location": f"/v1/keys/{key.id}"})
    # Validated from the row's attributes: the table model holds the scope as stored text.
    public = ApiKeyPublic.model_validate(key, from_attributes=True)
    return ApiKeyCreated(**dict(public), token=token)


@router.get(
    "",
    response_model=ApiKeyList,
    summary="List API keys",
    responses=problem_responses(401, 403, 422),
)
def list_keys(session: SessionDep, _admin: AdminDep, response: Response) -> ApiKeyList:
    """Every key, revoked ones included, oldest first; never their secrets."""
    response.headers.update(NO_STORE)
    keys = [
        ApiKeyPublic.model_validate(key, from_attributes=True) for key in api_keys.all_keys(session)
    ]
    return ApiKeyList(items=keys, total=len(keys))


@router.get(
    "/{key_id}",
    response_model=ApiKeyPublic,
    summary="Get an API key",
    responses=problem_responses(401, 403, 404, 422),
)
def get_key(session: SessionDep, _admin: AdminDep, key_id: KeyId, response: Response) -> ApiKey:
    """One key's id, name, scope and dates."""
    response.headers.update(NO_STORE)
    return _found(api_keys.get(session, key_id), key_id)


@router.delete(
    "/{key_id}",
    response_model=ApiKeyPublic,
    summary="Revoke an API key",
    responses=problem_responses(401, 403, 404, 422),
)
def revoke_key(session: SessionDep, _admin: AdminDep, key_id: KeyId, response: Response) -> ApiKey:
    """Revoke a key at once (idempotent). Its row stays, with `revoked_at` set, so the
    audit trail keeps its name; a revoked key is refused (401) from its next request on."""
    response.headers.update(NO_STORE)
    return _found(api_keys.revoke(session, key_id), key_id)
