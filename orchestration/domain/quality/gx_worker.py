"""Great Expectations in a second process, imported while the build does other work.

Importing Great Expectations takes about 3 s of one core, and every build that loads a
new raw file pays it before dbt may start (the raw-contract checks block the models).
`make run` starts this worker when it launches a run that may load a raw file
(orchestration/cli.py, up_to_date.check_build), and it imports GX on the second core
while the first loads Dagster's definitions and ingests. A run that loads no new file
(`--force`, a changed dbt project, a new day) starts none: the import would only take
the core dbt's threads use. The checks hand it the rows to validate, already
read from DuckDB, so the worker never opens the warehouse file (DuckDB allows one
writing process or many readers, never both).

Where no worker was started (a run from the UI, the daemon or a test), or the rows are
many (pickling a million rows to another process costs more than the import it saves),
or the worker died, `validate` runs in the calling process, exactly as before.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

# Above this many rows in all, validation stays in the calling process: the rows would
# take longer to pickle across than the import the worker saved (measured in
# docs/benchmarks.md, "Great Expectations imported ahead").
MAX_ROWS_SENT = 200_000
# A worker that has not answered by then is given up: the call runs here instead (its
# import, 3 s, and a validation of at most MAX_ROWS_SENT rows take far less).
RESULT_TIMEOUT_SECONDS = 300
_PR_SET_PDEATHSIG = 1  # prctl(2)

_pool: ProcessPoolExecutor | None = None
_pending: list[Future] = []  # what the worker was given, done or not
Result = TypeVar("Result")


def _prepare() -> None:
    """In the worker: die with the build (a killed `make run` must not leave it holding
    the build's output pipes open), then import Great Expectations."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the parent's stop() still ends it
        pass
    if os.getppid() != parent:  # the build died before the line above
        os._exit(0)
    import great_expectations.expectations  # noqa: F401 (the package, and its expectations)

    atexit.register(_end_without_teardown)


def _end_without_teardown() -> None:
    """The worker's last act: end at once. Tearing down an interpreter that imported
    Great Expectations took 0.5 s of every build's end (`stop` waits for an idle worker
    to exit). Nothing is lost: every result went back before the pool asked it to exit,
    and the files GX wrote were closed as it wrote them; multiprocessing's own exit
    work runs before this, when the worker's loop returns. The exit code is 0, as a
    pool worker's always is."""
    os._exit(0)


def _ready() -> bool:
    return True


def start() -> None:
    """Start the worker and its import now (a pool starts its process only on demand)."""
    global _pool
    if _pool is not None:
        return
    _pool = ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_prepare,
    )
    _pending.append(_pool.submit(_ready))


def stop() -> None:
    """End the worker. An idle one (its import done, no call running: the usual end of a
    build) is shut down in order, so the pool's queues are closed and their semaphores
    released (a worker killed instead leaves one behind, and Python then warns of a
    "leaked semaphore" at the end of every `make run`). A busy one is ended now, without
    waiting for an import nobody needs any more or for a call that hung
    (ProcessPoolExecutor has no public way to end its processes)."""
    global _pool, _pending
    if _pool is None:
        return
    pool, _pool = _pool, None
    pending, _pending = _pending, []
    if all(future.done() for future in pending):
        pool.shutdown(wait=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    # the pool's own thread may reap a process first, and then join() here returns before
    # the exit code is recorded: wait for the code itself (a CI run saw None)
    deadline = time.monotonic() + 10
    for process in processes:
        process.join(timeout=10)
        while process.exitcode is None and process.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)


def started() -> bool:
    return _pool is not None


def sends(rows: int) -> bool:
    """Whether `run` would hand a call over `rows` rows to the worker (whose arguments
    must then pickle)."""
    return _pool is not None and rows <= MAX_ROWS_SENT


def run(function: Callable[..., Result], rows: int, *args) -> Result:
    """`function(*args)` in the worker when there is one and `rows` are few; else here."""
    if not sends(rows):
        return function(*args)
    try:
        future = _pool.submit(function, *args)
        _pending.append(future)
        return future.result(timeout=RESULT_TIMEOUT_SECONDS)
    except (BrokenProcessPool, TimeoutError):
        stop()
        return function(*args)
