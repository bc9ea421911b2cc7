"""Every DuckDB connection the pipeline opens is under the one memory cap (layout.py,
DEFAULT_MEMORY_LIMIT). The report of a 10M-row build, read on a connection without it,
peaked at 5.8 GB while every capped step stayed near 3 GB (docs/benchmarks.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import (
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


def test_every_duckdb_connection_in_the_pipeline_passes_the_settings():
    found, uncapped = 0, []
    for path in sorted((PROJECT_ROOT / "orchestration").rglob("*.py")):
        for call in _connect_calls(path):
            found += 1
            if not any(keyword.arg == "config" for keyword in call.keywords):
                uncapped.append(f"{path.relative_to(PROJECT_ROOT)}:{call.lineno}")
    assert found >= 9  # the scan sees the calls it is meant to
    assert uncapped == []


def test_the_settings_follow_the_environment_as_the_layout_does(tmp_path):
    assert duckdb_config({}) == {"memory_limit": DEFAULT_MEMORY_LIMIT}
    environ = {MEMORY_LIMIT_ENV: "512MB"}
    assert duckdb_config(environ) == {"memory_limit": "512MB"}
    assert WarehouseLayout.from_env(environ).duckdb_memory_limit == "512MB"
    with duckdb.connect(str(tmp_path / "a.duckdb"), config=duckdb_config(environ)) as con:
        (limit,) = con.execute("select current_setting('memory_limit')").fetchall()[0]
    assert limit in ("512.0 MiB", "488.2 MiB")  # DuckDB prints it in binary units
