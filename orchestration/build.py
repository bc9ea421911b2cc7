"""`make run`: build the whole warehouse from raw/ with Dagster, readably.

Two Dagster runs, both recorded in the instance under DAGSTER_HOME so the UI shows
them: `ingest` (cheap: unchanged files are skipped by hash) and `transform` (dbt
build: the costly part). Transform is skipped when nothing it reads has changed
since the last successful transform into the same database: same raw data versions,
same dbt project sources, and the ingest run changed no table. The inputs'
fingerprint is kept as a tag on the transform run, so Dagster's own run history is
the record, not a side file.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from orchestration.domain.build_lock import build_lock
from orchestration.domain.dbt_sources import dbt_sources_hash
from orchestration.domain.paths import (
    PROJECT_ROOT,
    build_db_path,
    published_db_path,
)

FINGERPRINT_TAG = "warehouse/inputs"
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def _say(message: str) -> None:
    print(message, flush=True)


def ensure_dagster_home() -> Path:
    """DAGSTER_HOME defaults to .dagster_home/ in the repo, holding a link to dagster.yaml."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT / ".dagster_home")))
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.symlink_to(PROJECT_ROOT / "dagster.yaml")
    return home


def prepare_manifest(sources_hash: str) -> None:
    """Parse the dbt project when its sources changed since the manifest was written."""
    from orchestration.defs.transform.project import dbt_project

    stamp = dbt_project.manifest_path.parent / "sources.sha256"
    if dbt_project.manifest_path.exists() and stamp.exists() and stamp.read_text() == sources_hash:
        return
    _say("Parsing the dbt project (its sources changed) ...")
    dbt_project.preparer.prepare(dbt_project)
    stamp.write_text(sources_hash)


def _last_fingerprint(instance) -> str | None:
    import dagster as dg

    runs = instance.get_runs(
        filters=dg.RunsFilter(job_name="transform", statuses=[dg.DagsterRunStatus.SUCCESS]),
        limit=1,
    )
    return runs[0].tags.get(FINGERPRINT_TAG) if runs else None


def _marts_present(database: Path) -> bool:
    import duckdb

    if not database.exists():
        return False
    con = duckdb.connect(str(database))
    try:
        return bool(
            con.execute(
                "select count(*) from information_schema.tables where table_schema = 'marts'"
            ).fetchall()[0][0]
        )
    finally:
        con.close()


def _ingest_lines(result) -> tuple[list[str], bool, str]:
    """Per raw table: files loaded, unchanged, rejected; whether anything changed; versions."""
    lines, changed, versions = [], False, []
    for event in result.get_asset_materialization_events():
        materialization = event.event_specific_data.materialization
        meta = {k: v.value for k, v in materialization.metadata.items()}
        loaded, removed, rejected = (
            meta["files_loaded"],
            meta["files_removed"],
            meta["files_rejected"],
        )
        changed = changed or bool(loaded or removed)
        versions.append(
            f"{materialization.asset_key.to_user_string()}="
            f"{(materialization.tags or {}).get('dagster/data_version')}"
        )
        state = [f"{meta['dagster/row_count']:,} rows"]
        state.append(f"{len(loaded)} file(s) loaded" if loaded else "unchanged")
        if removed:
            state.append(f"{len(removed)} removed")
        if rejected:
            state.append(f"{len(rejected)} REJECTED")
        lines.append(f"  {materialization.asset_key.to_user_string():<16} {', '.join(state)}")
        for label, message in rejected.items():
            lines.append(f"    rejected {label}:")
            lines += [f"      {line}" for line in message.splitlines()]
    return lines, changed, "|".join(sorted(versions))


def _report_checks(evaluations, what: str) -> bool:
    """Print one line per check that did not pass; True when a blocking one failed."""
    failed = [e for e in evaluations if not e.passed]
    _say(f"  {what}: {len(evaluations) - len(failed)} of {len(evaluations)} checks pass")
    blocked = False
    for evaluation in failed:
        meta = {k: v.value for k, v in evaluation.metadata.items()}
        if "errors" in meta:
            detail = f"{meta['errors']} error(s), {meta['warnings']} warning(s)"
        else:
            detail = "; ".join(meta.get("failures") or [])
        severity = evaluation.severity.value
        name = f"{evaluation.asset_key.to_user_string()} {evaluation.check_name}"
        _say(f"    {severity.lower():<5} {name}: {detail}")
        blocked = blocked or (bool(evaluation.blocking) and severity == "ERROR")
    return blocked


def build(force: bool = False, as_of: str | None = None) -> int:
    """Build under the build lock: a second build (another `make run`, or a run the
    Dagster daemon launched) waits for this one and says who holds the lock."""
    with build_lock(build_db_path(), _say):
        return _build(force, as_of)


