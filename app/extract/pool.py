"""Extraction in a child process, under a time budget.

A long extraction in the serving process holds its GIL (a regex runs inside one C call), so
`/healthz` and every other request on that worker would wait for it. In a child process
it costs the worker nothing but the wait of the request that asked for it; past its budget
the child is killed, so it stops burning CPU, and the next extraction gets a fresh one.
One pool per process, created at the first extraction; `shutdown()` ends it.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from app.extract.extractor import Extraction, extract

# Children fork from a clean server process, never from a serving process with threads.
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class OverBudget(Exception):
    """An extraction that did not finish within its budget; its child was killed."""

    def __init__(self, budget: float) -> None:
        super().__init__(f"extraction took longer than {budget:g} s")
        self.budget = budget


# An ingest is an admin's batch work; reads are what users wait on. A child this much nicer
# than its worker takes the CPU only when the workers leave it idle.
CHILD_NICENESS = 10


def _lower_priority() -> None:
    os.nice(CHILD_NICENESS)


def _ready() -> None:
    """Answered once the child is up, with the extractor imported (preloaded, or by
    unpickling this function): its start-up is no part of any extraction's budget."""


class ExtractionPool:
    """A lazily created process pool, replaced whenever an extraction overruns."""

    def __init__(self, workers: int = 1) -> None:
        self._workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                context = multiprocessing.get_context(START_METHOD)
                if START_METHOD == "forkserver":  # children fork with the extractor imported
                    context.set_forkserver_preload([__name__])
                executor = ProcessPoolExecutor(
                    self._workers, mp_context=context, initializer=_lower_priority
                )
                executor.submit(_ready).result()
                self._executor = executor
            return self._executor

    def extract(self, budget: float, *args: Any, **kwargs: Any) -> Extraction:
        """`extract(*args, **kwargs)` in a child, or `OverBudget` after `budget` seconds
        (waiting for a busy child included). An extraction whose child was killed for
        another's overrun runs again, within what is left of its own budget."""
        deadline = time.monotonic() + budget
        while True:
            executor = self._current()
            future: Future[Extraction] = executor.submit(extract, *args, **kwargs)
            try:
                return future.result(timeout=max(0.0, deadline - time.monotonic()))
            except FutureTimeout:
                self._kill(executor)
                raise OverBudget(budget) from None
            except (BrokenProcessPool, CancelledError):  # killed, or never run
                self._forget(executor)
                if time.monotonic() >= deadline:
                    raise OverBudget(budget) from None

    def _forget(self, executor: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is executor:
                self._executor = None

    def _kill(self, executor: ProcessPoolExecutor) -> None:
        """Kill the children (the stuck one among them) and let the next call start anew."""
        self._forget(executor)
        kill_workers = getattr(executor, "kill_workers", None)  # Python 3.14+
        if kill_workers is not None:
            kill_workers()
        else:
            for process in list(executor._processes.values()):
                process.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """End the children, waiting for none: an extraction still running is abandoned."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            self._kill(executor)


POOL = ExtractionPool()
