"""`python -m orchestration metrics`: the shared metrics (dbt semantic models and
metrics, dbt_project/models/marts/_semantic.yml) answered from the published warehouse.

MetricFlow compiles the query to SQL; DuckDB runs it on warehouse.duckdb opened
read-only, so a query never takes the build file's lock and never waits for a run.
MetricFlow's own CLI (`mf`) is not used: it asks PyPI for a newer version on every
call, and nothing here may reach the network; it would also read the build file.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import DBT_PROJECT_DIR, WarehouseLayout, duckdb_config


def _engine():
    """MetricFlow's engine over the semantic manifest dbt wrote at the last parse (the
    pipeline parses before every build); the dbt adapter is only used to render SQL."""
    from dbt_metricflow.cli.cli_configuration import CLIConfiguration

    config = CLIConfiguration()
    config.setup(
        dbt_profiles_path=DBT_PROJECT_DIR,
        dbt_project_path=DBT_PROJECT_DIR,
        configure_file_logging=False,
    )
    return config


def metric_sql(metrics: list[str], group_by: list[str], order: list[str] | None = None):
    """(the SQL, the catalog name it reads the marts from)."""
    from metricflow.engine.metricflow_engine import MetricFlowQueryRequest

    config = _engine()
    request = MetricFlowQueryRequest.create(
        metric_names=metrics, group_by_names=group_by or None, order_by_names=order or None
    )
    sql = config.mf.explain(mf_request=request).sql_statement.without_descriptions.sql
    catalog = config.semantic_manifest.semantic_models[0].node_relation.database
    return sql, catalog


def query_metrics(
    layout: WarehouseLayout,
    metrics: list[str],
    group_by: list[str],
    order: list[str] | None = None,
) -> tuple[list[str], list[tuple]]:
    """Column names and rows of the metrics, from the published file."""
    sql, catalog = metric_sql(metrics, group_by, order)
    con = duckdb.connect(config=duckdb_config(layout.duckdb_memory_limit))
    try:
        path = str(layout.published_db).replace("'", "''")
        con.execute(f"attach '{path}' as \"{catalog}\" (read_only)")
        cursor = con.execute(sql)
        return [c[0] for c in cursor.description], cursor.fetchall()
    finally:
        con.close()


def print_metrics(columns: list[str], rows: list[tuple], csv_path: Path | None) -> None:
    if csv_path is not None:
        with csv_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(rows)
        return
    widths = [
        max(len(str(v)) for v in [name, *(r[i] for r in rows)]) for i, name in enumerate(columns)
    ]
    for line in [columns, *rows]:
        sys.stdout.write(
            "  ".join(str(v).ljust(w) for v, w in zip(line, widths, strict=True)) + "\n"
        )
