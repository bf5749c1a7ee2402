from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from app.api.deps import SessionDep, SettingsDep
from app.api.representations import export_response
from app.core.errors import problem_responses
from app.services import exports
from app.services.exports.negotiation import MEDIA_TYPES, ExportFormat, negotiate

router = APIRouter(prefix="/export", tags=["exports"])


class NdjsonResponse(StreamingResponse):
    media_type = MEDIA_TYPES[ExportFormat.ndjson]


@router.get(
    "",
    response_class=NdjsonResponse,
    summary="Export the whole corpus",
    responses={
        200: {
            "content": {
                MEDIA_TYPES[ExportFormat.ndjson]: {
                    "schema": {
                        "type": "string",
                        "description": 'One `{"type": "quote", "item": {…}}` per line.',
                    }
                }
            },
            "description": "Every item, one JSON object per line.",
        },
        **problem_responses(406, 422),
    },
)
def export_corpus(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    """Every document, entity, quote, event, claim and implication as NDJSON, streamed in
    constant memory: each line is `{"type": "<type>", "item": <the item as its JSON list
    serves it>}`, collections in that order, each in its default sort."""
    negotiate(request.headers.get("accept"), (ExportFormat.ndjson,))
    parts = [exports.Part(collection) for collection in exports.CORPUS_ORDER]
    export = exports.open_export(session, settings, parts, exports.NdjsonWriter(typed=True))
    return export_response(export, ExportFormat.ndjson, "briefing-corpus")
