"""The raw loader: contracts enforced with file, row and column; incremental and lossless."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from orchestration.domain.ingest.contracts import (
    DOCUMENTS,
    FX_RATES,
    INDICATORS,
    STATISTICS,
    TARGETS,
)
from orchestration.domain.ingest.read import SourceFile
from orchestration.domain.ingest.sync import files_to_ingest, sync_table

HEADER = "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
GOOD_ROW = "ic_industry_scale,CN-SH,2021,2500,CNY_100m,final,CNR,http://x,2022-02-28\n"


@pytest.fixture
def con():
    connection = duckdb.connect()
    yield connection
    connection.close()


def _write(folder: Path, name: str, content: str | bytes) -> SourceFile:
    path = folder / "raw" / "statistics" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return SourceFile(path, f"raw/statistics/{name}")


def _sync(con, sources):
    return sync_table(con, STATISTICS, sources)


def _rows(con, sql):
    return con.execute(sql).fetchall()


def _two_files_loaded(con, tmp_path):
    """a.csv and b.csv, one good row each under different keys, loaded."""
    first = _write(tmp_path, "a.csv", HEADER + GOOD_ROW)
    second = _write(tmp_path, "b.csv", HEADER + GOOD_ROW.replace("2021", "2019"))
    _sync(con, [first, second])
    return first, second


@pytest.mark.parametrize(
    ("content", "row", "column", "reason"),
    [
        (
            HEADER
            + GOOD_ROW
            + "ic_industry_scale,CN-SH,2022,lots,CNY_100m,final,CNR,,2023-01-01\n",
            2,
            "value",
            "not a number",
        ),
        (
            HEADER + GOOD_ROW + "ic_industry_scale,CN-SH,2022,2900,CNY_mn,final,CNR,,2023-01-01\n",
            2,
            "unit",
            "unknown unit",
        ),
        (
            HEADER + GOOD_ROW + GOOD_ROW,
            2,
            "indicator_id, region, period, status, source, published_on",
            "duplicate key: same as row 1",
        ),
        (
            HEADER + GOOD_ROW + "ic_industry_scale,CN-SH,2022-Q5,1,CNY_bn,final,CNR,,2023-01-01\n",
            2,
            "period",
            "is not one of YYYY",
        ),
        (
            HEADER + "ic_industry_scale,CN-SH,2022,1,CNY_bn,final,CNR,,28/02/2023\n",
            1,
            "published_on",
            "not an ISO date",
        ),
        (
            HEADER + "ic_industry_scale,CN-SH,2022,1,CNY_bn,guess,CNR,,2023-02-28\n",
            1,
            "status",
            "must be one of final, preliminary, estimate, forecast",
        ),
        (
            HEADER
            + GOOD_ROW
            + "ic_industry_scale,CN-SH,2022,1,CNY_bn,final,CNR,,2023-02-28,extra\n",
            2,
            None,
            "malformed CSV: 10 fields where the header has 9",
        ),
        (
            HEADER + GOOD_ROW + "ic_industry_scale,CN-SH,2022,1,CNY_bn\n",
            2,
            "status",
            "malformed CSV: 5 fields where the header has 9",
        ),
        (
            HEADER.replace("unit,", "units,") + GOOD_ROW,
            0,
            "units",
            "unexpected column",
        ),
        (
            HEADER + "ic_industry_scale,CN-SH,2022,1,CNY_bn,final,CNR,,2999-01-01\n",
            1,
            "published_on",
            "is after today: a publication date cannot be in the future",
        ),
        (HEADER, 0, None, "file has a header but no data rows"),
        ("", 0, None, "file is empty"),
    ],
)
def test_bad_input_names_file_row_and_column(con, tmp_path, content, row, column, reason):
    source = _write(tmp_path, "bad.csv", content)
    report = _sync(con, [source])
    error = report.rejected["raw/statistics/bad.csv"]
    first = error.violations[0]
    assert (first.row, first.column) == (row, column)
    assert reason in first.reason
    message = str(error)
    assert message.startswith("raw/statistics/bad.csv")
    if row:
        assert f"row {row} (line {row + 1})" in message
    if column:
        assert f"column {column!r}" in message
    assert _rows(con, "select count(*) from raw.statistics") == [(0,)]
    recorded = _rows(
        con,
        "select source_file, row_number, column_name from quality.load_rejections order by 2",
    )
    assert recorded[0] == ("raw/statistics/bad.csv", row, column)


def test_a_key_in_two_files_rejects_the_later_name_naming_both(con, tmp_path):
    first = _write(tmp_path, "a.csv", HEADER + GOOD_ROW)
    second = _write(tmp_path, "b.csv", HEADER + GOOD_ROW.replace("2500", "2600"))
    report = _sync(con, [first, second])
    assert list(report.rejected) == ["raw/statistics/b.csv"]
    message = str(report.rejected["raw/statistics/b.csv"])
    assert message.startswith("raw/statistics/b.csv")
    assert "row 1 (line 2)" in message
    assert "column 'indicator_id, region, period, status, source, published_on'" in message
    assert "ic_industry_scale | CN-SH | 2021 | final | CNR | 2022-02-28" in message
    assert "duplicate key: raw/statistics/a.csv, row 1 has the same key" in message
    assert _rows(con, "select _source_file, value from raw.statistics") == [
        ("raw/statistics/a.csv", 2500.0)
    ]
    # a.csv changed to another key: b.csv no longer repeats one and loads
    first = _write(tmp_path, "a.csv", HEADER + GOOD_ROW.replace("2021", "2020"))
    assert _sync(con, [first, second]).rejected == {}


def test_utf8_with_a_byte_order_mark_and_crlf_loads(con, tmp_path):
    """What Excel's "CSV UTF-8" writes: a BOM, then CRLF line ends."""
    content = (HEADER + GOOD_ROW).replace("\n", "\r\n")
    source = _write(tmp_path, "excel.csv", b"\xef\xbb\xbf" + content.encode("utf-8"))
    report = _sync(con, [source])
    assert report.rejected == {}
    assert _rows(con, "select indicator_id, value, published_on from raw.statistics") == [
        ("ic_industry_scale", 2500.0, date(2022, 2, 28))
    ]


