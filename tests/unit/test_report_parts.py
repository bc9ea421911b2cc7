"""The report's parts that need no warehouse: number formatting, the trajectory figure's
series, and reading Great Expectations' stored results."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest

from orchestration.domain.publish.report import queries
from orchestration.domain.publish.report.charts import (
    LOCAL_SERIES,
    USD_SERIES,
    figure_json,
    trajectory_figure,
)
from orchestration.domain.publish.report.queries import iter_figures, read_trajectories
from orchestration.domain.publish.report.render import environment, figure_rows, number
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


def _through_plotly_objects(rows: list[dict], series, unit_label: str) -> dict:
    """The same figure built with plotly.graph_objects, validated: the oracle."""
    import plotly.graph_objects as go

    figure = go.Figure()
    for trace in trajectory_figure(rows, series, unit_label)["data"]:
        figure.add_trace(go.Scatter(**{k: v for k, v in trace.items() if k != "type"}))
    layout = dict(trajectory_figure(rows, series, unit_label)["layout"])
    layout["template"] = "plotly_white"
    figure.update_layout(**layout)
    return figure.to_plotly_json()


def test_figure_dicts_are_what_plotly_itself_builds():
    rows = [*ROWS, {"year": 2023, "actual_value": 900.0, "source": "S", "published_on": "d"}]
    usd_rows = [{f"{k}_usd": v for k, v in row.items()} | {"year": row["year"]} for row in rows]
    for data, series, unit in (
        (rows, LOCAL_SERIES, "billion yuan"),
        (usd_rows, USD_SERIES, "billion US dollars"),
    ):
        ours = trajectory_figure(data, series, unit)
        assert len(ours["data"]) >= 5, "the case draws most series"
        theirs = _through_plotly_objects(data, series, unit)
        assert json.loads(figure_json(ours)) == json.loads(figure_json(theirs))


def _result(path, suite, run_time, success, reverse=False):
    """A stored GX result of two expectations, the first failed unless `success`; in
    reverse order if asked (GX may list a result out of its place)."""
    results = [
        {
            "success": success,
            "expectation_config": {
                "type": "expect_column_values_to_not_be_null",
                "kwargs": {"column": "target_id"},
            },
            "result": {
                "unexpected_count": 0 if success else 1,
                "partial_unexpected_list": [] if success else [None],
            },
        },
        {
            "success": True,
            "expectation_config": {
                "type": "expect_compound_columns_to_be_unique",
                "kwargs": {"column_list": ["target_id", "region"]},
            },
            "result": {"observed_value": 0},
        },
    ]
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
                "results": results[::-1] if reverse else results,
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


def test_a_run_in_parts_is_read_back_as_one_result(tmp_path):
    """A large table is validated in parts (gx_contracts.PART_ROWS), each stored under its
    own run name at the run's one time: the latest run is the latest time, whatever the
    run names (an older run's "part 0003" sorts after "part 0002"), and its parts are added
    up, a rule failed in one part failing the whole."""
    suite = tmp_path / "raw" / "targets contract"
    for part, success in (("part 0001", True), ("part 0002", False)):
        path = suite / part / "20261201T100000Z" / "a.json"
        _result(path, "raw.targets contract", "new", success, reverse=part == "part 0002")
    _result(
        suite / "part 0003" / "20261130T100000Z" / "a.json", "raw.targets contract", "old", True
    )
    (result,) = latest_results(tmp_path)
    assert (result.run_time, result.success, result.evaluated, result.failed) == (
        "new",
        False,
        2,
        1,
    )
    first, second = result.expectations
    assert (first.success, first.observed) == (False, "1 unexpected (e.g. None)")
    assert (second.success, second.observed) == (True, "0")


def _issues_database() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("create schema quality; create schema marts")
    con.execute(
        "create table quality.dq_issues as select *, 'i' || row_number() over () as issue_id "
        "from (values "
        "('warn', 'a', 't1'), ('warn', 'b', 'ind|CN-SH|2021'), "
        "('warn', 'c', 'ind|CN-SH'), "  # no period: not a figure of the series
        "('warn', 'd', 't2'), "
        "('warn', 'e', 'ind|CN-SH-X|2021'), "  # another region that starts alike
        "('error', 'f', 'ind|CN-SH|2022-01/2022-06'), "
        "('warn', 'b', 'ind|CN-SH|2021')"  # the same issue twice: listed, and counted, twice
        ") as v(severity, check_name, entity_id)"
    )
    con.execute(
        "create table marts.fct_target_attainment_latest as select * from (values "
        "('t1', 'ind', 'CN-SH'), ('t2', 'ind', 'CN-SH-X'), ('t3', 'x', 'y')"
        ") as v(target_id, indicator_id, region)"
    )
    return con


def test_a_targets_issues_are_its_own_and_its_series_in_dq_issues_order():
    from orchestration.domain.publish.report.queries import read_issues

    con = _issues_database()
    issues = read_issues(con, ["t1", "t3"])
    assert [(i["check_name"], i["entity_id"]) for i in issues["t1"]] == [
        ("f", "ind|CN-SH|2022-01/2022-06"),  # error sorts before warn, as quality.html lists
        ("a", "t1"),
        ("b", "ind|CN-SH|2021"),
        ("b", "ind|CN-SH|2021"),
    ]
    assert set(issues["t1"][0]) == {"severity", "check_name", "entity_id", "issue_id"}
    assert "t3" not in issues
    assert read_issues(con, []) == {}


def test_a_targets_issue_key_changes_with_its_own_issues_only():
    from orchestration.domain.publish.report.queries import ISSUE_KEYS_SQL

    con = _issues_database()
    before = dict((t, (d, n)) for t, d, n in con.execute(ISSUE_KEYS_SQL).fetchall())
    assert before["t1"][1] == 4 and before["t2"][1] == 2 and "t3" not in before
    con.execute("delete from quality.dq_issues where issue_id = 'i7'")
    after = dict((t, (d, n)) for t, d, n in con.execute(ISSUE_KEYS_SQL).fetchall())
    assert after["t1"] != before["t1"]  # one of two identical issues gone: no xor cancel
    assert after["t2"] == before["t2"]


# The figures table as the target template rendered it in a loop, before figure_rows
# took its place: the rows it writes must stay the same, byte for byte.
TEMPLATE_LOOP = (
    "<tbody>\n"
    "{% for f in figures %}\n"
    '<tr{% if not f.is_selected %} class="superseded"{% endif %}>\n'
    "  <td>{{ f.period }}</td>\n"
    "  <td>{{ f.value | number }} {{ unit_labels.get(f.unit, f.unit) }}</td>\n"
    "  <td>{{ f.reported_value | number }} {{ unit_labels.get(f.reported_unit,"
    " f.reported_unit) }}</td>\n"
    "  <td>{{ f.status }}</td>\n"
    '  <td>{% if f.source_url and f.source_url.startswith(("http://", "https://"))'
    ' %}<a href="{{ f.source_url }}" rel="noreferrer">{{ f.source }}</a>{% else %}{{'
    " f.source }}{% endif %}</td>\n"
    "  <td>{{ f.published_on | when }}</td>\n"
    "  <td>{{ f.vintage_number }} of {{ f.vintage_count }}</td>\n"
    "  <td>{% if f.quarantine_reason %}quarantined: {{ f.quarantine_reason }}{% elif"
    " f.is_selected %}yes{% elif f.status == 'forecast' %}no: a forecast, never an"
    " actual{% else %}superseded{% endif %}</td>\n"
    "</tr>\n"
    "{% endfor %}\n"
    "</tbody>"
)


def test_figure_rows_are_what_the_template_loop_wrote():
    figures = [
        {
            "period": "2025-01/2025-10",
            "value": 269.823,
            "unit": "CNY_bn",
            "reported_value": 2698.23,
            "reported_unit": "CNY_100m",
            "status": "preliminary",
            "source": "Bureau <of> Statistics & Co",
            "source_url": "https://example.org/a?b=1&c=2",
            "published_on": date(2025, 11, 20),
            "vintage_number": 1,
            "vintage_count": 2,
            "quarantine_reason": None,
            "is_selected": True,
        },
        {
            "period": "2024",
            "value": 1286800.0,
            "unit": "vehicles",
            "reported_value": 128.68,
            "reported_unit": "vehicles_10k",
            "status": "forecast",
            "source": "a plan",
            "source_url": "raw/statistics/x.csv",
            "published_on": None,
            "vintage_number": 2,
            "vintage_count": 2,
            "quarantine_reason": None,
            "is_selected": False,
        },
        {
            "period": "2023",
            "value": None,
            "unit": "pct",
            "reported_value": 0.00001234,
            "reported_unit": "unknown_unit",
            "status": "final",
            "source": "x",
            "source_url": None,
            "published_on": date(2024, 1, 2),
            "vintage_number": 1,
            "vintage_count": 1,
            "quarantine_reason": 'unit "pct" <is not> the indicator\'s',
            "is_selected": False,
        },
        {
            "period": "2022",
            "value": 12.5,
            "unit": "pct",
            "reported_value": 12.5,
            "reported_unit": "pct",
            "status": "final",
            "source": "y",
            "source_url": "http://example.org",
            "published_on": date(2023, 3, 1),
            "vintage_number": 1,
            "vintage_count": 1,
            "quarantine_reason": None,
            "is_selected": False,
        },
    ]
    labels = {"CNY_bn": "billion yuan", "CNY_100m": "100 million yuan", "pct": "%"}
    looped = environment().from_string(TEMPLATE_LOOP).render(figures=figures, unit_labels=labels)
    assert "<tbody>\n" + str(figure_rows(figures, labels)) + "</tbody>" == looped
    assert "&lt;of&gt; Statistics &amp; Co" in looped and 'class="superseded"' in looped


def test_figure_rows_escape_values_by_type_as_well_as_value():
    row = {
        "period": "2024",
        "value": 1.0,
        "unit": "pct",
        "reported_value": 1.0,
        "reported_unit": "pct",
        "status": "final",
        "source": "x",
        "source_url": None,
        "published_on": None,
        "vintage_number": 1,
        "vintage_count": 1.0,
        "quarantine_reason": None,
        "is_selected": True,
    }
    looped = environment().from_string(TEMPLATE_LOOP).render(figures=[row], unit_labels={})
    assert "<tbody>\n" + str(figure_rows([row], {})) + "</tbody>" == looped
    assert "1 of 1.0" in looped


@pytest.mark.parametrize("series_per_query", [1, 2, 1000])
def test_figures_stream_one_series_at_a_time_across_batches(
    tmp_path, monkeypatch, series_per_query
):
    """In the pages' order (indicator, then region: a_b sorts after a, though "a_b|X"
    sorts before "a|X" as text), whatever the batches of rows and of series per query."""
    monkeypatch.setattr(queries, "SERIES_PER_QUERY", series_per_query)
    database = tmp_path / "published.duckdb"
    con = duckdb.connect(str(database))
    con.execute("create schema marts")
    con.execute(
        "create table marts.fct_statistic_vintages as select * from (values "
        "('a', 'X', date '2024-01-01', date '2024-12-31', 2, 11.0), "
        "('a', 'X', date '2024-01-01', date '2024-12-31', 1, 10.0), "
        "('a', 'Y', date '2023-01-01', date '2023-12-31', 1, 7.0), "
        "('b', 'X', date '2022-01-01', date '2022-12-31', 1, 5.0), "
        "('a', 'X', date '2023-01-01', date '2023-12-31', 1, 9.0), "
        "('a_b', 'X', date '2021-01-01', date '2021-12-31', 1, 4.0)) "
        "t(indicator_id, region, period_start_date, period_end_date, vintage_number, value)"
    )
    wanted = {("a", "X"), ("a_b", "X"), ("b", "X"), ("c", "Z")}  # c|Z holds no figure
    streamed = [
        (series, [(row["period_start_date"].year, row["vintage_number"]) for row in rows])
        for series, rows in iter_figures(con, wanted, batch=2)
    ]
    assert streamed == [
        (("a", "X"), [(2023, 1), (2024, 1), (2024, 2)]),
        (("a_b", "X"), [(2021, 1)]),
        (("b", "X"), [(2022, 1)]),
    ]
    assert list(iter_figures(con, set())) == []


def test_trajectories_are_read_for_the_targets_asked_in_year_order():
    con = duckdb.connect()
    con.execute("create schema marts")
    con.execute(
        "create table marts.fct_target_trajectory as select * from (values "
        "('t1', 2022, 3.0), ('t2', 2021, 1.0), ('t1', 2021, 2.0), ('t3', 2021, 9.0)) "
        "t(target_id, year, actual_value)"
    )
    read = read_trajectories(con, ["t1", "t2", "t4"])  # t4 has no row
    assert {
        target: [(row["year"], row["actual_value"]) for row in rows]
        for target, rows in read.items()
    } == {
        "t1": [(2021, 2.0), (2022, 3.0)],
        "t2": [(2021, 1.0)],
    }
    assert read_trajectories(con, []) == {}


def test_a_trajectory_digest_changes_with_a_value_or_a_column_name_not_the_row_order():
    from orchestration.domain.publish.report import _page_key
    from orchestration.domain.publish.report.queries import (
        DIGESTED_COLUMNS_SQL,
        TRAJECTORY_KEYS_SQL,
        ReportData,
    )

    con = duckdb.connect()
    con.execute("create schema marts")

    def keys(rows: str, columns: str = "target_id, year, linear_path_value") -> tuple:
        con.execute(
            f"create or replace table marts.fct_target_trajectory as "
            f"select * from (values {rows}) t({columns})"
        )
        return dict(con.execute(TRAJECTORY_KEYS_SQL).fetchall()), con.execute(
            DIGESTED_COLUMNS_SQL
        ).fetchall()

    base, columns = keys("('t1', 2021, 1.0), ('t1', 2022, 2.0), ('t2', 2021, 5.0)")
    reordered, _ = keys("('t1', 2022, 2.0), ('t2', 2021, 5.0), ('t1', 2021, 1.0)")
    changed, _ = keys("('t1', 2021, 1.0), ('t1', 2022, 2.5), ('t2', 2021, 5.0)")
    assert reordered == base and set(base) == {"t1", "t2"}
    assert changed["t1"] != base["t1"] and changed["t2"] == base["t2"]
    # a renamed column hashes the same values alike; the page key takes the names too
    renamed, renamed_columns = keys(
        "('t1', 2021, 1.0), ('t1', 2022, 2.0), ('t2', 2021, 5.0)",
        "target_id, year, growth_path_value",
    )
    assert renamed == base and renamed_columns != columns
    target = {"target_id": "t1", "indicator_id": "i", "region": "r"}
    page_keys = [
        _page_key("code", ReportData(trajectory_keys=found, digested_columns=names), target, {})
        for found, names in ((base, columns), (renamed, renamed_columns))
    ]
    assert page_keys[0] != page_keys[1]
