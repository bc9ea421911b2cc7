"""The whole pipeline on the shipped raw/: ingest, dbt build, real values in the marts."""

from __future__ import annotations

import pytest

from orchestration.domain.core.layout import WarehouseLayout
from orchestration.domain.core.periods import parse_period
from orchestration.domain.transform.up_to_date import BuildCheck, check_build
from tests.conftest import query, run_build
from tests.e2e.conftest import skip_if_the_day_changed

RAW_TABLES = (
    "documents",
    "document_texts",
    "fx_rates",
    "indicators",
    "indicator_aliases",
    "statistics",
    "targets",
)
SEED_TARGETS = {
    # 2021-25 advanced-manufacturing plan (13)
    "amp_industrial_investment_2025",
    "amp_high_level_projects_2025",
    "amp_ic_scale_double_2025",
    "amp_biomedicine_scale_double_2025",
    "amp_ai_scale_double_2025",
    "amp_key_industrial_clusters_2025",
    "amp_new_display_value_2025",
    "amp_smart_sensor_value_2025",
    "amp_software_revenue_2025",
    "amp_medical_devices_value_2025",
    "amp_nev_output_2025",
    "amp_nev_value_2025",
    "amp_knowledge_services_share_2025",
    # 2022 action plans (16)
    "ntp_combined_scale_2025",
    "ntp_green_scale_2025",
    "ntp_green_clusters_100bn_2025",
    "ntp_green_clusters_10bn_2025",
    "ntp_green_leader_enterprises_2025",
    "ntp_green_core_enterprises_2025",
    "ntp_green_featured_enterprises_2025",
    "ntp_metaverse_leading_enterprises_2025",
    "ntp_metaverse_specialised_enterprises_2025",
    "ntp_metaverse_scenarios_2025",
    "ntp_metaverse_products_2025",
    "ntp_metaverse_scale_2025",
    "ntp_terminal_scale_2025",
    "ntp_terminal_enterprises_100bn_2025",
    "ntp_terminal_enterprises_10bn_2025",
    "ntp_terminal_enterprises_1bn_2025",
}


def test_ic_target_resolves_to_double_the_2020_baseline(built):
    database, _, _ = built
    assert query(
        database,
        "select target_value, target_unit, baseline_value, comparator, is_derived "
        "from marts.dim_targets where target_id = 'amp_ic_scale_double_2025'",
    ) == [(414.0, "CNY_bn", 207.0, ">", True)]


def test_nev_output_target(built):
    database, _, _ = built
    assert query(
        database,
        "select target_value, target_unit, baseline_value from marts.dim_targets "
        "where target_id = 'amp_nev_output_2025'",
    ) == [(1_200_000.0, "vehicles", 238_600.0)]


def test_all_29_seed_targets_are_in_dim_targets(built):
    database, _, _ = built
    rows = query(database, "select target_id, target_value from marts.dim_targets")
    assert {r[0] for r in rows} == SEED_TARGETS
    assert all(value is not None for _, value in rows)
    assert query(
        database, "select document_id, target_count from marts.dim_documents order by 1"
    ) == [("sh_advanced_manufacturing_plan_2021_2025", 13), ("sh_new_track_action_plans_2022", 16)]


def test_stated_usd_equivalents_are_kept(built):
    database, _, _ = built
    assert query(
        database,
        "select target_id, target_value, stated_alt_value_std, stated_alt_unit_std "
        "from marts.dim_targets where stated_alt_value is not null order by 1",
    ) == [
        ("amp_industrial_investment_2025", 850.0, 132.0, "USD_bn"),
        ("ntp_combined_scale_2025", 1500.0, 223.71, "USD_bn"),
    ]


def test_usd_cny_on_plan_release_day_is_the_ecb_cross_rate(built):
    database, _, _ = built
    ((rate, source, carried),) = query(
        database,
        "select rate, rate_source, is_carried_forward from marts.fct_fx_rates_daily "
        "where currency_pair = 'USD/CNY' and rate_date = '2021-09-09'",
    )
    assert 6.40 < rate < 6.50
    assert rate == pytest.approx(7.6402 / 1.1838, rel=1e-12)
    assert source.startswith("ECB") and carried is False


