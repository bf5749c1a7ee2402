"""Who may call what: API keys presented as `Authorization: Bearer <key>`, and the scope
each operation needs. Declared as dependencies, so OpenAPI shows the security scheme and
generated SDKs take a token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.dependencies.models import Dependant
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.api.deps import SessionDep
from app.core.errors import Forbidden, Unauthorized
from app.models import Scope
from app.services import api_keys
from app.services.api_keys import Principal

SECURITY_SCHEME = "ApiKey"
bearer = HTTPBearer(
    auto_error=False,
    scheme_name=SECURITY_SCHEME,
    description="An API key from `briefing keys create`, as `Authorization: Bearer brf_…`.",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def authenticate(session: SessionDep, credentials: Credentials) -> Principal:
    """The caller's key, checked: absent gives an anonymous principal; bad gives 401."""
    if credentials is None:
        return Principal(key_id=None, scope=None)
    key = api_keys.verify(session, credentials.credentials)
    if key is None:
        raise Unauthorized("The API key is unknown, malformed or revoked.")
    return Principal(key_id=key.id, scope=Scope(key.scope))


PrincipalDep = Annotated[Principal, Depends(authenticate)]


def sees_drafts(principal: Principal) -> bool:
    """Curators (and admins) read drafts and their history; everyone else sees published
    items only."""
    return principal.scope is not None and principal.scope.allows(Scope.curator)


def require(needed: Scope) -> object:
    """A dependency that admits keys whose scope includes `needed`: 401 without a key, 403
    with a key of a lesser scope."""

    def check(principal: PrincipalDep) -> Principal:
        if principal.scope is None:
            raise Unauthorized(f"This operation needs an API key with the {needed} scope.")
        if not principal.scope.allows(needed):
            raise Forbidden(
                f"This operation needs the {needed} scope; the key has {principal.scope}."
            )
        return principal

    check.required_scope = needed  # type: ignore[attr-defined]  # read by the OpenAPI builder
    return Depends(check)


def required_scope(dependant: Dependant) -> Scope | None:
    """The scope an operation's dependencies require, or None for a public operation."""
    scope = getattr(dependant.call, "required_scope", None)
    for sub in dependant.dependencies:
        scope = scope or required_scope(sub)
    return scope


CuratorDep = Annotated[Principal, require(Scope.curator)]
AdminDep = Annotated[Principal, require(Scope.admin)]
