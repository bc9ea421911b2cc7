"""The reader in the built warehouse: every target and baseline of the shipped texts
matched against raw/, a copy error and a wrong dollar figure flagged, and a proposal
that, pasted into raw/targets.csv as it stands, is accepted and matched."""

from __future__ import annotations

import pytest

from tests.conftest import query, run_build
from tests.e2e.conftest import copy_of_built

AMP = "sh_advanced_manufacturing_plan_2021_2025"


def test_every_shipped_target_and_baseline_is_read_and_matched(built):
    database, _env, _out = built
    assert query(
        database,
        "select claim_kind, match_status, count(*) from marts.fct_document_claims "
        "where indicator_id is not null group by all order by all",
    ) == [("figure", "matched", 5), ("target", "matched", 29)]
    # every target of raw/targets.csv is matched by a claim of its document's text
    assert (
        query(
            database,
            "select target_id from marts.dim_targets where target_id not in "
            "(select recorded_id from marts.fct_document_claims where match_status = 'matched')",
        )
        == []
    )
    # the offsets point at the number in the text as loaded
    (claim,) = query(
        database,
        "select value_text, sentence, alt_text, pair_status from marts.fct_document_claims "
        f"where claim_id in (select claim_id from marts.fct_document_claims "
        f"where document_id = '{AMP}' and value = 850)",
    )
    assert claim[0] == "850 billion yuan" and claim[0] in claim[1]
    assert claim[2:] == ("$132 billion", "matched")
    # numbers the reader cannot place are listed for review, not proposed
    assert query(
        database,
        "select distinct match_status, proposed_csv_row from marts.fct_document_claims_review",
    ) == [("unmapped", None)]


@pytest.fixture(scope="module")
def edited(built, tmp_path_factory):
    """A copy where raw/targets.csv has a copy error (70 typed as 75), the plan's text
    states a falsified dollar figure, and the text states a target raw/ lacks."""
    raw, env = copy_of_built(built, tmp_path_factory.mktemp("claims"))
    targets = raw / "targets.csv"
    text = targets.read_text(encoding="utf-8")
    assert ",70,CNY_bn," in text
    targets.write_text(text.replace(",70,CNY_bn,", ",75,CNY_bn,"), encoding="utf-8")
    document = raw / "documents" / f"{AMP}.txt"
    words = document.read_text(encoding="utf-8")
    assert "($132 billion)" in words
    document.write_text(
        words.replace("($132 billion)", "($150 billion)")
        + "By 2024, smart sensors should reach an industrial value of 55.5 billion yuan.\n",
        encoding="utf-8",
    )
    run_build(env)
    return raw, env


def test_a_copy_error_and_a_wrong_dollar_figure_are_flagged(edited):
    raw, _env = edited
    database = raw.parent / "warehouse" / "build.duckdb"
    (display,) = query(
        database,
        "select match_status, message from marts.fct_document_claims "
        "where recorded_id = 'amp_new_display_value_2025'",
    )
    assert display == (
        "differs",
        "differs from the recorded target amp_new_display_value_2025: "
        "value: the text says 70 billion yuan, raw has 75 CNY_bn",
    )
    issues = query(
        database,
        "select check_name, entity_type, entity_id from quality.dq_issues "
        "where check_name in ('document_claim', 'stated_fx_rate') order by all",
    )
    assert ("document_claim", "target", "amp_new_display_value_2025") in issues
    assert ("document_claim", "target", "amp_industrial_investment_2025") in issues
    # the text's own pair fails the stated-rate check; the typed one still passes
    assert query(
        database,
        "select stated_in, check_status from marts.fct_stated_fx_checks "
        f"where document_id = '{AMP}' order by stated_in",
    ) == [("document text", "fail"), ("raw/targets.csv", "pass")]
    (investment,) = query(
        database,
        f"select claim_id from marts.fct_document_claims where document_id = '{AMP}' "
        "and alt_text = '$150 billion'",
    )
    assert [i for i in issues if i[0] == "stated_fx_rate"] == [
        ("stated_fx_rate", "document_claim", investment[0])
    ]


def test_a_proposal_pasted_into_raw_is_accepted_and_matched(edited):
    raw, env = edited
    database = raw.parent / "warehouse" / "build.duckdb"
    (proposal,) = query(
        database,
        "select proposed_raw_file, proposed_csv_row from marts.fct_document_claims "
        "where match_status = 'missing_from_raw'",
    )
    assert proposal == (
        "raw/targets.csv",
        f"amp_smart_sensor_industry_value_2024,{AMP},smart_sensor_industry_value,CN-SH,2024,>=,"
        "level,55.5,CNY_bn,,,,,Smart sensor industry value at least 55.5 billion yuan in 2024 "
        "(read from the document text)",
    )
    with (raw / "targets.csv").open("a", encoding="utf-8") as handle:
        handle.write(proposal[1] + "\n")
    run_build(env)
    assert query(
        database,
        "select match_status from marts.fct_document_claims "
        "where recorded_id = 'amp_smart_sensor_industry_value_2024'",
    ) == [("matched",)]
    assert query(
        database,
        "select count(*) from quality.load_rejections where table_name = 'targets'",
    ) == [(0,)]
