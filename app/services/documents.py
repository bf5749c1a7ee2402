"""Access to the stored source texts."""

from __future__ import annotations

from sqlmodel import Session

from app.core.errors import NotFound, shown
from app.models import Document


def source_text(session: Session, document_id: str) -> str:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(f"There is no document with id {shown(document_id)}.")
    return document.text
