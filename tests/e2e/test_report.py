"""The offline report, opened in a real headless Chromium from the file system: every
page loads with no console error and no network request, every chart draws the points
the trajectory mart holds, and the status filter works. Screenshots are kept under
tests/artifacts/ (git-ignored); docs/images/report_target.png is the README's."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from orchestration.domain.core.layout import PROJECT_ROOT, WarehouseLayout
from orchestration.domain.publish.report import queries, write_report
from tests.browser import chromium_page
from tests.conftest import doc_section, query

ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"

# Legend name -> the trajectory column the series draws (one point per non-null value).
LOCAL_SERIES = {
    "Straight-line path": "linear_path_value",
    "Constant-growth path": "growth_path_value",
    "Baseline": "baseline_value",
    "Published figure (full year)": "actual_value",
    "Sum to date, years missing (lower bound)": "incomplete_sum_value",
    "Year to date (part of a year)": "year_to_date_value",
    "Nowcast (year to date projected to the year)": "nowcast_value",
    "Target": "target_value",
}
USD_SERIES = {
    "Straight-line path": "linear_path_value_usd",
    "Constant-growth path": "growth_path_value_usd",
    "Baseline": "baseline_value_usd",
    "Published figure (full year)": "actual_value_usd",
    "Nowcast (year to date projected to the year)": "nowcast_value_usd",
    "Target": "target_value_usd",
    "Published figure at each year's average rate": "actual_value_usd_current",
}

RENDERED_POINTS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(
    div => Object.fromEntries(div.data.map((trace, i) => [
        trace.name,
        div.querySelectorAll('.scatterlayer .trace')[i].querySelectorAll('path.point').length,
    ])))"""


def _expected_points(published: Path, target_id: str, series: dict[str, str]) -> dict[str, int]:
    counts = ", ".join(f"count({column})" for column in series.values())
    with duckdb.connect(str(published), read_only=True) as con:
        row = con.execute(
            f"select {counts} from marts.fct_target_trajectory where target_id = ?", [target_id]
        ).fetchone()
    return {name: n for name, n in zip(series, row, strict=True) if n}


@pytest.fixture(scope="module")
def report(built) -> tuple[Path, Path]:
    database, _env, output = built
    layout = WarehouseLayout.in_folder(database.parent.parent)
    index = layout.report_dir / "index.html"
    assert f"Report (open in a browser; works offline): {index}" in output.stdout
    return layout.report_dir, layout.published_db


def test_every_page_loads_offline_and_every_chart_draws_the_marts_points(report):
    folder, published = report
    with duckdb.connect(str(published), read_only=True) as con:
        targets = con.execute(
            "select target_id, currency is not null from marts.fct_target_attainment_latest "
            "left join marts.dim_targets_usd using (target_id) order by 1"
        ).fetchall()
    assert len(targets) == 29
    for page_file in folder.rglob("*.html"):
        text = page_file.read_text()
        assert 'src="http' not in text and 'stylesheet" href="http' not in text, page_file
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium_page() as (page, problems):
        for name in ("index.html", "quality.html"):
            page.goto((folder / name).as_uri())
            page.screenshot(path=ARTIFACTS / f"report_{name}.png", full_page=True)
        for target_id, is_money in targets:
            page.goto((folder / "targets" / f"{target_id}.html").as_uri())
            page.wait_for_selector(".js-plotly-plot .scatterlayer")
            rendered = page.evaluate(RENDERED_POINTS)
            expected = [_expected_points(published, target_id, LOCAL_SERIES)]
            if is_money:
                expected.append(_expected_points(published, target_id, USD_SERIES))
            assert rendered == expected, target_id
            if target_id == "amp_biomedicine_scale_double_2025":
                page.screenshot(path=ARTIFACTS / f"report_{target_id}.png", full_page=True)
    assert problems == []


def test_biomedicine_page_shows_its_figures_sources_issues_and_dollars(report):
    folder, _published = report
    text = (folder / "targets" / "amp_biomedicine_scale_double_2025.html").read_text()
    # the two 2021 vintages, the later one used; the forecast never used as an actual
    assert "7,000 hundred million yuan (yi yuan)" in text
    assert "7,617 hundred million yuan (yi yuan)" in text
    assert "no: a forecast, never an actual" in text
    assert "conflicting_figures" in text and "missing_statistics" in text
    assert "Target 185.9 billion US dollars at 6.454 CNY per dollar" in text
    nev = (folder / "targets" / "amp_nev_output_2025.html").read_text()
    assert "Not a money target: no dollar view." in nev


