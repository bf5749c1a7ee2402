"""A share of a process-wide count (an export slot, a foreground request), given back once
however often it is released: a stream's `aclose`, its response's end and an error path
may each release the same one."""

from __future__ import annotations

from collections.abc import Callable


class Handle:
    def __init__(self, give_back: Callable[[], None]) -> None:
        self._give_back: Callable[[], None] | None = give_back

    def release(self) -> None:
        give_back, self._give_back = self._give_back, None
        if give_back is not None:
            give_back()
