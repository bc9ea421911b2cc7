"""Where things live. One environment variable names the build database.

`WAREHOUSE_BUILD_DB` is read here and by dbt_project/profiles.yml, so Dagster and a
hand-run `dbt` always write the same file. Defaults work with no .env at all.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RAW_DIR = PROJECT_ROOT / "raw"
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
WAREHOUSE_DIR = PROJECT_ROOT / "warehouse"
UNIT_REGISTRY_CSV = DBT_PROJECT_DIR / "seeds" / "units.csv"
QUALITY_POLICY_CSV = DBT_PROJECT_DIR / "seeds" / "quality_policy.csv"

BUILD_DB_ENV = "WAREHOUSE_BUILD_DB"
RAW_DIR_ENV = "WAREHOUSE_RAW_DIR"
ECB_HISTORY_URL_ENV = "WAREHOUSE_ECB_HISTORY_URL"
PUBLISHED_DB_ENV = "WAREHOUSE_PUBLISHED_DB"


def build_db_path() -> Path:
    """The DuckDB file every run writes (never the file BI tools read)."""
    configured = os.environ.get(BUILD_DB_ENV)
    return Path(configured).resolve() if configured else WAREHOUSE_DIR / "build.duckdb"


def raw_dir() -> Path:
    """The raw/ folder to ingest; tests point it at a fixture copy."""
    configured = os.environ.get(RAW_DIR_ENV)
    return Path(configured).resolve() if configured else RAW_DIR


def ecb_cache_dir() -> Path:
    """Where a downloaded ECB history is kept: beside the build database, git-ignored."""
    return build_db_path().parent / "ecb"


def published_db_path() -> Path:
    """The file BI tools and analysts open, replaced only by a complete, audited publish.
    It lives beside the build file unless WAREHOUSE_PUBLISHED_DB says otherwise."""
    configured = os.environ.get(PUBLISHED_DB_ENV)
    return Path(configured).resolve() if configured else build_db_path().parent / "warehouse.duckdb"
