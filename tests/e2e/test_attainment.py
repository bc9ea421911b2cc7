"""Attainment on the shipped data: the statuses the seeds and statistics give, as of today
and as known on a past date, and the example query in docs/using.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import doc_section, query

LATEST = "marts.fct_target_attainment_latest"


def _latest(database: Path, target_id: str) -> dict:
    columns = [
        "status",
        "status_reason",
        "observed_period",
        "assessment_basis",
        "actual_value",
        "progress_ratio",
        "baseline_value",
        "target_value",
    ]
    rows = query(
        database, f"select {', '.join(columns)} from {LATEST} where target_id = ?", [target_id]
    )
    assert len(rows) == 1, target_id
    return dict(zip(columns, rows[0], strict=True))


def test_every_target_has_one_latest_row(built):
    database, _, _ = built
    assert query(database, f"select count(*), count(distinct target_id) from {LATEST}") == [
        (29, 29)
    ]


def test_ic_is_on_track_from_its_2021_figure(built):
    row = _latest(built[0], "amp_ic_scale_double_2025")
    assert row["status"] == "on_track"
    assert (row["observed_period"], row["assessment_basis"]) == ("2021", "full_year")
    assert (row["actual_value"], row["baseline_value"], row["target_value"]) == (250, 207, 414)
    assert row["progress_ratio"] == pytest.approx((250 / 207 - 1) / (2**0.2 - 1), abs=1e-6)


def test_ai_is_on_track(built):
    row = _latest(built[0], "amp_ai_scale_double_2025")
    assert (row["status"], row["actual_value"], row["target_value"]) == ("on_track", 280, 440)
    assert row["progress_ratio"] == pytest.approx((280 / 220 - 1) / (2**0.2 - 1), abs=1e-6)


def _nowcast(database: Path, target_id: str) -> dict:
    columns = ["nowcast_period", "nowcast_status", "nowcast_value", "nowcast_method"]
    columns += ["nowcast_confidence", "nowcast_months", "first_met_year"]
    sql = f"select {', '.join(columns)} from {LATEST} where target_id = ?"
    (row,) = query(database, sql, [target_id])
    return dict(zip(columns, row, strict=True))


def test_biomedicine_headline_is_2024_and_the_first_half_is_a_nowcast(built):
    row = _latest(built[0], "amp_biomedicine_scale_double_2025")
    assert row["status"] == "needs_acceleration"
    assert (row["observed_period"], row["assessment_basis"]) == ("2024", "full_year")
    assert row["actual_value"] == pytest.approx(984.702)
    expected = ((984.702 / 600) ** 0.25 - 1) / (2**0.2 - 1)
    assert row["progress_ratio"] == pytest.approx(expected, abs=1e-6)
    nowcast = _nowcast(built[0], "amp_biomedicine_scale_double_2025")
    assert nowcast["nowcast_period"] == "2025-01/2025-06"
    assert nowcast["nowcast_value"] == pytest.approx(500.566 * 2)
    # no 2024 first-half figure: linear pro rata, marked low confidence
    assert nowcast["nowcast_method"] == "linear_pro_rata_12_over_months"
    assert (nowcast["nowcast_confidence"], nowcast["nowcast_months"]) == ("low", 6)
    assert nowcast["nowcast_status"] == "needs_acceleration"
    assert nowcast["first_met_year"] is None
    # the year-to-date row itself, in the per-year mart, as before
    ((ratio, basis),) = query(
        built[0],
        "select progress_ratio, assessment_basis from marts.fct_target_attainment "
        "where target_id = 'amp_biomedicine_scale_double_2025' and observed_year = 2025",
    )
    assert basis == "annualised_year_to_date"
    assert ratio == pytest.approx(((500.566 * 2 / 600) ** 0.2 - 1) / (2**0.2 - 1), abs=1e-6)
    ((full_year, value, status),) = query(
        built[0],
        f"select latest_full_year, latest_full_year_value, latest_full_year_status from {LATEST} "
        "where target_id = 'amp_biomedicine_scale_double_2025'",
    )
    assert (full_year, value, status) == (2024, 984.702, "needs_acceleration")


def test_nev_output_met_in_2023_with_the_2025_year_to_date_as_a_nowcast(built):
    row = _latest(built[0], "amp_nev_output_2025")
    assert (row["status"], row["status_reason"]) == ("achieved", "the target is met in 2023")
    assert (row["observed_period"], row["assessment_basis"]) == ("2023", "full_year")
    assert row["actual_value"] == 1_286_800
    nowcast = _nowcast(built[0], "amp_nev_output_2025")
    assert nowcast["first_met_year"] == 2023
    # the latest year-to-date figure (January-September) is a nowcast, never read as a year
    assert (nowcast["nowcast_period"], nowcast["nowcast_confidence"]) == ("2025-01/2025-09", "low")
    assert nowcast["nowcast_value"] == pytest.approx(797_000 * 12 / 9)
    assert nowcast["nowcast_status"] == "needs_acceleration"
    ((attainment, partial, reason),) = query(
        built[0],
        "select attainment_ratio, partial_year_attainment_ratio, status_reason from "
        "marts.fct_target_attainment where target_id = 'amp_nev_output_2025' "
        "and observed_year = 2025",
    )
    assert attainment is None
    assert partial == pytest.approx(797_000 / 1_200_000)
    assert "annualised by linear pro rata (9 of 12 months, low confidence)" in reason


def test_software_has_its_baseline_year_and_a_year_to_date_nowcast_only(built):
    row = _latest(built[0], "amp_software_revenue_2025")
    assert row["status"] == "not_assessable"
    assert row["status_reason"] == (
        "no full-year figure after the baseline: see the year-to-date nowcast"
    )
    assert (row["observed_period"], row["baseline_value"]) == ("2021", 1260)
    nowcast = _nowcast(built[0], "amp_software_revenue_2025")
    assert nowcast["nowcast_period"] == "2025-01/2025-05"
    assert nowcast["nowcast_value"] == pytest.approx(690 * 12 / 5)


def test_targets_without_figures_say_no_data(built):
    rows = query(
        built[0], f"select target_id, status_reason from {LATEST} where observed_year is null"
    )
    assert len(rows) == 22
    assert {reason for _, reason in rows} == {"no data"}


def test_statistics_mart_keeps_every_vintage_and_selects_one(built):
    database = built[0]
    assert query(database, "select count(*) from marts.fct_statistic_vintages") == [(31,)]
    assert query(
        database,
        "select value, unit, status from marts.fct_statistics "
        "where indicator_id = 'ic_industry_scale' and period = '2021'",
    ) == [(250.0, "CNY_bn", "final")]


def test_as_known_before_the_2021_figures_were_published(built_as_of_2022_02_27):
    database = built_as_of_2022_02_27
    # The 2022 action plans (published 2022-07-08) are not known yet.
    assert query(database, f"select count(*) from {LATEST}") == [(13,)]
    row = _latest(database, "amp_ic_scale_double_2025")
    assert (row["status"], row["status_reason"]) == ("not_assessable", "one point only")
    assert query(database, f"select distinct as_of_date from {LATEST}") == query(
        database, "select date '2022-02-27'"
    )
    assert query(
        database, "select count(*) from marts.fct_statistics where published_on > '2022-02-27'"
    ) == [(0,)]


def test_readme_attainment_query_runs_and_answers(built):
    section = doc_section("docs/using.md", "Reading the attainment mart")
    sql = re.search(r"```sql\n(.*?)```", section, re.DOTALL).group(1)
    rows = query(built[0], sql)
    assert [(r[0], r[1]) for r in rows] == [
        ("amp_nev_output_2025", "achieved"),
        ("amp_ai_scale_double_2025", "on_track"),
        ("amp_ic_scale_double_2025", "on_track"),
        ("amp_biomedicine_scale_double_2025", "needs_acceleration"),
    ]


def test_coverage_says_why_a_target_cannot_be_assessed(built):
    database, _, first = built
    coverage = dict(query(database, "select target_id, coverage from marts.fct_target_coverage"))
    assert len(coverage) == 29
    assert coverage["amp_nev_output_2025"] == "assessable on 2023"
    assert coverage["amp_software_revenue_2025"] == "only year-to-date figures after the baseline"
    assert coverage["amp_industrial_investment_2025"] == "years missing from the cumulative span"
    assert coverage["amp_medical_devices_value_2025"] == "one full year only"
    assert coverage["ntp_metaverse_scale_2025"] == "no series published"
    assessable = sorted(t for t, c in coverage.items() if c.startswith("assessable"))
    assert assessable == [
        "amp_ai_scale_double_2025",
        "amp_biomedicine_scale_double_2025",
        "amp_ic_scale_double_2025",
        "amp_nev_output_2025",
    ]
    assert "4 of 29 targets assessable on a full-year figure" in first.stdout
