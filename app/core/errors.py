"""One error hierarchy, rendered in one place as RFC 9457 `application/problem+json`."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "urn:briefing-api:problem:"

RETRY_AFTER_SECONDS = 5

logger = logging.getLogger("app.errors")


class ValidationIssue(BaseModel):
    loc: list[str | int] = Field(description='Where the problem is, e.g. `["query", "limit"]`.')
    msg: str
    type: str = Field(description="A machine-readable error code.")


class Problem(BaseModel):
    """An RFC 9457 problem detail."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "urn:briefing-api:problem:invalid-parameter",
                    "title": "Unprocessable Entity",
                    "status": 422,
                    "detail": "Unknown query parameter 'speakr'.",
                    "instance": "/v1/quotes",
                    "errors": [
                        {
                            "loc": ["query", "speakr"],
                            "msg": "Unknown query parameter 'speakr'.",
                            "type": "unknown_parameter",
                        }
                    ],
                }
            ]
        }
    )

    type: str = Field(default="about:blank", description="URI that identifies the problem type.")
    title: str = Field(description="Short, human-readable summary of the problem type.")
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What went wrong with this request.")
    instance: str | None = Field(default=None, description="The request path.")
    errors: list[ValidationIssue] | None = Field(
        default=None, description="Every validation problem, for 400 and 422 responses."
    )


