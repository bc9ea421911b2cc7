"""The publish step: after every blocking check has passed, replace the file BI tools
read with an audited copy of the build (orchestration/domain/publish.py), export the
marts as Parquet and regenerate dbt's documentation site.

It depends on every reader-facing dbt asset (marts, quality, reference), so a blocking
check that fails on any of them, or on the raw tables upstream, keeps it from running
and the last good warehouse stays published.
"""

import hashlib
import shutil
import tempfile
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration.defs.resources import WAREHOUSE_POOL, WarehouseResource, retry_if_transient
from orchestration.defs.transform.dbt_assets import MART_FRESHNESS, warehouse_dbt_models
from orchestration.domain.contracts import CONTRACTS
from orchestration.domain.dbt_sources import dbt_sources_hash
from orchestration.domain.publish import PUBLISHED_SCHEMAS, STORAGE_VERSION, publish

PUBLISHED_KEY = dg.AssetKey(["publish", "warehouse"])
DOCS_STAMP = "sources.sha256"


def _docs_fingerprint() -> str:
    """dbt's docs show the project (models, descriptions, lineage) and the relations'
    columns, which follow from the project and the raw contracts; not the data."""
    return hashlib.sha256(f"{dbt_sources_hash()}|{CONTRACTS!r}".encode()).hexdigest()


def _stage_docs(dbt: DbtCliResource, destination: Path, fingerprint: str) -> Path | None:
    """dbt docs as one static page (no server needed), written beside `destination` and
    swapped in only after the database is published, so docs never run ahead of it.
    None when the published docs were generated from the same project already."""
    stamp = destination / DOCS_STAMP
    if stamp.exists() and stamp.read_text() == fingerprint:
        return None
    staged = destination.with_name(destination.name + ".new")
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as target:
        dbt.cli(["docs", "generate", "--static"], target_path=Path(target)).wait()
        shutil.copy(Path(target) / "static_index.html", staged / "index.html")
        for name in ("manifest.json", "catalog.json"):
            shutil.copy(Path(target) / name, staged / name)
    (staged / DOCS_STAMP).write_text(fingerprint)
    return staged


def _swap_in(staged: Path, destination: Path) -> None:
    shutil.rmtree(destination, ignore_errors=True)
    staged.rename(destination)


@dg.asset(
    key=PUBLISHED_KEY,
    group_name="publish",
    kinds={"duckdb", "parquet"},
    deps=[key for key in warehouse_dbt_models.keys if key.path[0] in PUBLISHED_SCHEMAS],
    pool=WAREHOUSE_POOL,
    tags={"layer": "publish"},
    freshness_policy=MART_FRESHNESS,
    description=(
        "warehouse/warehouse.duckdb, the file BI tools and SQL users open: the marts, "
        "quality and reference schemas of the build, audited, in DuckDB v1.4 storage, "
        "swapped in atomically. Also warehouse/exports/*.parquet and warehouse/dbt_docs/."
    ),
)
def published_warehouse(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, dbt: DbtCliResource
) -> dg.MaterializeResult:
    staged_docs = _stage_docs(dbt, warehouse.docs_path, _docs_fingerprint())
    with retry_if_transient():
        report = publish(warehouse.database_path, warehouse.published_path, warehouse.exports_path)
    if staged_docs is not None:
        _swap_in(staged_docs, warehouse.docs_path)
    docs = warehouse.docs_path / "index.html"
    for stale in report.stale_removed:
        context.log.warning(f"removed {stale.name}, left by a publish that did not finish")
    context.log.info(f"published {report.published} ({len(report.tables)} tables)")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(report.published)),
            "storage_version": STORAGE_VERSION,
            "tables": dg.MetadataValue.json(report.tables),
            "dagster/row_count": sum(report.tables.values()),
            "exports": len(report.exports),
            "dbt_docs": dg.MetadataValue.path(str(docs)),
            "dbt_docs_regenerated": staged_docs is not None,
        }
    )
