"""The period grammar of raw/statistics: `2021`, `2021-Q3`, `2021-09`, `2025-01/2025-09`.

Ingest validates periods with `parse_period`; dbt's `period_bounds` macro turns the
same strings into dates in SQL. test_sql_period_macro_agrees_with_python_grammar
(tests/e2e/test_end_to_end.py) holds the two to the same answers on every period the
built warehouse holds, so the grammar cannot drift between them.

A range is a run of whole months inside one calendar year. One that starts in
January is year-to-date; it is a year's part, never a year, unless it ends in
December.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

PERIOD_PATTERN = re.compile(
    r"^(?P<year>\d{4})$"
    r"|^(?P<qyear>\d{4})-Q(?P<quarter>[1-4])$"
    r"|^(?P<myear>\d{4})-(?P<month>0[1-9]|1[0-2])$"
    r"|^(?P<ryear>\d{4})-(?P<rfrom>0[1-9]|1[0-2])/(?P<ryear2>\d{4})-(?P<rto>0[1-9]|1[0-2])$"
)

GRAINS = ("year", "quarter", "month", "year_to_date", "month_range")


@dataclass(frozen=True)
class Period:
    label: str
    grain: str
    start: date
    end: date

    @property
    def year(self) -> int:
        return self.end.year

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def is_full_year(self) -> bool:
        return self.start.month == 1 and self.end.month == 12 and self.start.day == 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    """Parse a period label; ValueError says what form was expected."""
    match = PERIOD_PATTERN.match(text.strip()) if text else None
    if match is None:
        raise ValueError(f"period {text!r} is not one of YYYY, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM")
    groups = match.groupdict()
    if groups["year"]:
        year = int(groups["year"])
        return Period(text, "year", date(year, 1, 1), date(year, 12, 31))
    if groups["qyear"]:
        year, quarter = int(groups["qyear"]), int(groups["quarter"])
        first = 3 * quarter - 2
        return Period(text, "quarter", date(year, first, 1), _month_end(year, first + 2))
    if groups["myear"]:
        year, month = int(groups["myear"]), int(groups["month"])
        return Period(text, "month", date(year, month, 1), _month_end(year, month))
    year, year_to = int(groups["ryear"]), int(groups["ryear2"])
    month_from, month_to = int(groups["rfrom"]), int(groups["rto"])
    if year != year_to or month_from > month_to:
        raise ValueError(f"period {text!r}: a range must run forward within one calendar year")
    grain = "year_to_date" if month_from == 1 else "month_range"
    return Period(text, grain, date(year, month_from, 1), _month_end(year, month_to))
