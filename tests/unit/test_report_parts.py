"""The report's parts that need no warehouse: number formatting, the trajectory figure's
series, and reading Great Expectations' stored results."""

from __future__ import annotations

import json

from orchestration.domain.publish.report.charts import (
    LOCAL_SERIES,
    USD_SERIES,
    figure_json,
    trajectory_figure,
)
from orchestration.domain.publish.report.render import number
from orchestration.domain.quality.gx_results import latest_results


def test_numbers_read_as_a_reader_expects():
    assert number(1286800.0) == "1,286,800"
    assert number(984.702) == "984.7"
    assert number(6.453962) == "6.454"
    assert number(0.123456) == "0.1235"
    assert number(1001.13) == "1,001"
    assert number(0.00001234) == "0.00001234", "never scientific notation"
    assert number(None) == "" and number(float("nan")) == ""


ROWS = [
    {"year": 2020, "baseline_value": 600.0, "linear_path_value": 600.0, "actual_value": 600.0},
    {"year": 2021, "linear_path_value": 720.0, "actual_value": None},
    {
        "year": 2022,
        "linear_path_value": 840.0,
        "target_value": 840.0,
        "year_to_date_value": 400.0,
        "year_to_date_period": "2022-01/2022-06",
        "year_to_date_months": 6,
        "nowcast_value": 800.0,
    },
]


def test_figure_draws_only_series_with_values_and_keeps_gaps():
    figure = trajectory_figure(ROWS, LOCAL_SERIES, "billion yuan")
    names = [trace["name"] for trace in figure["data"]]
    assert names == [
        "Straight-line path",
        "Baseline",
        "Published figure (full year)",
        "Year to date (part of a year)",
        "Nowcast (year to date projected to the year)",
        "Target",
    ]
    actual = figure["data"][2]
    assert list(actual["y"]) == [600.0, None, None], "a missing year is a gap, not a line"
    year_to_date = figure["data"][3]
    assert year_to_date["mode"] == "markers", "a part of a year is never joined to the years"
    assert year_to_date["text"][2] == "2022-01/2022-06 (6 of 12 months)"
    assert figure["layout"]["yaxis"]["title"]["text"] == "billion yuan"


def test_usd_figure_reads_the_usd_columns_and_inlines_safely():
    rows = [{"year": 2025, "target_value_usd": 185.9}]
    figure = trajectory_figure(rows, USD_SERIES, "billion US dollars")
    assert [t["name"] for t in figure["data"]] == ["Target"]
    hostile = [{"year": 2021, "actual_value": 1.0, "source": "<!--<script>&", "published_on": "x"}]
    text = figure_json(trajectory_figure(hostile, LOCAL_SERIES, "u"))
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c!--\\u003cscript\\u003e\\u0026, published x" in text
    assert json.loads(text)["data"][0]["text"] == ["<!--<script>&, published x"]


def _result(path, suite, run_time, success):
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "suite_name": suite,
                "success": success,
                "statistics": {"evaluated_expectations": 2, "unsuccessful_expectations": 1},
                "meta": {
                    "active_batch_definition": {"data_asset_name": "raw.targets"},
                    "run_id": {"run_time": run_time},
                },
                "results": [
                    {
                        "success": False,
                        "expectation_config": {
                            "type": "expect_column_values_to_not_be_null",
                            "kwargs": {"column": "target_id"},
                        },
                        "result": {"unexpected_count": 1, "partial_unexpected_list": [None]},
                    },
                    {
                        "success": True,
                        "expectation_config": {
                            "type": "expect_compound_columns_to_be_unique",
                            "kwargs": {"column_list": ["target_id", "region"]},
                        },
                        "result": {"observed_value": 0},
                    },
                ],
            }
        )
    )


def test_latest_gx_result_per_suite(tmp_path):
    suite = tmp_path / "raw" / "targets contract" / "__none__"
    _result(suite / "20261130T100000Z" / "a.json", "raw.targets contract", "old", True)
    _result(suite / "20261201T100000Z" / "a.json", "raw.targets contract", "new", False)
    (result,) = latest_results(tmp_path)
    assert (result.suite, result.run_time, result.success, result.failed) == (
        "raw.targets contract",
        "new",
        False,
        1,
    )
    first, second = result.expectations
    assert (first.column, first.success, first.observed) == (
        "target_id",
        False,
        "1 unexpected (e.g. None)",
    )
    assert (second.column, second.observed) == ("target_id, region", "0")
    assert latest_results(tmp_path / "missing") == []