def test_the_status_filter_narrows_the_table(report):
    folder, _published = report
    with chromium_page() as (page, problems):
        page.goto((folder / "index.html").as_uri())
        assert page.inner_text("#shown") == "29 of 29 targets"
        page.select_option("select[name=status]", "achieved")
        assert page.inner_text("#shown") == "1 of 29 targets"
        visible = page.locator("#targets tbody tr:not([hidden])")
        assert visible.count() == 1
        assert "amp_nev_output_2025" in visible.inner_text()
        page.select_option("select[name=status]", "")
        page.select_option("select[name=sector]", "metaverse")
        assert page.inner_text("#shown") == "5 of 29 targets"
    assert problems == []


def test_quality_page_holds_the_domain_issues_and_every_raw_contract(report):
    folder, _published = report
    text = (folder / "quality.html").read_text()
    assert "Domain checks (quality.dq_issues): 20 issues" in text
    for table in ("documents", "fx_rates", "indicators", "statistics", "targets"):
        assert f"raw.{table} contract" in text
    assert "Rejected raw files (quality.load_rejections): 0" in text


def test_docs_trajectory_query_draws_biomedicine(report):
    _folder, published = report
    section = doc_section("docs/using.md", "The report and the trajectory mart")
    sql = re.search(r"```sql\n(.*?)```", section, re.DOTALL).group(1)
    rows = query(published, sql)
    assert [r[0] for r in rows] == [2020, 2021, 2022, 2023, 2024, 2025]
    assert [round(r[1]) for r in rows] == [600, 720, 840, 960, 1080, 1200]
    assert rows[4][3] == pytest.approx(984.702) and rows[2][3] is None
    assert rows[5][4] is not None and rows[5][5] is not None, "2025: year to date + nowcast"
    assert rows[5][6] == 1200 and {r[7] for r in rows} == {"CNY_bn"}


def test_a_page_is_rendered_again_only_when_what_it_shows_changed(built, tmp_path):
    """The report copies a page whose rows did not change; a copied page is byte for
    byte the page a fresh render gives."""
    database, _env, _output = built
    layout = WarehouseLayout.in_folder(database.parent.parent)
    published = tmp_path / "warehouse.duckdb"
    shutil.copyfile(layout.published_db, published)
    report = tmp_path / "report"

    first = write_report(published, layout.gx_validations_dir, report)
    assert (first.target_pages, first.pages_rendered, first.pages_reused) == (29, 29, 0)
    again = write_report(published, layout.gx_validations_dir, report)
    assert (again.pages_rendered, again.pages_reused) == (0, 29)

    with duckdb.connect(str(published)) as con:
        con.execute(
            "update marts.fct_target_trajectory set actual_value = actual_value + 1 "
            "where target_id = 'amp_ai_scale_double_2025' and actual_value is not null"
        )
    changed = write_report(published, layout.gx_validations_dir, report)
    assert (changed.pages_rendered, changed.pages_reused) == (1, 28)

    # a figure's note: every page of that figure's series, and only those
    with duckdb.connect(str(published)) as con:
        (series_pages,) = con.execute(
            "select count(*) from marts.fct_target_attainment_latest "
            "where indicator_id = 'ic_industry_scale' and region = 'CN-SH'"
        ).fetchone()
        con.execute(
            "update marts.fct_statistic_vintages set notes = 'corrected' "
            "where indicator_id = 'ic_industry_scale' and region = 'CN-SH' and period = '2021'"
        )
    assert series_pages >= 1
    figure_changed = write_report(published, layout.gx_validations_dir, report)
    assert (figure_changed.pages_rendered, figure_changed.pages_reused) == (
        series_pages,
        29 - series_pages,
    )

    fresh = write_report(published, layout.gx_validations_dir, tmp_path / "fresh")
    assert fresh.pages_rendered == 29
    pages = sorted(path.name for path in (report / "targets").iterdir())
    assert len(pages) == 29
    for name in pages:
        assert (report / "targets" / name).read_bytes() == (
            tmp_path / "fresh" / "targets" / name
        ).read_bytes(), name


def test_pages_are_the_same_whatever_the_series_read_per_query(built, tmp_path, monkeypatch):
    """Trajectories and figures are read a batch of series at a time (at 50M statistics
    rows, every trajectory at once took the build to 8.1 GB): one series per batch gives
    the same pages, byte for byte, as one batch of all."""
    database, _env, _output = built
    layout = WarehouseLayout.in_folder(database.parent.parent)
    whole = write_report(layout.published_db, layout.gx_validations_dir, tmp_path / "whole")
    monkeypatch.setattr(queries, "SERIES_PER_QUERY", 1)
    one = write_report(layout.published_db, layout.gx_validations_dir, tmp_path / "one")
    assert whole.pages_rendered == one.pages_rendered == 29
    names = sorted(path.name for path in (tmp_path / "whole" / "targets").iterdir())
    assert names == sorted(path.name for path in (tmp_path / "one" / "targets").iterdir())
    for name in names:
        assert (tmp_path / "one" / "targets" / name).read_bytes() == (
            tmp_path / "whole" / "targets" / name
        ).read_bytes(), name