def test_not_utf8_names_line_and_column(con, tmp_path):
    latin1 = (HEADER + GOOD_ROW).encode() + (
        "ic_industry_scale,CN-SH,2022,1,CNY_bn,final,Stat Büro,,2023-02-28\n".encode("latin-1")
    )
    report = _sync(con, [_write(tmp_path, "latin.csv", latin1)])
    error = report.rejected["raw/statistics/latin.csv"]
    assert (error.violations[0].row, error.violations[0].column) == (2, "source")
    assert "not UTF-8" in str(error)
    assert "row 2 (line 3), column 'source'" in str(error)


def test_missing_required_value_and_all_problems_listed(con, tmp_path):
    content = (
        HEADER
        + "ic_industry_scale,CN-SH,2022,,CNY_bn,final,CNR,,2023-02-28\n"
        + "ic_industry_scale,CN-SH,2023,x,CNY_bn,final,CNR,,2024-02-28\n"
    )
    error = _sync(con, [_write(tmp_path, "gaps.csv", content)]).rejected["raw/statistics/gaps.csv"]
    assert [(v.row, v.column) for v in error.violations] == [(1, "value"), (2, "value")]
    assert "required value is missing" in error.violations[0].reason


def test_mixed_batch_rejects_only_the_bad_file(con, tmp_path):
    good = _write(tmp_path, "a_good.csv", HEADER + GOOD_ROW)
    bad = _write(tmp_path, "b_bad.csv", HEADER + GOOD_ROW.replace("2500", "n/a"))
    other = _write(tmp_path, "c_good.csv", HEADER + GOOD_ROW.replace("2021,2500", "2022,2900"))
    report = _sync(con, [good, bad, other])
    assert report.loaded == {"raw/statistics/a_good.csv": 1, "raw/statistics/c_good.csv": 1}
    assert list(report.rejected) == ["raw/statistics/b_bad.csv"]
    assert _rows(con, "select period, value from raw.statistics order by 1") == [
        ("2021", 2500.0),
        ("2022", 2900.0),
    ]


