"""Every `/v1` route, behind the guard that rejects unknown query parameters and stamped
with the corpus version it answers from. The collections' routes are made from their
specs; their order here is the order of the OpenAPI document's paths."""

from fastapi import APIRouter, Depends

from app.api.deps import corpus_headers, reject_unknown_parameters
from app.api.routes import audit, dashboard, documents, exports, keys, reconcile, stances
from app.api.routes.collections import collection_router, revisions_router
from app.api.security import authenticate
from app.collections import REGISTRY

api_router = APIRouter(
    prefix="/v1",
    dependencies=[
        Depends(reject_unknown_parameters),
        Depends(authenticate),
        Depends(corpus_headers),
    ],
)
for spec in REGISTRY.values():
    extended = spec is documents.SPEC
    api_router.include_router(documents.router if extended else collection_router(spec))
for module in (stances, dashboard, exports, keys, reconcile):
    api_router.include_router(module.router)
for spec in REGISTRY.writable():
    api_router.include_router(revisions_router(spec))
api_router.include_router(audit.router)
