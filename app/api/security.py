"""Who may call what: API keys presented as `Authorization: Bearer <key>`, and the scope
each operation needs. Declared as dependencies, so OpenAPI shows the security scheme and
generated SDKs take a token.

Authorization is decided before the request's content is judged: FastAPI parses a JSON body
(and the unknown-parameter guard runs) before the scope check, so the 422 handlers ask
`authorize_first` and answer 401/403 instead when the caller may not call the operation at
all. Someone without the right key learns nothing from a write route but that.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.security.utils import get_authorization_scheme_param
from sqlmodel import Session
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from app.api.deps import SessionDep, SettingsDep
from app.core.config import get_settings
from app.core.db import get_engine
from app.core.errors import (
    ApiError,
    Forbidden,
    InvalidParameter,
    Unauthorized,
    problem_responses,
)
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

REQUIRED_SCOPE_EXTENSION = "x-required-scope"


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization` header; "" for a header that is present but not
    `Bearer <token>` (another scheme, or none), which is refused like a malformed key."""
    if authorization is None:
        return None
    scheme, credentials = get_authorization_scheme_param(authorization)
    return credentials if scheme.lower() == "bearer" else ""


def identify(session: Session, token: str | None, *, key_required: bool) -> Principal:
    """The principal a token stands for: anonymous without one (401 if `key_required`),
    401 for an unknown, malformed or revoked one."""
    if token is None:
        if key_required:
            raise Unauthorized("This server needs an API key for every /v1 request.")
        return Principal(key_id=None, scope=None)
    key = api_keys.verify(session, token)
    if key is None:
        raise Unauthorized("The API key is unknown, malformed or revoked.")
    return Principal(key_id=key.id, scope=Scope(key.scope))


def authenticate(
    request: Request, session: SessionDep, settings: SettingsDep, _credentials: Credentials
) -> Principal:
    """The caller's key, checked: absent gives an anonymous principal (401 when
    `READ_ACCESS=key`); bad gives 401, and so does an `Authorization` header of another
    scheme or with no token. (`_credentials` puts the scheme in OpenAPI; HTTPBearer itself
    takes such a header for no header at all.)"""
    token = bearer_token(request.headers.get("authorization"))
    principal = identify(session, token, key_required=settings.read_access == "key")
    verified = request.scope.get(api_keys.VERIFIED_KEYS_SCOPE)
    if principal.key_id is not None and verified is not None:
        verified.add(principal.key_id)
    return principal


PrincipalDep = Annotated[Principal, Depends(authenticate)]


def demand(principal: Principal, needed: Scope, what: str = "This operation") -> Principal:
    """`principal` if its scope includes `needed`: else 401 without a key, 403 with a key of
    a lesser scope."""
    if principal.scope is None:
        raise Unauthorized(f"{what} needs an API key with the {needed} scope.")
    if not principal.scope.allows(needed):
        raise Forbidden(f"{what} needs the {needed} scope; the key has {principal.scope}.")
    return principal


def sees_drafts(principal: Principal) -> bool:
    """Curators (and admins) read drafts and their history; everyone else sees published
    items only."""
    return principal.scope is not None and principal.scope.allows(Scope.curator)


def require(needed: Scope) -> object:
    """A dependency that admits keys whose scope includes `needed`: 401 without a key, 403
    with a key of a lesser scope."""

    def check(principal: PrincipalDep) -> Principal:
        return demand(principal, needed)

    check.needed_scope = needed  # type: ignore[attr-defined]
    return Depends(check)


CuratorDep = Annotated[Principal, require(Scope.curator)]
AdminDep = Annotated[Principal, require(Scope.admin)]


def _calls(dependant: Dependant) -> Iterator[Any]:
    for sub in dependant.dependencies:
        yield sub.call
        yield from _calls(sub)


def required_scope(route: APIRoute) -> Scope | None:
    """The scope a route's `require(...)` dependencies ask for (the highest), if any."""
    needed = [getattr(call, "needed_scope", None) for call in _calls(route.dependant)]
    scopes = [scope for scope in needed if isinstance(scope, Scope)]
    return max(scopes, key=lambda scope: scope.rank) if scopes else None


