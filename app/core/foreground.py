"""The requests someone is waiting on, in flight in this process, so that bulk work (an
export's batches) gives them the interpreter first.

Rendering a batch is Python holding the GIL: while it runs, every other request of the
worker gets a share of the interpreter, and each of its waits for the database costs it up
to a switch interval (5 ms) more to get the GIL back. So a batch first waits, up to
`YIELD_AT_MOST` seconds, until no foreground request is in flight: a read finds the
interpreter free, and under a steady stream of reads an export still moves on. A request
turns itself into bulk work with `step_back`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from app.core.handles import Handle

YIELD_AT_MOST = 0.5  # seconds a batch waits for the foreground before it runs anyway


class Foreground:
    """The count of foreground requests in flight, and a wait for it to reach zero."""

    def __init__(self) -> None:
        self._idle = threading.Condition()
        self._count = 0

    @property
    def count(self) -> int:
        return self._count

    def enter(self) -> Ticket:
        with self._idle:
            self._count += 1
        return Ticket(self._leave)

    def _leave(self) -> None:
        with self._idle:
            self._count -= 1
            if not self._count:
                self._idle.notify_all()

    def wait_idle(self, at_most: float | None = None) -> bool:
        """Block until no foreground request is in flight (True), or for `at_most` seconds
        (`YIELD_AT_MOST` unless given)."""
        with self._idle:
            timeout = YIELD_AT_MOST if at_most is None else at_most
            return self._idle.wait_for(lambda: not self._count, timeout=timeout)


# One request's place in the count; `release` gives it back, once.
Ticket = Handle


# Per worker process: the GIL it shares out is the process's.
FOREGROUND = Foreground()
_CURRENT: ContextVar[Ticket | None] = ContextVar("foreground_ticket", default=None)


@contextmanager
def in_foreground() -> Iterator[None]:
    """Count the current request (its context, and the threads it runs code in) as
    foreground until it ends or steps back."""
    ticket = FOREGROUND.enter()
    token = _CURRENT.set(ticket)
    try:
        yield
    finally:
        ticket.release()
        _CURRENT.reset(token)


def step_back() -> None:
    """The current request becomes bulk work: no longer counted, so it can wait for the rest."""
    ticket = _CURRENT.get()
    if ticket is not None:
        ticket.release()
