"""Every dbt model, seed and test as Dagster assets and asset checks, grouped by layer.

Asset keys are dagster-dbt's defaults: sources map to ["raw", table], which are the
ingest assets' keys, so lineage joins up with no custom key logic. Groups follow the
dbt folder (staging, intermediate, marts) so the UI shows the layers.
"""

import json
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets
from pydantic import Field

from orchestration.defs.resources import WAREHOUSE_POOL, WarehouseResource, transient_retry
from orchestration.defs.transform.project import dbt_project
from orchestration.domain.build_lock import is_lock_conflict

# The marts are what readers query; the daily schedule rebuilds them, so a mart older
# than a day and a bit is late (warn) and older than two days has missed a refresh (fail).
MART_FRESHNESS = dg.FreshnessPolicy.time_window(
    fail_window=timedelta(hours=48), warn_window=timedelta(hours=26)
)
READER_FACING_GROUPS = ("marts", "quality")


class LayeredTranslator(DagsterDbtTranslator):
    """Group dbt assets by their layer folder (seeds go with reference data), tag them
    with their layer, and give the reader-facing ones a freshness policy."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else super().get_group_name(dbt_resource_props)

    def get_asset_spec(self, manifest, unique_id, project) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        spec = spec.merge_attributes(tags={"layer": spec.group_name or "default"})
        if spec.group_name in READER_FACING_GROUPS:
            spec = spec.replace_attributes(freshness_policy=MART_FRESHNESS)
        return spec


class DbtBuildConfig(dg.Config):
    """Run configuration of the dbt build."""

    as_of_date: str | None = Field(
        default=None,
        description="Build as known on this date (YYYY-MM-DD): only documents and figures "
        "published by then are used. Default: today.",
    )


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=LayeredTranslator(),
    pool=WAREHOUSE_POOL,
)
def warehouse_dbt_models(
    context: dg.AssetExecutionContext,
    dbt: DbtCliResource,
    warehouse: WarehouseResource,
    config: DbtBuildConfig,
):
    """Build (run and test) the selected dbt models; tests become asset checks.

    Row counts are added here, after dbt exits, with our own connection, instead of by
    dagster-dbt's fetch_row_counts(): that opens the file in this process through the
    dbt adapter and keeps it open, and DuckDB then refuses any other connection here
    (the quality checks that run next in the same process need one). The cost is that
    materialisations reach the event log when dbt finishes rather than one by one.

    When dbt fails, what it did build and test is still reported, then the step fails;
    a failure because another process holds DuckDB's write lock is retried instead.
    """
    args = ["build"]
    if config.as_of_date:
        args += ["--vars", json.dumps({"as_of_date": config.as_of_date})]
    invocation = dbt.cli(args, context=context, raise_on_error=False)
    events = list(invocation.stream())
    error = invocation.get_error()
    if error is not None and is_lock_conflict(str(error)):
        raise transient_retry() from error
    with warehouse.connect() as con:
        counts = _row_counts(con)
    for event in events:
        if isinstance(event, dg.Output):
            relation = ".".join(context.asset_key_for_output(event.output_name).path)
            if relation in counts:
                event = event.with_metadata(
                    {**event.metadata, "dagster/row_count": counts[relation]}
                )
        yield event
    if error is not None:
        raise error


def _row_counts(con) -> dict[str, int]:
    """Rows per relation ("schema.name") the dbt build wrote, views included."""
    relations = con.execute(
        "select table_schema, table_name from information_schema.tables "
        "where table_schema in ('reference', 'staging', 'intermediate', 'marts', 'quality')"
    ).fetchall()
    return {
        f"{schema}.{name}": con.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[0]
        for schema, name in relations
    }
