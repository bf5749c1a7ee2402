"""Documents: the generated list and get, plus ingesting a briefing and its exact text."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response
from fastapi.responses import PlainTextResponse

from app.api.deps import SessionDep, SettingsDep
from app.api.params import PRINTABLE
from app.api.routes.collections import collection_router
from app.api.security import AdminDep
from app.collections.documents import SPEC
from app.core.errors import problem_responses
from app.models import DocumentPublic
from app.models.ingest import DocumentCreate, DocumentIngested, DraftCounts
from app.services import collections, documents, ingest

router: APIRouter = collection_router(SPEC)

DocumentId = Annotated[
    str, Path(description="The document's id (a slug).", min_length=1, pattern=PRINTABLE)
]


@router.post(
    "",
    status_code=201,
    response_model=DocumentIngested,
    summary="Ingest a new briefing",
    responses={
        201: {
            "description": "Stored; `Location` names the new document.",
            "headers": {"Location": {"schema": {"type": "string"}}},
        },
        **problem_responses(400, 401, 403, 409, 413, 422),
    },
)
def create_document(
    session: SessionDep,
    settings: SettingsDep,
    _admin: AdminDep,
    body: DocumentCreate,
    response: Response,
) -> DocumentIngested:
    """Store a briefing's text (with its SHA-256, length and sections) and the drafts the
    rule-based extractor proposes from it: quotations with their speakers, dated passages as
    events, implication sections. Drafts (`status: draft`, `provenance.method: rule`) are
    hidden from public lists until a curator publishes them. Needs the `admin` scope."""
    extraction = ingest.ingest(session, settings, body)
    response.headers["Location"] = f"/v1/documents/{extraction.document_id}"
    document = collections.get_item(session, SPEC.name, extraction.document_id)
    return DocumentIngested(
        document=DocumentPublic.model_validate(document.model_dump()),
        drafts=DraftCounts(**extraction.counts()),
    )


@router.get(
    "/{document_id}/text",
    response_class=PlainTextResponse,
    summary="Get a document's source text",
    responses={
        200: {
            "content": {"text/plain": {"schema": {"type": "string"}}},
            "description": "The exact source text, byte for byte the seeded file.",
        },
        **problem_responses(404, 422),
    },
)
def get_document_text(session: SessionDep, document_id: DocumentId) -> PlainTextResponse:
    """The exact source text: every item's `provenance` indexes into it in code points."""
    return PlainTextResponse(
        documents.source_text(session, document_id),
        media_type="text/plain; charset=utf-8",
        # A briefing is the author's text, not ours: no browser may read it as HTML.
        headers={"X-Content-Type-Options": "nosniff"},
    )
