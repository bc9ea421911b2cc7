"""`make run`: one Dagster run of the build_warehouse job, reported readably.

The rules about data live in the assets, so a run from here, the UI, GraphQL, the
schedule or the sensor behaves the same: the dbt asset skips when no input changed,
publish writes a replay to its own file, checks block what they guard. This module only
launches the job (in process, recorded in the instance under DAGSTER_HOME so the UI
shows it), lets the `progress` logger print what happens, and ends with which checks
did not pass, the exit code and the summary (orchestration/summary.py).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from datetime import date
from pathlib import Path

from orchestration.domain.core.build_lock import build_lock
from orchestration.domain.core.layout import PROJECT_ROOT, WarehouseLayout, default_layout
from orchestration.domain.quality import gx_worker
from orchestration.domain.transform.up_to_date import CurrentBuild, check_build

BUILD_JOB = "build_warehouse"
FILES_ACCEPTED = "files_accepted"  # the ingest assets' check (defs/ingest/assets.py)

# Exit codes a scheduler can act on (README, "Two commands").
EXIT_OK = 0
EXIT_FAILED = 1  # nothing new published: a build failed, or a blocking check stopped it
EXIT_FILES_REJECTED = 2  # everything else built and published; some raw file is rejected
DBT_STEP = "warehouse_dbt_models"


def _quiet_unrun_checks() -> None:
    """Drop Dagster's warning that a blocking dbt test "emitted no result": it does so
    whenever the dbt asset skips (nothing changed), and publish is then skipped too."""
    logging.getLogger("dagster._core.execution.plan.active").addFilter(
        lambda record: "emitted no result" not in record.getMessage()
    )


def _say(message: str) -> None:
    print(message, flush=True)


def dagster_instance(layout: WarehouseLayout):
    """The instance under the layout's Dagster home, which links to the repo's dagster.yaml."""
    import dagster as dg

    home = layout.dagster_home
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.symlink_to(PROJECT_ROOT / "dagster.yaml")
    return dg.DagsterInstance.from_config(str(home))


def _report_checks(evaluations, what: str) -> bool:
    """Print one line per check that did not pass; True when a blocking one failed."""
    failed = [e for e in evaluations if not e.passed]
    _say(f"  {what}: {len(evaluations) - len(failed)} of {len(evaluations)} checks pass")
    blocked = False
    for evaluation in failed:
        meta = {k: v.value for k, v in evaluation.metadata.items()}
        if "errors" in meta:
            detail = f"{meta['errors']} error(s), {meta['warnings']} warning(s)"
        elif "rejected" in meta:
            detail = "; ".join(f"{label} ({reason})" for label, reason in meta["rejected"].items())
        else:
            detail = "; ".join(meta.get("failures") or [])
        severity = evaluation.severity.value
        name = f"{evaluation.asset_key.to_user_string()} {evaluation.check_name}"
        _say(f"    {severity.lower():<5} {name}: {detail}")
        blocked = blocked or (bool(evaluation.blocking) and severity == "ERROR")
    return blocked


def _outcome(result, layout: WarehouseLayout) -> int:
    """Say how the run ended and what readers see; the exit code."""
    evaluations = result.get_asset_check_evaluations()
    raw = [
        e for e in evaluations if e.asset_key.path[0] == "raw" and e.check_name != FILES_ACCEPTED
    ]
    accepted = [e for e in evaluations if e.check_name == FILES_ACCEPTED]
    domain = [
        e
        for e in evaluations
        if e.asset_key.path == ["quality", "dq_issues"] and "errors" in e.metadata
    ]
    if accepted:
        _report_checks(accepted, "raw files accepted")
    if _report_checks(raw, "raw contracts"):
        _say(
            "Stopped: a raw table breaks its contract (above); the models were not rebuilt "
            f"and the last good warehouse is unchanged. See run {result.run_id} (make dev)."
        )
        return EXIT_FAILED
    if domain and _report_checks(domain, "domain checks"):
        _say(
            "Blocked: a check that blocks publishing failed (above). The build file has "
            f"the new models; the published warehouse ({layout.published_db}) was not "
            f"changed. See run {result.run_id}."
        )
        return EXIT_FAILED
    if not result.success:
        for event in result.all_events:
            if event.is_step_failure:
                error = event.step_failure_data.error
                while error is not None and error.cause is not None:
                    error = error.cause  # the user code's own error, not Dagster's wrapper
                _say(f"  failed: {event.step_key}: {error.message.strip() if error else ''}")
        _say(
            f"The build failed; the published warehouse ({layout.published_db}) was not "
            f"changed. See run {result.run_id} in the Dagster UI (make dev)."
        )
        return EXIT_FAILED
    rejected = [e for e in accepted if not e.passed]
    if rejected:
        files = sum(e.metadata["files_rejected"].value for e in rejected)
        _say(
            f"Built and published, but {files} raw file(s) stand rejected (listed below and "
            "in quality.load_rejections, which readers see): fix them and run again."
        )
        return EXIT_FILES_REJECTED
    return EXIT_OK


def _without_dbt_core_in_process() -> None:
    """Keep dbt-core's Python package out of this process: 1.0 s of every `make run`.

    dbt runs as its own process (dagster-dbt's DbtCliResource starts the `dbt` command),
    so this process needs none of dbt-core. dagster-dbt imports it all the same when it
    is installed (dagster_dbt/compat.py, for its types and its version check), and falls
    back to its own definitions when it is not, as with the Fusion engine. Hiding
    dbt.version makes that import fail the way a missing package does. The two things
    dagster-dbt would still do in process with dbt-core, ask the adapter (never: see
    WarehouseDbtCliResource) and compare the version (the `dbt` command is the installed
    dbt-core, pinned in pyproject.toml), it has no use for here. Only the build command
    does this: `metrics` runs MetricFlow, which needs dbt-core in process. Called before
    anything imports dagster_dbt. tests/integration/test_dbt_resource.py holds the job's
    assets and checks the same either way; every end-to-end build runs with it."""
    sys.modules.setdefault("dbt.version", None)  # type: ignore[arg-type]


def _run_build_job(layout: WarehouseLayout, force: bool, as_of: str | None) -> int:
    _say("[1/3] Loading definitions (Dagster, dbt) ...")
    _without_dbt_core_in_process()
    from orchestration.defs.dbt_project import prepare_manifest

    prepare_manifest(layout, _say)
    from orchestration.definitions import definitions_for

    _quiet_unrun_checks()
    job = definitions_for(layout).resolve_job_def(BUILD_JOB)
    # disposed at the end: the event log's open connections are closed (and SQLite's
    # write-ahead log folded into the run's history) before the process ends
    with dagster_instance(layout) as instance:
        result = job.execute_in_process(
            instance=instance,
            run_config={
                "loggers": {"progress": {}},
                "ops": {DBT_STEP: {"config": {"as_of_date": as_of, "force": force}}},
            },
            raise_on_error=False,
        )
    return _outcome(result, layout)


def _nothing_changed(current: CurrentBuild) -> int:
    """`make run` with nothing to do: said, with no Dagster run (up_to_date.py says why)."""
    _say(
        f"Nothing changed since the build of {current.built_at:%Y-%m-%d %H:%M:%S} UTC (no raw "
        "file to load, the same dbt project, the same as-of date): the published warehouse "
        "is current, so no Dagster run was started. `make run FORCE=1` rebuilds anyway."
    )
    if not current.rejected_files:
        return EXIT_OK
    _say(f"{len(current.rejected_files)} raw file(s) still stand rejected (see below):")
    for label in current.rejected_files:
        _say(f"  {label}")
    return EXIT_FILES_REJECTED


def build(layout: WarehouseLayout, force: bool = False, as_of: str | None = None) -> int:
    """Run build_warehouse for `layout` under the build lock (a second build, another
    `make run` or a run the daemon launched, waits and says who holds it), unless the
    last build is still current (orchestration/domain/transform/up_to_date.py)."""
    started = time.monotonic()
    _say(f"Building the warehouse into {layout.build_db}")
    with build_lock(layout.lock_file, _say):
        check = check_build(layout, rebuild=bool(force or as_of))
        if check.current is not None:
            code = _nothing_changed(check.current)
        else:
            if check.files_to_load:  # GX imported on the second core while Dagster loads
                gx_worker.start()
            try:
                code = _run_build_job(layout, force, as_of)
            finally:
                gx_worker.stop()
    from orchestration.summary import render

    _say(render(layout, replay_of=as_of))
    _say(f"Done in {time.monotonic() - started:.1f} s.")
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m orchestration", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("build", help="build the whole warehouse from raw/")
    run.add_argument(
        "--force",
        action="store_true",
        help="rebuild every dbt model from scratch (--full-refresh), even if unchanged",
    )
    run.add_argument(
        "--as-of",
        type=lambda text: date.fromisoformat(text).isoformat(),
        help="replay: build as known on this date (YYYY-MM-DD) into its own file",
    )
    sub.add_parser(
        "check-sources",
        help="every raw/statistics row names its page, date and the number it states",
    )
    metrics = sub.add_parser(
        "metrics", help="the shared metrics (dbt semantic layer) from the published warehouse"
    )
    metrics.add_argument("--metrics", required=True, help="comma-separated metric names")
    metrics.add_argument("--group-by", default="", help="comma-separated, e.g. target__status")
    metrics.add_argument("--order", default="", help="comma-separated; -name for descending")
    metrics.add_argument("--explain", action="store_true", help="print the SQL, run nothing")
    metrics.add_argument("--csv", type=Path, help="write the result to this CSV file")
    args = parser.parse_args(argv)
    if args.command == "check-sources":
        return check_sources(default_layout())
    if args.command == "metrics":
        return run_metrics(default_layout(), args)
    return build(default_layout(), force=args.force, as_of=args.as_of)


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def run_metrics(layout: WarehouseLayout, args: argparse.Namespace) -> int:
    """`python -m orchestration metrics`: see orchestration/metrics.py."""
    from orchestration import metrics

    names, group_by, order = _names(args.metrics), _names(args.group_by), _names(args.order)
    if not args.explain and not layout.published_db.exists():
        _say(f"No published warehouse at {layout.published_db}: run `make run` first.")
        return EXIT_FAILED
    try:
        if args.explain:
            _say(metrics.metric_sql(names, group_by, order)[0])
            return EXIT_OK
        columns, rows = metrics.query_metrics(layout, names, group_by, order)
    except Exception as error:  # MetricFlow's errors (unknown metric, no manifest) in a line
        _say(f"metrics: {type(error).__name__}: {str(error).strip().splitlines()[0]}")
        return EXIT_FAILED
    metrics.print_metrics(columns, rows, args.csv)
    return EXIT_OK


def check_sources(layout: WarehouseLayout) -> int:
    """`make check-sources`: list provenance problems of raw/statistics; 1 if any."""
    from orchestration.domain.ingest.provenance import check_sources as problems_in

    problems = problems_in(layout.raw_dir)
    for problem in problems:
        _say(str(problem))
    rows = "every row" if not problems else f"{len(problems)} problem(s)"
    _say(f"check-sources: {rows} in {layout.raw_dir / 'statistics'}")
    return EXIT_FAILED if problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
