"""The raw contracts (Great Expectations suites behind blocking asset checks) through
dg.materialize of the ingest assets and their checks on a private build file: a broken
reference and a key repeated across files trip them, unchanged tables are not
revalidated."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from orchestration.defs.ingest import assets as ingest
from orchestration.defs.quality.raw_contract_checks import raw_contract_checks
from orchestration.defs.resources import EcbHistoryResource
from tests.conftest import drop_line, warehouse_resource

RAW_ASSETS = [ingest.documents, ingest.indicators, ingest.targets, ingest.statistics]
STATISTICS_FILE = "raw/statistics/published_statistics_2021_2025.csv"


def _check_results(
    raw_root: Path, database: Path, check_name: str = "raw_contracts"
) -> dict[str, dg.AssetCheckEvaluation]:
    result = dg.materialize(
        [*RAW_ASSETS, ingest.fx_rates, *raw_contract_checks],
        resources={
            "warehouse": warehouse_resource(database, raw_root),
            "ecb_history": EcbHistoryResource(),
        },
        instance=dg.DagsterInstance.ephemeral(),
        raise_on_error=False,
    )
    return {
        e.asset_key.path[-1]: e
        for e in result.get_asset_check_evaluations()
        if e.check_name == check_name
    }


def test_a_removed_indicator_trips_the_blocking_contract_check(raw_copy, tmp_path):
    database = tmp_path / "build.duckdb"
    first = _check_results(raw_copy, database)
    assert {table: e.passed for table, e in first.items()} == {
        "documents": True,
        "fx_rates": True,
        "indicators": True,
        "statistics": True,
        "targets": True,
    }
    # statistics.csv and targets.csv are unchanged, so the loader does not re-read them;
    # the contract check sees that they now name an indicator that no longer exists
    drop_line(raw_copy / "indicators.csv", "ai_industry_scale,")
    second = _check_results(raw_copy, database)

    statistics = second["statistics"]
    assert not statistics.passed and statistics.blocking
    assert statistics.severity == dg.AssetCheckSeverity.ERROR
    (failure,) = statistics.metadata["failures"].value
    assert failure.startswith("column 'indicator_id': expect_column_values_to_be_in_set")
    assert f"{STATISTICS_FILE}, row 3: 'ai_industry_scale'" in failure
    assert "raw/statistics/seed_document_baselines.csv, row 4: 'ai_industry_scale'" in failure
    assert not second["targets"].passed
    assert second["documents"].passed and second["indicators"].passed


def test_a_key_repeated_across_two_files_rejects_the_file_that_repeats_it(raw_copy, tmp_path):
    """The file that introduces the duplicate is rejected at ingest, naming both files,
    both rows and the key; everything else loads, and the contract (whose uniqueness
    expectation stays as a safety net) holds."""
    database = tmp_path / "build.duckdb"
    assert all(e.passed for e in _check_results(raw_copy, database, "files_accepted").values())
    lines = (raw_copy / "statistics" / "published_statistics_2021_2025.csv").read_text(
        encoding="utf-8"
    )
    header, first_row = lines.splitlines()[:2]
    (raw_copy / "statistics" / "copy.csv").write_text(f"{header}\n{first_row}\n", encoding="utf-8")
    accepted = _check_results(raw_copy, database, "files_accepted")
    statistics = accepted["statistics"]
    assert not statistics.passed and not statistics.blocking
    reason = statistics.metadata["rejected"].value["raw/statistics/copy.csv"]
    assert reason == f"duplicate key: {STATISTICS_FILE}, row 1 has the same key"
    assert all(accepted[t].passed for t in ("documents", "fx_rates", "indicators", "targets"))
    contracts = _check_results(raw_copy, database)
    assert contracts["statistics"].passed


def test_unchanged_tables_are_not_revalidated(raw_copy, tmp_path):
    database = tmp_path / "build.duckdb"
    _check_results(raw_copy, database)
    again = _check_results(raw_copy, database)
    assert all(e.passed for e in again.values())
    assert {e.metadata["revalidated"].value for e in again.values()} == {False}


def test_a_new_file_is_validated_alone_and_a_changed_reference_revalidates_all(raw_copy, tmp_path):
    database = tmp_path / "build.duckdb"
    _check_results(raw_copy, database)
    (raw_copy / "statistics" / "bulletin.csv").write_text(
        "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
        "ai_industry_scale,CN-SH,2022,300,CNY_bn,final,Test release,,2023-03-01\n"
        "ai_industry_scale,CN-SH,2023,330,CNY_bn,final,Test release,,2024-03-01\n",
        encoding="utf-8",
    )
    second = _check_results(raw_copy, database)
    statistics = second["statistics"]
    assert statistics.passed and statistics.metadata["revalidated"].value is True
    assert statistics.metadata["files_validated"].value == ["raw/statistics/bulletin.csv"]
    assert statistics.metadata["rows_validated"].value == 2
    assert {second[t].metadata["revalidated"].value for t in second if t != "statistics"} == {False}
    # the file removed: nothing left to read
    (raw_copy / "statistics" / "bulletin.csv").unlink()
    assert _check_results(raw_copy, database)["statistics"].metadata["revalidated"].value is False
    # a table it refers to changed: every row again
    drop_line(raw_copy / "indicators.csv", "ai_industry_scale,")
    statistics = _check_results(raw_copy, database)["statistics"]
    assert statistics.metadata["files_validated"].value == "all"
    assert not statistics.passed
