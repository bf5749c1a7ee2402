"""The peer: Datasette serving the API's own SQLite file, as an app for `uvicorn --factory`.

This is what `datasette serve -i FILE` runs (it calls `uvicorn.run(Datasette(...).app())`),
built here so that the peer is served by the same uvicorn command and flags as the API and
the floor. Immutable mode (`-i`) is how Datasette is meant to publish a read-only file: it
opens it with `immutable=1`, skips locking and counts each table once at start-up.
"""

from __future__ import annotations

import os
from typing import Any


def app() -> Any:
    from datasette.app import Datasette

    return Datasette(immutables=[os.environ["BENCH_DATASETTE_DB"]]).app()