def test_rerun_unchanged_leaves_table_identical(con, tmp_path):
    sources = [_write(tmp_path, "a.csv", HEADER + GOOD_ROW)]
    _sync(con, sources)
    before = _rows(con, "select * from raw.statistics")
    report = _sync(con, sources)
    assert report.loaded == {} and report.unchanged == ["raw/statistics/a.csv"]
    assert _rows(con, "select * from raw.statistics") == before


def test_a_key_a_changed_file_gives_up_is_free_for_a_new_file_in_the_same_run(con, tmp_path):
    """The keys held are kept by hash through a run: a file replaced early in the run
    no longer holds its old keys for the files checked after it, and one loaded early
    holds its new ones."""
    first = _write(tmp_path, "a.csv", HEADER + GOOD_ROW)
    _sync(con, [first])
    _write(tmp_path, "a.csv", HEADER + GOOD_ROW.replace("2021", "2020"))
    second = _write(tmp_path, "b.csv", HEADER + GOOD_ROW)
    third = _write(tmp_path, "c.csv", HEADER + GOOD_ROW.replace("2021", "2020"))
    report = _sync(con, [first, second, third])
    assert sorted(report.loaded) == ["raw/statistics/a.csv", "raw/statistics/b.csv"]
    assert "duplicate key: raw/statistics/a.csv, row 1" in str(
        report.rejected["raw/statistics/c.csv"]
    )
    assert _rows(con, "select _source_file, period from raw.statistics order by 1") == [
        ("raw/statistics/a.csv", "2020"),
        ("raw/statistics/b.csv", "2021"),
    ]


def test_a_revision_that_takes_another_files_key_keeps_its_last_good_rows(con, tmp_path):
    """The clash is found after the revision's rows are inserted, inside its
    transaction: rolling it back brings the file's previous rows back."""
    first, second = _two_files_loaded(con, tmp_path)
    before = _rows(con, "select * from raw.statistics order by _source_file")
    _write(tmp_path, "b.csv", HEADER + GOOD_ROW.replace("2500", "2700"))
    report = _sync(con, [first, second])
    assert list(report.rejected) == ["raw/statistics/b.csv"]
    assert _rows(con, "select * from raw.statistics order by _source_file") == before


def test_changed_file_reloads_only_itself(con, tmp_path):
    first, second = _two_files_loaded(con, tmp_path)
    kept = _rows(con, "select * from raw.statistics where _source_file like '%b.csv'")
    _write(tmp_path, "a.csv", HEADER + GOOD_ROW.replace("2500", "2600"))
    report = _sync(con, [first, second])
    assert list(report.loaded) == ["raw/statistics/a.csv"]
    assert _rows(con, "select * from raw.statistics where _source_file like '%b.csv'") == kept
    assert _rows(con, "select value from raw.statistics where _source_file like '%a.csv'") == [
        (2600.0,)
    ]


def test_bad_revision_keeps_last_good_rows_and_removed_file_is_dropped(con, tmp_path):
    first, _ = _two_files_loaded(con, tmp_path)
    _write(tmp_path, "a.csv", HEADER + GOOD_ROW.replace("CNY_100m", "CNY_mn"))
    report = _sync(con, [first])
    assert list(report.rejected) == ["raw/statistics/a.csv"]
    assert report.removed == ["raw/statistics/b.csv"]
    assert _rows(con, "select period, unit from raw.statistics") == [("2021", "CNY_100m")]
    # Once fixed, the file loads and its rejection record is cleared.
    _write(tmp_path, "a.csv", HEADER + GOOD_ROW.replace("2500", "2550"))
    report = _sync(con, [first])
    assert report.loaded == {"raw/statistics/a.csv": 1}
    assert _rows(con, "select count(*) from quality.load_rejections") == [(0,)]


