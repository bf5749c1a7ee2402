"""An entity's stances as a time series: the thesis of a briefing ("Trump toward Russia,
from conciliatory to pressuring") as one query."""

from __future__ import annotations

from sqlalchemy import and_, func, select
from sqlmodel import Session

from app.collections import REGISTRY
from app.core.db import table_of
from app.core.errors import InvalidParameter, NotFound, shown
from app.models import Entity, ItemStatus, Stance
from app.models.stance import StancePublic, StanceSeries
from app.query.assembly import entity_refs


def _live_entity(session: Session, entity_id: str) -> bool:
    entity = table_of(Entity)
    stmt = select(entity.c.id).where(entity.c.id == entity_id, entity.c.deleted_at.is_(None))
    return session.execute(stmt).first() is not None


def series(
    session: Session, holder: str, target: str | None, *, drafts: bool = False
) -> StanceSeries:
    """The stances `holder` takes (toward `target`, if given), oldest first; 404 for an
    unknown holder, 422 for an unknown target."""
    if not _live_entity(session, holder):
        raise NotFound(f"There is no entity with id {shown(holder)}.")
    if target is not None and not _live_entity(session, target):
        raise InvalidParameter(
            "target", f"There is no entity with id {shown(target)}.", "unknown_reference"
        )
    stance = table_of(Stance)
    conditions = [stance.c.holder_id == holder, stance.c.deleted_at.is_(None)]
    if target is not None:
        conditions.append(stance.c.target_id == target)
    if not drafts:
        conditions.append(stance.c.status == ItemStatus.published)
    undated = and_(stance.c.date_start.is_(None), stance.c.date_end.is_(None))
    stmt = (
        select(stance)
        .where(*conditions)
        .order_by(
            undated,
            func.coalesce(stance.c.date_start, stance.c.date_end),
            stance.c.char_start,
            stance.c.id,
        )
    )
    rows = list(session.execute(stmt).mappings())
    items = [
        StancePublic.model_validate(item.model_dump())
        for item in REGISTRY["stances"].assemble(session, rows)
    ]
    refs = entity_refs(session, {holder, *([target] if target else [])})
    return StanceSeries(holder=refs[holder], target=refs.get(target or ""), items=items)
