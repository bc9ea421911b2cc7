"""The quality layer: the raw contracts (Great Expectations, blocking asset checks) and the
domain checks feeding quality.dq_issues, on fixtures that must trip them and on the
shipped data, which must not (beyond the statistics that really are missing)."""

from __future__ import annotations

import re
import shutil

import pytest

from orchestration.defs.ingest import assets as ingest
from orchestration.domain.core.layout import RAW_DIR, WarehouseLayout
from orchestration.domain.quality.gx_results import latest_results
from tests.conftest import doc_section, drop_line, isolated_env, query, run_build
from tests.e2e.conftest import copy_of_built

RAW_ASSETS = [ingest.documents, ingest.indicators, ingest.targets, ingest.statistics]
STATISTICS_FILE = "raw/statistics/published_statistics_2021_2025.csv"


def test_shipped_raw_meets_its_contracts_and_the_results_are_stored(built):
    database, _env, output = built
    rows = query(
        database,
        "select table_name, success, expectations from pipeline.contract_validations order by 1",
    )
    assert [(r[0], r[1]) for r in rows] == [
        ("document_texts", True),
        ("documents", True),
        ("fx_rates", True),
        ("indicator_aliases", True),
        ("indicators", True),
        ("statistics", True),
        ("targets", True),
    ]
    assert all(r[2] >= 5 for r in rows)
    layout = WarehouseLayout.in_folder(database.parent.parent)
    suites = {r.suite: r for r in latest_results(layout.gx_validations_dir)}
    assert set(suites) == {f"raw.{r[0]} contract" for r in rows}
    assert {name: r.evaluated for name, r in suites.items()} == {
        f"raw.{r[0]} contract": r[2] for r in rows
    }
    assert all(r.success and r.failed == 0 for r in suites.values())
    # GX's own Data Docs load their scripts from CDNs: not built; the report shows this
    docs = layout.gx_project_dir / "gx" / "uncommitted" / "data_docs"
    assert not list(docs.rglob("*.html"))
    assert "raw contracts: 7 of 7 checks pass" in output.stdout


def test_a_breach_stops_the_build_and_keeps_the_last_good_marts(built, tmp_path):
    raw, env = copy_of_built(built, tmp_path)
    database = tmp_path / "warehouse" / "build.duckdb"
    published = database.parent / "warehouse.duckdb"
    before = query(database, "select count(*) from marts.dim_indicators")
    published_before = published.read_bytes()

    drop_line(raw / "indicators.csv", "ai_industry_scale,")
    done = run_build(env, expect_exit=1)
    assert "raw/statistics raw_contracts" in done.stdout
    assert "Stopped: a raw table breaks its contract" in done.stdout
    assert query(database, "select count(*) from marts.dim_indicators") == before == [(31,)]
    assert published.read_bytes() == published_before


@pytest.fixture(scope="module")
def tripped(tmp_path_factory):
    """A build whose raw/ trips every domain check that the shipped data does not."""
    root = tmp_path_factory.mktemp("tripped")
    raw = root / "raw"
    shutil.copytree(RAW_DIR, raw)
    targets = raw / "targets.csv"
    text = targets.read_text(encoding="utf-8")
    terminal = "ntp_terminal_scale_2025,sh_new_track_action_plans_2022,"
    terminal_line = next(line for line in text.splitlines() if line.startswith(terminal))
    assert ",700,CNY_bn," in terminal_line
    targets.write_text(
        text.replace(terminal_line, terminal_line.replace(",700,CNY_bn,", ",200,CNY_bn,")),
        encoding="utf-8",
    )
    (raw / "statistics" / "quality_fixture.csv").write_text(
        "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
        "ic_industry_scale,CN-SH,2021,260,CNY_bn,final,Test source B,,2022-03-15\n"
        "ai_industry_scale,CN-SH,2021,200,CNY_bn,estimate,Test estimate,,2021-12-01\n"
        "nev_output,CN-SH,2022,100,CNY_bn,final,Test unit slip,,2023-03-01\n"
        "ic_industry_scale,CN-SH,2020,230,CNY_bn,final,Test bureau,,2021-10-01\n"
        # implausible: absurd, negative, and 100x the first-published figure of its period
        "ai_industry_scale,CN-SH,2022,1e300,CNY_bn,final,Test absurd,,2023-03-01\n"
        "nev_output,CN-SH,2023,-5,vehicles,final,Test negative,,2024-03-01\n"
        "biomedicine_industry_scale,CN-SH,2024,98470.2,CNY_bn,final,Test 100x,,2025-11-01\n",
        encoding="utf-8",
    )
    env = {**isolated_env(root), "WAREHOUSE_RAW_DIR": str(raw)}
    # the unit slip trips a check that blocks publishing: the build says so and exits 1
    output = run_build(env, expect_exit=1).stdout
    return root / "warehouse" / "build.duckdb", output


