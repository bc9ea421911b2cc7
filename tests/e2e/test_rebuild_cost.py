"""What a rebuild after one new file pays for: dbt starts from the previous build's parse
(orchestration/defs/dbt_project.py, keep_partial_parse) instead of parsing the whole
project again, and the statistics chain computes again only the series the file touches
(macros/series_to_rebuild.sql), unless the build is forced. The seconds are measured by
`make bench`, never asserted here."""

from __future__ import annotations

import json
from pathlib import Path

from orchestration.defs.dbt_project import PARTIAL_PARSE_FILE, dbt_project
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


def test_a_rebuild_starts_from_the_last_builds_parse_and_rebuilds_only_what_changed(
    built, tmp_path
):
    raw, env = copy_of_built(built, tmp_path)
    add_statistic(raw, 300)
    run_build(env)  # the first build of this folder's vars: may parse in full

    add_statistic(raw, 310)
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

    # a forced build starts the incremental models from scratch: every series
    before = _dbt_runs()
    run_build(env, "--force")
    (forced,) = _dbt_runs() - before
    assert "--full-refresh" in _invocation_args(forced)
    every_series = query(
        database,
        "select distinct indicator_id, region from marts.fct_statistic_vintages order by all",
    )
    assert len(every_series) > 1
    assert query(database, rebuilt) == every_series
