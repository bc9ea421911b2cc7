"""The incremental statistics chain gives what a full build gives.

The statistics chain (int_statistics_plausibility, int_statistics_as_of,
fct_statistic_vintages, fct_statistics) is built incrementally by series
(macros/series_to_rebuild.sql), and its staging table by file: after statistics files
are added, replaced or removed, an incremental dbt build must compute again only the
series those files touch (and stage only the files new to it), and hold
exactly the rows a --full-refresh build of the same raw data holds, column for column.
Each case builds both ways into two private files from the same raw folder and compares
every model of the chain with EXCEPT ALL in both directions.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import DBT_PROJECT_DIR
from orchestration.domain.ingest.contracts import CONTRACTS
from orchestration.domain.ingest.raw_files import source_files
from orchestration.domain.ingest.sync import sync_table
from orchestration.domain.transform.build_state import (
    INCREMENTAL_CONTEXT_TABLES,
    INCREMENTAL_ROWS_TABLE,
    BuildInputs,
    BuildState,
)
from tests.conftest import isolated_env, query, run_command

DBT = Path(sys.executable).parent / "dbt"
MODEL = "intermediate.int_statistics_as_of"
CHAIN = (
    "staging.stg_raw__statistics",
    "intermediate.int_statistics_plausibility",
    MODEL,
    "marts.fct_statistic_vintages",
    "marts.fct_statistics",
)
COLUMNS = "indicator_id,region,period,value,unit,status,source,source_url,published_on,notes\n"

# A bulletin written for this test (not a real publication): a revision of a figure the
# shipped data holds (selected while the file is loaded), a new year of that series, a
# figure far from its neighbours (quarantined by plausibility, which compares across
# files), and a series no shipped file has.
BULLETIN = COLUMNS + (
    "ic_industry_scale,CN-SH,2021,2550,CNY_100m,final,Test bulletin,"
    "https://example.org/test-bulletin,2023-03-01,invented revision\n"
    "ic_industry_scale,CN-SH,2022,3000,CNY_100m,final,Test bulletin,"
    "https://example.org/test-bulletin,2023-03-01,invented for the incremental test\n"
    "ic_industry_scale,CN-SH,2023,90000,CNY_100m,preliminary,Test bulletin,"
    "https://example.org/test-bulletin,2024-01-15,invented: 30x the year before\n"
    "nev_output,CN-XX,2022,1000,vehicles,final,Test bulletin,"
    "https://example.org/test-bulletin,2023-03-01,invented region\n"
)


def _ingest(database: Path, raw: Path) -> None:
    con = duckdb.connect(str(database))
    try:
        for table in ("documents", "indicators", "statistics"):
            report = sync_table(con, CONTRACTS[table], source_files(raw, table))
            assert not report.rejected, report.rejected
    finally:
        con.close()


def _build(database: Path, work: Path, *flags: str) -> None:
    """dbt's build of the statistics chain, without its tests (other tests hold those)."""
    _dbt(
        "build",
        database,
        work,
        "--select",
        "+path:models/marts/statistics",
        "--exclude-resource-type",
        "test",
        "--exclude-resource-type",
        "unit_test",
        *flags,
    )


def _dbt(command: str, database: Path, work: Path, *args: str, ok: bool = True) -> None:
    done = run_command(
        [
            str(DBT),
            command,
            "--project-dir",
            str(DBT_PROJECT_DIR),
            "--profiles-dir",
            str(DBT_PROJECT_DIR),
            "--target-path",
            str(work / "target"),
            "--log-path",
            str(work / "logs"),
            *args,
        ],
        {**isolated_env(work), "WAREHOUSE_BUILD_DB": str(database)},
    )
    assert (done.returncode == 0) == ok, done.stdout[-4000:] + done.stderr[-2000:]


def _test_failures(work: Path) -> dict[str, int]:
    """The failing rows of each data test in dbt's last run in `work`, by test name."""
    results = json.loads((work / "target" / "run_results.json").read_text(encoding="utf-8"))
    return {
        result["unique_id"].split(".")[2]: result["failures"] or 0 for result in results["results"]
    }


def _ran_incrementally(work: Path) -> bool:
    """Whether dbt's last build of the model took the incremental branch: its SQL kept
    only the series to rebuild, and appended them instead of creating the table."""
    target = work / "target"
    compiled = next((target / "compiled").rglob("int_statistics_as_of.sql")).read_text()
    run_sql = next((target / "run").rglob("int_statistics_as_of.sql")).read_text()
    return "(indicator_id, region) in (" in compiled and "insert into" in run_sql


def _rebuilt_series(database: Path) -> set[tuple[str, str]]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        rows = con.execute(
            "select indicator_id, region from intermediate.int_statistics_series_to_rebuild"
        ).fetchall()
        return set(rows)
    finally:
        con.close()


def _series_in(*files: Path) -> set[tuple[str, str]]:
    """The (indicator, region) series of raw CSV files, read as plain text."""
    series = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            indicator, region = line.split(",")[:2]
            series.add((indicator, region))
    return series


