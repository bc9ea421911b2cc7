"""The shared measures (dbt semantic models and metrics, models/marts/_semantic.yml),
compiled by MetricFlow and run on the published warehouse by `python -m orchestration
metrics`, offline: they must answer exactly what SQL on the marts answers."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from tests.conftest import doc_section, query, run_command


def _mf(env: dict[str, str], out: Path, *args: str) -> list[dict[str, str]]:
    done = run_command(
        [sys.executable, "-m", "orchestration", "metrics", *args, "--csv", str(out)],
        env,
        timeout=300,
    )
    assert done.returncode == 0 and out.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    with out.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_metrics_by_document_equal_sql_on_the_marts(built, tmp_path):
    database, env, _out = built
    published = database.parent / "warehouse.duckdb"
    rows = _mf(
        env,
        tmp_path / "by_document.csv",
        "--metrics",
        "targets,targets_assessable,targets_achieved_or_on_track,share_on_track",
        "--group-by",
        "target__document_id",
        "--order",
        "target__document_id",
    )
    expected = query(
        published,
        "select document_id, count(*), count(*) filter (where status <> 'not_assessable'), "
        "count(*) filter (where status in ('achieved', 'on_track')) "
        "from marts.fct_target_attainment_latest group by 1 order by 1",
    )
    assert [
        (
            r["target__document_id"],
            int(r["targets"]),
            int(r["targets_assessable"]),
            int(r["targets_achieved_or_on_track"]),
        )
        for r in rows
    ] == expected
    plan = next(r for r in rows if r["target__document_id"].startswith("sh_advanced"))
    assert float(plan["share_on_track"]) == pytest.approx(3 / 4)


def test_usd_total_equals_the_dollar_mart(built, tmp_path):
    database, env, _out = built
    (row,) = _mf(env, tmp_path / "usd.csv", "--metrics", "target_value_usd")
    ((total,),) = query(
        database.parent / "warehouse.duckdb",
        "select sum(target_value_usd) from marts.dim_targets_usd",
    )
    assert float(row["target_value_usd"]) == pytest.approx(total)


def test_docs_show_the_mf_command_that_runs(built, tmp_path):
    _database, env, _out = built
    section = doc_section("docs/using.md", "Shared measures")
    command = "python -m orchestration metrics --metrics targets,share_on_track"
    assert f"{command} --group-by target__status" in section
    rows = _mf(
        env,
        tmp_path / "by_status.csv",
        "--metrics",
        "targets,share_on_track",
        "--group-by",
        "target__status",
    )
    assert {r["target__status"]: int(r["targets"]) for r in rows} == {
        "achieved": 1,
        "on_track": 2,
        "needs_acceleration": 1,
        "not_assessable": 25,
    }
