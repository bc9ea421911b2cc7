"""The offline report: warehouse/report/index.html (every target's status, filterable),
a page per target (trajectory chart, figures with sources and vintages, data-quality
issues, the dollar view) and quality.html (domain checks, rejected files and the raw
contracts' Great Expectations results).

Written at publish from the published file, so it shows what BI tools see. Everything
it loads is in the folder: plotly.js comes from the plotly package, the styles and the
filter script from static/; nothing is fetched from the network. The folder is written
beside the old one and swapped in whole, like the exports.

A target page is rendered only when what it shows changed (`_page_key`: the page's own
row; its trajectory, its series' figures and its dq issues by DuckDB digests, with those
tables' column names; the as-of date; the report's code and templates); otherwise the previous
report's page is taken (folders.ReusedFiles), byte for byte what a render would give.
`pages.json` keeps the keys. One
new bulletin at 1M statistics rows (3,969 targets, every vintage in its series' table)
then re-renders the pages of the series it touches, not 4,000. Target pages carry the
as-of date but not the publication time, which index.html and quality.html show, so an
unchanged page stays unchanged from one publish to the next.

Nothing per target or per issue is held for the whole warehouse but the digests and the
ids of the pages to render: the targets and the issues are streamed into index.html and
quality.html, and read a batch of series at a time for the pages (at 50M statistics
rows, 196,200 targets and 280,898 issues held as dicts were most of a 4.4 GB build).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import duckdb_config
from orchestration.domain.publish.folders import ReusedFiles, replace_folder, staging_folder
from orchestration.domain.publish.report import queries
from orchestration.domain.publish.report.charts import (
    LOCAL_SERIES,
    USD_SERIES,
    figure_json,
    trajectory_figure,
)
from orchestration.domain.publish.report.queries import (
    ReportData,
    iter_figures,
    read_issues,
    read_report_data,
    read_trajectories,
)
from orchestration.domain.publish.report.render import STATUS_WORDS, environment, figure_rows
from orchestration.domain.quality.gx_results import latest_results

PACKAGE = Path(__file__).parent
STATIC = PACKAGE / "static"
PAGE_KEYS = "pages.json"


@dataclass(frozen=True)
class ReportResult:
    index: Path
    target_pages: int
    pages_rendered: int = 0
    pages_reused: int = 0


def _code_version() -> str:
    """The report's own code, templates and static files: a change re-renders every page."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _page_key(code: str, data: ReportData, target: dict, common: dict) -> str:
    """Everything a target page is rendered from (its series' figures and its trajectory
    by their digests)."""
    shown = [
        code,
        common,
        target,
        data.trajectory_keys.get(target["target_id"]),
        data.figure_keys.get((target["indicator_id"], target["region"])),
        data.digested_columns,
        data.issue_keys.get(target["target_id"]),
        data.unit_labels,
    ]
    text = json.dumps(shown, default=str, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _write_assets(folder: Path) -> None:
    from plotly.offline import get_plotlyjs

    assets = folder / "assets"
    assets.mkdir(parents=True)
    (assets / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
    for path in STATIC.iterdir():
        shutil.copy(path, assets / path.name)


def _status_counts(counts: Counter) -> list[tuple[str, int]]:
    return [(status, counts[status]) for status in STATUS_WORDS if counts[status]]


def _page_common(as_of_date, published_db: Path) -> dict:
    """What every target page shows of the whole report: not the publication time, so an
    unchanged page stays byte for byte the same from one publish to the next."""
    return {"as_of_date": as_of_date, "published_at": None, "published_db": published_db.name}


def _write_streamed(template, path: Path, **context) -> None:
    """Render `template` into `path` as it is generated: a loop over rows read from
    DuckDB as they are written (196,200 targets, 280,898 issues at 50M) holds none of
    them beyond the one written."""
    with path.open("w", encoding="utf-8") as out:
        for piece in template.generate(**context):
            out.write(piece)


def _target_page(
    env,
    data: ReportData,
    target: dict,
    common: dict,
    figures: list[dict],
    rows: list[dict],
    issues: list[dict],
) -> str:
    unit = data.unit_labels.get(target["unit"], target["unit"])
    usd_figure = None
    if target["currency"] is not None:
        usd_figure = figure_json(trajectory_figure(rows, USD_SERIES, "billion US dollars"))
    return env.get_template("target.html.j2").render(
        **common,
        root="../",
        t=target,
        unit=unit,
        local_figure=figure_json(trajectory_figure(rows, LOCAL_SERIES, unit)),
        usd_figure=usd_figure,
        figures=bool(figures),
        figure_rows=figure_rows(figures, data.unit_labels),
        issues=issues,
        unit_labels=data.unit_labels,
    )


def write_report(published_db: Path, gx_validations: Path, destination: Path) -> ReportResult:
    """Write the report for `published_db` into `destination`, replacing it whole.

    The targets are read three times rather than held: once for which pages changed and
    the index's counts and filters, once streamed into index.html, and a batch of
    series' targets at a time for the pages rendered."""
    data = read_report_data(published_db)
    env = environment()
    published_at = datetime.fromtimestamp(published_db.stat().st_mtime)
    code = _code_version()
    staged = staging_folder(destination)
    _write_assets(staged)
    (staged / "targets").mkdir()
    reused = ReusedFiles(staged, destination, PAGE_KEYS)
    statuses: Counter = Counter()
    documents, sectors = set(), set()
    as_of_date, page_common = None, None
    # the pages to render again, by series: only their ids are held (all of them, at a
    # first publish)
    pages: dict[tuple[str, str], list[str]] = {}
    con = duckdb.connect(str(published_db), read_only=True, config=duckdb_config())
    try:
        for target in queries.iter_records(con, queries.TARGETS_SQL):
            if page_common is None:  # (the first target's as-of date, as the index's)
                as_of_date = target["as_of_date"]
                page_common = _page_common(as_of_date, published_db)
            statuses[target["status"]] += 1
            documents.add((target["document_id"], target["document_title"]))
            if target["sector"]:
                sectors.add(target["sector"])
            key = _page_key(code, data, target, page_common)
            if not reused.reuse(f"targets/{target['target_id']}.html", key):
                series = (target["indicator_id"], target["region"])
                pages.setdefault(series, []).append(target["target_id"])
        common = {
            "as_of_date": as_of_date,
            "published_at": published_at,
            "published_db": published_db.name,
        }
        _write_streamed(
            env.get_template("index.html.j2"),
            staged / "index.html",
            **common,
            root="",
            targets=queries.iter_records(con, queries.TARGETS_SQL),
            target_count=data.target_count,
            status_counts=_status_counts(statuses),
            documents=sorted(documents),
            sectors=sorted(sectors),
            unit_labels=data.unit_labels,
        )
        _write_streamed(
            env.get_template("quality.html.j2"),
            staged / "quality.html",
            **common,
            root="",
            issues=queries.iter_records(con, queries.ISSUES_SQL),
            issue_count=data.issue_count,
            rejections=data.rejections,
            suites=latest_results(gx_validations),
        )
        rendered = _render_pages(con, env, data, staged, pages, page_common)
    finally:
        con.close()
    reused.save()
    replace_folder(staged, destination)
    total = data.target_count
    return ReportResult(destination / "index.html", total, rendered, total - rendered)


def _render_pages(
    con: duckdb.DuckDBPyConnection,
    env,
    data: ReportData,
    staged: Path,
    pages: dict[tuple[str, str], list[str]],
    page_common: dict | None,
) -> int:
    """Render the pages of `pages` (target ids by series), SERIES_PER_QUERY series at a
    time: their targets, trajectories and issues read for the batch, their series'
    figures one series at a time (a bulletin: a few series, not a million rows), all on
    the report's one connection."""
    rendered = 0

    def render(series, figures, targets, trajectories, issues) -> None:
        for target_id in pages.pop(series):
            target = targets[target_id]
            rows = trajectories.get(target_id, [])
            (staged / f"targets/{target_id}.html").write_text(
                _target_page(
                    env, data, target, page_common, figures, rows, issues.get(target_id, [])
                ),
                encoding="utf-8",
            )

    in_order = sorted(pages)
    for start in range(0, len(in_order), queries.SERIES_PER_QUERY):
        batch = in_order[start : start + queries.SERIES_PER_QUERY]
        target_ids = [target_id for series in batch for target_id in pages[series]]
        rendered += len(target_ids)
        targets = {
            target["target_id"]: target
            for target in queries.iter_records(con, queries.TARGETS_OF_SQL, [target_ids])
        }
        trajectories = read_trajectories(con, target_ids)
        issues = read_issues(con, target_ids)
        wanted = set(batch)
        for series, figures in iter_figures(con, wanted):
            if series in wanted:  # (not another batch's: an id holding '|' matches twice)
                render(series, figures, targets, trajectories, issues)
        for series in batch:  # series with no figure held
            if series in pages:
                render(series, [], targets, trajectories, issues)
    return rendered
