"""The raw-files sensor: a run when a file under raw/ is added, changed or removed.

Its cursor is the state of every watched file (orchestration/domain/ingest/raw_files.py); a
tick compares the files with it and requests one run that ingests the raw tables whose
files changed and rebuilds everything downstream of them, publish included. The run
key is the changed files' new state, so one change never starts two runs, even if a
tick is evaluated twice. The sensor reads only files and the instance, never the
DuckDB file, so it cannot collide with a run that is writing it. The folder it watches
is the warehouse resource's layout, the same the ingest assets read.

With no cursor yet (a new deployment, or a reset), the files are compared with the data
versions the raw assets last materialised: an instance that `make run` already built
starts nothing, one that never ingested builds everything.
"""

import hashlib
from pathlib import Path

import dagster as dg

from orchestration.defs.publish.assets import PUBLISHED_KEY
from orchestration.defs.resources import WRITES_TAG, WarehouseResource
from orchestration.domain.core.layout import default_layout
from orchestration.domain.ingest.raw_files import (
    RAW_FILE_PATTERNS,
    FileState,
    changed_files,
    decode_state,
    disk_versions,
    encode_state,
    scan,
    table_of,
)

CHANGED_FILES_TAG = "warehouse/changed_files"


def _run_key(changed: list[str], current: dict[str, FileState]) -> str:
    digest = hashlib.sha256()
    for label in changed:
        state = current.get(label)
        digest.update(repr((label, state and (state.mtime_ns, state.size, state.sha256))).encode())
    return digest.hexdigest()[:24]


def _unmaterialised_tables(
    instance: dg.DagsterInstance, raw_dir: Path, current: dict[str, FileState]
) -> set:
    """Raw tables never materialised, or whose files on disk differ from what their asset
    last materialised (fx_rates: only the first, its version includes the ECB file)."""
    versions = disk_versions(raw_dir, current)
    stale = set()
    for table in RAW_FILE_PATTERNS:
        event = instance.get_latest_materialization_event(dg.AssetKey(["raw", table]))
        materialized = event and event.asset_materialization
        if not materialized or (
            table in versions and materialized.tags.get("dagster/data_version") != versions[table]
        ):
            stale.add(table)
    return stale


def _last_publish_was_a_replay(instance: dg.DagsterInstance) -> bool:
    event = instance.get_latest_materialization_event(PUBLISHED_KEY)
    materialized = event and event.asset_materialization
    return bool(
        materialized and materialized.metadata.get("replay", dg.BoolMetadataValue(False)).value
    )


def _selection(context: dg.SensorEvaluationContext, tables: set[str]) -> list[dg.AssetKey]:
    """The changed raw tables and everything downstream; everything when the build file
    holds a replay, which a partial build cannot bring back to today (the dbt asset
    refuses to try)."""
    graph = context.repository_def.asset_graph
    if _last_publish_was_a_replay(context.instance):
        return sorted(dg.AssetSelection.all().resolve(graph))
    raw_keys = [dg.AssetKey(["raw", table]) for table in sorted(tables)]
    selection = dg.AssetSelection.assets(*raw_keys).downstream()
    return sorted(selection.resolve(graph))


@dg.sensor(
    name="raw_files_sensor",
    target=dg.AssetSelection.all(),
    minimum_interval_seconds=default_layout().sensor_interval_seconds,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts one run when a documents, indicators, targets, statistics or fx "
    "file under raw/ is added, changed or removed: it ingests that table and rebuilds "
    "and publishes everything downstream.",
)
def raw_files_sensor(
    context: dg.SensorEvaluationContext, warehouse: WarehouseResource
) -> dg.SensorResult:
    raw_dir = warehouse.layout.raw_dir
    previous = decode_state(context.cursor)
    current = scan(raw_dir, previous)
    if context.cursor is None:
        tables = _unmaterialised_tables(context.instance, raw_dir, current)
        changed = sorted(label for label in current if table_of(label) in tables)
        reason = "First tick: the warehouse already holds these files."
    else:
        changed = changed_files(previous, current)
        tables = {table_of(label) for label in changed}
        reason = "No file under raw/ changed."
    cursor = encode_state(current)  # also records new times of files touched, not changed
    if not tables:
        return dg.SensorResult(skip_reason=reason, cursor=cursor)
    context.log.info(f"raw files changed: {', '.join(changed) or 'none'}; tables: {sorted(tables)}")
    request = dg.RunRequest(
        run_key=_run_key(changed or sorted(tables), current),
        asset_selection=_selection(context, tables),
        tags={**WRITES_TAG, CHANGED_FILES_TAG: ",".join(changed)[:1000]},
    )
    return dg.SensorResult(run_requests=[request], cursor=cursor)
