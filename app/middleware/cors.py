"""CORS, with a refused preflight told as problem+json like every other error.

Starlette's `CORSMiddleware` refuses a preflight with a `text/plain` 400 ("Disallowed CORS
origin"), which names neither the origin nor what to change. The browser hides the body from
the page, but a developer reads it in the network panel: the problem names the origin and
`CORS_ORIGINS`, and each other part of the request that was refused (method, headers).
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from app.core.errors import problem_response


class ProblemCORSMiddleware(CORSMiddleware):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "OPTIONS":
            await super().__call__(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if "origin" not in headers or "access-control-request-method" not in headers:
            await super().__call__(scope, receive, send)  # not a preflight
            return
        response = self.preflight_response(request_headers=headers)
        if response.status_code == 400:
            response = self._refusal(Request(scope), headers, response)
        await response(scope, receive, send)

    def _refusal(self, request: Request, headers: Headers, refused: Response) -> Response:
        """Starlette's body lists what failed: `Disallowed CORS origin, method, headers`."""
        failures = bytes(refused.body).decode().removeprefix("Disallowed CORS ").split(", ")
        reasons = {
            "origin": f"the origin {headers['origin']!r} is not listed in CORS_ORIGINS",
            "method": f"the method {headers['access-control-request-method']!r} is not "
            f"allowed (allowed: {', '.join(sorted(self.allow_methods))})",
            "headers": f"the headers {headers.get('access-control-request-headers')!r} are "
            f"not all allowed (allowed: {', '.join(sorted(self.allow_headers))})",
            "private-network": "private network access is not allowed",
        }
        detail = "; ".join(reasons[failure] for failure in failures if failure in reasons)
        kept = {
            name: value
            for name, value in refused.headers.items()
            if name.startswith("access-control-") or name == "vary"
        }
        return problem_response(
            request,
            400,
            f"CORS preflight refused: {detail}.",
            problem="cors-preflight-refused",
            headers=kept,
        )
