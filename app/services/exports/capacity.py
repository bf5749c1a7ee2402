"""How many exports one worker streams at once.

An export is long (as long as its client takes to read it), so without a cap enough slow
readers would take every batch, thread and connection the worker has. Beyond the cap an
export is refused at once, before it reads anything, with 503 and `Retry-After`: the cap is
the server's capacity, shared by every client, not one client's rate (that is 429's, and the
rate limiter's), so another client's export may well be the one to wait for.

The count is per process (each uvicorn worker has its own) and never waited on, so a plain
lock guards it whichever thread or event loop takes or gives back a slot.

Admitted exports then take turns to read and render a batch (`batch_turn`): rendering is
Python holding the GIL, so batches of many exports at once would not go faster, only starve
every other request of the interpreter. An export waiting for its turn has a client that
wants more; one whose client is not reading waits in no queue.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus

from app.core.errors import RETRY_AFTER_SECONDS, ApiError
from app.core.foreground import FOREGROUND
from app.core.handles import Handle


class ExportsBusy(ApiError):
    """Every export slot of this worker is taken: retry after `Retry-After` seconds."""

    status = HTTPStatus.SERVICE_UNAVAILABLE
    problem = "exports-busy"

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"This server is streaming as many exports as it allows at once ({limit}); "
            f"retry after {RETRY_AFTER_SECONDS} seconds, or ask for one page with `limit`.",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )


# One admitted export; `release` gives it back, once.
Slot = Handle


class Slots:
    """The export slots of this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._taken = 0

    @property
    def taken(self) -> int:
        return self._taken

    def take(self, limit: int) -> Slot:
        """A slot if fewer than `limit` are taken; raises `ExportsBusy` otherwise."""
        with self._lock:
            if self._taken >= limit:
                raise ExportsBusy(limit)
            self._taken += 1
        return Slot(self._give_back)

    def _give_back(self) -> None:
        with self._lock:
            self._taken -= 1


# Per worker process, as the cap is.
EXPORT_SLOTS = Slots()

# Batches read and rendered at once in a process: one, as the GIL runs one at a time anyway.
_BATCH_TURNS = threading.Semaphore(1)


@contextmanager
def batch_turn() -> Iterator[None]:
    """Wait for this process's turn to read and render an export batch, then for its
    foreground requests to be answered (for a while: see `app.core.foreground`)."""
    with _BATCH_TURNS:
        FOREGROUND.wait_idle()
        yield
