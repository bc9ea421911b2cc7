"""Resources shared by every asset: the build warehouse and the dbt CLI."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource

from orchestration.defs.transform.project import dbt_project
from orchestration.domain.paths import build_db_path, raw_dir


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


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(
        resources={
            "warehouse": WarehouseResource(),
            "dbt": DbtCliResource(project_dir=dbt_project),
        }
    )
