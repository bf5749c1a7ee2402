"""Who may call what: API keys presented as `Authorization: Bearer <key>`, and the scope
each operation needs. Declared as dependencies, so OpenAPI shows the security scheme and
generated SDKs take a token.

The key itself is verified once per request, before routing, by
`app.middleware.authentication`; routes read the outcome through `authenticate`. Whether the
caller may call the operation at all is decided before routing too, by
`AuthorizationMiddleware`, so that someone without the right key learns nothing from a write
route but that: not whether the path exists, nor what is wrong with the request's body or
parameters.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.routing import compile_path
from starlette.types import ASGIApp, Receive, Send
from starlette.types import Scope as ASGIScope

from app.core.config import get_settings
from app.core.errors import (
    ApiError,
    Forbidden,
    Unauthorized,
    api_error_response,
    problem_responses,
)
from app.middleware.authentication import outcome
from app.models import Scope
from app.services.api_keys import Principal

SECURITY_SCHEME = "ApiKey"
bearer = HTTPBearer(
    auto_error=False,
    scheme_name=SECURITY_SCHEME,
    description="An API key from `briefing keys create`, as `Authorization: Bearer brf_…`.",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]

REQUIRED_SCOPE_EXTENSION = "x-required-scope"


def authenticate(request: Request, _credentials: Credentials) -> Principal:
    """The caller, as `AuthenticationMiddleware` found it: anonymous without a key; a bad
    key (or none, with `READ_ACCESS=key`) is refused with 401. (`_credentials` puts the
    scheme in OpenAPI.)"""
    decided = outcome(request.scope)
    if isinstance(decided, Principal):
        return decided
    raise decided or Unauthorized("The request was not authenticated.")


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


def sees_keys(principal: Principal) -> bool:
    """Admins see which key made each revision (as the audit log shows them); to everyone
    else a key id is withheld, as a start for spending that key's budget or guessing it."""
    return principal.scope is not None and principal.scope.allows(Scope.admin)


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


class ScopeTable:
    """The scope each operation of an app needs, found for a request as the router would
    find its route (the first whose path and method match), before routing."""

    def __init__(self, app: FastAPI) -> None:
        self.routes = [
            (compile_path(path)[0], frozenset(methods), required_scope(route))
            for path, methods, route in _api_routes(app)
        ]
        self.needed = functools.lru_cache(maxsize=4096)(self._needed)

    def _needed(self, method: str, path: str) -> Scope | None:
        for pattern, methods, needed in self.routes:
            if method in methods and pattern.match(path):
                return needed
        return None


class AuthorizationMiddleware:
    """Answers, before routing, a `/v1` request that may not go on: its key was refused
    (401), or the operation it names needs a scope its caller lacks (401 without a key, 403
    with a lesser one). Before routing, so the refusal comes before any 404 or 405 and
    before the body or the parameters are judged; inside CORS, so a browser can read it."""

    def __init__(self, app: ASGIApp, *, prefix: str = "/v1/") -> None:
        self.app, self.prefix = app, prefix
        self.scopes: ScopeTable | None = None  # built on the first request: routes are final

    async def __call__(self, scope: ASGIScope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        try:
            self._authorize(scope)
        except ApiError as refusal:
            await api_error_response(Request(scope), refusal)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _authorize(self, scope: ASGIScope) -> None:
        decided = outcome(scope)
        if not isinstance(decided, Principal):
            raise decided or Unauthorized("The request was not authenticated.")
        if decided.scope is Scope.admin:  # the highest scope: every operation admits it
            return
        if self.scopes is None:
            self.scopes = ScopeTable(scope["app"])
        path, root = scope["path"], scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :]
        needed = self.scopes.needed(scope["method"], path)
        if needed is not None:
            demand(decided, needed)
