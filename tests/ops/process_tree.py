"""A server's process tree read from /proc: which workers a supervisor has, and how much
resident memory the whole tree holds (what a container's memory limit counts)."""

from __future__ import annotations

from pathlib import Path

PROC = Path("/proc")


def _parent(pid: int) -> int | None:
    """The parent of `pid`, or None once it has gone. `/proc/<pid>/stat` puts the command
    in parentheses, which may hold spaces: the fields that follow come after the last `)`."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return int(stat.rpartition(")")[2].split()[1])


def _parents() -> dict[int, int]:
    """Every live process's parent, by pid: one pass over /proc."""
    found = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit() and (parent := _parent(int(entry.name))) is not None:
            found[int(entry.name)] = parent
    return found


def children(pid: int) -> set[int]:
    """The live processes whose parent is `pid` (the workers of a uvicorn supervisor)."""
    return {child for child, parent in _parents().items() if parent == pid}


def workers(pid: int) -> set[int]:
    """The worker processes of a uvicorn supervisor: its children started by
    multiprocessing's spawn, not its helpers (multiprocessing's resource tracker)."""
    found = set()
    for child in children(pid):
        try:
            command = (PROC / str(child) / "cmdline").read_bytes()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if b"spawn_main" in command:
            found.add(child)
    return found


def descendants(pid: int) -> set[int]:
    """`pid` and everything it started, transitively, that is still running."""
    parents = _parents()
    tree, frontier = {pid}, {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - tree
        tree |= frontier
    return tree


def resident_bytes(pid: int) -> int:
    """`VmRSS` of one process; 0 once it has gone."""
    try:
        status = (PROC / str(pid) / "status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return 0
    line = next((x for x in status.splitlines() if x.startswith("VmRSS:")), None)
    return int(line.split()[1]) * 1024 if line else 0


def tree_resident_bytes(pid: int) -> int:
    """The resident memory of `pid` and all its descendants."""
    return sum(resident_bytes(p) for p in descendants(pid))
