"""What the build file was last built from, kept in the build file itself.

The dbt asset and the publish asset decide from this record, whichever way a run was
launched (`make run`, the UI, GraphQL, the schedule, the sensor):

- dbt is skipped when the inputs it would build from (every raw table's data version,
  the dbt project's sources, the as-of date and whether it is a replay) equal those of
  the last complete build, and that build reached its destination (the published file,
  or for a replay its own file) which still exists;
- a dbt run of part of the project (the sensor selects what a changed file feeds) is
  allowed only on top of a complete build with the same project, as-of date and kind,
  and only if it covers every model downstream of the raw tables that changed; anything
  else would leave a mixture of two builds in the file;
- publish reads where the build must go (a replay never replaces the published file)
  and records that it got there.

The record is one row of `pipeline.transform_state`; the `pipeline` schema holds the
pipeline's own bookkeeping and is never published. The row is deleted before dbt starts
and written only when dbt finished without error, so a killed or failed build leaves no
record and the next run builds again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from orchestration.domain.core.sql import table_exists, tables_in
from orchestration.domain.documents.version import reader_code_version
from orchestration.domain.ingest.raw_files import RAW_FILE_PATTERNS, data_version
from orchestration.domain.ingest.sync import loaded_files
from orchestration.domain.transform.dbt_sources import dbt_sources_hash

SCHEMA = "pipeline"
STATE_TABLE = f"{SCHEMA}.transform_state"

INCREMENTAL_ROWS_TABLE = "statistics"
"""The raw table the incremental models compute again by series (macros/
series_to_rebuild.sql); every other raw table they read is context for all series."""
INCREMENTAL_CONTEXT_TABLES = frozenset({"indicators"})
"""Raw tables the incremental models read besides their rows (canonical units and
plausible ranges): a change there changes every series, so the build is a full refresh."""


@dataclass(frozen=True)
class BuildInputs:
    """Everything a dbt build's result depends on."""

    raw_versions: dict[str, str]
    dbt_sources: str
    as_of_date: str
    is_replay: bool
    rejections: str = ""
    """Which files stand rejected (quality.load_rejections): published with the rest, so
    a new rejection is a new build even when no raw table's rows changed."""
    reader_code: str = ""
    """The document reader's code (documents/version.py): the claims dbt matches are
    read by it from the raw texts, so a new reader is a new build, like a new project."""

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()

    def changed_tables(self, previous: BuildInputs) -> set[str]:
        """Raw tables whose data differ from `previous`."""
        tables = set(self.raw_versions) | set(previous.raw_versions)
        return {t for t in tables if self.raw_versions.get(t) != previous.raw_versions.get(t)}

    def same_build_kind(self, previous: BuildInputs) -> bool:
        """Same dbt project, reader, as-of date and kind: only raw data may differ."""
        return (self.dbt_sources, self.reader_code, self.as_of_date, self.is_replay) == (
            previous.dbt_sources,
            previous.reader_code,
            previous.as_of_date,
            previous.is_replay,
        )

    def changed_raw_only(self, previous: BuildState | None) -> set[str] | None:
        """The raw tables whose data changed since `previous`, when nothing else a build
        reads did (same dbt project, reader, as-of date, kind and rejected files, neither
        a replay): then a model no changed table feeds would be built again from the same
        rows, and the build may leave it as it is (orchestration/domain/transform/
        selection.py). None when anything else changed, or there is no complete build."""
        if (
            previous is None
            or self.is_replay
            or not self.same_build_kind(previous.inputs)
            or self.rejections != previous.inputs.rejections
        ):
            return None
        return self.changed_tables(previous.inputs)

    def allows_incremental(self, previous: BuildState | None) -> bool:
        """Whether dbt's incremental models may update the last build instead of being
        built from scratch (--full-refresh): that build completed, with the same dbt
        project (code, seeds, vars such as the quality policy), neither it nor this one
        is a replay, and none of the raw tables the incremental models read as context
        changed since. Then what differs is which statistics files are loaded and the
        as-of date, and the models work out which series that touches (macros/
        series_to_rebuild.sql). Anything else gives a full refresh, as does a first
        build."""
        return (
            previous is not None
            and self.dbt_sources == previous.inputs.dbt_sources
            and not (self.is_replay or previous.inputs.is_replay)
            and not (self.changed_tables(previous.inputs) & INCREMENTAL_CONTEXT_TABLES)
        )


