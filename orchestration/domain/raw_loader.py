"""Load raw/ files into DuckDB tables under their contracts, file by file, incrementally.

Each file is read by DuckDB's own CSV reader (all columns as text, so nothing is
coerced silently), checked in SQL against its contract, and only then inserted
with its load metadata: `_source_file`, `_source_row`, `_file_hash`, `_loaded_at`.
Those columns are also the ledger: a file whose hash is already in the table is
skipped, so a re-run with unchanged files leaves every table byte-for-byte the
same, and a changed file replaces only its own rows.

A file that breaks its contract is rejected whole: its previous good rows stay,
nothing of it loads, the problem is recorded in quality.load_rejections with
file, row, column, value and reason, and the other files still load.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from orchestration.domain.contracts import Column, TableContract
from orchestration.domain.errors import RawFileError, Violation
from orchestration.domain.periods import parse_period
from orchestration.domain.units import unit_registry

STAGE = "_raw_stage"
MAX_REPORTED = 50
MAX_LISTED_VALUES = 1000
"""A check on distinct values names at most this many bad values in its SQL predicate."""
LOAD_COLUMNS = (
    ("_source_file", "varchar"),
    ("_source_row", "bigint"),
    ("_file_hash", "varchar"),
    ("_loaded_at", "timestamp"),
)

# A stager reads one source into the temp table STAGE: every contract column as
# varchar plus `_source_row`. The CSV stager serves raw/ files; the ECB reader has its own.
Stager = Callable[[duckdb.DuckDBPyConnection, Path, str], None]


@dataclass(frozen=True)
class SourceFile:
    path: Path
    label: str
    stager: Stager | None = None


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


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_utf8(path: Path, label: str) -> None:
    """Reject empty and non-UTF-8 files, naming the first bad line and its column."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line, header, pending = 1, None, b""
    with path.open("rb") as handle:
        chunk = handle.read(1 << 20)
        if not chunk:
            raise RawFileError(label, [Violation(0, None, None, "file is empty (no header row)")])
        while chunk:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as error:
                text = pending + chunk
                offset = len(pending) + error.start
                before = text[:offset]
                bad_line = line + before.count(b"\n")
                line_start = before.rfind(b"\n") + 1
                field_index = before[line_start:].count(b",")
                if header is None:
                    header = before.split(b"\n", 1)[0].decode("utf-8", "replace").split(",")
                column = header[field_index].strip() if field_index < len(header) else None
                raise RawFileError(
                    label,
                    [
                        Violation(
                            bad_line - 1,
                            column,
                            None,
                            f"file is not UTF-8: byte 0x{text[offset]:02x} cannot be decoded; "
                            "save the file as UTF-8",
                        )
                    ],
                ) from None
            if header is None and b"\n" in chunk:
                header = chunk.split(b"\n", 1)[0].decode("utf-8", "replace").strip().split(",")
            last_newline = chunk.rfind(b"\n")
            line += chunk.count(b"\n")
            pending = chunk[last_newline + 1 :] if last_newline >= 0 else pending + chunk
            chunk = handle.read(1 << 20)