def test_every_domain_check_trips_on_its_fixture(tripped):
    database, _output = tripped
    issues = set(
        query(
            database,
            "select check_name, entity_id, severity, blocks_publish from quality.dq_issues "
            "where check_name <> 'missing_statistics'",
        )
    )
    assert issues == {
        ("conflicting_figures", "ic_industry_scale|CN-SH|2021", "warning", False),
        ("conflicting_figures", "ic_industry_scale|CN-SH|2020", "error", False),
        ("conflicting_figures", "biomedicine_industry_scale|CN-SH|2021", "error", False),
        ("conflicting_figures", "three_leading_industries_scale|CN-SH|2021", "error", False),
        ("estimate_far_from_final", "ai_industry_scale|CN-SH|2021", "warning", False),
        ("baseline_disagreement", "amp_ic_scale_double_2025", "error", False),
        ("component_aggregate", "ntp_combined_scale_2025", "error", False),
        # the 200 typed for the terminal target is not what its document's text says
        ("document_claim", "ntp_terminal_scale_2025", "warning", False),
        ("implausible_figure", "ai_industry_scale|CN-SH|2022", "error", False),
        ("implausible_figure", "nev_output|CN-SH|2023", "error", False),
        ("implausible_figure", "biomedicine_industry_scale|CN-SH|2024", "error", False),
        (
            "unit_mismatch",
            query(
                database,
                "select statistic_id from intermediate.int_statistics_as_of "
                "where source = 'Test unit slip'",
            )[0][0],
            "error",
            True,
        ),
    }
    (message,) = query(
        database,
        "select message from quality.dq_issues where check_name = 'component_aggregate'",
    )[0]
    assert "components sum to 1050.0 CNY_bn" in message and "30.0% short" in message
    (message,) = query(
        database,
        "select message from quality.dq_issues where check_name = 'conflicting_figures' "
        "and entity_id = 'ic_industry_scale|CN-SH|2021'",
    )[0]
    assert "250.0 CNY_bn" in message and "260.0 CNY_bn (Test source B" in message
    # relative to the first-published figure (250), both dates named
    assert "4.0% off the first-published figure" in message
    assert "2022-02-28" in message and "2022-03-15" in message


def test_implausible_figures_are_quarantined_and_never_set_a_status(tripped):
    database, _output = tripped
    quarantined = query(
        database,
        "select indicator_id, period, is_selected, quarantine_reason from "
        "marts.fct_statistic_vintages where quarantine_reason is not null order by 1",
    )
    assert [(r[0], r[1], r[2]) for r in quarantined] == [
        ("ai_industry_scale", "2022", False),
        ("biomedicine_industry_scale", "2024", False),
        ("nev_output", "2023", False),
    ]
    reasons = {r[0]: r[3] for r in quarantined}
    assert reasons["nev_output"] == "negative: a level or count cannot be below zero"
    assert reasons["biomedicine_industry_scale"].startswith(
        "100.0x the first-published figure of the same period (984.702)"
    )
    # the neighbour year is the median of its figures: the 200 estimate and the 280 final
    assert "away from every neighbouring full year (2021: 240.0)" in reasons["ai_industry_scale"]
    (message,) = query(
        database,
        "select message from quality.dq_issues where check_name = 'implausible_figure' "
        "and entity_id = 'nev_output|CN-SH|2023'",
    )[0]
    assert "raw/statistics/quality_fixture.csv, row 6" in message
    # no status rests on them: AI stays on its 2021 figure, biomedicine on 984.702
    rows = query(
        database,
        "select target_id, status, observed_period, actual_value "
        "from marts.fct_target_attainment_latest where target_id in "
        "('amp_ai_scale_double_2025', 'amp_biomedicine_scale_double_2025') order by 1",
    )
    assert rows == [
        ("amp_ai_scale_double_2025", "on_track", "2021", 280.0),
        ("amp_biomedicine_scale_double_2025", "needs_acceleration", "2024", 984.702),
    ]


