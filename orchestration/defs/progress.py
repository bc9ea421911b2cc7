"""The `progress` logger: what `make run` prints while its Dagster run goes on.

Dagster's console logger prints every event with timestamps and run ids, which is right
for the UI's log and too much for a terminal. A run whose config picks this logger
instead prints a short report to stdout: one line when ingest starts, one per raw table
as it is materialised (rows, files loaded or rejected with the reasons), and the lines
that assets announce with `announce()` (the dbt step saying whether it builds or skips,
publish saying what it wrote). Runs launched elsewhere (UI, schedule, sensor) use the
console logger; announcements are ordinary log lines there.
"""

from __future__ import annotations

import logging
import sys

import dagster as dg

STAGE_ATTRIBUTE = "warehouse_stage"
STAGES = {"ingest": "[2/3]", "transform": "[3/3]", "publish": "     "}


def announce(context: dg.AssetExecutionContext, stage: str, message: str) -> None:
    """Log `message` as a step of the run that `make run`'s report shows."""
    context.log.info(message, extra={STAGE_ATTRIBUTE: stage})


def ingest_lines(asset: str, metadata: dict) -> list[str]:
    """One raw table's line (rows; files loaded, unchanged, removed, rejected) and each
    rejected file's reasons, from its materialisation metadata."""
    loaded, removed = metadata.get("files_loaded") or {}, metadata.get("files_removed") or []
    rejected = metadata.get("files_rejected") or {}
    state = [f"{metadata.get('dagster/row_count', 0):,} rows"]
    state.append(f"{len(loaded)} file(s) loaded" if loaded else "unchanged")
    if removed:
        state.append(f"{len(removed)} removed")
    if rejected:
        state.append(f"{len(rejected)} REJECTED")
    lines = [f"  {asset:<16} {', '.join(state)}"]
    for label, message in rejected.items():
        lines.append(f"    rejected {label}:")
        lines += [f"      {line}" for line in str(message).splitlines()]
    return lines


class ProgressHandler(logging.Handler):
    """Turns the run's events into the report's lines."""

    def __init__(self, stream=None) -> None:
        # DEBUG: Dagster logs STEP_START at debug level, and ingest's first line hangs on it.
        super().__init__(logging.DEBUG)
        self.stream = stream or sys.stdout
        self.ingest_announced = False

    def _say(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()

    def emit(self, record: logging.LogRecord) -> None:
        stage = getattr(record, STAGE_ATTRIBUTE, None)
        meta = getattr(record, "dagster_meta", None) or {}
        if stage is not None:
            self._say(f"{STAGES.get(stage, '')} {meta.get('orig_message', record.getMessage())}")
            return
        event = meta.get("dagster_event")
        if event is None:
            return
        if event.event_type_value == "STEP_START" and (event.step_key or "").startswith("raw__"):
            if not self.ingest_announced:
                self.ingest_announced = True
                self._say(f"{STAGES['ingest']} Ingesting raw/ ...")
        elif event.event_type_value == "ASSET_MATERIALIZATION":
            materialization = event.event_specific_data.materialization
            key = materialization.asset_key
            if key.path[0] == "raw":
                metadata = {k: v.value for k, v in materialization.metadata.items()}
                for line in ingest_lines(key.to_user_string(), metadata):
                    self._say(line)


@dg.logger(description="The short report `make run` prints: ingest, dbt, publish.")
def progress_logger(_init_context: dg.InitLoggerContext) -> logging.Logger:
    logger = logging.getLogger("warehouse_progress")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.handlers = [ProgressHandler()]
    return logger