def test_optional_columns_and_defaults(con, tmp_path):
    header = "indicator_id,region,period,value,unit,source,published_on\n"
    source = _write(
        tmp_path,
        "short.csv",
        header + "nev_output,CN-SH,2025-01/2025-07,573000,vehicles,Xinhua,2025-09-05\n",
    )
    assert _sync(con, [source]).loaded == {"raw/statistics/short.csv": 1}
    assert _rows(con, "select status, document_id, notes from raw.statistics") == [
        ("final", None, None)
    ]


def test_target_rules(con, tmp_path):
    header = ",".join(c.name for c in TARGETS.columns) + "\n"
    path = tmp_path / "targets.csv"
    path.write_text(
        header
        + "t_ok,doc,ic_industry_scale,CN-SH,2025,>,multiple,2,ratio,,2020,,,ok\n"
        + "t_cum,doc,industrial_investment,CN-SH,2025,>,cumulative,850,CNY_bn,,,,,no span\n"
        + "t_mul,doc,ai_industry_scale,CN-SH,2025,>,multiple,2,CNY_bn,,,,,no baseline\n"
        + "t_alt,doc,industrial_investment,CN-SH,2025,>,level,850,CNY_bn,,,132,,half alt\n",
        encoding="utf-8",
    )
    error = sync_table(con, TARGETS, [SourceFile(path, "raw/targets.csv")]).rejected[
        "raw/targets.csv"
    ]
    found = {(v.row, v.column, v.reason) for v in error.violations}
    assert found == {
        (2, "span_start_year", "a cumulative target needs span_start_year"),
        (3, "baseline_year", "a multiple-of-baseline target needs baseline_year"),
        (3, "unit", "a multiple target's unit is ratio"),
        (4, "stated_alt_unit", "stated_alt_value and stated_alt_unit go together"),
    }


def test_unknown_indicator_or_document_names_file_row_and_column(con, tmp_path):
    indicators = tmp_path / "raw" / "indicators.csv"
    indicators.parent.mkdir(parents=True)
    indicators.write_text(
        "indicator_id,name,sector,measure,canonical_unit,direction,parent_indicator_id\n"
        "ic_industry_scale,IC,ic,scale,CNY_bn,increase,\n"
        "orphan,Orphan,x,scale,CNY_bn,increase,no_such_parent\n",
        encoding="utf-8",
    )
    report = sync_table(con, INDICATORS, [SourceFile(indicators, "raw/indicators.csv")])
    (violation,) = report.rejected["raw/indicators.csv"].violations
    assert (violation.row, violation.column, violation.value) == (
        2,
        "parent_indicator_id",
        "no_such_parent",
    )
    assert "unknown parent indicator: not in raw/indicators.csv" in violation.reason
    indicators.write_text(
        "indicator_id,name,sector,measure,canonical_unit,direction,parent_indicator_id\n"
        "ic_industry_scale,IC,ic,scale,CNY_bn,increase,\n",
        encoding="utf-8",
    )
    sync_table(con, INDICATORS, [SourceFile(indicators, "raw/indicators.csv")])
    documents = tmp_path / "raw" / "documents.csv"
    documents.write_text(
        "document_id,title,publisher,published_on,url,language,kind,notes\n"
        "plan,Plan,Shanghai,2021-07-05,,zh,plan,\n",
        encoding="utf-8",
    )
    sync_table(con, DOCUMENTS, [SourceFile(documents, "raw/documents.csv")])

    good = _write(tmp_path, "good.csv", HEADER + GOOD_ROW)
    bad = _write(
        tmp_path,
        "bad.csv",
        HEADER.replace("\n", ",document_id\n")
        + GOOD_ROW.replace("\n", ",\n")
        + "ic_scale_typo,CN-SH,2022,1,CNY_bn,final,CNR,,2023-02-28,\n"
        + "ic_industry_scale,CN-SH,2023,1,CNY_bn,final,CNR,,2024-02-28,no_such_document\n",
    )
    report = _sync(con, [good, bad])
    assert report.loaded == {"raw/statistics/good.csv": 1}
    error = report.rejected["raw/statistics/bad.csv"]
    found = [(v.row, v.column, v.value, v.reason) for v in error.violations]
    assert found == [
        (2, "indicator_id", "ic_scale_typo", "unknown indicator: not in raw/indicators.csv"),
        (3, "document_id", "no_such_document", "unknown document: not in raw/documents.csv"),
    ]
    assert "raw/statistics/bad.csv, row 2 (line 3), column 'indicator_id'" in str(error)