def _api_routes(app: FastAPI) -> Iterator[tuple[str, set[str], APIRoute]]:
    """(whole path template, methods, route) of every API route. FastAPI versions that
    include routers lazily list them through `iter_route_contexts`; older ones list them flat."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:
        for route in app.routes:
            if isinstance(route, APIRoute):
                yield route.path_format, set(route.methods or ()), route
        return
    for context in iter_route_contexts(app.routes):
        if isinstance(context.route, APIRoute) and context.path_format:
            yield context.path_format, set(context.methods or ()), context.route


def document_scopes(app: FastAPI, document: dict[str, Any]) -> dict[str, Any]:
    """Name each operation's required scope in the OpenAPI document (`x-required-scope` and
    a sentence in its description), so clients and the security tests can read it; and
    document the 401 every /v1 operation answers to a bad key (and to no key, with
    `READ_ACCESS=key`)."""
    anonymous_reads = get_settings().read_access == "open"
    for path, item in document.get("paths", {}).items():
        if path.startswith("/v1/"):
            for operation in item.values():
                # Any key may be bad, any client over its budget; a body may be unreadable
                # (not UTF-8, nested too deep) or too large.
                statuses = (401, 429, *((400, 413) if "requestBody" in operation else ()))
                responses = operation.setdefault("responses", {})
                for status, response in problem_responses(*statuses).items():
                    responses.setdefault(str(status), response)
    for path, methods, route in _api_routes(app):
        needed = required_scope(route) if route.include_in_schema else None
        if needed is None:
            continue
        for method in methods:
            operation = document.get("paths", {}).get(path, {}).get(method.lower())
            if operation is None or REQUIRED_SCOPE_EXTENSION in operation:
                continue
            operation[REQUIRED_SCOPE_EXTENSION] = needed.value
            operation["security"] = [{bearer.scheme_name: []}]
            sentence = f"Needs an API key with the `{needed}` scope (or a higher one)."
            operation["description"] = f"{operation.get('description', '')}\n\n{sentence}".strip()
    for path, item in document.get("paths", {}).items():
        for operation in item.values():
            if path.startswith("/v1/") and REQUIRED_SCOPE_EXTENSION not in operation:
                if anonymous_reads:
                    # The key is optional. `[{}, {ApiKey: []}]` would say so too, but SDK
                    # generators read any requirement as mandatory and would demand a key.
                    operation.pop("security", None)
                else:
                    operation["security"] = [{bearer.scheme_name: []}]
    return document


def _authorize(request: Request) -> None:
    """What the route's dependencies would decide about the caller, raised now."""
    route = request.scope.get("route")
    needed = required_scope(route) if isinstance(route, APIRoute) else None
    key_required = get_settings().read_access == "key" and request.url.path.startswith("/v1/")
    token = bearer_token(request.headers.get("authorization"))
    if token is None and needed is None and not key_required:
        return
    with Session(get_engine()) as session:
        principal = identify(session, token, key_required=key_required)
    if needed is not None:
        demand(principal, needed)


Handler = Callable[[Request, Any], Awaitable[Response]]


def authorize_first(app: FastAPI) -> None:
    """Wrap the handlers of the errors raised before the scope check (a body that is not
    JSON or not even UTF-8, an unknown query parameter), so a caller who may not call the
    operation gets 401 or 403 rather than a verdict on its request's content."""
    handlers: dict[Any, Handler] = app.exception_handlers  # type: ignore[assignment]
    render_api_error = handlers[ApiError]

    def wrap(handle: Handler, applies: Callable[[Any], bool]) -> Handler:
        async def authorized(request: Request, exc: Any) -> Response:
            if applies(exc):
                try:
                    await run_in_threadpool(_authorize, request)
                except ApiError as refusal:
                    return await render_api_error(request, refusal)
            return await handle(request, exc)

        return authorized

    handlers[RequestValidationError] = wrap(handlers[RequestValidationError], lambda _: True)
    handlers[ApiError] = wrap(render_api_error, lambda exc: isinstance(exc, InvalidParameter))
    handlers[StarletteHTTPException] = wrap(  # a body FastAPI cannot decode at all
        handlers[StarletteHTTPException], lambda exc: exc.status_code == 400
    )
