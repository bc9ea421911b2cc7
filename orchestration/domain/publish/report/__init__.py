"""The offline report: warehouse/report/index.html (every target's status, filterable),
a page per target (trajectory chart, figures with sources and vintages, data-quality
issues, the dollar view) and quality.html (domain checks, rejected files and the raw
contracts' Great Expectations results).

Written at publish from the published file, so it shows what BI tools see. Everything
it loads is in the folder: plotly.js comes from the plotly package, the styles and the
filter script from static/; nothing is fetched from the network. The folder is written
beside the old one and swapped in whole, like the exports.

A target page is rendered only when what it shows changed (`_page_key`: the page's own
row; its trajectory and its series' figures by DuckDB digests, with those marts' column
names; the as-of date; the report's code and templates); otherwise the previous
report's page is taken (folders.ReusedFiles), byte for byte what a render would give.
`pages.json` keeps the keys. One
new bulletin at 1M statistics rows (3,969 targets, every vintage in its series' table)
then re-renders the pages of the series it touches, not 4,000. Target pages carry the
as-of date but not the publication time, which index.html and quality.html show, so an
unchanged page stays unchanged from one publish to the next.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

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
        data.issues_for(target),
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


def _status_counts(targets: list[dict]) -> list[tuple[str, int]]:
    counts = Counter(target["status"] for target in targets)
    return [(status, counts[status]) for status in STATUS_WORDS if counts[status]]


def _target_page(
    env, data: ReportData, target: dict, common: dict, figures: list[dict], rows: list[dict]
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
        issues=data.issues_for(target),
        unit_labels=data.unit_labels,
    )


def write_report(published_db: Path, gx_validations: Path, destination: Path) -> ReportResult:
    """Write the report for `published_db` into `destination`, replacing it whole."""
    data = read_report_data(published_db)
    env = environment()
    common = {
        "as_of_date": data.targets[0]["as_of_date"] if data.targets else None,
        "published_at": datetime.fromtimestamp(published_db.stat().st_mtime),
        "published_db": published_db.name,
    }
    staged = staging_folder(destination)
    _write_assets(staged)
    documents = sorted({(t["document_id"], t["document_title"]) for t in data.targets})
    (staged / "index.html").write_text(
        env.get_template("index.html.j2").render(
            **common,
            root="",
            targets=data.targets,
            status_counts=_status_counts(data.targets),
            documents=documents,
            sectors=sorted({t["sector"] for t in data.targets if t["sector"]}),
            unit_labels=data.unit_labels,
        ),
        encoding="utf-8",
    )
    (staged / "quality.html").write_text(
        env.get_template("quality.html.j2").render(
            **common,
            root="",
            issues=data.issues,
            rejections=data.rejections,
            suites=latest_results(gx_validations),
        ),
        encoding="utf-8",
    )
    (staged / "targets").mkdir()
    page_common = {**common, "published_at": None}
    code = _code_version()
    reused = ReusedFiles(staged, destination, PAGE_KEYS)
    changed = [
        target
        for target in data.targets
        if not reused.reuse(
            f"targets/{target['target_id']}.html", _page_key(code, data, target, page_common)
        )
    ]
    # only the series of the pages rendered are read (a bulletin: a few, not a million
    # rows), one series at a time, and their targets' trajectories a batch at a time
    pages: dict[tuple[str, str], list[dict]] = {}
    for target in changed:
        pages.setdefault((target["indicator_id"], target["region"]), []).append(target)

    def render(series: tuple[str, str], figures: list[dict], trajectories: dict) -> None:
        for target in pages.pop(series):
            rows = trajectories.get(target["target_id"], [])
            (staged / f"targets/{target['target_id']}.html").write_text(
                _target_page(env, data, target, page_common, figures, rows), encoding="utf-8"
            )

    in_order = sorted(pages)
    for start in range(0, len(in_order), queries.SERIES_PER_QUERY):
        batch = in_order[start : start + queries.SERIES_PER_QUERY]
        trajectories = read_trajectories(
            published_db, [target["target_id"] for series in batch for target in pages[series]]
        )
        wanted = set(batch)
        for series, figures in iter_figures(published_db, wanted):
            if series in wanted:  # (not another batch's: an id holding '|' matches twice)
                render(series, figures, trajectories)
        for series in batch:  # series with no figure held
            if series in pages:
                render(series, [], trajectories)
    rendered = len(changed)
    reused.save()
    replace_folder(staged, destination)
    total = len(data.targets)
    return ReportResult(destination / "index.html", total, rendered, total - rendered)