def test_domain_checks_report_in_dagster_with_the_policy(tripped):
    _database, output = tripped
    assert "domain checks: 1 of 9 checks pass" in output  # stated_fx_rate only
    assert "error quality/dq_issues unit_mismatch: 1 error(s), 0 warning(s)" in output
    assert "error quality/dq_issues component_aggregate: 1 error(s)" in output
    assert "warn  quality/dq_issues estimate_far_from_final: 0 error(s), 1 warning(s)" in output
    assert "Blocked: a check that blocks publishing failed" in output
    assert "was not changed" in output
    # the first build of this root was blocked: nothing was ever published
    assert not (_database.parent / "warehouse.duckdb").exists()


def test_shipped_data_trips_only_publishers_conflicts_and_missing_statistics(built):
    database, _env, output = built
    rows = query(database, "select distinct check_name, severity from quality.dq_issues")
    assert sorted(rows) == [("conflicting_figures", "error"), ("missing_statistics", "warning")]
    # two publishers disagree on 2021: both figures are shipped, the conflict is shown
    conflicts = query(
        database,
        "select entity_id from quality.dq_issues where check_name = 'conflicting_figures' "
        "order by 1",
    )
    assert conflicts == [
        ("biomedicine_industry_scale|CN-SH|2021",),
        ("three_leading_industries_scale|CN-SH|2021",),
    ]
    due = query(
        database,
        "select entity_id from quality.dq_issues where check_name = 'missing_statistics' "
        "and entity_id like 'biomedicine%' order by 1",
    )
    # biomedicine has 2020, 2021, 2023 and 2024: 2022 is a gap, and 2025 was due by
    # 2026-10-17 (its median publication lag of 200 days plus 90 days of grace)
    assert due == [
        ("biomedicine_industry_scale|CN-SH|2022",),
        ("biomedicine_industry_scale|CN-SH|2025",),
    ]
    assert "domain checks: 7 of 9 checks pass" in output.stdout


def test_readme_quality_query(built):
    section = doc_section("docs/using.md", "Data quality")
    sql = re.search(r"```sql\n(.*?)```", section, re.DOTALL).group(1)
    rows = query(built[0], sql)
    assert rows[0][:3] == (
        "conflicting_figures",
        "error",
        "biomedicine_industry_scale|CN-SH|2021",
    )
    assert rows[2][:3] == ("missing_statistics", "warning", "ai_industry_scale|CN-SH|2022")
    assert {r[1] for r in rows} == {"error", "warning"} and len(rows) == 20


def test_a_rejected_file_is_published_for_readers_and_exits_2(built, tmp_path):
    """Everything else builds and publishes; readers see the rejection; a scheduler sees
    exit code 2; once the file is fixed, the rejection leaves the published file."""
    raw, env = copy_of_built(built, tmp_path)
    header = "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
    (raw / "statistics" / "good.csv").write_text(
        header + "ai_industry_scale,CN-SH,2022,300,CNY_bn,final,Test release,,2023-03-01\n",
        encoding="utf-8",
    )
    bad = raw / "statistics" / "bad.csv"
    bad.write_text(
        header + "ic_industry_scale,CN-SH,2023,3000,CNY_mn,final,Test,,2024-03-01\n",
        encoding="utf-8",
    )
    done = run_build(env, expect_exit=2)
    assert "Built and published, but 1 raw file(s) stand rejected" in done.stdout
    assert "raw/statistics files_accepted: raw/statistics/bad.csv" in done.stdout
    published = tmp_path / "warehouse" / "warehouse.duckdb"
    assert query(published, "select source_file, column_name from quality.load_rejections") == [
        ("raw/statistics/bad.csv", "unit")
    ]
    assert query(
        published,
        "select value from marts.fct_statistics where indicator_id = 'ai_industry_scale' "
        "and period = '2022'",
    ) == [(300.0,)]

    bad.unlink()
    done = run_build(env)  # exit 0
    assert query(published, "select count(*) from quality.load_rejections") == [(0,)]
