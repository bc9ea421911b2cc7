"""The raw contracts as Great Expectations 1.x suites, run over the loaded raw tables.

The loader enforces each contract per file as it loads (fast SQL, exact rows). This
module audits what is loaded, table by table, with Great Expectations: it catches what
a per-file check cannot see (a key repeated across two files, a statistic whose
indicator was since removed from raw/indicators.csv). GX stores each result as JSON
under gx/uncommitted/validations; the report's quality page shows them
(quality/gx_results.py). GX's own Data Docs are not built: their pages load jQuery and
Bootstrap from CDNs and are blank offline.

The suites are generated from the same TableContract declarations the loader reads,
so the two can never drift. Every expectation reports its failing rows by
`_source_file` and `_source_row`, so a failure names file, row, column and value.

Great Expectations takes about 3 s to import: it is imported inside
`validate_tables` only, never at module level (dagster-ge supports only GX < 1, so this
is our own small wrapper).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import duckdb_config
from orchestration.domain.core.periods import PERIOD_PATTERN
from orchestration.domain.core.units import unit_registry
from orchestration.domain.ingest.contracts import Column, TableContract
from orchestration.domain.ingest.sync import LOAD_COLUMNS
from orchestration.domain.quality import gx_worker
from orchestration.domain.quality.gx_results import expectation_key

ROW_ID_COLUMNS = ["_source_file", "_source_row"]
MAX_EXAMPLES = 10
# Rows Great Expectations validates at once. GX checks a pandas frame whose text columns
# are Python objects: the first build of 10M statistics rows, validated as one frame,
# passed 15 GB before GX began (docs/benchmarks.md). A larger table goes in parts.
PART_ROWS = 500_000
PANDAS_TYPES = {
    "number": ["float64"],
    "integer": ["int32", "int"],
    "date": ["datetime64", "datetime64[us]"],
}


@dataclass(frozen=True)
class Failure:
    """One expectation that failed: what, where, and the first offending rows."""

    expectation: str
    column: str | None
    unexpected_count: int
    examples: list[tuple[str, int, object]]  # (file, row, value)

    def describe(self) -> str:
        where = f"column {self.column!r}: " if self.column else ""
        rows = "; ".join(f"{file}, row {row}: {value!r}" for file, row, value in self.examples)
        return f"{where}{self.expectation} failed for {self.unexpected_count} row(s) ({rows})"


@dataclass
class TableResult:
    table: str
    row_count: int
    expectations: int
    failures: list[Failure] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return not self.failures


def _period_regex() -> str:
    """The period grammar with non-capturing groups (pandas warns about capturing ones)."""
    return re.sub(r"\(\?P<\w+>", "(?:", PERIOD_PATTERN.pattern)


def _column_expectations(gxe, column: Column, known: dict[str, list[str]]) -> list:
    name = column.name
    found = []
    if column.required:
        found.append(gxe.ExpectColumnValuesToNotBeNull(column=name))
    if column.kind in PANDAS_TYPES:
        found.append(
            gxe.ExpectColumnValuesToBeInTypeList(column=name, type_list=PANDAS_TYPES[column.kind])
        )
    if column.kind == "enum":
        found.append(gxe.ExpectColumnValuesToBeInSet(column=name, value_set=list(column.allowed)))
    elif column.kind == "unit":
        units = sorted(unit_registry())
        found.append(gxe.ExpectColumnValuesToBeInSet(column=name, value_set=units))
    elif column.kind == "period":
        found.append(gxe.ExpectColumnValuesToMatchRegex(column=name, regex=_period_regex()))
    elif column.pattern:
        found.append(gxe.ExpectColumnValuesToMatchRegex(column=name, regex=column.pattern))
    if column.minimum is not None or column.maximum is not None:
        found.append(
            gxe.ExpectColumnValuesToBeBetween(
                column=name,
                min_value=column.minimum,
                max_value=column.maximum,
                strict_min=column.minimum_exclusive,
            )
        )
    if column.references is not None:
        found.append(
            gxe.ExpectColumnValuesToBeInSet(column=name, value_set=known[column.references])
        )
    return found


def expectations_for(gxe, contract: TableContract, known: dict[str, list[str]]) -> list:
    """The suite of one raw table: its columns, each column's rules, and its key."""
    stored = [name for column in contract.columns for name, _type in column.stored]
    loaded = [name for name, _type in LOAD_COLUMNS]
    found = [gxe.ExpectTableColumnsToMatchOrderedList(column_list=stored + loaded)]
    for column in contract.columns:
        found += _column_expectations(gxe, column, known)
    if len(contract.key) > 1:
        found.append(gxe.ExpectCompoundColumnsToBeUnique(column_list=list(contract.key)))
    else:
        found.append(gxe.ExpectColumnValuesToBeUnique(column=contract.key[0]))
    return found


