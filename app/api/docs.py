"""The interactive API documentation (Swagger UI at /docs, ReDoc at /redoc), served with
its scripts and styles from the app itself, so it works where no CDN can be reached (an
air-gapped deployment, a laptop offline).

The assets are those the `fastapi-offline` package ships (Swagger UI's bundle and CSS,
ReDoc's standalone script), pinned by its version; only those files are served, by name,
with no path joined from the request.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse, Response

from app.core.errors import NotFound, shown

PACKAGED = Path(fastapi_offline.__file__).parent / "static"
ASSETS_PATH = "/docs/assets"
MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css", ".png": "image/png"}
ASSETS = {path.name: path for path in PACKAGED.iterdir() if path.suffix in MEDIA_TYPES}
OAUTH2_REDIRECT = "/docs/oauth2-redirect"
# Swagger UI would otherwise send the document to validator.swagger.io for a badge.
SWAGGER_UI_PARAMETERS = {"validatorUrl": None}
# Images from the app or inline only: ReDoc's footer shows a logo from its CDN, which the
# browser then never asks for (ReDoc drops the image when it cannot load), so a page opened
# in an air-gapped network makes no request beyond the app.
PAGE_HEADERS = {"Content-Security-Policy": "img-src 'self' data:"}

router = APIRouter(include_in_schema=False)


def _urls(request: Request) -> tuple[str, str]:
    """The OpenAPI document's URL and the assets' folder, under the prefix a proxy mounts the
    app at (`--root-path`)."""
    root = str(request.scope.get("root_path", ""))
    return f"{root}{request.app.openapi_url}", f"{root}{ASSETS_PATH}"


def _offline(page: HTMLResponse) -> HTMLResponse:
    page.headers.update(PAGE_HEADERS)
    return page


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    openapi, assets = _urls(request)
    return _offline(
        get_swagger_ui_html(
            openapi_url=openapi,
            title=f"{request.app.title} - Swagger UI",
            oauth2_redirect_url=f"{request.scope.get('root_path', '')}{OAUTH2_REDIRECT}",
            swagger_js_url=f"{assets}/swagger-ui-bundle.js",
            swagger_css_url=f"{assets}/swagger-ui.css",
            swagger_favicon_url=f"{assets}/favicon.png",
            swagger_ui_parameters=SWAGGER_UI_PARAMETERS,
        )
    )


@router.get(OAUTH2_REDIRECT)
def swagger_ui_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    openapi, assets = _urls(request)
    return _offline(
        get_redoc_html(
            openapi_url=openapi,
            title=f"{request.app.title} - ReDoc",
            redoc_js_url=f"{assets}/redoc.standalone.js",
            redoc_favicon_url=f"{assets}/favicon.png",
            with_google_fonts=False,
        )
    )


@router.get(f"{ASSETS_PATH}/{{name}}")
def docs_asset(name: str) -> Response:
    """A packaged asset; revalidated with the ETag the middleware adds, as they change only
    when the package is upgraded."""
    path = ASSETS.get(name)
    if path is None:
        raise NotFound(f"There is no documentation asset {shown(name)}.")
    return Response(
        path.read_bytes(),
        media_type=MEDIA_TYPES[path.suffix],
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )
