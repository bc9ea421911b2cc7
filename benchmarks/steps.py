"""The measured steps, each run as `python -m benchmarks.steps <step> ...` in a child
process (see measure.py). Each prints one JSON line: the seconds of the timed part,
measured inside the process so that interpreter start-up and imports count for neither
side, plus what the step produced.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import UNIT_REGISTRY_CSV, duckdb_config
from orchestration.domain.ingest.contracts import CONTRACTS
from orchestration.domain.ingest.raw_files import source_files
from orchestration.domain.ingest.sync import sync_table

HANDWRITTEN_SQL = Path(__file__).with_name("attainment_handwritten.sql")
COMPARED_COLUMNS = (
    "target_id",
    "observed_year",
    "observed_period",
    "assessment_basis",
    "round(actual_value, 6) as actual_value",
    "round(attainment_ratio, 9) as attainment_ratio",
    "round(progress_ratio, 6) as progress_ratio",
    "status",
)


def _connect(database: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection as the pipeline's own process opens one (layout.duckdb_config): the
    same memory cap, WAREHOUSE_DUCKDB_MEMORY_LIMIT when set, so that the hand-written query
    and the comparison run under the cap the pipeline's steps are measured with."""
    return duckdb.connect(str(database), read_only=read_only, config=duckdb_config())


def _fresh(database: Path) -> duckdb.DuckDBPyConnection:
    for stale in (database, database.with_name(database.name + ".wal")):
        stale.unlink(missing_ok=True)
    database.parent.mkdir(parents=True, exist_ok=True)
    return _connect(database)


def ingest_ours(database: Path, raw: Path) -> dict:
    """Our statistics ingest (sync_table, what the raw/statistics asset runs) into a new
    file; documents, indicators and targets load first, untimed, as the asset graph
    orders them. The close (a checkpoint) is timed, as it is on the DuckDB side."""
    con = _fresh(database)
    for table in ("documents", "indicators", "targets"):
        sync_table(con, CONTRACTS[table], source_files(raw, table))
    con.execute("checkpoint")
    start = time.perf_counter()
    report = sync_table(con, CONTRACTS["statistics"], source_files(raw, "statistics"))
    con.close()
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "rows": report.row_count,
        "files_loaded": len(report.loaded),
        "files_rejected": {k: str(v) for k, v in report.rejected.items()},
    }


def ingest_duckdb(database: Path, raw: Path) -> dict:
    """DuckDB's own read_csv (types sniffed) of the same files into a table of a new file,
    under the same memory cap as ours."""
    con = _fresh(database)
    files = [str(p) for p in sorted((raw / "statistics").glob("*.csv"))]
    start = time.perf_counter()
    con.execute(
        "create table statistics as select * from read_csv(?, header = true, union_by_name = true)",
        [files],
    )
    rows = con.execute("select count(*) from statistics").fetchall()[0][0]
    con.close()
    return {"seconds": time.perf_counter() - start, "rows": rows}


def ingest_incremental(database: Path, raw: Path) -> dict:
    """Our statistics ingest on an existing file: what one new file costs (hashing the
    unchanged ones included)."""
    con = _connect(database)
    start = time.perf_counter()
    report = sync_table(con, CONTRACTS["statistics"], source_files(raw, "statistics"))
    con.close()
    return {
        "seconds": time.perf_counter() - start,
        "rows": report.row_count,
        "files_loaded": sorted(report.loaded),
        "files_unchanged": len(report.unchanged),
    }


def handwritten(database: Path) -> dict:
    """The hand-written attainment query over the raw tables, into bench.attainment_handwritten."""
    sql = HANDWRITTEN_SQL.read_text().replace("{units_csv}", str(UNIT_REGISTRY_CSV))
    con = _connect(database)
    con.execute("create schema if not exists bench")
    start = time.perf_counter()
    con.execute(sql)
    con.close()
    seconds = time.perf_counter() - start
    con = _connect(database, read_only=True)
    rows = con.execute("select count(*) from bench.attainment_handwritten").fetchall()[0][0]
    con.close()
    return {"seconds": seconds, "rows": rows}


