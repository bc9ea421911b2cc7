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
    context: dg.AssetExecutionContext, dbt: DbtCliResource, config: DbtBuildConfig
):
    """Build (run and test) the selected dbt models; tests become asset checks."""
    args = ["build"]
    if config.as_of_date:
        args += ["--vars", json.dumps({"as_of_date": config.as_of_date})]
    yield from dbt.cli(args, context=context).stream().fetch_row_counts()
