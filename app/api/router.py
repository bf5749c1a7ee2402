"""Every `/v1` route, behind the guard that rejects unknown query parameters and stamped
with the corpus version it answers from."""

from fastapi import APIRouter, Depends

from app.api.deps import corpus_headers, reject_unknown_parameters
from app.api.routes import (
    audit,
    claims,
    dashboard,
    documents,
    entities,
    events,
    exports,
    implications,
    keys,
    quotes,
    writes,
)
from app.api.security import authenticate

api_router = APIRouter(
    prefix="/v1",
    dependencies=[
        Depends(reject_unknown_parameters),
        Depends(authenticate),
        Depends(corpus_headers),
    ],
)
for module in (documents, entities, claims, quotes, events, implications, dashboard, exports):
    api_router.include_router(module.router)
api_router.include_router(keys.router)
for writable in writes.routers:
    api_router.include_router(writable)
api_router.include_router(audit.router)