def compare(database: Path) -> dict:
    """Row-by-row comparison of dbt's marts.fct_target_attainment with the hand-written
    result on the compared columns (rounded: 6 decimals for values, 9 for ratios)."""
    columns = ", ".join(COMPARED_COLUMNS)
    con = _connect(database, read_only=True)
    try:

        def count(sql: str) -> int:
            return con.execute(sql).fetchall()[0][0]

        dbt = f"select {columns} from marts.fct_target_attainment"
        ours = f"select {columns} from bench.attainment_handwritten"
        only_dbt = count(f"select count(*) from ({dbt} except all {ours})")
        only_hand = count(f"select count(*) from ({ours} except all {dbt})")
        statuses = dict(
            con.execute(
                "select status, count(*) from marts.fct_target_attainment group by 1 order by 1"
            ).fetchall()
        )
        return {
            "identical": only_dbt == 0 and only_hand == 0,
            "rows_dbt": count("select count(*) from marts.fct_target_attainment"),
            "rows_handwritten": count("select count(*) from bench.attainment_handwritten"),
            "rows_only_in_dbt": only_dbt,
            "rows_only_in_handwritten": only_hand,
            "compared_columns": [c.split(" as ")[-1] for c in COMPARED_COLUMNS],
            "statuses": statuses,
        }
    finally:
        con.close()


def dagster_split(started_at: float) -> dict:
    """Where a `make run` spent its time, from the Dagster runs in DAGSTER_HOME: seconds
    before the first run started (interpreter, imports, definitions, dbt manifest), then
    per step kind. Steps of a run execute one after another in process, so the rest of a
    run's wall time is Dagster's own bookkeeping."""
    import dagster as dg

    instance = dg.DagsterInstance.get()
    records = sorted(
        (r for r in instance.get_run_records() if (r.start_time or 0) >= started_at),
        key=lambda r: r.start_time or 0,
    )
    split = {"imports": 0.0, "ingest": 0.0, "dbt": 0.0, "checks": 0.0, "publish": 0.0}
    runs = []
    if records:
        split["imports"] = records[0].start_time - started_at
    steps_total = 0.0
    for record in records:
        run_seconds = (record.end_time or record.start_time) - record.start_time
        steps = {}
        for stat in instance.get_run_step_stats(record.dagster_run.run_id):
            seconds = (stat.end_time or 0) - (stat.start_time or 0)
            steps[stat.step_key] = round(seconds, 3)
            split[_step_kind(stat.step_key)] += seconds
            steps_total += seconds
        runs.append(
            {
                "job": record.dagster_run.job_name,
                "seconds": round(run_seconds, 3),
                "steps": steps,
            }
        )
    split["dagster_overhead"] = sum(r["seconds"] for r in runs) - steps_total
    return {"split": {k: round(v, 3) for k, v in split.items()}, "runs": runs}


def _step_kind(step_key: str) -> str:
    if "raw_contracts" in step_key or "check" in step_key:
        return "checks"
    if "dbt" in step_key:
        return "dbt"
    if "publish" in step_key:
        return "publish"
    return "ingest"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "step",
        choices=(
            "ingest-ours",
            "ingest-duckdb",
            "ingest-incremental",
            "handwritten",
            "compare",
            "dagster-split",
        ),
    )
    parser.add_argument("--db", type=Path)
    parser.add_argument("--raw", type=Path)
    parser.add_argument("--started-at", type=float, default=0.0)
    args = parser.parse_args(argv)
    if args.step == "ingest-ours":
        result = ingest_ours(args.db, args.raw)
    elif args.step == "ingest-duckdb":
        result = ingest_duckdb(args.db, args.raw)
    elif args.step == "ingest-incremental":
        result = ingest_incremental(args.db, args.raw)
    elif args.step == "handwritten":
        result = handwritten(args.db)
    elif args.step == "compare":
        result = compare(args.db)
    else:
        result = dagster_split(args.started_at)
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
