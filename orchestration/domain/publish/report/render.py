"""HTML pages of the report from Jinja templates (templates/), with the filters that
turn warehouse values into what a reader expects: numbers with thousands separators
and their unit in words, statuses as words."""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"

STATUS_WORDS = {
    "achieved": "achieved",
    "on_track": "on track",
    "needs_acceleration": "needs acceleration",
    "off_track": "off track",
    "deteriorating": "deteriorating",
    "not_assessable": "not assessable",
}


def number(value) -> str:
    """Whole numbers with thousands separators, others to 4 significant digits; never
    scientific notation (a reader of policy figures should not meet 1e-05)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:,.4g}"
    digits = 3 - math.floor(math.log10(abs(value)))  # 4 significant digits after the point
    return f"{value:.{digits}f}".rstrip("0")


def when(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["number"] = number
    env.filters["when"] = when
    env.filters["status_words"] = lambda status: STATUS_WORDS.get(status, status or "")
    return env
