"""`/v1/reconcile`: the W3C Entity Reconciliation API (0.2), as OpenRefine uses it."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from app.api.deps import SessionDep
from app.api.params import PRINTABLE
from app.core.errors import InvalidReconciliationQuery, ValidationIssue, problem_responses
from app.models.reconciliation import Manifest, ResultBatch, SuggestResponse
from app.services import reconciliation

router = APIRouter(prefix="/reconcile", tags=["reconciliation"])

QUERIES_DESCRIPTION = (
    "A JSON object of reconciliation queries by key, e.g. "
    '`{"q0": {"query": "Vladmir Putin", "type": "person"}}`.'
)
Queries = Annotated[
    str | None, Query(description=f"{QUERIES_DESCRIPTION} Without it, the service manifest.")
]
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
FORM_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            FORM_MEDIA_TYPE: {
                "schema": {
                    "type": "object",
                    "properties": {
                        "queries": {"type": "string", "description": QUERIES_DESCRIPTION}
                    },
                    "required": ["queries"],
                }
            }
        },
    }
}


async def form_queries(request: Request) -> str | None:
    """The `queries` field of a form body (as OpenRefine posts it)."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != FORM_MEDIA_TYPE:
        msg = f"Send the batch as a form ({FORM_MEDIA_TYPE}) with a `queries` field."
        raise InvalidReconciliationQuery(
            [ValidationIssue(loc=["body"], msg=msg, type="media_type")]
        )
    body = (await request.body()).decode("utf-8", errors="replace")
    values = parse_qs(body, keep_blank_values=True).get("queries", [])
    if len(values) > 1:
        msg = "The form holds one `queries` field."
        raise InvalidReconciliationQuery(
            [ValidationIssue(loc=["body", "queries"], msg=msg, type="repeated_parameter")]
        )
    return values[0] if values else None


@router.get(
    "",
    response_model=Manifest | ResultBatch,
    summary="Reconciliation service manifest, or a batch of queries",
    responses=problem_responses(422),
)
def reconcile_get(
    request: Request, session: SessionDep, queries: Queries = None
) -> Manifest | ResultBatch:
    """Without `queries`, the service manifest (what OpenRefine reads when the service is
    added). With it, each query's candidates among the published entities, best first,
    scored 0-100 by name and alias similarity; 422 for a malformed batch."""
    if queries is None:
        return reconciliation.manifest(str(request.base_url))
    return reconciliation.reconcile(session, reconciliation.parse_batch(queries, "query"))


@router.post(
    "",
    response_model=ResultBatch,
    summary="A batch of reconciliation queries (form)",
    responses=problem_responses(422),
    openapi_extra=FORM_BODY,
)
def reconcile_post(
    session: SessionDep, queries: Annotated[str | None, Depends(form_queries)]
) -> ResultBatch:
    """The batch as OpenRefine sends it: a form whose `queries` field is the JSON object of
    queries. Each query's candidates, best first; 422 for a malformed batch."""
    return reconciliation.reconcile(session, reconciliation.parse_batch(queries, "body"))


@router.get(
    "/suggest/entity",
    response_model=SuggestResponse,
    summary="Entity suggestions for a prefix",
    responses=problem_responses(422),
)
def suggest_entity(
    session: SessionDep,
    prefix: Annotated[
        str, Query(description="What the user typed so far.", min_length=1, pattern=PRINTABLE)
    ],
) -> SuggestResponse:
    """Published entities whose name or an alias starts with `prefix` (then those that
    contain it), case and accents ignored."""
    return reconciliation.suggest(session, prefix)


@router.get(
    "/preview",
    response_class=HTMLResponse,
    summary="An entity's HTML preview",
    responses={200: {"content": {"text/html": {}}}, **problem_responses(404, 422)},
)
def preview(
    session: SessionDep,
    id: Annotated[  # the specification's name
        str, Query(description="The entity id.", min_length=1, pattern=PRINTABLE)
    ],
) -> HTMLResponse:
    """A small HTML page summarizing a published entity, for OpenRefine's preview frame."""
    return HTMLResponse(reconciliation.preview(session, id))
