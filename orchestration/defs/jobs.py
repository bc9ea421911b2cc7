"""Jobs: what `make run`, the schedule and people in the UI launch. Every one writes the
build file, so every one carries WRITES_TAG and the run queue starts one at a time."""

import dagster as dg

from orchestration.defs.resources import WRITES_TAG

RAW = dg.AssetSelection.groups("raw")

ingest_job = dg.define_asset_job(
    "ingest",
    selection=RAW,
    description="Load raw/ into the build database (skips unchanged files).",
    tags=WRITES_TAG,
)

transform_job = dg.define_asset_job(
    "transform",
    selection=dg.AssetSelection.all() - RAW,
    description="Build every dbt model, seed and test from the raw tables.",
    tags=WRITES_TAG,
)

build_job = dg.define_asset_job(
    "build_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest raw/ and build every model: the whole warehouse.",
    tags=WRITES_TAG,
)

publish_job = dg.define_asset_job(
    "publish",
    selection=dg.AssetSelection.groups("publish"),
    description="Publish the current build (audited copy, Parquet exports, dbt docs).",
    tags=WRITES_TAG,
)

daily_refresh_job = dg.define_asset_job(
    "daily_refresh",
    selection=dg.AssetSelection.assets(dg.AssetKey(["raw", "fx_rates"]))
    | (dg.AssetSelection.all() - RAW),
    description=(
        "Refresh the reference rates and rebuild everything downstream: every model and the "
        "publish step, since the marts are built as of today and move with the calendar."
    ),
    tags=WRITES_TAG,
)
