"""Every DuckDB connection the pipeline opens is under its memory cap (layout.py,
DEFAULT_MEMORY_LIMIT; dbt's own process, DEFAULT_DBT_MEMORY_LIMIT). The report of a
10M-row build, read on a connection without it, peaked at 5.8 GB while every capped step
stayed near 3 GB (docs/benchmarks.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import (
    DBT_MEMORY_LIMIT_ENV,
    DEFAULT_MEMORY_LIMIT,
    MEMORY_LIMIT_ENV,
    PROJECT_ROOT,
    WarehouseLayout,
    duckdb_config,
)


def _connect_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "connect"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "duckdb"
    ]


def _settings_of(call: ast.Call) -> bool:
    """Whether the call passes config=duckdb_config(...)."""
    return any(
        keyword.arg == "config"
        and isinstance(keyword.value, ast.Call)
        and isinstance(keyword.value.func, ast.Name)
        and keyword.value.func.id == "duckdb_config"
        for keyword in call.keywords
    )


def test_every_duckdb_connection_in_the_pipeline_passes_the_settings():
    found, uncapped = 0, []
    for path in sorted((PROJECT_ROOT / "orchestration").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "from duckdb import" not in text, path  # every call is duckdb.connect
        for call in _connect_calls(path):
            found += 1
            if not _settings_of(call):
                uncapped.append(f"{path.relative_to(PROJECT_ROOT)}:{call.lineno}")
    assert found >= 9  # the scan sees the calls it is meant to
    assert uncapped == []


def test_the_benchmarks_steps_connect_under_the_pipelines_cap(tmp_path, monkeypatch):
    """The hand-written query and the comparison a benchmark sets beside the pipeline's
    steps run under the same cap, the environment's when set (they once opened DuckDB
    uncapped, and the pipeline's fixed default elsewhere)."""
    from benchmarks import steps

    calls = _connect_calls(PROJECT_ROOT / "benchmarks" / "steps.py")
    assert len(calls) == 1 and _settings_of(calls[0])
    monkeypatch.setenv(MEMORY_LIMIT_ENV, "512MB")
    with steps._connect(tmp_path / "b.duckdb") as con:
        (limit,) = con.execute("select current_setting('memory_limit')").fetchall()[0]
    assert limit in ("512.0 MiB", "488.2 MiB")


def test_dbt_takes_its_own_cap_else_the_shared_one():
    """dbt's process holds far less than the pipeline's own, so its cap is higher by
    default (DEFAULT_DBT_MEMORY_LIMIT); one variable still sets both."""
    default = WarehouseLayout.from_env({})
    assert (default.duckdb_memory_limit, default.dbt_vars()["duckdb_memory_limit"]) == (
        "2.5GB",
        "3GB",
    )
    shared = WarehouseLayout.from_env({MEMORY_LIMIT_ENV: "1GB"})
    assert shared.dbt_vars()["duckdb_memory_limit"] == "1GB"
    both = WarehouseLayout.from_env({MEMORY_LIMIT_ENV: "1GB", DBT_MEMORY_LIMIT_ENV: "2GB"})
    assert (both.duckdb_memory_limit, both.dbt_vars()["duckdb_memory_limit"]) == ("1GB", "2GB")


def test_the_warehouse_resource_carries_every_setting_of_the_layout(tmp_path):
    """The Dagster resource is the layout as config: a setting the layout has and the
    resource lacks fails every run as it starts."""
    from orchestration.defs.resources import WarehouseResource

    layout = WarehouseLayout.from_env(
        {
            MEMORY_LIMIT_ENV: "1GB",
            DBT_MEMORY_LIMIT_ENV: "2GB",
            "WAREHOUSE_BUILD_DB": str(tmp_path / "build.duckdb"),
        }
    )
    resource = WarehouseResource.from_layout(layout)
    assert resource.layout == layout
    # and its connections take the pipeline's cap, not dbt's
    with resource.connect() as con:
        (limit,) = con.execute("select current_setting('memory_limit')").fetchall()[0]
    assert limit in ("1.0 GiB", "953.6 MiB")


def test_the_settings_take_the_layouts_cap_else_the_environments(tmp_path, monkeypatch):
    monkeypatch.delenv(MEMORY_LIMIT_ENV, raising=False)
    assert duckdb_config() == {"memory_limit": DEFAULT_MEMORY_LIMIT}
    monkeypatch.setenv(MEMORY_LIMIT_ENV, "512MB")
    assert duckdb_config() == {"memory_limit": "512MB"}
    layout = WarehouseLayout.from_env({MEMORY_LIMIT_ENV: "256MB"})
    assert duckdb_config(layout.duckdb_memory_limit) == {"memory_limit": "256MB"}
    with duckdb.connect(str(tmp_path / "a.duckdb"), config=duckdb_config()) as con:
        (limit,) = con.execute("select current_setting('memory_limit')").fetchall()[0]
    assert limit in ("512.0 MiB", "488.2 MiB")  # DuckDB prints it in binary units


def test_dbts_profile_reads_the_cap_the_layout_passes_and_falls_back_alike():
    """dbt's profile takes the layout's var (dbt_vars), else the same variables, in the
    same order, and the same default as WarehouseLayout.from_env."""
    from orchestration.domain.core.layout import DBT_PROJECT_DIR, DEFAULT_DBT_MEMORY_LIMIT

    profile = (DBT_PROJECT_DIR / "profiles.yml").read_text()
    (key,) = [k for k in WarehouseLayout.from_env({}).dbt_vars() if "memory" in k]
    expected = (
        f"var('{key}', env_var('{DBT_MEMORY_LIMIT_ENV}', "
        f"env_var('{MEMORY_LIMIT_ENV}', '{DEFAULT_DBT_MEMORY_LIMIT}')))"
    )
    assert expected in profile
