"""Jobs: what `make run` and (later) schedules launch."""

import dagster as dg

RAW = dg.AssetSelection.groups("raw")

ingest_job = dg.define_asset_job(
    "ingest",
    selection=RAW,
    description="Load raw/ into the build database (skips unchanged files).",
    tags={"warehouse/writes": "build"},
)

transform_job = dg.define_asset_job(
    "transform",
    selection=dg.AssetSelection.all() - RAW,
    description="Build every dbt model, seed and test from the raw tables.",
    tags={"warehouse/writes": "build"},
)

build_job = dg.define_asset_job(
    "build_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest raw/ and build every model: the whole warehouse.",
    tags={"warehouse/writes": "build"},
)
