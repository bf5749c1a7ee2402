"""Operational endpoints outside `/v1`: liveness, readiness and Prometheus metrics. They are
never cached (`Cache-Control: no-store`), so the ETag middleware leaves them alone."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from app.api.deps import SettingsDep, reject_unknown_parameters
from app.core import metrics
from app.core.db import get_engine
from app.core.errors import RETRY_AFTER_SECONDS, problem_response, problem_responses
from app.models.operations import Health, Readiness
from app.services.readiness import check_readiness

NO_STORE = {"Cache-Control": "no-store"}

router = APIRouter(tags=["operations"], dependencies=[Depends(reject_unknown_parameters)])


@router.get("/healthz", response_model=Health, summary="Liveness", responses=problem_responses(422))
def get_health(response: Response) -> Health:
    """The process is alive and answers; it does not touch the database, so a restart is
    never triggered by a database outage."""
    response.headers.update(NO_STORE)
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="Readiness",
    responses={
        **problem_responses(422),
        503: {
            "description": "Not ready: the detail names the failed check; "
            "retry after `Retry-After` seconds."
        },
    },
)
async def get_readiness(request: Request, response: Response, settings: SettingsDep) -> object:
    """Whether this process can serve the API: the database answers within
    `READINESS_TIMEOUT`, its schema is at the code's Alembic head, and a document is loaded."""
    checks = await check_readiness(get_engine(), settings.readiness_timeout)
    failed = [check for check in checks if not check.ok]
    if failed:
        return problem_response(
            request,
            503,
            "Not ready: " + "; ".join(f"{c.name}: {c.detail}" for c in failed) + ".",
            problem="not-ready",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS), **NO_STORE},
        )
    response.headers.update(NO_STORE)
    return Readiness(status="ok", checks=checks)


metrics_router = APIRouter()


@metrics_router.get("/metrics", include_in_schema=False)
def get_metrics(request: Request) -> Response:
    """Prometheus exposition (text, or OpenMetrics when the scraper asks for it)."""
    body, content_type = metrics.exposition(request.headers.get("accept", ""))
    return Response(body, media_type=content_type, headers=NO_STORE)
