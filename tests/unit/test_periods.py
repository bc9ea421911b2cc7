"""The period grammar: every form, its dates, and the labels it refuses."""

from datetime import date

import pytest

from orchestration.domain.core.periods import parse_period


@pytest.mark.parametrize(
    ("label", "grain", "start", "end", "months", "full_year"),
    [
        ("2021", "year", date(2021, 1, 1), date(2021, 12, 31), 12, True),
        ("2021-Q3", "quarter", date(2021, 7, 1), date(2021, 9, 30), 3, False),
        ("2024-Q1", "quarter", date(2024, 1, 1), date(2024, 3, 31), 3, False),
        ("2021-09", "month", date(2021, 9, 1), date(2021, 9, 30), 1, False),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29), 1, False),
        ("2025-01/2025-09", "year_to_date", date(2025, 1, 1), date(2025, 9, 30), 9, False),
        ("2025-01/2025-07", "year_to_date", date(2025, 1, 1), date(2025, 7, 31), 7, False),
        ("2025-04/2025-06", "month_range", date(2025, 4, 1), date(2025, 6, 30), 3, False),
        ("2023-01/2023-12", "year_to_date", date(2023, 1, 1), date(2023, 12, 31), 12, True),
    ],
)
def test_parse_period(label, grain, start, end, months, full_year):
    period = parse_period(label)
    assert (period.grain, period.start, period.end) == (grain, start, end)
    assert period.months == months
    assert period.is_full_year is full_year
    assert period.year == end.year


@pytest.mark.parametrize(
    "label",
    [
        "",
        "21",
        "2021-Q5",
        "2021-13",
        "2021-9",
        "2021/2022",
        "2025-09/2025-01",
        "2024-11/2025-02",
        "2021-Q3 ",
        "FY2021",
    ],
)
def test_parse_period_refuses(label):
    if label == "2021-Q3 ":
        # Surrounding blanks are tolerated: spreadsheets add them.
        assert parse_period(label).grain == "quarter"
        return
    with pytest.raises(ValueError, match="period"):
        parse_period(label)