@dataclass(frozen=True)
class BuildState:
    inputs: BuildInputs
    built_at: datetime
    published_to: str | None
    published_at: datetime | None

    def reached(self, destination: Path) -> bool:
        """The build was written to `destination`, which still exists."""
        return self.published_to == str(destination) and destination.exists()

    def is_current(self, inputs: BuildInputs, destination: Path) -> bool:
        """The skip rule: nothing a build reads changed since this one, and this one got
        to `destination`. The dbt asset skips on it; `make run` checks it (with no file
        left to ingest) before it starts Dagster at all."""
        return self.inputs == inputs and self.reached(destination)


def current_inputs(con: duckdb.DuckDBPyConnection, as_of_date: str | None) -> BuildInputs:
    """What a build started now would read: the loaded raw tables, the dbt project's
    sources, and the as-of date (today unless a replay's)."""
    return BuildInputs(
        raw_versions=raw_versions(con),
        dbt_sources=dbt_sources_hash(),
        as_of_date=as_of_date or date.today().isoformat(),
        is_replay=as_of_date is not None,
        rejections=rejections_version(con),
        reader_code=reader_code_version(),
    )


def raw_versions(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Each loaded raw table's data version, as its ingest asset computes it."""
    loaded = tables_in(con, "raw")
    return {
        table: data_version(list(loaded_files(con, table).items()))
        for table in sorted(RAW_FILE_PATTERNS)
        if table in loaded
    }


def rejections_version(con: duckdb.DuckDBPyConnection) -> str:
    """The set of rejected file versions, as a data version ("" when none is recorded)."""
    if not table_exists(con, "quality", "load_rejections"):
        return ""
    rows = con.execute(
        "select distinct table_name || ':' || source_file, file_hash from quality.load_rejections"
    ).fetchall()
    return data_version(rows) if rows else ""


def _ensure(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"create schema if not exists {SCHEMA}")
    con.execute(
        f"create table if not exists {STATE_TABLE} (inputs json, fingerprint varchar, "
        "built_at timestamp, published_to varchar, published_at timestamp)"
    )


def read_state(con: duckdb.DuckDBPyConnection) -> BuildState | None:
    """The last complete build, or None (never built, or the last build did not finish)."""
    if not table_exists(con, SCHEMA, "transform_state"):
        return None
    rows = con.execute(
        f"select inputs, built_at, published_to, published_at from {STATE_TABLE}"
    ).fetchall()
    if not rows:
        return None
    inputs, built_at, published_to, published_at = rows[0]
    return BuildState(BuildInputs(**json.loads(inputs)), built_at, published_to, published_at)


def clear_state(con: duckdb.DuckDBPyConnection) -> None:
    """Forget the last build: called before dbt touches the file."""
    _ensure(con)
    con.execute(f"delete from {STATE_TABLE}")


def record_build(con: duckdb.DuckDBPyConnection, inputs: BuildInputs) -> None:
    """dbt finished without error from `inputs`; not yet published anywhere."""
    clear_state(con)
    con.execute(
        f"insert into {STATE_TABLE} values (?, ?, ?, null, null)",
        [json.dumps(asdict(inputs), sort_keys=True), inputs.fingerprint, _now()],
    )


def record_published(con: duckdb.DuckDBPyConnection, destination: Path) -> None:
    _ensure(con)
    con.execute(
        f"update {STATE_TABLE} set published_to = ?, published_at = ?", [str(destination), _now()]
    )


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
