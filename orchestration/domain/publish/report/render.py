"""HTML pages of the report from Jinja templates (templates/), with the filters that
turn warehouse values into what a reader expects: numbers with thousands separators
and their unit in words, statuses as words."""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

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


def _figure_row(f: dict, unit_labels: dict, esc) -> str:
    url = f["source_url"]
    if url and url.startswith(("http://", "https://")):
        source = f'<a href="{esc(url)}" rel="noreferrer">{esc(f["source"])}</a>'
    else:
        source = esc(f["source"])
    if f["quarantine_reason"]:
        used = f"quarantined: {esc(f['quarantine_reason'])}"
    elif f["is_selected"]:
        used = "yes"
    elif f["status"] == "forecast":
        used = "no: a forecast, never an actual"
    else:
        used = "superseded"
    published = f["published_on"]
    superseded = "" if f["is_selected"] else ' class="superseded"'
    # number() writes digits, separators and signs, and a date is ISO: nothing to escape
    return (
        f"<tr{superseded}>\n"
        f"  <td>{esc(f['period'])}</td>\n"
        f"  <td>{number(f['value'])} {esc(unit_labels.get(f['unit'], f['unit']))}</td>\n"
        f"  <td>{number(f['reported_value'])} "
        f"{esc(unit_labels.get(f['reported_unit'], f['reported_unit']))}</td>\n"
        f"  <td>{esc(f['status'])}</td>\n"
        f"  <td>{source}</td>\n"
        f"  <td>{when(published) if isinstance(published, date) else esc(when(published))}</td>\n"
        f"  <td>{esc(f['vintage_number'])} of {esc(f['vintage_count'])}</td>\n"
        f"  <td>{used}</td>\n"
        "</tr>\n"
    )


def figure_rows(figures: list[dict], unit_labels: dict) -> Markup:
    """The rows of a target page's figures table, escaped as the template would. Built
    here rather than in a template loop: a series holds hundreds of vintages, and a
    national release renders thousands of pages, where Jinja's per-cell attribute
    lookups and calls cost more than the rest of the page (tests/unit/test_report_parts.py
    holds the two equal, byte for byte). A series repeats its units, statuses and
    sources in every row, so each value is escaped once."""
    escaped: dict = {}

    def esc(value) -> str:
        key = (type(value), value)  # 1 and 1.0, or Markup and str, are not the same text
        try:
            return escaped[key]
        except KeyError:
            escaped[key] = result = str(escape(value))
            return result

    return Markup("".join(_figure_row(f, unit_labels, esc) for f in figures))


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
