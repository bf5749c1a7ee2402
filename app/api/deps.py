"""Dependencies shared by the routes, as `Annotated` aliases."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from sqlmodel import Session

from app.core.config import Settings, get_settings
from app.core.db import get_session
from app.core.errors import InvalidParameter
from app.services import corpus

SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

CORPUS_VERSION_HEADER = "Corpus-Version"
CORPUS_UPDATED_AT_HEADER = "Corpus-Updated-At"


def stamp_headers(stamp: corpus.Stamp) -> dict[str, str]:
    """The corpus version as headers; the instant in RFC 3339 form, as `updated_since`
    takes it back."""
    return {
        CORPUS_VERSION_HEADER: str(stamp.version),
        CORPUS_UPDATED_AT_HEADER: stamp.at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }


def corpus_headers(session: SessionDep, response: Response) -> None:
    """Name the corpus version an answer reflects: a client that syncs compares it with the
    one it holds, and passes `Corpus-Updated-At` as `updated_since` to fetch what changed."""
    response.headers.update(stamp_headers(corpus.current(session)))


def _is_sequence(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(_is_sequence(arg) for arg in typing.get_args(annotation))
    return origin in (list, tuple, set, frozenset)


def _query_fields(dependant: Dependant) -> Iterator[Any]:
    yield from dependant.query_params
    for sub in dependant.dependencies:
        yield from _query_fields(sub)


_declared: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _query_parameters(route: APIRoute) -> tuple[frozenset[str], frozenset[str]]:
    """(all query parameter names, the multi-valued ones) that `route` declares."""
    if id(route) not in _declared:
        fields = list(_query_fields(route.dependant))
        names = frozenset(f.alias for f in fields)
        multi = frozenset(f.alias for f in fields if _is_sequence(f.field_info.annotation))
        _declared[id(route)] = (names, multi)
    return _declared[id(route)]


def reject_unknown_parameters(request: Request) -> None:
    """An unknown or repeated single-valued query parameter is an error, never ignored."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    names, multi = _query_parameters(route)
    given = request.query_params
    for name in given:
        if name not in names:
            accepted = ", ".join(sorted(names)) or "none"
            raise InvalidParameter(
                name,
                f"Unknown query parameter {name!r}. This operation accepts: {accepted}.",
                "unknown_parameter",
            )
        if name not in multi and len(given.getlist(name)) > 1:
            raise InvalidParameter(
                name, f"Query parameter {name!r} takes one value.", "repeated_parameter"
            )