def _locate_malformed_row(path: Path, label: str, reason: str) -> RawFileError:
    """DuckDB refused the file; find the first row whose shape is wrong, as a reader would."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader)
            for row_number, row in enumerate(reader, start=1):
                if row and len(row) != len(header):
                    column = header[len(row)] if len(row) < len(header) else None
                    return RawFileError(
                        label,
                        [
                            Violation(
                                row_number,
                                column,
                                None,
                                f"malformed CSV: {len(row)} fields where the header has "
                                f"{len(header)}",
                            )
                        ],
                    )
        except csv.Error as error:
            return RawFileError(
                label, [Violation(reader.line_num - 1, None, None, f"malformed CSV: {error}")]
            )
    return RawFileError(label, [Violation(0, None, None, f"malformed CSV: {reason}")])


def read_header(path: Path, label: str) -> list[str]:
    """The header row, read as a CSV record (quoted names allowed), blanks trimmed."""
    with path.open(encoding="utf-8", newline="") as handle:
        header = [name.strip() for name in next(csv.reader(handle), [])]
    if not any(header):
        raise RawFileError(label, [Violation(0, None, None, "file has no header row")])
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise RawFileError(
                label, [Violation(0, name, None, "column appears twice in the header")]
            )
        seen.add(name)
    return header


def stage_csv(con: duckdb.DuckDBPyConnection, path: Path, label: str) -> None:
    """Read a raw CSV with every column as text, in file order, numbered from 1.

    The header is read here and handed to DuckDB as explicit columns with sniffing
    off: a ragged row then fails the read instead of making DuckDB guess another
    dialect or header, and the failure is located row by row.
    """
    check_utf8(path, label)
    header = read_header(path, label)
    columns = (
        "{" + ", ".join(f"'{n.replace(chr(39), chr(39) * 2)}': 'VARCHAR'" for n in header) + "}"
    )
    try:
        con.execute(
            f"create or replace temp table {STAGE} as "
            "select row_number() over () as _source_row, * from read_csv(?, header = true, "
            f"columns = {columns}, auto_detect = false, strict_mode = true, delim = ',', "
            "quote = '\"', escape = '\"', comment = '', encoding = 'utf-8', "
            "null_padding = false)",
            [str(path)],
        )
    except duckdb.Error as error:
        raise _locate_malformed_row(path, label, str(error).splitlines()[0]) from None


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    """One value. DuckDB 2 wants every result read to the end before the next statement."""
    return con.execute(sql, params or []).fetchall()[0][0]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _first_rows(
    con: duckdb.DuckDBPyConnection, column: str, predicate: str, reason: str
) -> tuple[list[Violation], int]:
    rows = con.execute(
        f"select _source_row, {_quote(column)}, count(*) over () from {STAGE} "
        f"where {predicate} order by _source_row limit {MAX_REPORTED}"
    ).fetchall()
    total = rows[0][2] if rows else 0
    return [Violation(r[0], column, r[1], reason) for r in rows], total


def _domain_check(column: Column) -> Callable[[str], str | None] | None:
    """Checks on a value's meaning, run once per distinct value in Python."""
    if column.kind == "unit":
        known = unit_registry()

        def check_unit(value: str) -> str | None:
            if value in known:
                return None
            return f"unknown unit; known units: {', '.join(sorted(known))}"

        return check_unit
    if column.kind == "period":

        def check_period(value: str) -> str | None:
            try:
                parse_period(value)
            except ValueError as error:
                return str(error)
            return None

        return check_period
    return None


def _column_checks(column: Column) -> list[tuple[str, str]]:
    """SQL predicates (true for a bad row) with their reasons, for one column."""
    name = _quote(column.name)
    checks: list[tuple[str, str]] = []
    if column.required:
        checks.append((f"nullif(trim({name}), '') is null", "required value is missing"))
    present = f"nullif(trim({name}), '') is not null"
    if column.kind == "number":
        checks.append(
            (
                f"{present} and (try_cast({name} as double) is null "
                f"or not isfinite(try_cast({name} as double)))",
                "not a number (use digits and a decimal point, no thousands separators)",
            )
        )
    elif column.kind == "integer":
        checks.append((f"{present} and try_cast({name} as integer) is null", "not a whole number"))
    elif column.kind == "date":
        checks.append(
            (
                f"{present} and (not regexp_full_match({name}, '\\d{{4}}-\\d{{2}}-\\d{{2}}') "
                f"or try_cast({name} as date) is null)",
                "not an ISO date (YYYY-MM-DD)",
            )
        )
    elif column.kind == "enum":
        allowed = ", ".join("'" + a + "'" for a in column.allowed)
        checks.append(
            (
                f"{present} and {name} not in ({allowed})",
                f"must be one of {', '.join(column.allowed)}",
            )
        )
    elif column.pattern:
        pattern = column.pattern.replace("'", "''")
        checks.append(
            (
                f"{present} and not regexp_matches({name}, '{pattern}')",
                f"must match {column.pattern}",
            )
        )
    return checks + _range_checks(column)


