"""One writer of the build file at a time, across every way a build starts.

DuckDB lets one process write a file. `make run` executes its Dagster runs in its own
process; the daemon launches runs in others. Both take this lock before they touch the
build file, so a second writer waits for the first (and says who holds it) instead of
failing part-way on DuckDB's file lock. The lock is an `flock` on a file beside the
build database: the kernel releases it however the holder ends, SIGKILL included.

It is re-entrant within a process: `make run` holds it for the whole build while the
run it executes in process takes it again through the warehouse resource. The lock
file's place is the layout's (WarehouseLayout.lock_file).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

_held: dict[Path, int] = {}  # lock file -> depth held by this process


@contextmanager
def build_lock(lock_file: Path, on_wait: Callable[[str], None]) -> Iterator[None]:
    """Hold the build lock; `on_wait` hears once if another process has it."""
    path = lock_file
    if _held.get(path):
        _held[path] += 1
        try:
            yield
        finally:
            _held[path] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            on_wait(f"Another build of {path.parent} is running ({holder}); waiting for it ...")
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        _held[path] = 1
        try:
            yield
        finally:
            del _held[path]


def is_lock_conflict(message: str) -> bool:
    """DuckDB's error when another process holds the file's write lock: worth a retry."""
    return "Could not set lock on file" in message
