"""The reference dashboard: static files under `static/`, served by `routes.router` at `/`.

It is a client of the public `/v1` API like any other, with no access of its own to the
database or services."""