def _range_checks(column: Column) -> list[tuple[str, str]]:
    """The column's allowed range, for numbers that parsed (the type check reports the rest)."""
    value = f"try_cast({_quote(column.name)} as double)"
    checks = []
    if column.minimum is not None:
        operator, words = ("<=", "above") if column.minimum_exclusive else ("<", "at least")
        checks.append(
            (f"{value} {operator} {column.minimum:g}", f"must be {words} {column.minimum:g}")
        )
    if column.maximum is not None:
        checks.append((f"{value} > {column.maximum:g}", f"must be at most {column.maximum:g}"))
    return checks


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _header_violations(header: list[str], contract: TableContract) -> list[Violation]:
    expected = ", ".join(contract.names)
    unexpected = [
        Violation(0, name, None, f"unexpected column; expected {expected}")
        for name in header
        if name not in contract.names
    ]
    missing = [
        Violation(0, column.name, None, "required column is missing")
        for column in contract.columns
        if column.required and column.name not in header
    ]
    return unexpected + missing


def _value_checks(
    con: duckdb.DuckDBPyConnection, contract: TableContract
) -> list[tuple[str, str, str]]:
    """Every (column, predicate true for bad rows, reason) the contract asks for."""
    checks = [
        (column.name, predicate, reason)
        for column in contract.columns
        for predicate, reason in _column_checks(column)
    ]
    for column in contract.columns:
        check = _domain_check(column)
        if check is None:
            continue
        name = _quote(column.name)
        values = con.execute(
            f"select value from (select distinct {name} as value from {STAGE}) "
            "where nullif(trim(value), '') is not null"
        ).fetchall()
        for (value,) in values:
            reason = check(value)
            if reason:
                checks.append((column.name, f"{name} = {_sql_text(value)}", reason))
    checks += _reference_checks(con, contract)
    checks += [
        (rule.column, f"coalesce({rule.violation}, false)", rule.reason) for rule in contract.rules
    ]
    return checks


def _reference_checks(
    con: duckdb.DuckDBPyConnection, contract: TableContract
) -> list[tuple[str, str, str]]:
    """Values that must name a row of another raw table (or of this file, for a table
    that refers to itself). The referenced table loads first (the ingest assets depend
    on it); if it is not there yet, the check waits for the raw-contract asset check."""
    checks = []
    for column in contract.columns:
        if column.references is None:
            continue
        if column.references == contract.table:
            known = f"select {_quote(contract.key[0])} from {STAGE}"
        elif scalar(
            con,
            "select count(*) from information_schema.tables "
            "where table_schema = 'raw' and table_name = ?",
            [column.references],
        ):
            known = f"select {_quote(column.name)} from raw.{column.references}"
        else:
            continue
        name = _quote(column.name)
        # Distinct values first, then the anti-join: a file has few distinct references
        # and many rows, and a per-row NOT IN is the costliest check of a large file.
        unknown = [
            value
            for (value,) in con.execute(
                f"select distinct trim(value) as value from (select distinct {name} as value "
                f"from {STAGE}) where nullif(trim(value), '') is not null "
                f"and trim(value) not in ({known})"
            ).fetchall()
        ]
        if not unknown:
            continue
        if len(unknown) <= MAX_LISTED_VALUES:
            known_bad = ", ".join(_sql_text(value) for value in unknown)
            predicate = f"nullif(trim({name}), '') is not null and trim({name}) in ({known_bad})"
        else:
            predicate = f"nullif(trim({name}), '') is not null and trim({name}) not in ({known})"
        checks.append(
            (
                column.name,
                predicate,
                f"unknown {column.name.removesuffix('_id').replace('_', ' ')}: "
                f"not in raw/{column.references}.csv",
            )
        )
    return checks


def _key_violations(con: duckdb.DuckDBPyConnection, contract: TableContract) -> list[Violation]:
    key_sql = ", ".join(_quote(k) for k in contract.key)
    duplicates = con.execute(
        f"select _source_row, concat_ws(' | ', {key_sql}), first_row from (select _source_row, "
        f"{key_sql}, min(_source_row) over (partition by {key_sql}) as first_row from {STAGE}) "
        f"where _source_row > first_row order by _source_row limit {MAX_REPORTED}"
    ).fetchall()
    key_name = ", ".join(contract.key)
    return [
        Violation(row, key_name, value, f"duplicate key: same as row {first}")
        for row, value, first in duplicates
    ]


