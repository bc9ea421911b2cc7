"""Great Expectations in a second process, imported while the build does other work.

Importing Great Expectations takes about 3 s of one core, and every build that loads a
new raw file pays it before dbt may start (the raw-contract checks block the models).
`make run` knows at its start whether a file will be loaded (orchestration/cli.py);
it then starts this worker, which imports GX on the second core while the first loads
Dagster's definitions and ingests. The checks hand it the rows to validate, already
read from DuckDB, so the worker never opens the warehouse file (DuckDB allows one
writing process or many readers, never both).

Where no worker was started (a run from the UI, the daemon or a test), or the rows are
many (pickling a million rows to another process costs more than the import it saves),
or the worker died, `validate` runs in the calling process, exactly as before.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

# Above this many rows in all, validation stays in the calling process: the frames would
# take longer to pickle across than the import the worker saved (measured in
# docs/benchmarks.md, "Great Expectations imported ahead").
MAX_ROWS_SENT = 200_000

_pool: ProcessPoolExecutor | None = None
Result = TypeVar("Result")


def _import_great_expectations() -> None:
    import great_expectations.expectations  # noqa: F401 (the package, and its expectations)


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
        initializer=_import_great_expectations,
    )
    _pool.submit(_ready)


def stop() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None


def started() -> bool:
    return _pool is not None


def run(function: Callable[..., Result], rows: int, *args) -> Result:
    """`function(*args)` in the worker when there is one and `rows` are few; else here."""
    if _pool is None or rows > MAX_ROWS_SENT:
        return function(*args)
    try:
        return _pool.submit(function, *args).result()
    except BrokenProcessPool:
        stop()
        return function(*args)
