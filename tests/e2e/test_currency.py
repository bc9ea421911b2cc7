"""Currency end to end: rates, averages and USD views against an independent reading of
the packaged ECB file with pandas, and the stated-rate checks, including a falsified
dollar figure and a supplied central parity that takes precedence."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pandas as pd
import pytest

from orchestration.domain.core.layout import RAW_DIR
from orchestration.domain.ingest import ecb
from tests.conftest import doc_section, isolated_env, query, run_build


@pytest.fixture(scope="module")
def usd_cny() -> pd.Series:
    """USD/CNY per ECB publication day, computed straight from the packaged zip."""
    frame = pd.read_csv(ecb.packaged_history_file(), na_values=["N/A"])
    frame = frame.dropna(subset=["USD", "CNY"])
    series = frame["CNY"] / frame["USD"]
    series.index = pd.to_datetime(frame["Date"]).dt.date
    return series.sort_index()


def _one(database, sql, params=None):
    rows = query(database, sql, params)
    assert len(rows) == 1, rows
    return rows[0]


def test_daily_rates_cross_carry_and_never_before_the_series(built, usd_cny):
    database, _env, _out = built
    daily = (
        "select rate, published_rate_date, is_carried_forward, rate_type, rate_source "
        "from marts.fct_fx_rates_daily where currency_pair = 'USD/CNY' and rate_date = ?"
    )
    rate, _published, carried, rate_type, source = _one(database, daily, [date(2021, 9, 9)])
    assert rate == pytest.approx(usd_cny[date(2021, 9, 9)], rel=1e-12)
    assert 6.40 < rate < 6.50 and not carried and rate_type == "reference_cross"
    assert source.startswith(ecb.ECB_SOURCE)
    saturday = _one(database, daily, [date(2021, 9, 11)])
    assert saturday[0] == pytest.approx(usd_cny[date(2021, 9, 10)], rel=1e-12)
    assert saturday[1:3] == (date(2021, 9, 10), True)
    assert query(database, daily, [date(2005, 3, 31)]) == []
    assert _one(database, daily, [date(2005, 4, 1)])[1] == date(2005, 4, 1)


def test_monthly_and_annual_averages_over_publication_days(built, usd_cny):
    database, _env, _out = built
    in_2021 = usd_cny[[d.year == 2021 for d in usd_cny.index]]
    rate, days, complete = _one(
        database,
        "select rate, days_published, is_complete_period from marts.fct_fx_rates_annual "
        "where currency_pair = 'USD/CNY' and period = '2021'",
    )
    assert rate == pytest.approx(in_2021.mean(), rel=1e-12)
    assert days == len(in_2021) and complete
    september = in_2021[[d.month == 9 for d in in_2021.index]]
    rate, days = _one(
        database,
        "select rate, days_published from marts.fct_fx_rates_monthly "
        "where currency_pair = 'USD/CNY' and period = '2021-09'",
    )
    assert rate == pytest.approx(september.mean(), rel=1e-12) and days == len(september)
    first_year = _one(
        database,
        "select months_published, is_complete_period from marts.fct_fx_rates_annual "
        "where currency_pair = 'USD/CNY' and period = '2005'",
    )
    assert first_year == (9, False)


def test_targets_in_usd_at_the_publication_date_rate(built, usd_cny):
    database, _env, _out = built
    sql = (
        "select target_value_usd, fx_rate, fx_rate_date, document_stated_value_usd "
        "from marts.dim_targets_usd where target_id = ?"
    )
    ic = _one(database, sql, ["amp_ic_scale_double_2025"])
    assert ic[0] == pytest.approx(414 / usd_cny[date(2021, 9, 9)], rel=1e-12)
    assert ic[2] == date(2021, 9, 9) and ic[3] is None
    investment = _one(database, sql, ["amp_industrial_investment_2025"])
    assert investment[0] == pytest.approx(131.70, abs=0.01) and investment[3] == 132
    combined = _one(database, sql, ["ntp_combined_scale_2025"])
    assert combined[1] == pytest.approx(usd_cny[date(2022, 7, 8)], rel=1e-12)
    assert combined[0] == pytest.approx(1500 / usd_cny[date(2022, 7, 8)], rel=1e-12)
    non_money = query(
        database, "select 1 from marts.dim_targets_usd where target_id = 'amp_nev_output_2025'"
    )
    assert non_money == []


def test_statistics_in_usd_at_their_period_average(built, usd_cny):
    database, _env, _out = built
    sql = (
        "select value_usd, fx_rate, fx_rate_period, fx_rate_type, fx_days_averaged "
        "from marts.fct_statistics_usd where indicator_id = ? and period = ?"
    )
    in_2021 = usd_cny[[d.year == 2021 for d in usd_cny.index]]
    ic = _one(database, sql, ["ic_industry_scale", "2021"])
    assert ic[1] == pytest.approx(in_2021.mean(), rel=1e-12)
    assert ic[0] == pytest.approx(250 / in_2021.mean(), rel=1e-12)
    assert ic[2:] == ("2021", "annual_average", len(in_2021))
    h1_2025 = usd_cny[[date(2025, 1, 1) <= d <= date(2025, 6, 30) for d in usd_cny.index]]
    ytd = _one(database, sql, ["biomedicine_industry_scale", "2025-01/2025-06"])
    assert ytd[1] == pytest.approx(h1_2025.mean(), rel=1e-12)
    assert ytd[0] == pytest.approx(500.566 / h1_2025.mean(), rel=1e-12)
    assert ytd[2:] == ("2025-01/2025-06", "period_average", len(h1_2025))


def test_attainment_in_usd_current_and_constant_rates(built, usd_cny):
    database, _env, _out = built
    row = _one(
        database,
        "select attainment_ratio, attainment_ratio_usd_constant, observed_cagr, "
        "observed_cagr_usd_constant, observed_cagr_usd_current, fx_effect_on_observed_cagr, "
        "constant_fx_year, constant_fx_rate, current_fx_rate "
        "from marts.fct_target_attainment_usd "
        "where target_id = 'amp_ic_scale_double_2025' and observed_year = 2021",
    )
    ratio, ratio_constant, cagr, cagr_constant, cagr_current, effect, year, constant, current = row
    avg_2020 = usd_cny[[d.year == 2020 for d in usd_cny.index]].mean()
    avg_2021 = usd_cny[[d.year == 2021 for d in usd_cny.index]].mean()
    assert ratio_constant == pytest.approx(ratio, rel=1e-12) == 250 / 414
    assert cagr_constant == pytest.approx(cagr, rel=1e-12) == pytest.approx(250 / 207 - 1)
    assert (year, constant, current) == (
        2020,
        pytest.approx(avg_2020, rel=1e-12),
        pytest.approx(avg_2021, rel=1e-12),
    )
    # the yuan rose against the dollar in 2021: dollar growth overstates the industry's
    expected_current = (250 / avg_2021) / (207 / avg_2020) - 1
    assert cagr_current == pytest.approx(expected_current, rel=1e-9)
    assert effect == pytest.approx(expected_current - cagr, rel=1e-9) and effect > 0


AMP = "sh_advanced_manufacturing_plan_2021_2025"
NTP = "sh_new_track_action_plans_2022"


def test_both_seed_conversions_pass(built):
    database, _env, _out = built
    rows = query(
        database,
        "select target_id, check_status, implied_rate_low, implied_rate_high, reference_rate "
        "from marts.fct_stated_fx_checks where stated_in = 'raw/targets.csv' order by target_id",
    )
    assert [(r[0], r[1]) for r in rows] == [
        ("amp_industrial_investment_2025", "pass"),
        ("ntp_combined_scale_2025", "pass"),
    ]
    # the same two pairs as the reader reads them from the documents' texts, checked alike
    read = query(
        database,
        "select claim_id, check_status, implied_rate_low, implied_rate_high, reference_rate "
        "from marts.fct_stated_fx_checks where stated_in = 'document text' order by claim_id",
    )
    assert [r[1:] for r in read] == [r[1:] for r in rows]
    investment, combined = rows
    assert investment[2:4] == (pytest.approx(850 / 132.5), pytest.approx(850 / 131.5))
    assert investment[4] == pytest.approx(6.454, abs=5e-4)
    assert combined[2:4] == (pytest.approx(1500 / 223.715), pytest.approx(1500 / 223.705))
    assert combined[4] == pytest.approx(6.700, abs=5e-4)


@pytest.fixture(scope="module")
def falsified(tmp_path_factory):
    """A build where the plan's "$132 billion" reads "$150 billion", and a supplied
    central parity (a test value, not a published one) covers 2022-07-08."""
    root = tmp_path_factory.mktemp("falsified")
    raw = root / "raw"
    shutil.copytree(RAW_DIR, raw)
    targets = raw / "targets.csv"
    text = targets.read_text(encoding="utf-8")
    assert ",132,USD_bn," in text
    targets.write_text(text.replace(",132,USD_bn,", ",150,USD_bn,"), encoding="utf-8")
    (raw / "fx").mkdir(exist_ok=True)
    (raw / "fx" / "test_parity.csv").write_text(
        "date,base_currency,quote_currency,rate,source,rate_type\n"
        "2022-07-08,USD,CNY,6.7100,Test fixture central parity,central_parity\n",
        encoding="utf-8",
    )
    env = {**isolated_env(root), "WAREHOUSE_RAW_DIR": str(raw)}
    run_build(env)
    return root / "warehouse" / "build.duckdb"


def test_a_falsified_dollar_figure_fails(falsified):
    status, deviation, message = _one(
        falsified,
        "select check_status, deviation_pct, message from marts.fct_stated_fx_checks "
        "where target_id = 'amp_industrial_investment_2025'",
    )
    assert status == "fail"
    assert deviation == pytest.approx(100 * (850 / 150 / 6.453962 - 1), abs=0.01)
    assert "850 CNY_bn stated as 150 USD_bn" in message


def test_a_supplied_parity_overrides_the_ecb_cross_rate(falsified):
    rate, rate_type, source, status = _one(
        falsified,
        "select reference_rate, reference_rate_type, reference_rate_source, check_status "
        "from marts.fct_stated_fx_checks where target_id = 'ntp_combined_scale_2025'",
    )
    assert (rate, rate_type, source) == (6.71, "central_parity", "Test fixture central parity")
    assert status == "pass"  # 6.7051 implied vs 6.71: within the 0.5% allowance
    usd = _one(
        falsified,
        "select fx_rate, fx_rate_type from marts.dim_targets_usd "
        "where target_id = 'ntp_combined_scale_2025'",
    )
    assert usd == (6.71, "central_parity")


def test_readme_stated_fx_query(built):
    section = doc_section("docs/using.md", "Yuan and dollars")
    sql = re.search(r"```sql\n(.*?)```", section, re.DOTALL).group(1)
    rows = query(built[0], sql)
    # a read pair is named by its claim (document#number), a typed one by its target
    named = [r[0].split("#")[0] if r[1] == "document text" else r[0] for r in rows]
    assert [
        (n, r[1], str(r[2]), r[3], r[4], r[5], r[7]) for n, r in zip(named, rows, strict=True)
    ] == [
        (AMP, "document text", "2021-09-09", 6.4151, 6.4639, 6.454, "pass"),
        (
            "amp_industrial_investment_2025",
            "raw/targets.csv",
            "2021-09-09",
            6.4151,
            6.4639,
            6.454,
            "pass",
        ),
        (NTP, "document text", "2022-07-08", 6.705, 6.7053, 6.7003, "pass"),
        ("ntp_combined_scale_2025", "raw/targets.csv", "2022-07-08", 6.705, 6.7053, 6.7003, "pass"),
    ]


def test_as_known_on_a_past_date_rates_and_documents_stop_there(built_as_of_2022_02_27):
    database = built_as_of_2022_02_27
    assert query(database, "select count(*) from marts.dim_targets") == [(13,)]
    # the plan's pair, typed and read from its text; not yet the 2022 action plans'
    assert query(
        database, "select document_id, stated_in from marts.fct_stated_fx_checks order by 2"
    ) == [(AMP, "document text"), (AMP, "raw/targets.csv")]
    # intermediate models are not published: read the replay's build file for them
    build = database.parent.parent / "build.duckdb"
    (last_published,) = _one(build, "select max(rate_date) from intermediate.int_fx_rates_crossed")
    assert last_published <= date(2022, 2, 27)
    # February 2022 is not over on the 27th: its average is flagged incomplete
    assert _one(
        database,
        "select is_complete_period from marts.fct_fx_rates_monthly "
        "where currency_pair = 'USD/CNY' and period = '2022-02'",
    ) == (False,)
