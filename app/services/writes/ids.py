"""New ids: the one a curator gives, or a slug of the item's text; never one used before."""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel
from sqlalchemy import select
from sqlmodel import Session

from app.collections import CollectionSpec
from app.core.errors import Conflict
from app.services.writes.registry import id_source

MAX_SLUG_WORDS = 8
MAX_SLUG_LENGTH = 60


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())[:MAX_SLUG_WORDS]
    return "-".join(words)[:MAX_SLUG_LENGTH].strip("-")


def _exists(session: Session, spec: CollectionSpec, item_id: str) -> bool:
    stmt = select(spec.source.c.id).where(spec.source.c.id == item_id)
    return session.execute(stmt).first() is not None


def new_id(session: Session, spec: CollectionSpec, data: BaseModel) -> str:
    """The given id (409 when taken, by a tombstone too: ids are never reused), or a slug
    of the item's text made unique with a number."""
    given = getattr(data, "id", None)
    if given is not None:
        if _exists(session, spec, given):
            raise Conflict(
                f"A {spec.noun} with id {given!r} already exists (ids are never reused)."
            )
        return given
    base = slugify(str(getattr(data, id_source(spec)))) or spec.noun
    candidate, n = base, 1
    while _exists(session, spec, candidate):
        n += 1
        candidate = f"{base}-{n}"
    return candidate