def test_fx_weekend_carries_friday_and_nothing_before_the_series(built):
    database, _, _ = built
    saturday = query(
        database,
        "select rate, published_rate_date, is_carried_forward from marts.fct_fx_rates_daily "
        "where currency_pair = 'USD/CNY' and rate_date = '2021-09-11'",
    )
    friday = query(
        database,
        "select rate from marts.fct_fx_rates_daily "
        "where currency_pair = 'USD/CNY' and rate_date = '2021-09-10'",
    )
    assert saturday == [(friday[0][0], saturday[0][1], True)]
    assert str(saturday[0][1]) == "2021-09-10"
    assert query(
        database,
        "select min(rate_date) from marts.fct_fx_rates_daily where currency_pair = 'USD/CNY'",
    ) == query(database, "select date '2005-04-01'")


def test_statistics_are_normalised_to_standard_units(built):
    database, _, _ = built
    rows = dict(
        (r[0], r[1:])
        for r in query(
            database,
            "select indicator_id || ' ' || period, value_std, unit_std, period_grain "
            "from staging.stg_raw__statistics",
        )
    )
    assert rows["ic_industry_scale 2021"] == (250.0, "CNY_bn", "year")
    assert rows["biomedicine_industry_scale 2024"] == (984.702, "CNY_bn", "year")
    assert rows["three_leading_industries_scale 2024"] == (1800.0, "CNY_bn", "year")
    assert rows["nev_output 2025-01/2025-07"] == (573_000.0, "vehicles", "year_to_date")


def test_sql_period_macro_agrees_with_python_grammar(built):
    database, _, _ = built
    for label, grain, start, end in query(
        database,
        "select distinct period, period_grain, period_start_date, period_end_date "
        "from staging.stg_raw__statistics",
    ):
        period = parse_period(label)
        assert (period.grain, period.start, period.end) == (grain, start, end), label


def test_run_output_reports_progress_and_summary(built):
    database, _, first = built
    out = first.stdout
    assert "[2/3] Ingesting raw/" in out and "[3/3] Building dbt models" in out
    assert "raw/statistics" in out and "4 file(s) loaded" in out
    assert "ic_industry_scale" in out and "total" in out and " 29" in out
    assert "marts.dim_targets" in out
    assert f"Build warehouse: {database}" in out


def _dagster_runs(env: dict[str, str]) -> int:
    import dagster as dg

    with dg.DagsterInstance.from_config(env["DAGSTER_HOME"]) as instance:
        return len(instance.get_run_records())


def test_second_run_does_no_costly_work(built):
    """Nothing changed since the session's build: `make run` says so from the build file
    without starting Dagster (orchestration/domain/transform/up_to_date.py); --force
    goes through the job and rebuilds the same marts."""
    database, env, _ = built
    skip_if_the_day_changed(database)
    snapshot = "select * from marts.dim_targets order by target_id"
    before = query(database, snapshot)
    raw_before = query(database, "select * from raw.statistics order by _source_file, _source_row")
    runs = _dagster_runs(env)
    second = run_build(env)
    assert "Nothing changed since the build of" in second.stdout
    assert "Loading definitions" not in second.stdout
    assert "Targets per indicator" in second.stdout  # the summary is still printed
    assert _dagster_runs(env) == runs
    assert query(database, snapshot) == before
    assert (
        query(database, "select * from raw.statistics order by _source_file, _source_row")
        == raw_before
    )
    # --force loads no file, so `make run` starts no Great Expectations worker for it
    layout = WarehouseLayout.in_folder(database.parent.parent)
    assert check_build(layout).current is not None
    assert check_build(layout, rebuild=True) == BuildCheck(current=None, files_to_load=False)
    forced = run_build(env, "--force")
    assert "Building dbt models" in forced.stdout
    assert _dagster_runs(env) == runs + 1
    assert query(database, snapshot) == before


def test_the_skip_rule_lives_in_the_asset_graph(built):
    """The same job run in process through Dagster, not the CLI: nothing changed since
    the session's build, so the dbt asset materialises nothing and publish is skipped."""
    import dagster as dg

    from orchestration.definitions import definitions_for

    database, _env, _ = built
    skip_if_the_day_changed(database)
    published = database.parent / "warehouse.duckdb"
    before = published.stat()
    layout = WarehouseLayout.in_folder(database.parent.parent)
    assert layout.build_db == database
    job = definitions_for(layout).resolve_job_def("build_warehouse")
    result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    materialized = {
        event.asset_key.to_user_string() for event in result.get_asset_materialization_events()
    }
    # the raw assets report their (unchanged) files, and the reader reads its texts again
    # (a fraction of a second; what it wrote is unchanged, so dbt still skips)
    assert materialized == {f"raw/{t}" for t in RAW_TABLES} | {"reader/document_claims"}
    after = published.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