def test_value_ranges(con, tmp_path):
    path = tmp_path / "fx.csv"
    path.write_text(
        "date,base_currency,quote_currency,rate,source\n"
        "2021-09-09,USD,CNY,6.45,PBoC\n"
        "2021-09-10,USD,CNY,0,PBoC\n"
        "2021-09-13,USD,CNY,-6.4,PBoC\n",
        encoding="utf-8",
    )
    error = sync_table(con, FX_RATES, [SourceFile(path, "raw/fx/fx.csv")]).rejected["raw/fx/fx.csv"]
    assert [(v.row, v.column, v.value, v.reason) for v in error.violations] == [
        (2, "rate", "0", "must be above 0"),
        (3, "rate", "-6.4", "must be above 0"),
    ]


def _pending(con, sources):
    return files_to_ingest(con, {"statistics": sources})


def test_files_to_ingest_lists_exactly_what_a_sync_would_act_on(con, tmp_path):
    first = _write(tmp_path, "a.csv", HEADER + GOOD_ROW)
    second = _write(tmp_path, "b.csv", HEADER + GOOD_ROW.replace("2021", "2019"))
    # a table never created: everything is to load
    assert _pending(con, [first, second]) == ["raw/statistics/a.csv", "raw/statistics/b.csv"]
    _sync(con, [first, second])
    assert _pending(con, [first, second]) == []
    # a changed file, then a removed one
    _write(tmp_path, "a.csv", HEADER + GOOD_ROW.replace("2500", "2600"))
    assert _pending(con, [first, second]) == ["raw/statistics/a.csv"]
    _sync(con, [first, second])
    assert _pending(con, [first]) == ["raw/statistics/b.csv"]
    _sync(con, [first])
    assert _pending(con, [first]) == []


def test_a_file_rejected_with_its_current_bytes_is_settled(con, tmp_path):
    good = _write(tmp_path, "a.csv", HEADER + GOOD_ROW)
    _sync(con, [good])
    bad = _write(tmp_path, "b.csv", HEADER + GOOD_ROW.replace("2500", "lots"))
    assert _pending(con, [good, bad]) == ["raw/statistics/b.csv"]
    report = _sync(con, [good, bad])
    assert list(report.rejected) == ["raw/statistics/b.csv"]
    # the same bad bytes would be rejected again for the same reason: nothing to do
    assert _pending(con, [good, bad]) == []
    # a bad revision of a loaded file: its old rows stay, its new bytes stand rejected
    _write(tmp_path, "a.csv", HEADER + GOOD_ROW.replace("CNY_100m", "CNY_mn"))
    _sync(con, [good, bad])
    assert _pending(con, [good, bad]) == []
    # edited again, or gone with its rejection still recorded: work to do
    _write(tmp_path, "b.csv", HEADER + GOOD_ROW.replace("2021", "2018"))
    assert _pending(con, [good, bad]) == ["raw/statistics/b.csv"]
    assert _pending(con, [good]) == ["raw/statistics/b.csv"]
