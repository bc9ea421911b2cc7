"""Every dbt model, seed and test as Dagster assets and asset checks, grouped by layer.

Asset keys are dagster-dbt's defaults: sources map to ["raw", table], which are the
ingest assets' keys, so lineage joins up with no custom key logic. Groups follow the
dbt folder (staging, intermediate, marts) so the UI shows the layers.
"""

import json
from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets
from pydantic import Field

from orchestration.defs.ingest.assets import WAREHOUSE_POOL
from orchestration.defs.resources import WarehouseResource
from orchestration.defs.transform.project import dbt_project


class LayeredTranslator(DagsterDbtTranslator):
    """Group dbt assets by their layer folder; seeds go with reference data."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else super().get_group_name(dbt_resource_props)


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
    """
    args = ["build"]
    if config.as_of_date:
        args += ["--vars", json.dumps({"as_of_date": config.as_of_date})]
    events = list(dbt.cli(args, context=context).stream())
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