class ApiError(Exception):
    """Base of the errors the service layer raises; each maps to one problem type."""

    status: HTTPStatus = HTTPStatus.INTERNAL_SERVER_ERROR
    problem: str | None = None

    def __init__(
        self,
        detail: str,
        errors: list[ValidationIssue] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.headers = headers


class NotFound(ApiError):
    status = HTTPStatus.NOT_FOUND
    problem = "not-found"


SHOWN_ID_LENGTH = 120  # no stored id is longer
MAX_INSTANCE_LENGTH = 1024  # a longer path is not echoed as the problem's `instance`


def shown(value: str) -> str:
    """A client's value as an error quotes it: whole up to the longest id the API stores,
    else its start and its length, so a 64 KB id is not sent back whole."""
    if len(value) <= SHOWN_ID_LENGTH:
        return repr(value)
    return f"{value[:SHOWN_ID_LENGTH]!r}… ({len(value)} characters)"


class Gone(ApiError):
    """The item existed and was deleted; its history stays readable."""

    status = HTTPStatus.GONE
    problem = "deleted"


class Unauthorized(ApiError):
    """No API key, or one that is unknown, malformed or revoked."""

    status = HTTPStatus.UNAUTHORIZED
    problem = "unauthorized"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="briefing-api"'})


class Forbidden(ApiError):
    """A valid key whose scope does not allow the operation."""

    status = HTTPStatus.FORBIDDEN
    problem = "forbidden"


class Conflict(ApiError):
    """The request contradicts the stored data: a duplicate id, a delete that would break
    references, an idempotency key reused for another request."""

    status = HTTPStatus.CONFLICT
    problem = "conflict"


class PreconditionRequired(ApiError):
    status = HTTPStatus.PRECONDITION_REQUIRED
    problem = "precondition-required"


class PreconditionFailed(ApiError):
    """`If-Match` names a version that is no longer current: someone else wrote first."""

    status = HTTPStatus.PRECONDITION_FAILED
    problem = "precondition-failed"


class InvalidBody(ApiError):
    """A request body that parses but does not hold: an excerpt not in the document, a
    reference to nothing, a date range that ends before it starts."""

    status = HTTPStatus.UNPROCESSABLE_ENTITY
    problem = "invalid-body"

    def __init__(self, issues: list[ValidationIssue]) -> None:
        detail = "; ".join(f"{'.'.join(str(p) for p in i.loc)}: {i.msg}" for i in issues)
        super().__init__(detail, issues)


class NotAcceptable(ApiError):
    """The client's `Accept` names no representation the operation can produce."""

    status = HTTPStatus.NOT_ACCEPTABLE
    problem = "not-acceptable"


class AlreadyExists(Conflict):
    """A create whose id is taken."""

    problem = "already-exists"


class DocumentTooLarge(ApiError):
    """A document text longer than `DOCUMENT_MAX_CHARS`."""

    status = HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    problem = "document-too-large"


class ExtractionOverBudget(ApiError):
    """An ingest whose extraction ran past `EXTRACT_TIME_BUDGET`: the text is valid, but this
    server will not spend longer on it."""

    status = HTTPStatus.UNPROCESSABLE_ENTITY
    problem = "extraction-over-budget"


class InvalidReconciliationQuery(ApiError):
    """A reconciliation batch (`queries`) that is not JSON, not of the specification's
    shape, or names an unknown type or property."""

    status = HTTPStatus.UNPROCESSABLE_ENTITY
    problem = "invalid-reconciliation-query"

    def __init__(self, issues: list[ValidationIssue]) -> None:
        detail = "; ".join(f"{'.'.join(str(p) for p in i.loc)}: {i.msg}" for i in issues)
        super().__init__(detail, issues)


class InvalidParameter(ApiError):
    """A query parameter that is unknown, repeated, malformed or inconsistent."""

    status = HTTPStatus.UNPROCESSABLE_ENTITY
    problem = "invalid-parameter"

    def __init__(self, name: str, msg: str, code: str = "invalid_parameter") -> None:
        super().__init__(msg, [ValidationIssue(loc=["query", name], msg=msg, type=code)])


class UnknownIds(ApiError):
    """Ids in a filter that name nothing stored, each filter's with the closest known ids."""

    status = HTTPStatus.UNPROCESSABLE_ENTITY
    problem = "unknown-id"

    def __init__(self, issues: list[ValidationIssue]) -> None:
        detail = " ".join(f"{i.loc[-1]}: {i.msg}" for i in issues)
        super().__init__(detail, issues)


class InvalidCursor(InvalidParameter):
    problem = "invalid-cursor"

    def __init__(self, msg: str) -> None:
        super().__init__("cursor", msg, "invalid_cursor")


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    problem: str | None = None,
    errors: list[ValidationIssue] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = Problem(
        type=f"{PROBLEM_TYPE_BASE}{problem}" if problem else "about:blank",
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path if len(request.url.path) <= MAX_INSTANCE_LENGTH else None,
        errors=errors,
    )
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _validation_issues(errors: Any) -> list[ValidationIssue]:
    return [
        ValidationIssue(loc=list(e.get("loc", ())), msg=e.get("msg", ""), type=e.get("type", ""))
        for e in errors
    ]


def _allowed_methods(request: Request, allowed: list[str]) -> list[str]:
    """Every method some route serves at the request's path: the router's 405 names only the
    first route that matched the path (GET or POST on a collection, not both)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # FastAPI versions that list routes flat already name them all
        return allowed
    methods = dict.fromkeys(m for m in allowed if m)
    for context in iter_route_contexts(request.app.routes):
        if context.path and compile_path(context.path)[0].match(request.url.path):
            methods.update(dict.fromkeys(sorted(context.methods or ())))
    return list(methods)


def api_error_response(request: Request, exc: ApiError) -> JSONResponse:
    """An `ApiError` as its problem: for the handler, and for the layers that refuse a
    request before routing."""
    return problem_response(
        request,
        exc.status,
        exc.detail,
        problem=exc.problem,
        errors=exc.errors,
        headers=exc.headers,
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return api_error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        issues = _validation_issues(exc.errors())
        detail = (
            "; ".join(f"{'.'.join(str(p) for p in i.loc)}: {i.msg}" for i in issues)
            or "The request is invalid."
        )
        return problem_response(request, 422, detail, problem="validation-error", errors=issues)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"No resource at {request.url.path}."
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            if detail == "Method Not Allowed":
                detail = f"{request.method} is not allowed on {request.url.path}."
            allowed = [m.strip() for m in Headers(headers).get("allow", "").split(",")]
            allowed = _allowed_methods(request, allowed)
            if "GET" in allowed and "HEAD" not in allowed:  # HeadMiddleware serves HEAD
                allowed.append("HEAD")
            headers = {"Allow": ", ".join(allowed)}
        return problem_response(request, exc.status_code, detail, headers=headers or None)

    app.add_exception_handler(OperationalError, database_unavailable)
    app.add_exception_handler(PoolTimeoutError, database_unavailable)
    app.add_exception_handler(Exception, unexpected_error)


# What the database raises when it cannot answer; the authentication layer, which looks keys
# up before the application's own handlers are reached, answers them the same way.
DATABASE_UNAVAILABLE = (OperationalError, PoolTimeoutError)


async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    """The database cannot be reached, refused the connection, cancelled a statement that
    ran past `db_statement_timeout`, or no pooled connection came free within
    `db_pool_timeout`: a passing condition for the client to retry, not a bug in its
    request."""
    logger.error("database unavailable on %s %s: %s", request.method, request.url.path, exc)
    return problem_response(
        request,
        503,
        "The database is unavailable; retry shortly.",
        problem="database-unavailable",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    """The catch-all 500, logged with its traceback."""
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        request,
        500,
        "An unexpected error occurred; it has been logged.",
    )


PROBLEM_DESCRIPTIONS = {
    401: "No API key where one is needed, or an unknown, malformed or revoked one.",
    403: "The API key's scope does not allow this operation.",
    404: "No such resource.",
    406: "The requested representation is not available.",
    409: "A conflict with the stored data: the id is taken, the item is still referenced, "
    "or the idempotency key was used for another request.",
    410: "The item was deleted; its revisions stay readable.",
    412: "`If-Match` is not the item's current ETag: it changed since you read it.",
    422: "A parameter is unknown, repeated, malformed or out of range.",
    428: "`If-Match` is required: send the ETag of the version you read.",
    400: "The request body cannot be decoded: not well-formed JSON, not UTF-8, or nested "
    "too deeply.",
    413: "The request body exceeds `MAX_BODY_BYTES`, or a document's text exceeds "
    "`DOCUMENT_MAX_CHARS`.",
    429: "Over the rate limit; retry after `Retry-After` seconds.",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries documenting problem bodies for the given statuses."""
    return {
        status: {
            "description": PROBLEM_DESCRIPTIONS.get(status, HTTPStatus(status).phrase),
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