def _build(force: bool = False, as_of: str | None = None) -> int:
    """Ingest, then transform if needed, then print the summary. Returns an exit code.

    `as_of` builds the marts as known on that date; the default is today, which is
    part of the fingerprint too, so the marts are rebuilt once a day at most.
    """
    started = time.monotonic()
    ensure_dagster_home()
    database = build_db_path()
    os.environ["WAREHOUSE_BUILD_DB"] = str(database)
    sources_hash = dbt_sources_hash()
    _say(f"Building the warehouse into {database}")
    _say("[1/3] Loading definitions (Dagster, dbt) ...")
    prepare_manifest(sources_hash)

    import dagster as dg

    from orchestration.definitions import defs as load_defs

    definitions = load_defs()
    instance = dg.DagsterInstance.get()

    _say("[2/3] Ingesting raw/ ...")
    ingest = definitions.resolve_job_def("ingest").execute_in_process(
        instance=instance, run_config=QUIET_RUN_CONFIG, raise_on_error=False
    )
    lines, changed, versions = _ingest_lines(ingest)
    for line in lines:
        _say(line)
    blocked = _report_checks(ingest.get_asset_check_evaluations(), "raw contracts")
    if blocked:
        _say(
            "Stopped: a raw table breaks its contract (above); the models were not rebuilt "
            f"and the last good warehouse is unchanged. See run {ingest.run_id} (make dev)."
        )
        return 1
    if not ingest.success:
        _say(f"Ingest failed; see run {ingest.run_id} in the Dagster UI (make dev).")
        return 1

    as_of_date = as_of or date.today().isoformat()
    fingerprint = hashlib.sha256(
        f"{database}|{sources_hash}|{versions}|{as_of_date}".encode()
    ).hexdigest()
    up_to_date = (
        not force
        and not changed
        and _last_fingerprint(instance) == fingerprint
        and _marts_present(database)
    )
    if up_to_date:
        _say("[3/3] Transform skipped: no input changed since the last successful build.")
    else:
        _say(f"[3/3] Building dbt models and tests as of {as_of_date} ...")
        transform_job = definitions.resolve_job_def("transform")
        selection = None
        if as_of:
            # a replay of the past is for analysis: it never replaces what readers see
            selection = [
                key
                for key in transform_job.asset_layer.executable_asset_keys
                if key.path[0] != "publish"
            ]
        transform = transform_job.execute_in_process(
            instance=instance,
            run_config={
                "loggers": {"console": {"config": {"log_level": "INFO"}}},
                "ops": {"warehouse_dbt_models": {"config": {"as_of_date": as_of}}},
            },
            tags={FINGERPRINT_TAG: fingerprint},
            asset_selection=selection,
            raise_on_error=False,
        )
        blocked = _report_checks(
            [
                e
                for e in transform.get_asset_check_evaluations()
                if e.asset_key.path == ["quality", "dq_issues"] and "errors" in e.metadata
            ],
            "domain checks",
        )
        if blocked:
            _say(
                "Blocked: a check that blocks publishing failed (above). The build file has "
                f"the new models; the published warehouse ({published_db_path()}) was not "
                f"changed. See run {transform.run_id}."
            )
            return 1
        if not transform.success:
            _say(
                f"The build failed; the published warehouse ({published_db_path()}) was not "
                f"changed. See run {transform.run_id} in the Dagster UI (make dev)."
            )
            return 1
    if not as_of and not published_db_path().exists():
        _say("Publishing the current build (no published warehouse yet) ...")
        published = definitions.resolve_job_def("publish").execute_in_process(
            instance=instance, run_config=QUIET_RUN_CONFIG, raise_on_error=False
        )
        if not published.success:
            _say(f"Publishing failed; see run {published.run_id} in the Dagster UI (make dev).")
            return 1

    summary = subprocess.run(
        [sys.executable, "-m", "orchestration.summary", str(database), str(published_db_path())],
        capture_output=True,
        text=True,
        check=False,
    )
    _say(summary.stdout.rstrip() or summary.stderr)
    _say(f"Done in {time.monotonic() - started:.1f} s.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m orchestration", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("build", help="build the whole warehouse from raw/")
    run.add_argument("--force", action="store_true", help="rebuild dbt models even if unchanged")
    run.add_argument(
        "--as-of",
        type=lambda text: date.fromisoformat(text).isoformat(),
        help="build the marts as known on this date (YYYY-MM-DD); default today",
    )
    args = parser.parse_args(argv)
    return build(force=args.force, as_of=args.as_of)


if __name__ == "__main__":
    sys.exit(main())