def _known_keys(con: duckdb.DuckDBPyConnection, contracts: list[TableContract]) -> dict:
    """The ids each reference may name: the key column of the referenced raw table."""
    wanted = {c.references for contract in contracts for c in contract.columns if c.references}
    known = {}
    for table in sorted(wanted):
        key = f"{table.removesuffix('s')}_id"
        known[table] = [r[0] for r in con.execute(f"select {key} from raw.{table}").fetchall()]
    return known


def _failure(failed: list) -> Failure:
    """One expectation's failure, from its results in the parts where it failed: their
    unexpected rows added up, the first examples by file and row."""
    config = failed[0].expectation_config
    column = config.kwargs.get("column")
    details = [result.result or {} for result in failed]
    rows = [
        row
        for detail in details
        for row in detail.get("unexpected_index_list") or []
        if isinstance(row, dict)
    ]
    rows.sort(key=lambda row: (row.get("_source_file") or "", row.get("_source_row") or 0))
    examples = [
        (row.get("_source_file"), row.get("_source_row"), row.get(column) if column else None)
        for row in rows[:MAX_EXAMPLES]
    ]
    counts = [detail.get("unexpected_count") for detail in details]
    if all(count is None for count in counts):  # a rule on the whole table, not on rows:
        return Failure(config.type, column, len(rows) or 1, examples)  # counted once
    return Failure(config.type, column, sum(int(count or 0) for count in counts), examples)


def _selection(contract: TableContract, files: list[str] | None) -> tuple[str, list]:
    """The condition (and its parameters) for the rows to validate: every row, or only the
    rows of `files` together with every row, of any file, that shares a key with one of
    them (so the key's uniqueness is still checked where those files could break it)."""
    if files is None:
        return "true", []
    key = ", ".join(contract.key)
    chosen = "_source_file in (select unnest(?::varchar[]))"
    name = f"raw.{contract.table}"
    where = f"({chosen} or ({key}) in (select ({key}) from {name} where {chosen}))"
    return where, [sorted(files), sorted(files)]


def _parts(
    con: duckdb.DuckDBPyConnection,
    contract: TableContract,
    where: str,
    parameters: list,
    count: int,
) -> Iterator:
    """The chosen rows (`count` of them) as Arrow tables of about PART_ROWS rows each, read
    one at a time as they are asked for, so only one part is ever held. A part is every
    row whose key hashes to its number: rows sharing a key always fall in the same part,
    so each part's uniqueness check is the whole table's, and the rules on single rows do
    not care how the rows are grouped.

    Arrow, not pandas: the rows cross to the worker (gx_worker.py), which imports pandas
    with Great Expectations anyway, while the build's own process would otherwise import
    pandas for this alone (0.5 s of a `make run`)."""
    name = f"raw.{contract.table}"
    parts = max(1, math.ceil(count / PART_ROWS))
    for number in range(parts):
        part = f" and hash({', '.join(contract.key)}) % {parts} = {number}" if parts > 1 else ""
        query = f"select * from {name} where {where}{part} order by _source_file, _source_row"
        yield con.sql(query, params=parameters or None).to_arrow_table()


