"""The publish step: after every blocking check has passed, replace the file BI tools
read with an audited copy of the build (orchestration/domain/publish/
write_audit_publish.py), export the marts as Parquet and regenerate dbt's documentation
site.

It publishes, and depends on, exactly the relations the dbt exposure
`published_warehouse` declares (read from the manifest), so a blocking check that fails
on any of them, or on the raw tables upstream, keeps it from running and the last good
warehouse stays published.

Where the build goes is read from the build file's own state, not from how the run was
launched: a build made as of a past date (a replay) is written to its own file under
replays/ and never over the published warehouse, whether it came from `make run
AS_OF=...`, the UI or GraphQL.
"""

import hashlib
import shutil
import tempfile
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration.defs.dbt_project import dbt_project, dbt_vars_args
from orchestration.defs.progress import announce
from orchestration.defs.resources import WAREHOUSE_POOL, WarehouseResource, retry_if_transient
from orchestration.defs.transform.dbt_assets import MART_FRESHNESS, warehouse_dbt_models
from orchestration.domain.core.layout import WarehouseLayout
from orchestration.domain.ingest.contracts import CONTRACTS
from orchestration.domain.publish.folders import replace_folder, staging_folder
from orchestration.domain.publish.published_relations import published_relations
from orchestration.domain.publish.report import write_report
from orchestration.domain.publish.write_audit_publish import STORAGE_VERSION, publish
from orchestration.domain.transform.build_state import read_state, record_published
from orchestration.domain.transform.dbt_sources import dbt_sources_hash

PUBLISHED_KEY = dg.AssetKey(["publish", "warehouse"])
PUBLISHED_RELATIONS = published_relations(dbt_project().manifest_path)
DOCS_STAMP = "sources.sha256"


def _docs_fingerprint() -> str:
    """dbt's docs show the project (models, descriptions, lineage) and the relations'
    columns, which follow from the project and the raw contracts; not the data."""
    return hashlib.sha256(f"{dbt_sources_hash()}|{CONTRACTS!r}".encode()).hexdigest()


def _stage_docs(dbt: DbtCliResource, layout: WarehouseLayout, fingerprint: str) -> Path | None:
    """dbt docs as one static page (no server needed), written beside the docs folder and
    swapped in only after the database is published, so docs never run ahead of it.
    None when the published docs were generated from the same project already."""
    destination = layout.dbt_docs_dir
    stamp = destination / DOCS_STAMP
    if stamp.exists() and stamp.read_text() == fingerprint:
        return None
    staged = staging_folder(destination)
    with tempfile.TemporaryDirectory() as target:
        dbt.cli(
            ["docs", "generate", "--static", *dbt_vars_args(layout)], target_path=Path(target)
        ).wait()
        shutil.copy(Path(target) / "static_index.html", staged / "index.html")
        for name in ("manifest.json", "catalog.json"):
            shutil.copy(Path(target) / name, staged / name)
    (staged / DOCS_STAMP).write_text(fingerprint)
    return staged


@dg.asset(
    key=PUBLISHED_KEY,
    group_name="publish",
    kinds={"duckdb", "parquet"},
    deps=[key for key in warehouse_dbt_models.keys if tuple(key.path) in PUBLISHED_RELATIONS],
    pool=WAREHOUSE_POOL,
    tags={"layer": "publish"},
    freshness_policy=MART_FRESHNESS,
    description=(
        "warehouse/warehouse.duckdb, the file BI tools and SQL users open: the relations "
        "the dbt exposure published_warehouse declares, audited, in DuckDB v1.4 storage, "
        "swapped in atomically; also warehouse/exports/ (Parquet and CSV per mart) and "
        "warehouse/dbt_docs/. "
        "A build as of a past date goes to warehouse/replays/as_of_<date>.duckdb instead."
    ),
)
def published_warehouse(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, dbt: DbtCliResource
) -> dg.MaterializeResult:
    layout = warehouse.layout
    with warehouse.connect(read_only=True) as con:
        state = read_state(con)
    if state is None:
        raise dg.Failure(
            "The build file holds no complete dbt build (the last one failed, was killed or "
            "built only part of the project): nothing to publish. Run build_warehouse."
        )
    if state.inputs.is_replay:
        return _publish_replay(context, warehouse, layout.replay_db(state.inputs.as_of_date))
    staged_docs = _stage_docs(dbt, layout, _docs_fingerprint())
    with retry_if_transient():
        report = publish(
            layout.build_db, layout.published_db, layout.exports_dir, PUBLISHED_RELATIONS
        )
    if staged_docs is not None:
        replace_folder(staged_docs, layout.dbt_docs_dir)
    with warehouse.connect() as con:
        record_published(con, layout.published_db)
    for stale in report.stale_removed:
        context.log.warning(f"removed {stale.name}, left by a publish that did not finish")
    announce(context, "publish", f"Published {report.published} ({len(report.tables)} tables)")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(report.published)),
            "storage_version": STORAGE_VERSION,
            "as_of_date": state.inputs.as_of_date,
            "replay": False,
            "tables": dg.MetadataValue.json(report.tables),
            "dagster/row_count": sum(report.tables.values()),
            "exports": len(report.exports),
            "dbt_docs": dg.MetadataValue.path(str(layout.dbt_docs_dir / "index.html")),
            "dbt_docs_regenerated": staged_docs is not None,
        }
    )


def _publish_replay(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, destination: Path
) -> dg.MaterializeResult:
    """A replay gets the same audited copy, in a file of its own; no exports, no docs."""
    layout = warehouse.layout
    with retry_if_transient():
        report = publish(layout.build_db, destination, None, PUBLISHED_RELATIONS)
    with warehouse.connect() as con:
        record_published(con, destination)
    announce(
        context,
        "publish",
        f"Replay written to {destination}; the published warehouse "
        f"({layout.published_db}) was not changed",
    )
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(destination)),
            "storage_version": STORAGE_VERSION,
            "replay": True,
            "tables": dg.MetadataValue.json(report.tables),
            "dagster/row_count": sum(report.tables.values()),
        }
    )


REPORT_KEY = dg.AssetKey(["publish", "report"])


@dg.asset(
    key=REPORT_KEY,
    group_name="publish",
    kinds={"html"},
    deps=[PUBLISHED_KEY],
    tags={"layer": "publish"},
    freshness_policy=MART_FRESHNESS,
    description=(
        "warehouse/report/: the offline HTML report (every target's status, a page per "
        "target with its trajectory chart, figures and sources, data-quality issues and "
        "dollar view; the quality page), drawn from the published warehouse."
    ),
)
def warehouse_report(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    layout = warehouse.layout
    with warehouse.connect(read_only=True) as con:
        state = read_state(con)
    if state is not None and state.inputs.is_replay:
        context.log.info("a replay is not the published warehouse: the report is unchanged")
        return dg.MaterializeResult(metadata={"replay": True, "dagster/row_count": 0})
    result = write_report(layout.published_db, layout.gx_validations_dir, layout.report_dir)
    announce(context, "publish", f"Report: {result.index} ({result.target_pages} targets)")
    return dg.MaterializeResult(
        metadata={
            "index": dg.MetadataValue.path(str(result.index)),
            "target_pages": result.target_pages,
            "pages_rendered": result.pages_rendered,
            "pages_reused": result.pages_reused,
            "dagster/row_count": result.target_pages,
            "replay": False,
        }
    )
