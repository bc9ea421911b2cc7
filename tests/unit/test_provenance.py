"""The shipped statistics name their pages: `make check-sources`'s rule, on raw/ and on a
fixture with every kind of gap."""

from __future__ import annotations

from datetime import date

from orchestration.domain.core.layout import RAW_DIR
from orchestration.domain.ingest.provenance import check_sources

HEADER = "indicator_id,region,period,value,unit,status,source,source_url,published_on,notes\n"


def test_every_shipped_statistic_names_its_page_date_and_number():
    assert [str(p) for p in check_sources(RAW_DIR)] == []


def test_gaps_are_named_by_file_row_and_column(tmp_path):
    folder = tmp_path / "raw" / "statistics"
    folder.mkdir(parents=True)
    (folder / "x.csv").write_text(
        HEADER
        + "ic_industry_scale,CN-SH,2021,2500,CNY_100m,final,A,https://a.example/1,2022-02-28,"
        + '"2,500 yi yuan"\n'
        + "ic_industry_scale,CN-SH,2022,2900,CNY_100m,final,A,,2023-02-28,stated 2900\n"
        + "ic_industry_scale,CN-SH,2023,3100,CNY_100m,final,A,https://a.example/2,2027-01-01,"
        + "stated 3100\n"
        + "ic_industry_scale,CN-SH,2024,3300,CNY_100m,final,A,https://a.example/3,2025-01-01,"
        + "a rise\n",
        encoding="utf-8",
    )
    problems = [str(p) for p in check_sources(tmp_path / "raw", today=date(2026, 12, 1))]
    assert problems == [
        "raw/statistics/x.csv, row 2, column 'source_url': no URL of the page",
        "raw/statistics/x.csv, row 3, column 'published_on': 2027-01-01 is after today",
        "raw/statistics/x.csv, row 4, column 'notes': does not quote the stated number '3300'",
    ]