def _frame(rows):
    """Arrow rows as the pandas frame Great Expectations validates, converted by DuckDB
    exactly as its own query result would be. Nullable integer columns become Python ints
    and None: GX 1.x mis-types pandas' Int32 extension dtype, but checks object columns
    value by value."""
    with duckdb.connect(config=duckdb_config()) as con:
        frame = con.from_arrow(rows).df()
    for column, dtype in frame.dtypes.items():
        if str(dtype) in ("Int32", "Int64"):
            values = frame[column].astype(object)
            frame[column] = values.where(frame[column].notna(), None)
    return frame


def validate_tables(
    con: duckdb.DuckDBPyConnection,
    contracts: list[TableContract],
    project_dir: Path,
    only_files: dict[str, list[str]] | None = None,
) -> dict[str, TableResult]:
    """Validate each contract's raw table; the suites and results are stored under
    project_dir. `only_files` narrows a table to the rows of those files (and the rows
    sharing a key with them): for a caller that knows the rest passed already.

    The rows are read here; Great Expectations runs in the worker that imported it
    ahead when `make run` started one (gx_worker.py), else in this process."""
    parts, count = {}, 0
    for contract in contracts:
        where, parameters = _selection(contract, (only_files or {}).get(contract.table))
        name = f"raw.{contract.table}"
        counted = con.execute(f"select count(*) from {name} where {where}", parameters)
        (rows,) = counted.fetchall()[0]
        parts[name] = _parts(con, contract, where, parameters, rows)
        count += rows
    if gx_worker.sends(count):  # the rows cross to the worker: read now (a generator
        parts = {name: list(table_parts) for name, table_parts in parts.items()}  # won't pickle)
    known = _known_keys(con, contracts)
    return gx_worker.run(validate_rows, count, parts, known, contracts, project_dir)


def validate_rows(
    rows: dict, known: dict[str, list[str]], contracts: list[TableContract], project_dir: Path
) -> dict[str, TableResult]:
    """Great Expectations' part of validate_tables: the suites run over rows already read
    (`rows`: by "raw.<table>", its parts as Arrow tables), so it can run in another process.
    Each part is validated on its own, as a run of the suite named for the part (GX stores
    a result per part, all at the run's time; gx_results.py reads them back as one), and
    the parts' failures are added up."""
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.base import ProgressBarsConfig

    project_dir.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="file", project_root_dir=str(project_dir))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    datasource = context.data_sources.add_or_update_pandas("warehouse_raw")
    definitions = []
    for contract in contracts:
        name = f"raw.{contract.table}"
        asset = next((a for a in datasource.assets if a.name == name), None)
        asset = asset or datasource.add_dataframe_asset(name)
        batch = next(iter(asset.batch_definitions), None)
        batch = batch or asset.add_batch_definition_whole_dataframe("loaded")
        # built whole, then stored once (add_expectation would store it per expectation)
        suite = gx.ExpectationSuite(
            name=f"{name} contract", expectations=expectations_for(gxe, contract, known)
        )
        suite = context.suites.add_or_update(suite)
        definitions.append(
            context.validation_definitions.add_or_update(
                gx.ValidationDefinition(name=name, data=batch, suite=suite)
            )
        )
    results: dict[str, TableResult] = {}
    for definition in definitions:
        name = definition.name
        run_time = datetime.now(UTC)
        outcomes, row_count = [], 0
        for number, part in enumerate(rows[name], start=1):
            frame = _frame(part)
            row_count += len(frame)
            outcomes.append(
                definition.run(
                    batch_parameters={"dataframe": frame},
                    result_format={
                        "result_format": "COMPLETE",
                        "unexpected_index_column_names": ROW_ID_COLUMNS,
                    },
                    run_id=RunIdentifier(run_name=f"part {number:04d}", run_time=run_time),
                )
            )
            del frame  # (read from DuckDB part by part unless they crossed to the worker)
        by_expectation: dict[str, list] = {}
        for outcome in outcomes:
            for result in outcome.results:
                config = result.expectation_config
                key = expectation_key(config.type, config.kwargs)
                by_expectation.setdefault(key, []).append(result)
        failures = [
            _failure(failed)
            for results_of_parts in by_expectation.values()
            if (failed := [result for result in results_of_parts if not result.success])
        ]
        table = name.removeprefix("raw.")
        results[table] = TableResult(table, row_count, len(by_expectation), failures)
    return results
