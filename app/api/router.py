"""Every `/v1` route, behind the guard that rejects unknown query parameters."""

from fastapi import APIRouter, Depends

from app.api.deps import reject_unknown_parameters
from app.api.routes import (
    claims,
    dashboard,
    documents,
    entities,
    events,
    exports,
    implications,
    quotes,
)

api_router = APIRouter(prefix="/v1", dependencies=[Depends(reject_unknown_parameters)])
for module in (documents, entities, claims, quotes, events, implications, dashboard, exports):
    api_router.include_router(module.router)
