"""One router per resource, assembled under `/v1` by `app.api.router`."""