def _differences(incremental: Path, full: Path) -> dict[str, tuple[int, int]]:
    """Per model of the chain, rows only in the incremental build and only in the full."""
    con = duckdb.connect(str(incremental), read_only=True)
    try:
        con.execute(f"attach '{full}' as full_build (read_only)")
        differences = {}
        for model in CHAIN:
            one_way, other_way = (
                con.execute(
                    f"select count(*) from (select * from {a} except all select * from {b})"
                ).fetchone()[0]
                for a, b in ((model, f"full_build.{model}"), (f"full_build.{model}", model))
            )
            differences[model] = (one_way, other_way)
        return differences
    finally:
        con.close()


def _rows(database: Path, model: str = MODEL) -> int:
    return query(database, f"select count(*) from {model}")[0][0]


def _full_build_equals(incremental: Path, raw: Path, work: Path, *flags: str) -> int:
    """Build `raw` from scratch into a file of its own, with `flags`; assert every model
    of the chain equals the incremental build's, and return its as-of rows."""
    full = work / "full.duckdb"
    work.mkdir(parents=True)
    _ingest(full, raw)
    _build(full, work, "--full-refresh", *flags)
    assert _differences(incremental, full) == dict.fromkeys(CHAIN, (0, 0)), work.name
    assert _rows(full, "marts.fct_statistics") > 0
    return _rows(incremental)


def _series(database: Path, indicator: str, region: str) -> list[tuple]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(
            f"select period, value_std, quarantine_reason is not null, selection_rank "
            f"from {MODEL} where indicator_id = ? and region = ? order by period, published_on",
            [indicator, region],
        ).fetchall()
    finally:
        con.close()


def test_incremental_builds_equal_full_builds(raw_copy: Path, tmp_path: Path):
    incremental, work = tmp_path / "incremental.duckdb", tmp_path / "incremental"
    _ingest(incremental, raw_copy)
    _build(incremental, work, "--full-refresh")
    assert not _ran_incrementally(work)
    shipped_rows = _rows(incremental)

    def full_build_equals_incremental(case: str) -> int:
        return _full_build_equals(incremental, raw_copy, tmp_path / case)

    # A new file and a replaced one.
    (raw_copy / "statistics" / "test_bulletin.csv").write_text(BULLETIN, encoding="utf-8")
    replaced = raw_copy / "statistics" / "published_statistics_2021_2025.csv"
    text = replaced.read_text(encoding="utf-8")
    assert "ic_industry_scale,CN-SH,2021,2500," in text
    replaced.write_text(
        text.replace("ic_industry_scale,CN-SH,2021,2500,", "ic_industry_scale,CN-SH,2021,2600,"),
        encoding="utf-8",
    )
    _ingest(incremental, raw_copy)
    _build(incremental, work)
    assert _ran_incrementally(work)
    bulletin = raw_copy / "statistics" / "test_bulletin.csv"
    touched = _series_in(bulletin, replaced)
    assert _rebuilt_series(incremental) == touched
    assert len(touched) < len(_series_in(*(raw_copy / "statistics").glob("*.csv")))
    rows = full_build_equals_incremental("added_and_replaced")
    assert rows == shipped_rows + 4
    ic_2023 = [
        row for row in _series(incremental, "ic_industry_scale", "CN-SH") if row[0] == "2023"
    ]
    assert [row[2] for row in ic_2023] == [True]  # quarantined by a comparison across files
    assert _series(incremental, "nev_output", "CN-XX") == [("2022", 1000.0, False, 1)]
    selected_2021 = [
        r[1]
        for r in _series(incremental, "ic_industry_scale", "CN-SH")
        if r[0] == "2021" and r[3] == 1
    ]
    assert selected_2021 == [255.0]  # the bulletin's revision, in CNY_bn

    # A removed file: its series keep only what other files hold, or go.
    touched = _series_in(bulletin)
    bulletin.unlink()
    _ingest(incremental, raw_copy)
    _build(incremental, work)
    assert _ran_incrementally(work)
    assert _rebuilt_series(incremental) == touched
    assert full_build_equals_incremental("removed") == shipped_rows
    assert _series(incremental, "nev_output", "CN-XX") == []
    selected_2021 = [
        r[1]
        for r in _series(incremental, "ic_industry_scale", "CN-SH")
        if r[0] == "2021" and r[3] == 1
    ]
    assert selected_2021 == [260.0]  # the replaced file's figure again

    # The chain's data tests read the series this build computed again
    # (`where: "__rebuilt_series__"`): a duplicate in a rebuilt series fails them, one
    # in a series no changed file touched is not read (an earlier build tested it).
    assert ("ic_industry_scale", "CN-SH") in touched
    untouched = next(
        series
        for series in _series_in(*(raw_copy / "statistics").glob("*.csv"))
        if series not in touched
    )
    con = duckdb.connect(str(incremental))
    try:
        for indicator, region in (("ic_industry_scale", "CN-SH"), untouched):
            con.execute(
                "insert into marts.fct_statistics select * from marts.fct_statistics "
                "where indicator_id = ? and region = ? limit 1",
                [indicator, region],
            )
    finally:
        con.close()
    _dbt("test", incremental, work, "--select", "fct_statistics", ok=False)
    failures = _test_failures(work)
    assert failures["unique_fct_statistics_statistic_id"] == 1
    assert failures["unique_fct_statistics_indicator_id_region_period"] == 1
    assert failures["not_null_fct_statistics_value"] == 0


