"""The offline report: warehouse/report/index.html (every target's status, filterable),
a page per target (trajectory chart, figures with sources and vintages, data-quality
issues, the dollar view) and quality.html (domain checks, rejected files and the raw
contracts' Great Expectations results).

Written at publish from the published file, so it shows what BI tools see. Everything
it loads is in the folder: plotly.js comes from the plotly package, the styles and the
filter script from static/; nothing is fetched from the network. The folder is written
beside the old one and swapped in whole, like the exports.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from orchestration.domain.publish.folders import replace_folder, staging_folder
from orchestration.domain.publish.report.charts import (
    LOCAL_SERIES,
    USD_SERIES,
    figure_json,
    trajectory_figure,
)
from orchestration.domain.publish.report.queries import ReportData, read_report_data
from orchestration.domain.publish.report.render import STATUS_WORDS, environment
from orchestration.domain.quality.gx_results import latest_results

STATIC = Path(__file__).parent / "static"


@dataclass(frozen=True)
class ReportResult:
    index: Path
    target_pages: int


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


def _target_page(env, data: ReportData, target: dict, common: dict) -> str:
    rows = data.trajectories.get(target["target_id"], [])
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
        figures=data.figures.get((target["indicator_id"], target["region"]), []),
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
    pages = staged / "targets"
    pages.mkdir()
    for target in data.targets:
        (pages / f"{target['target_id']}.html").write_text(
            _target_page(env, data, target, common), encoding="utf-8"
        )
    replace_folder(staged, destination)
    return ReportResult(destination / "index.html", len(data.targets))
