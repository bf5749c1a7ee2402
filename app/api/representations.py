"""A list's representations: the JSON page, or an export (CSV, NDJSON, JSON-LD) of the same
filtered, sorted list, chosen by `format=` or by the `Accept` header."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import Response
from sqlmodel import Session

from app.api.deps import SessionDep, SettingsDep
from app.api.params import PageDep, PageParams
from app.api.streaming import ExportResponse
from app.core.config import Settings
from app.core.errors import InvalidParameter, problem_responses
from app.services import collections, exports
from app.services.exports.negotiation import (
    EXTENSIONS,
    LIST_FORMATS,
    MEDIA_TYPES,
    ExportFormat,
    negotiate,
)

FORMAT_DESCRIPTION = (
    "The representation, instead of the `Accept` header: `json` (this page), or an export "
    "of the whole filtered list: `csv`, `ndjson` (one JSON item per line) or `jsonld` "
    "(schema.org + Web Annotation). An export starts after `cursor` and, only if `limit` "
    "is given, stops after `limit` items."
)
_EXPORT_SCHEMAS: dict[ExportFormat, dict[str, Any]] = {
    ExportFormat.csv: {"type": "string", "description": "A header row, then one row per item."},
    ExportFormat.ndjson: {"type": "string", "description": "One item per line, as in `items`."},
    ExportFormat.jsonld: {
        "type": "object",
        "description": 'A JSON-LD document: `{"@context": {…}, "@graph": [node, …]}`.',
    },
}


def list_format(
    request: Request,
    format: Annotated[
        ExportFormat | None, Query(alias="format", description=FORMAT_DESCRIPTION)
    ] = None,
) -> ExportFormat:
    """`format=` wins; otherwise `Accept` decides (406 when it allows none of them)."""
    if format is not None:
        return format
    return negotiate(request.headers.get("accept"), LIST_FORMATS)


FormatDep = Annotated[ExportFormat, Depends(list_format)]


def list_responses() -> dict[int | str, dict[str, Any]]:
    """OpenAPI responses of a list: JSON by default, the exports as alternative media
    types of the same 200 (SDK generators keep the JSON schema), and the problems."""
    alternatives = {MEDIA_TYPES[f]: {"schema": s} for f, s in _EXPORT_SCHEMAS.items()}
    return {
        200: {"content": alternatives, "description": "The page, or the requested export."},
        **problem_responses(406, 422),
    }


def media_type(fmt: ExportFormat) -> str:
    media = MEDIA_TYPES[fmt]
    return f"{media}; charset=utf-8" if media.startswith("text/") else media


def export_response(
    export: exports.Export, fmt: ExportFormat, filename: str, link: str | None = None
) -> Response:
    headers = {"Vary": "Accept"}
    if fmt is not ExportFormat.jsonld:  # a linked-data client reads it; the rest are files
        headers["Content-Disposition"] = f'attachment; filename="{filename}.{EXTENSIONS[fmt]}"'
    if link:
        headers["Link"] = f'<{link}>; rel="next"'
    if export.stream is None:
        return Response(export.body, media_type=media_type(fmt), headers=headers)
    return ExportResponse(export.stream, media_type(fmt), headers)


@dataclass(frozen=True)
class ListRequest:
    """What every list operation needs besides its filters: a session, the settings, the
    paging parameters and the representation asked for."""

    session: Session
    settings: Settings
    page: PageParams
    format: ExportFormat

    def serve(
        self,
        collection: str,
        filters: Mapping[str, Any],
        *,
        sort: str | None,
        include: Iterable[str] | None = None,
    ) -> Any:
        return serve_list(
            self.session,
            self.settings,
            self.page,
            self.format,
            collection,
            filters,
            sort=sort,
            include=include,
        )


def list_request(
    session: SessionDep, settings: SettingsDep, page: PageDep, fmt: FormatDep
) -> ListRequest:
    return ListRequest(session, settings, page, fmt)


ListDep = Annotated[ListRequest, Depends(list_request)]


def serve_list(
    session: Session,
    settings: Settings,
    page: PageParams,
    fmt: ExportFormat,
    collection: str,
    filters: Mapping[str, Any],
    *,
    sort: str | None,
    include: Iterable[str] | None = None,
) -> Any:
    """The JSON page, or the export the client asked for."""
    if fmt is ExportFormat.json:
        page.response.headers["Vary"] = "Accept"
        return page.linked(
            collections.list_items(
                session,
                settings,
                collection,
                filters,
                sort=sort,
                limit=page.limit,
                cursor=page.cursor,
                include=include or (),
            )
        )
    if include:
        raise InvalidParameter(
            "include",
            "include= embeds items in a JSON page's `included`; an export carries the "
            "listed items only (export the other collection with the same filters).",
            "include_in_export",
        )
    limited = "limit" in page.request.query_params
    part = exports.Part(
        collection,
        filters,
        sort=sort,
        cursor=page.cursor,
        limit=page.limit if limited else None,
    )
    base_url = str(page.request.base_url)
    export = exports.open_export(
        session, settings, [part], exports.writer_for(fmt, collection, base_url)
    )
    link = (
        str(page.request.url.include_query_params(cursor=export.next_cursor))
        if export.next_cursor
        else None
    )
    return export_response(export, fmt, collection, link)
