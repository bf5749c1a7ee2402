"""Start-up failures told in one line that names the setting to fix and the cause.

A traceback through a database driver hides the one fact a person needs (which setting, what
is wrong with it); it is printed only when asked for, at `LOG_LEVEL=debug`. The exit status
is 3, which uvicorn (and gunicorn) take for a process that cannot boot: the `--workers`
supervisor stops instead of restarting the worker forever.
"""

from __future__ import annotations

import sys
import traceback

STARTUP_FAILURE = 3


class StartupError(Exception):
    """The process cannot start until `setting` is changed (or what it names is fixed)."""

    def __init__(self, setting: str, cause: str) -> None:
        super().__init__(f"Cannot start: {setting}: {cause}")
        self.setting, self.cause = setting, cause


def report(error: StartupError, *, with_traceback: bool = False) -> None:
    """The one line on stderr; the traceback of its cause before it if `with_traceback`."""
    if with_traceback:
        traceback.print_exception(error, file=sys.stderr)
    print(error, file=sys.stderr, flush=True)
