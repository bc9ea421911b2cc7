"""What a rebuild after one new file pays for: dbt starts from the previous build's parse
(orchestration/defs/dbt_project.py, keep_partial_parse) instead of parsing the whole
project again, and the statistics chain computes again only the series the file touches
(macros/series_to_rebuild.sql), unless the build is forced. The seconds are measured by
`make bench`, never asserted here."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from orchestration.defs.dbt_project import PARTIAL_PARSE_FILE, dbt_project
from orchestration.domain.core.layout import WarehouseLayout
from orchestration.domain.transform.up_to_date import BuildCheck, check_build
from tests.conftest import query, run_build
from tests.e2e.conftest import add_statistic, copy_of_built


def _dbt_runs() -> set[Path]:
    """dagster-dbt's per-invocation target folders of the dbt assets."""
    return set(dbt_project().manifest_path.parent.glob("warehouse_dbt_models-*"))


def _parse_events(run: Path) -> list[str]:
    """The names of dbt's parsing events in that invocation's JSON log."""
    names = []
    for line in (run / "dbt.log").read_text(encoding="utf-8").splitlines():
        name = json.loads(line)["info"]["name"]
        if "Parsing" in name or name == "UnableToPartialParse":
            names.append(name)
    return names


def _invocation_args(run: Path) -> list[str]:
    """The dbt command line of that invocation, from its run results."""
    return json.loads((run / "run_results.json").read_text(encoding="utf-8"))["args"][
        "invocation_command"
    ].split()


def _executed(run: Path) -> set[str]:
    """The unique ids of the nodes that invocation ran."""
    results = json.loads((run / "run_results.json").read_text(encoding="utf-8"))["results"]
    return {result["unique_id"] for result in results}


def _every_relation(database: Path) -> dict[str, list[tuple]]:
    """Every row of every relation dbt builds, each relation's rows sorted."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        relations = con.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_schema in ('reference', 'staging', 'intermediate', 'marts', 'quality')"
        ).fetchall()
        return {
            name: con.execute(f"select * from {name} order by all").fetchall()
            for (name,) in relations
        }
    finally:
        con.close()


def test_a_rebuild_starts_from_the_last_builds_parse_and_rebuilds_only_what_changed(
    built, tmp_path
):
    raw, env = copy_of_built(built, tmp_path)
    add_statistic(raw, 300)
    run_build(env)  # the first build of this folder's vars: may parse in full

    add_statistic(raw, 310)
    # a file waits: `make run` starts the Great Expectations worker for this run
    layout = WarehouseLayout.in_folder(tmp_path, raw_dir=raw)
    assert check_build(layout) == BuildCheck(current=None, files_to_load=True)
    before = _dbt_runs()
    output = run_build(env).stdout
    assert "Building dbt models" in output

    (run,) = _dbt_runs() - before
    events = _parse_events(run)
    assert "PartialParsingEnabled" in events, events
    assert "UnableToPartialParse" not in events, events
    # and this build's parse is the seed of the next
    kept = dbt_project().manifest_path.parent / PARTIAL_PARSE_FILE
    assert kept.read_bytes() == (run / PARTIAL_PARSE_FILE).read_bytes()

    # only the statistics file changed: the chain computed again its one series
    database = Path(env["WAREHOUSE_BUILD_DB"])
    rebuilt = "select * from intermediate.int_statistics_series_to_rebuild order by all"
    assert "--full-refresh" not in _invocation_args(run)
    assert query(database, rebuilt) == [("ai_industry_scale", "CN-SH")]

    # and dbt built only what the statistics feed: not the FX chain, the documents or
    # the indicators, nor their tests; a test reading a rebuilt model still ran
    built_nodes = _executed(run)
    assert "model.policy_warehouse.fct_statistics" in built_nodes
    assert "model.policy_warehouse.fct_target_attainment" in built_nodes
    for untouched in ("int_fx_rates_daily", "fct_fx_rates_monthly", "dim_indicators"):
        assert f"model.policy_warehouse.{untouched}" not in built_nodes
    assert not [node for node in built_nodes if "unique_fct_fx_rates_daily_" in node]
    between = "test.policy_warehouse.relationships_fct_statistic_vintages_indicator_id_"
    assert any(node.startswith(between) for node in built_nodes)  # and dim_indicators
    assert "left as built" in output
    # publish still ran, with the new figure
    published = Path(env["WAREHOUSE_BUILD_DB"]).parent / "warehouse.duckdb"
    figure = (
        "select value from marts.fct_statistics where indicator_id = 'ai_industry_scale' "
        "and region = 'CN-SH' and period = '2022' and source = 'Test release'"
    )
    assert query(published, figure) == [(310.0,)]
    after_selective = _every_relation(database)

    # a forced build starts the incremental models from scratch: every series
    before = _dbt_runs()
    run_build(env, "--force")
    (forced,) = _dbt_runs() - before
    assert "--full-refresh" in _invocation_args(forced)
    assert "int_fx_rates_daily" in " ".join(_executed(forced))
    # and writes what the build of only the fed models had left: nothing was stale (but
    # the list of series computed again, which is the builds' own bookkeeping)
    after_forced = _every_relation(database)
    for relations in (after_forced, after_selective):
        del relations["intermediate.int_statistics_series_to_rebuild"]
    assert len(after_forced) > 40
    assert after_forced == after_selective
    every_series = query(
        database,
        "select distinct indicator_id, region from marts.fct_statistic_vintages order by all",
    )
    assert len(every_series) > 1
    assert query(database, rebuilt) == every_series