def validate_stage(con: duckdb.DuckDBPyConnection, contract: TableContract, label: str) -> int:
    """Check the staged file against its contract; raise RawFileError listing what is wrong.

    Header problems stop the check at once (nothing else can be read reliably); value
    problems are all collected, so one round of fixes can clear a file. Returns the rows.
    """
    header = [r[0] for r in con.execute(f"describe {STAGE}").fetchall() if r[0] != "_source_row"]
    problems = _header_violations(header, contract)
    if problems:
        raise RawFileError(label, problems)
    for column in contract.columns:
        if column.name not in header:
            con.execute(f"alter table {STAGE} add column {_quote(column.name)} varchar")
    checks = _value_checks(con, contract)
    key_sql = ", ".join(_quote(k) for k in contract.key)
    # One scan counts every check's bad rows and the distinct keys (by hash: equal keys
    # hash equal, so a count below the rows only means "look closer"). Rows are located
    # only for the checks that fail.
    counts = con.execute(
        f"select count(*), count(distinct hash({key_sql}))"
        + "".join(f", count(*) filter (where {predicate})" for _, predicate, _ in checks)
        + f" from {STAGE}"
    ).fetchall()[0]
    row_count, distinct_keys, failing = counts[0], counts[1], counts[2:]
    if row_count == 0:
        raise RawFileError(label, [Violation(0, None, None, "file has a header but no data rows")])

    total = 0
    for (column, predicate, reason), count in zip(checks, failing, strict=True):
        if count:
            found, count = _first_rows(con, column, predicate, reason)
            problems += found
            total += count
    if distinct_keys < row_count:
        duplicates = _key_violations(con, contract)
        problems += duplicates
        total += len(duplicates)
    if problems:
        problems.sort(key=lambda v: (v.row, v.column or ""))
        raise RawFileError(label, problems[:MAX_REPORTED], total)
    return row_count


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
            value = _quote(column.name)
        else:
            value = f"nullif(trim({_quote(column.name)}), '')"
        if column.default is not None:
            value = f"coalesce({value}, '{column.default}')"
        parts.append(f"cast({value} as {column.sql_type}) as {_quote(column.name)}")
        if column.records_decimals:
            parts.append(
                f"cast(length(regexp_extract({value}, '\\.(\\d+)$', 1)) as integer) "
                f"as {_quote(column.name + '_decimals')}"
            )
    return ", ".join(parts)


def ensure_tables(con: duckdb.DuckDBPyConnection, contract: TableContract) -> None:
    """Create raw.<table> and quality.load_rejections; rebuild raw.<table> on a new contract."""
    con.execute("create schema if not exists raw")
    con.execute("create schema if not exists quality")
    con.execute(
        "create table if not exists quality.load_rejections ("
        "table_name varchar, source_file varchar, file_hash varchar, row_number bigint, "
        "column_name varchar, value varchar, reason varchar, rejected_at timestamp)"
    )
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
        columns = ", ".join(f"{_quote(n)} {t}" for n, t in wanted)
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
    loaded = dict(con.execute(f"select distinct _source_file, _file_hash from {table}").fetchall())
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
        except RawFileError as error:
            report.rejected[source.label] = error
            _record_rejection(con, contract.table, source.label, digest, error)
            kept = "its previous rows are kept" if source.label in loaded else "nothing loaded"
            log(f"REJECTED {error}\n  ({kept})")
            continue
        now = datetime.now(UTC).replace(tzinfo=None)
        con.execute("begin transaction")
        con.execute(f"delete from {table} where _source_file = ?", [source.label])
        con.execute(
            f"insert into {table} select {_typed_select(contract)}, "
            f"? as _source_file, _source_row, ? as _file_hash, ? as _loaded_at "
            f"from {STAGE} order by _source_row",
            [source.label, digest, now],
        )
        con.execute(
            "delete from quality.load_rejections where table_name = ? and source_file = ?",
            [contract.table, source.label],
        )
        con.execute("commit")
        report.loaded[source.label] = rows
        log(f"{source.label}: loaded {rows} rows")
    con.execute(f"drop table if exists {STAGE}")
    report.row_count = scalar(con, f"select count(*) from {table}")
    return report


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
