"""The code location loads, with the layers, keys and jobs the design promises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import dagster as dg

from orchestration.definitions import defs
from orchestration.defs.dbt_project import dbt_project
from orchestration.defs.transform.dbt_assets import source_asset_key
from orchestration.domain.core.layout import PROJECT_ROOT


def test_definitions_load_and_link_raw_to_dbt():
    definitions = defs()
    dg.Definitions.validate_loadable(definitions)
    graph = definitions.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    raw_tables = {"documents", "indicators", "targets", "statistics", "fx_rates"}
    assert {f"raw/{t}" for t in raw_tables} <= keys
    assert {"marts/dim_targets", "marts/dim_documents", "marts/fct_fx_rates_daily"} <= keys
    # dbt sources resolve to the ingest assets' keys: lineage needs no custom translator.
    staging = graph.get(dg.AssetKey(["staging", "stg_raw__statistics"]))
    assert dg.AssetKey(["raw", "statistics"]) in staging.parent_keys
    # and the dbt asset names a source's key the same way (a test on a changed source
    # runs in a build of only what a change feeds)
    sources = json.loads(dbt_project().manifest_path.read_text(encoding="utf-8"))["sources"]
    produced = {
        source_asset_key(source)
        for source in sources.values()
        if source["source_name"] in ("raw", "reader")
    }
    assert len(produced) == 8
    assert produced <= graph.get_all_asset_keys()
    groups = {graph.get(dg.AssetKey.from_user_string(k)).group_name for k in keys}
    assert groups == {
        "raw",
        "reader",
        "reference",
        "staging",
        "intermediate",
        "marts",
        "quality",
        "publish",
    }
    publish = graph.get(dg.AssetKey(["publish", "warehouse"]))
    assert dg.AssetKey(["quality", "dq_issues"]) in publish.parent_keys
    assert dg.AssetKey(["marts", "fct_target_attainment_latest"]) in publish.parent_keys
    assert {"ingest", "transform", "build_warehouse", "publish"} <= {
        job.name for job in definitions.resolve_all_job_defs()
    }
    checks = {key.name for key in graph.asset_check_keys}
    assert "unique_dim_targets_target_id" in checks
    check_keys = set(graph.asset_check_keys)
    for table in raw_tables:
        assert dg.AssetCheckKey(dg.AssetKey(["raw", table]), "raw_contracts") in check_keys
    domain = {k.name for k in check_keys if k.asset_key == dg.AssetKey(["quality", "dq_issues"])}
    assert {
        "stated_fx_rate",
        "conflicting_figures",
        "estimate_far_from_final",
        "unit_mismatch",
        "baseline_disagreement",
        "component_aggregate",
        "missing_statistics",
    } <= domain


def test_lineage_is_described_layered_and_automated():
    definitions = defs()
    graph = definitions.resolve_asset_graph()
    undescribed = [
        key.to_user_string()
        for key in graph.get_all_asset_keys()
        if not (graph.get(key).description or "").strip()
    ]
    assert undescribed == []
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.tags.get("layer") == node.group_name, key
        fresh = node.freshness_policy is not None
        assert fresh == (node.group_name in {"marts", "quality", "publish"}), key
    assert definitions.resolve_sensor_def("raw_files_sensor").default_status.value == "RUNNING"
    schedule = definitions.resolve_schedule_def("daily_refresh_schedule")
    assert schedule.job_name == "daily_refresh"
    every_job = {job.name: job for job in definitions.resolve_all_job_defs()}
    for name in ("ingest", "transform", "build_warehouse", "publish", "daily_refresh"):
        assert every_job[name].tags["warehouse/writes"] == "build"
        assert every_job[name].executor_def.name == "in_process"


def test_dg_check_defs(tmp_path):
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    (tmp_path / "dagster.yaml").symlink_to(PROJECT_ROOT / "dagster.yaml")
    done = subprocess.run(
        [str(Path(sys.executable).parent / "dg"), "check", "defs"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All definitions loaded successfully" in done.stdout + done.stderr


def test_instance_config_serialises_warehouse_writes(tmp_path, monkeypatch):
    (tmp_path / "dagster.yaml").symlink_to(PROJECT_ROOT / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    with dg.DagsterInstance.get() as instance:
        settings = instance.get_concurrency_config()
        limits = settings.run_queue_config.tag_concurrency_limits
        assert {"key": "warehouse/writes", "value": "build", "limit": 1} in limits
        assert settings.pool_config.default_pool_limit == 1
        assert instance.telemetry_enabled is False
        retries = instance.run_retries_max_retries, instance.run_retries_enabled
        assert retries == (1, True)
        assert instance.run_retries_retry_on_asset_or_op_failure is False
