"""Bring a raw table in line with its files: load new and changed ones, drop removed ones.

Each file is staged as text (read.py) and checked against its contract (validate.py),
and only then inserted with its load metadata: `_source_file`, `_source_row`,
`_file_hash`, `_loaded_at`. Those columns are also the ledger: a file whose hash is
already in the table is skipped, so a re-run with unchanged files leaves every table
byte-for-byte the same, and a changed file replaces only its own rows.

A file that breaks its contract is rejected whole: its previous good rows stay,
nothing of it loads, the problem is recorded in quality.load_rejections with
file, row, column, value and reason, and the other files still load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb

from orchestration.domain.core.sql import quote_name, quote_text, scalar, table_exists, tables_in
from orchestration.domain.ingest.contracts import Column, TableContract
from orchestration.domain.ingest.errors import RawFileError, Violation
from orchestration.domain.ingest.read import STAGE, SourceFile, file_hash, stage_csv
from orchestration.domain.ingest.validate import MAX_REPORTED, VALUES, validate_stage

LOAD_COLUMNS = (
    ("_source_file", "varchar"),
    ("_source_row", "bigint"),
    ("_file_hash", "varchar"),
    ("_loaded_at", "timestamp"),
)


@dataclass
class SyncReport:
    table: str
    loaded: dict[str, int] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    rejected: dict[str, RawFileError] = field(default_factory=dict)
    row_count: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.loaded or self.removed)


def _trim_free(column: Column) -> bool:
    """Whether a value of this column that passed its checks can hold no surrounding
    blanks, so trimming it is a no-op: a required value whose check reads the untrimmed
    text exactly (an id, a pattern, an enum, a unit code, an ISO date) or a number
    (DuckDB's cast ignores surrounding blanks). A blank-only value of a required column
    is rejected as missing, so never reaches the typed table."""
    if not column.required:
        return False
    if column.kind in ("id", "pattern"):
        return (
            bool(column.pattern) and column.pattern.startswith("^") and column.pattern.endswith("$")
        )
    if column.kind == "number":
        return not column.records_decimals  # the decimals are read from the text itself
    return column.kind in ("enum", "unit", "date")


def _typed_select(contract: TableContract) -> str:
    """The typed columns of a validated stage: blanks trimmed, empty as null, defaults
    filled. Trimming is a third of the insert's cost on a large file, so columns whose
    checks already exclude blanks (`_trim_free`) are cast as they are: the same value."""
    parts = []
    for column in contract.columns:
        if _trim_free(column):
            value = quote_name(column.name)
        elif column.keeps_blanks:
            value = f"nullif({quote_name(column.name)}, '')"
        else:
            value = f"nullif(trim({quote_name(column.name)}), '')"
        if column.default is not None:
            value = f"coalesce({value}, '{column.default}')"
        parts.append(f"cast({value} as {column.sql_type}) as {quote_name(column.name)}")
        if column.records_decimals:
            parts.append(
                f"cast(length(regexp_extract({value}, '\\.(\\d+)$', 1)) as integer) "
                f"as {quote_name(column.name + '_decimals')}"
            )
    return ", ".join(parts)


REJECTIONS_COMMENT = (
    "Every raw file rejected under its contract, with the file, row, column and reason; "
    "the last good rows of that file stay loaded."
)
REJECTION_COLUMNS = (
    ("table_name", "varchar", "The raw table the file belongs to."),
    ("source_file", "varchar", "The file, relative to the raw folder."),
    ("file_hash", "varchar", "SHA-256 of the rejected file's bytes."),
    ("row_number", "bigint", "The data row in the file (1 = line 2); 0 for the file as a whole."),
    ("column_name", "varchar", "The column at fault; empty when the whole file or row is."),
    ("value", "varchar", "The value as written in the file."),
    ("reason", "varchar", "What is wrong, in words."),
    ("rejected_at", "timestamp", "When the run that rejected it loaded the file."),
)


def loaded_files(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """raw.<table>'s ledger: each loaded file's label and the content hash it was loaded
    with (the `_source_file` and `_file_hash` of its rows)."""
    return dict(
        con.execute(f"select distinct _source_file, _file_hash from raw.{table}").fetchall()
    )


def ensure_tables(con: duckdb.DuckDBPyConnection, contract: TableContract) -> None:
    """Create raw.<table> and quality.load_rejections; rebuild raw.<table> on a new contract."""
    con.execute("create schema if not exists raw")
    con.execute("create schema if not exists quality")
    columns = ", ".join(f"{name} {type_}" for name, type_, _ in REJECTION_COLUMNS)
    con.execute(f"create table if not exists quality.load_rejections ({columns})")
    # Published beside the dbt models, so it carries descriptions like them (BI tools
    # show comments); dbt does not persist docs for a source, so they are set here.
    con.execute(f"comment on table quality.load_rejections is {quote_text(REJECTIONS_COMMENT)}")
    for name, _, text in REJECTION_COLUMNS:
        con.execute(f"comment on column quality.load_rejections.{name} is {quote_text(text)}")
    wanted = [pair for c in contract.columns for pair in c.stored] + list(LOAD_COLUMNS)
    existing = con.execute(
        "select column_name, lower(data_type) from information_schema.columns "
        "where table_schema = 'raw' and table_name = ? order by ordinal_position",
        [contract.table],
    ).fetchall()
    if existing and [(n, t) for n, t in existing] != wanted:
        con.execute(f"drop table raw.{contract.table}")
        existing = []
    if not existing:
        columns = ", ".join(f"{quote_name(n)} {t}" for n, t in wanted)
        con.execute(f"create table raw.{contract.table} ({columns})")


def sync_table(
    con: duckdb.DuckDBPyConnection,
    contract: TableContract,
    sources: list[SourceFile],
    log: Callable[[str], None] = lambda _message: None,
) -> SyncReport:
    """Bring raw.<table> in line with `sources`: load new and changed files, drop removed ones."""
    ensure_tables(con, contract)
    table = f"raw.{contract.table}"
    report = SyncReport(contract.table)
    keys = _LoadedKeys(contract)
    loaded = loaded_files(con, contract.table)
    present = {source.label for source in sources}
    for label in sorted(set(loaded) - present):
        con.execute(f"delete from {table} where _source_file = ?", [label])
        report.removed.append(label)
        log(f"{label}: removed, its rows deleted")
    con.execute(
        "delete from quality.load_rejections where table_name = ? and source_file not in "
        "(select unnest(?::varchar[]))",
        [contract.table, sorted(present)],
    )
    for source in sources:
        digest = file_hash(source.path)
        if loaded.get(source.label) == digest:
            report.unchanged.append(source.label)
            con.execute(
                "delete from quality.load_rejections where table_name = ? and source_file = ?",
                [contract.table, source.label],
            )
            continue
        try:
            (source.stager or stage_csv)(con, source.path, source.label)
            rows = validate_stage(con, contract, source.label)
            keys.gather(con)
            _replace_rows(con, contract, source.label, digest, keys)
        except RawFileError as error:
            report.rejected[source.label] = error
            _record_rejection(con, contract.table, source.label, digest, error)
            kept = "its previous rows are kept" if source.label in loaded else "nothing loaded"
            log(f"REJECTED {error}\n  ({kept})")
            continue
        report.loaded[source.label] = rows
        log(f"{source.label}: loaded {rows} rows")
    for temporary in (STAGE, VALUES, _LoadedKeys.TABLE, _LoadedKeys.NEW):
        con.execute(f"drop table if exists {temporary}")
    report.row_count = scalar(con, f"select count(*) from {table}")
    return report


def _replace_rows(
    con: duckdb.DuckDBPyConnection,
    contract: TableContract,
    label: str,
    digest: str,
    keys: _LoadedKeys,
) -> None:
    """In one transaction, the file's previous rows out and its staged rows in, typed;
    unless a key of them is another file's: then nothing changes and the clash is raised.
    The keys are compared once the rows are typed in the table, so they are hashed from
    their stored values, without casting the stage a second time."""
    table = f"raw.{contract.table}"
    now = datetime.now(UTC).replace(tzinfo=None)
    con.execute("begin transaction")
    try:
        con.execute(f"delete from {table} where _source_file = ?", [label])
        # The stage holds the file's rows in file order and DuckDB keeps a scan's
        # insertion order, so they land in file order without a sort.
        con.execute(
            f"insert into {table} select {_typed_select(contract)}, "
            f"? as _source_file, _source_row, ? as _file_hash, ? as _loaded_at from {STAGE}",
            [label, digest, now],
        )
        if keys.clash(con, label) and (
            duplicates := _keys_held_by_other_files(con, contract, label)
        ):
            raise RawFileError(label, duplicates)
        con.execute(
            "delete from quality.load_rejections where table_name = ? and source_file = ?",
            [contract.table, label],
        )
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")
    keys.add(con, label)


def files_to_ingest(
    con: duckdb.DuckDBPyConnection, sources: dict[str, list[SourceFile]]
) -> list[str]:
    """Labels of the files `sync_table` would act on, per raw table in `sources`: new or
    changed files, and files gone from disk whose rows or rejection are still recorded.

    Empty means ingesting would leave every raw table and quality.load_rejections as they
    are. A file is settled when its content hash is the one loaded (sync_table's own
    "unchanged" rule) or the one recorded with its rejection: the same bytes are rejected
    again for the same reasons, since the files they could clash with are unchanged too.
    A table never created has nothing settled.
    """
    created = tables_in(con, "raw")
    has_rejections = table_exists(con, "quality", "load_rejections")
    pending = []
    for table, files in sources.items():
        if table not in created:
            pending += [source.label for source in files]
            continue
        settled = loaded_files(con, table)
        rejected = (
            dict(
                con.execute(
                    "select distinct source_file, file_hash from quality.load_rejections "
                    "where table_name = ?",
                    [table],
                ).fetchall()
            )
            if has_rejections
            else {}
        )
        present = {source.label for source in files}
        pending += sorted((set(settled) | set(rejected)) - present)
        for source in files:
            digest = file_hash(source.path)
            if digest not in (settled.get(source.label), rejected.get(source.label)):
                pending.append(source.label)
    return pending


@dataclass
class _LoadedKeys:
    """The keys raw.<table> holds, by hash, with the hash of the file holding each (its
    `holder`, the hash of its label). A file just inserted is checked against them in
    one narrow scan, where checking against the table itself would hash every key column
    of every row loaded, once per file (a tenth of a large load's time). Gathered once
    per sync, before the first file is inserted, and kept up to date as files load. A
    hash held by another file is only a candidate: the exact comparison
    (`_keys_held_by_other_files`) then decides and names the rows."""

    contract: TableContract
    ready: bool = False
    TABLE = "_raw_loaded_keys"
    NEW = "_raw_new_keys"

    def _hashed(self) -> str:
        return f"hash({', '.join(quote_name(k) for k in self.contract.key)})"

    def gather(self, con: duckdb.DuckDBPyConnection) -> None:
        if self.ready:
            return
        con.execute(
            f"create or replace temp table {self.TABLE} as select {self._hashed()} as key_hash, "
            f"hash(_source_file) as holder from raw.{self.contract.table}"
        )
        self.ready = True

    def clash(self, con: duckdb.DuckDBPyConnection, label: str) -> bool:
        """Whether a key of the file's rows, as inserted, hashes as another file's does."""
        con.execute(
            f"create or replace temp table {self.NEW} as select {self._hashed()} as key_hash "
            f"from raw.{self.contract.table} where _source_file = ?",
            [label],
        )
        return bool(
            scalar(
                con,
                f"select count(*) from {self.NEW} as new semi join {self.TABLE} as held "
                "on held.key_hash = new.key_hash and held.holder <> hash(?)",
                [label],
            )
        )

    def add(self, con: duckdb.DuckDBPyConnection, label: str) -> None:
        """The keys of a file just loaded, in place of what it held before."""
        con.execute(f"delete from {self.TABLE} where holder = hash(?)", [label])
        con.execute(f"insert into {self.TABLE} select key_hash, hash(?) from {self.NEW}", [label])


def _keys_held_by_other_files(
    con: duckdb.DuckDBPyConnection, contract: TableContract, label: str
) -> list[Violation]:
    """Rows of the staged file whose key a file already loaded holds. The file being
    loaded is the one that introduces the duplicate (files load in name order, changed
    ones after unchanged ones stay), so it is rejected, naming the other file's row."""
    keys = [quote_name(k) for k in contract.key]
    on = " and ".join(f"staged.{k} is not distinct from loaded.{k}" for k in keys)
    found = con.execute(
        f"with staged as (select _source_row, {_typed_select(contract)} from {STAGE}) "
        f"select staged._source_row, concat_ws(' | ', {', '.join('staged.' + k for k in keys)}), "
        "loaded._source_file, loaded._source_row "
        f"from staged inner join raw.{contract.table} as loaded on {on} "
        f"where loaded._source_file <> ? order by 1, 3, 4 limit {MAX_REPORTED}",
        [label],
    ).fetchall()
    key_name = ", ".join(contract.key)
    return [
        Violation(row, key_name, value, f"duplicate key: {other}, row {other_row} has the same key")
        for row, value, other, other_row in found
    ]


def _record_rejection(
    con: duckdb.DuckDBPyConnection, table: str, label: str, digest: str, error: RawFileError
) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    con.execute(
        "delete from quality.load_rejections where table_name = ? and source_file = ?",
        [table, label],
    )
    con.executemany(
        "insert into quality.load_rejections values (?, ?, ?, ?, ?, ?, ?, ?)",
        [[table, label, digest, v.row, v.column, v.value, v.reason, now] for v in error.violations],
    )
