"""A target's trajectory as a Plotly figure: both paths in every year, the published
figures, year-to-date figures drawn apart (open markers, never joined to the full
years), the nowcast and the target point.

One unit per chart: the yuan chart is in the target's unit; money targets get a second
chart in US dollars at one rate (fct_target_trajectory's _usd columns), so both have
the same shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Series:
    name: str
    column: str
    mode: str
    marker: dict
    line: dict | None = None


PATHS = (
    Series(
        "Straight-line path",
        "linear_path_value",
        "lines+markers",
        {"size": 5, "color": "#8a8a8a"},
        {"dash": "dash", "color": "#8a8a8a"},
    ),
    Series(
        "Constant-growth path",
        "growth_path_value",
        "lines+markers",
        {"size": 5, "color": "#b07aa1"},
        {"dash": "dot", "color": "#b07aa1"},
    ),
)
BASELINE = Series(
    "Baseline", "baseline_value", "markers", {"size": 11, "symbol": "square", "color": "#4e79a7"}
)
ACTUAL = Series(
    "Published figure (full year)",
    "actual_value",
    "lines+markers",
    {"size": 9, "color": "#1f4e9c"},
    {"color": "#1f4e9c", "width": 3},
)
INCOMPLETE = Series(
    "Sum to date, years missing (lower bound)",
    "incomplete_sum_value",
    "markers",
    {"size": 11, "symbol": "triangle-up-open", "color": "#e15759"},
)
YEAR_TO_DATE = Series(
    "Year to date (part of a year)",
    "year_to_date_value",
    "markers",
    {"size": 11, "symbol": "circle-open", "color": "#f28e2b"},
)
NOWCAST = Series(
    "Nowcast (year to date projected to the year)",
    "nowcast_value",
    "markers",
    {"size": 12, "symbol": "diamond-open", "color": "#f28e2b"},
)
TARGET = Series(
    "Target", "target_value", "markers", {"size": 16, "symbol": "star", "color": "#d62728"}
)

LOCAL_SERIES = (*PATHS, BASELINE, ACTUAL, INCOMPLETE, YEAR_TO_DATE, NOWCAST, TARGET)


def _usd(series: Series) -> Series:
    return Series(series.name, f"{series.column}_usd", series.mode, series.marker, series.line)


USD_SERIES = (
    *(_usd(s) for s in (*PATHS, BASELINE, ACTUAL, NOWCAST, TARGET)),
    Series(
        "Published figure at each year's average rate",
        "actual_value_usd_current",
        "markers",
        {"size": 9, "symbol": "x", "color": "#59a14f"},
    ),
)


def _hover(row: dict, series: Series) -> str:
    if series is YEAR_TO_DATE or series.column.startswith("nowcast_value"):
        months = row.get("year_to_date_months")
        return f"{row.get('year_to_date_period')} ({months} of 12 months)"
    if row.get("source") and series.column.startswith("actual_value"):
        return f"{row['source']}, published {row['published_on']}"
    return ""


@cache
def _template() -> dict:
    """plotly_white as Plotly.js reads it (a name is resolved in Python only)."""
    import plotly.io as pio

    return pio.templates["plotly_white"].to_plotly_json()


def trajectory_figure(rows: list[dict], series: tuple[Series, ...], unit_label: str) -> dict:
    """The figure as plain JSON-ready data; a series with no value is left out, so the
    legend lists only what the chart shows.

    Written as the dicts Plotly.js reads rather than through plotly.graph_objects, which
    validates and deep-copies its template for every figure: 50 ms a figure, so 4,000
    targets (the 1M benchmark) spent 170 s in the report. The result is the same data
    go.Figure(...).to_plotly_json() gives (tests/unit/test_report_parts.py holds them
    equal)."""
    years = [row["year"] for row in rows]
    traces = []
    for item in series:
        values = [row.get(item.column) for row in rows]
        if all(value is None for value in values):
            continue
        trace = {
            "connectgaps": False,
            "hovertemplate": "%{x}: %{y:,.4~r}<br>%{text}<extra>" + item.name + "</extra>",
            "marker": dict(item.marker),
            "mode": item.mode,
            "name": item.name,
            "text": [_hover(row, item) for row in rows],
            "x": years,
            "y": values,
            "type": "scatter",
        }
        if item.line is not None:
            trace["line"] = dict(item.line)
        traces.append(trace)
    layout = {
        "template": _template(),
        "height": 420,
        "margin": {"l": 70, "r": 20, "t": 20, "b": 40},
        "legend": {"orientation": "h", "y": -0.15},
        "xaxis": {"title": {"text": "year"}, "dtick": 1, "tickformat": "d"},
        "yaxis": {"title": {"text": unit_label}, "rangemode": "tozero"},
    }
    return {"data": traces, "layout": layout}


def figure_json(figure: dict) -> str:
    """JSON safe to inline in a <script> element: <, > and & as JSON escapes (as Jinja's
    htmlsafe_json_dumps does), so no text from raw/ can end or confuse the script."""
    from plotly.utils import PlotlyJSONEncoder

    text = json.dumps(figure, cls=PlotlyJSONEncoder)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