def _inputs(**changes) -> BuildInputs:
    base = {
        "raw_versions": {"statistics": "s1", "indicators": "i1", "targets": "t1"},
        "dbt_sources": "project",
        "as_of_date": "2026-12-01",
        "is_replay": False,
    }
    return BuildInputs(**(base | changes))


def test_only_a_statistics_change_allows_an_incremental_build():
    previous = BuildState(_inputs(), built_at=None, published_to=None, published_at=None)
    assert INCREMENTAL_ROWS_TABLE not in INCREMENTAL_CONTEXT_TABLES
    new_statistics = {"statistics": "s2", "indicators": "i1", "targets": "t2"}
    assert _inputs(raw_versions=new_statistics).allows_incremental(previous)
    assert _inputs().allows_incremental(previous)
    # a new day: the models rebuild the series with figures published in between
    assert _inputs(as_of_date="2026-12-02").allows_incremental(previous)
    refused = {
        "first build": (_inputs(), None),
        "indicators changed": (
            _inputs(raw_versions={"statistics": "s2", "indicators": "i2", "targets": "t1"}),
            previous,
        ),
        "project changed": (_inputs(dbt_sources="edited"), previous),
        "a replay": (_inputs(is_replay=True, as_of_date="2024-01-01"), previous),
        "after a replay": (
            _inputs(),
            BuildState(
                _inputs(is_replay=True), built_at=None, published_to=None, published_at=None
            ),
        ),
    }
    for case, (inputs, state) in refused.items():
        assert not inputs.allows_incremental(state), case


def test_only_raw_data_changed_leaves_what_it_does_not_feed_as_built():
    previous = BuildState(_inputs(), built_at=None, published_to=None, published_at=None)
    new_statistics = {"statistics": "s2", "indicators": "i1", "targets": "t1"}
    assert _inputs(raw_versions=new_statistics).changed_raw_only(previous) == {"statistics"}
    both = {"statistics": "s1", "indicators": "i2", "targets": "t2"}
    assert _inputs(raw_versions=both).changed_raw_only(previous) == {"indicators", "targets"}
    assert _inputs().changed_raw_only(previous) == set()  # built, never published
    refused = {
        "first build": (_inputs(), None),
        "a new day": (_inputs(as_of_date="2026-12-02"), previous),
        "project changed": (_inputs(dbt_sources="edited"), previous),
        "reader changed": (_inputs(reader_code="new"), previous),
        "a file newly rejected": (_inputs(rejections="r1"), previous),
        "a replay": (_inputs(is_replay=True), previous),
        "after a replay": (
            _inputs(),
            BuildState(
                _inputs(is_replay=True), built_at=None, published_to=None, published_at=None
            ),
        ),
    }
    for case, (inputs, state) in refused.items():
        assert inputs.changed_raw_only(state) is None, case


def test_a_new_reader_is_a_new_build_but_not_a_full_refresh(tmp_path):
    """The claims are read from the texts by the reader's code: a change to it makes the
    last build not current (and no base for a partial build), while the statistics
    chain, which does not read claims, may still update incrementally."""
    previous = BuildState(
        _inputs(reader_code="r1"), built_at=None, published_to=str(tmp_path), published_at=None
    )
    new_reader = _inputs(reader_code="r2")
    assert previous.is_current(_inputs(reader_code="r1"), tmp_path)
    assert not previous.is_current(new_reader, tmp_path)
    assert not new_reader.same_build_kind(previous.inputs)
    assert new_reader.allows_incremental(previous)


def test_a_new_as_of_date_rebuilds_the_series_published_in_between(raw_copy, tmp_path):
    """A build a day later sees the figures published since; a build as of an earlier
    date (a replay, by hand) no longer sees them. Both incremental, both equal to a full
    build as of the same date."""
    incremental, work = tmp_path / "incremental.duckdb", tmp_path / "incremental"
    _ingest(incremental, raw_copy)

    def as_of(day: str) -> list[str]:
        return ["--vars", f'{{"as_of_date": "{day}"}}']

    _build(incremental, work, "--full-refresh", *as_of("2022-06-30"))
    early = _rows(incremental)
    published = _series_in(*(raw_copy / "statistics").glob("*.csv"))
    for day, case in (("2024-06-30", "later"), ("2022-06-30", "earlier_again")):
        _build(incremental, work, *as_of(day))
        assert _ran_incrementally(work)
        rebuilt = _rebuilt_series(incremental)
        assert rebuilt and rebuilt < published, case  # some series, not all
        rows = _full_build_equals(incremental, raw_copy, tmp_path / case, *as_of(day))
        assert (rows > early) if case == "later" else (rows == early), case
