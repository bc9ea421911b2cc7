"""Check a staged raw file against its contract, in SQL, and list every problem.

The contract's checks are SQL predicates over the staged text (true for a bad row);
only checks on meaning that live in Python (the unit registry, the period grammar) run
in Python, once per distinct value. A column of codes, dates or periods repeats its
values, so its checks run on its distinct values, all gathered in one scan
(`VALUES`); the checks of numbers, free text and the rules across columns run on the
rows, in one more scan. Rows are located only for the checks that fail, so a clean file
costs two passes.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from orchestration.domain.core.periods import parse_period
from orchestration.domain.core.sql import quote_name, quote_text, table_exists
from orchestration.domain.core.units import unit_registry
from orchestration.domain.ingest.contracts import Column, TableContract
from orchestration.domain.ingest.errors import RawFileError, Violation
from orchestration.domain.ingest.read import STAGE

MAX_REPORTED = 50
VALUES = "_raw_stage_values"
"""The staged file's distinct values, one row per (column, value): `_column` names the
column and the value sits in that column's own name, so a column's predicates read it."""
# Kinds whose values repeat down a file: checked once per distinct value. Numbers and
# free text are mostly distinct, so checking their distinct values would cost more.
_REPEATING_KINDS = ("id", "enum", "unit", "period", "date", "pattern", "integer")
MAX_LISTED_VALUES = 1000
"""A check on distinct values names at most this many bad values in its SQL predicate."""


def _first_rows(
    con: duckdb.DuckDBPyConnection, column: str, predicate: str, reason: str
) -> tuple[list[Violation], int]:
    rows = con.execute(
        f"select _source_row, {quote_name(column)}, count(*) over () from {STAGE} "
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
    name = quote_name(column.name)
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
        if column.not_in_future:
            checks.append(
                (
                    f"try_cast({name} as date) > current_date",
                    "is after today: a publication date cannot be in the future",
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
    value = f"try_cast({quote_name(column.name)} as double)"
    checks = []
    if column.minimum is not None:
        operator, words = ("<=", "above") if column.minimum_exclusive else ("<", "at least")
        checks.append(
            (f"{value} {operator} {column.minimum:g}", f"must be {words} {column.minimum:g}")
        )
    if column.maximum is not None:
        checks.append((f"{value} > {column.maximum:g}", f"must be at most {column.maximum:g}"))
    return checks


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


def _distinct_values(con: duckdb.DuckDBPyConnection, columns: list[Column]) -> None:
    """Gather the distinct values of `columns` into VALUES, in one scan of the stage."""
    names = [quote_name(column.name) for column in columns]
    which = " ".join(
        f"when grouping({name}) = 0 then {quote_text(column.name)}"
        for name, column in zip(names, columns, strict=True)
    )
    con.execute(
        f"create or replace temp table {VALUES} as select case {which} end as _column, "
        f"{', '.join(names)} from {STAGE} "
        f"group by grouping sets ({', '.join(f'({name})' for name in names)})"
    )


def _repeats(column: Column) -> bool:
    """Whether the column's values are gathered into VALUES: a repeating kind, or one
    whose values a check looks up (a reference names a row of a small table)."""
    return column.kind in _REPEATING_KINDS or column.references is not None


def _values_of(column: Column) -> str:
    """A query of a repeating column's distinct values, from VALUES."""
    name = quote_name(column.name)
    return f"select {name} as value from {VALUES} where _column = {quote_text(column.name)}"


Check = tuple[str, str, str]
"""(column, SQL predicate true for a bad row, reason)"""


def _value_checks(
    con: duckdb.DuckDBPyConnection, contract: TableContract
) -> tuple[list[Check], list[Check]]:
    """Every check the contract asks for, as two lists: those on one repeating column,
    which can run on VALUES, and those that must run on the rows."""
    checks = [
        (column.name, predicate, reason)
        for column in contract.columns
        for predicate, reason in _column_checks(column)
    ]
    for column in contract.columns:
        check = _domain_check(column)
        if check is None:
            continue
        name = quote_name(column.name)
        values = con.execute(
            f"select value from ({_values_of(column)}) where nullif(trim(value), '') is not null"
        ).fetchall()
        for (value,) in values:
            reason = check(value)
            if reason:
                checks.append((column.name, f"{name} = {quote_text(value)}", reason))
    checks += _reference_checks(con, contract)
    repeating = {column.name for column in contract.columns if _repeats(column)}
    on_values = [check for check in checks if check[0] in repeating]
    on_rows = [check for check in checks if check[0] not in repeating]
    # a rule reads several columns of a row, so it runs on the rows
    on_rows += [
        (rule.column, f"coalesce({rule.violation}, false)", rule.reason) for rule in contract.rules
    ]
    return on_values, on_rows


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
            known = f"select {quote_name(contract.key[0])} from {STAGE}"
        elif table_exists(con, "raw", column.references):
            known = f"select {quote_name(column.name)} from raw.{column.references}"
        else:
            continue
        name = quote_name(column.name)
        # Distinct values first, then the anti-join: a file has few distinct references
        # and many rows, and a per-row NOT IN is the costliest check of a large file.
        unknown = [
            value
            for (value,) in con.execute(
                f"select distinct trim(value) as value from ({_values_of(column)}) "
                f"where nullif(trim(value), '') is not null and trim(value) not in ({known})"
            ).fetchall()
        ]
        if not unknown:
            continue
        if len(unknown) <= MAX_LISTED_VALUES:
            known_bad = ", ".join(quote_text(value) for value in unknown)
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
    key_sql = ", ".join(quote_name(k) for k in contract.key)
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
            con.execute(f"alter table {STAGE} add column {quote_name(column.name)} varchar")
    repeating = [column for column in contract.columns if _repeats(column)]
    if repeating:
        _distinct_values(con, repeating)
    on_values, on_rows = _value_checks(con, contract)
    key_sql = ", ".join(quote_name(k) for k in contract.key)
    # One scan of the rows counts every row check's bad rows and the distinct keys (by
    # hash: equal keys hash equal, so a count below the rows only means "look closer");
    # one of VALUES counts the bad values of the others. Rows are located only for the
    # checks that fail.
    counts = con.execute(
        f"select count(*), count(distinct hash({key_sql}))"
        + "".join(f", count(*) filter (where {predicate})" for _, predicate, _ in on_rows)
        + f" from {STAGE}"
    ).fetchall()[0]
    row_count, distinct_keys, failing = counts[0], counts[1], list(counts[2:])
    if row_count == 0:
        raise RawFileError(label, [Violation(0, None, None, "file has a header but no data rows")])
    if on_values:
        failing += con.execute(
            "select "
            + ", ".join(
                f"count(*) filter (where _column = {quote_text(column)} and ({predicate}))"
                for column, predicate, _ in on_values
            )
            + f" from {VALUES}"
        ).fetchall()[0]

    total = 0
    for (column, predicate, reason), count in zip(on_rows + on_values, failing, strict=True):
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
