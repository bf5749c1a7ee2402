"""Serves the dashboard: its page at `/` and its assets at `/dashboard/{asset}`.

Only the files shipped in `static/` are served (no path is joined from the request), with
`Cache-Control: no-cache`, so browsers revalidate against the ETag the middleware adds. The
page carries a Content-Security-Policy that lets it load only its own scripts and styles and
talk only to its own origin, so even a mistake that put API text into markup could not run.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response

from app.core.errors import NotFound

STATIC = Path(__file__).parent / "static"
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
ASSETS = {
    path.relative_to(STATIC).as_posix(): path
    for path in sorted(STATIC.rglob("*"))
    if path.suffix in MEDIA_TYPES and path.name != "index.html"
}
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)
HEADERS = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}

router = APIRouter(include_in_schema=False)


def _file(path: Path, headers: dict[str, str]) -> Response:
    return Response(path.read_bytes(), media_type=MEDIA_TYPES[path.suffix], headers=headers)


@router.get("/")
def dashboard_page() -> Response:
    """The single page; the hash part of the URL says which view it shows."""
    return _file(
        STATIC / "index.html",
        {
            **HEADERS,
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "Referrer-Policy": "no-referrer",
        },
    )


@router.get("/dashboard/{asset:path}")
def dashboard_asset(asset: str) -> Response:
    """A script, stylesheet or icon of the dashboard."""
    path = ASSETS.get(asset)
    if path is None:
        raise NotFound(f"The dashboard has no asset {asset!r}.")
    return _file(path, HEADERS)
