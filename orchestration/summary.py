"""The short report `make run` ends with: what the warehouse holds and where it is.

It reads the build file read-only, as any reader would, after the run has closed it.
"""

from __future__ import annotations

import time

import duckdb

from orchestration.domain.core.layout import WarehouseLayout, duckdb_config
from orchestration.domain.core.sql import table_exists

LAYERS = ("raw", "reference", "staging", "intermediate", "marts", "quality")


def table_counts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int]]:
    """(schema, table, rows) for every table and view of the warehouse's layers."""
    names = con.execute(
        "select table_schema, table_name from information_schema.tables "
        "where table_schema in (select unnest(?::varchar[])) order by 1, 2",
        [list(LAYERS)],
    ).fetchall()
    order = {layer: i for i, layer in enumerate(LAYERS)}
    counts = [
        (schema, table, con.execute(f'select count(*) from "{schema}"."{table}"').fetchall()[0][0])
        for schema, table in names
    ]
    return sorted(counts, key=lambda row: (order[row[0]], row[1]))


def _coverage_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    """How many targets can be assessed on a full-year figure, and why the rest cannot."""
    if not table_exists(con, "marts", "fct_target_coverage"):
        return []
    rows = con.execute(
        "select is_assessable, case when is_assessable then 'assessable' else coverage end, "
        "count(*) from marts.fct_target_coverage group by all order by 1 desc, 3 desc, 2"
    ).fetchall()
    total = sum(n for *_, n in rows)
    assessable = sum(n for ok, _, n in rows if ok)
    why = "; ".join(f"{n} {reason}" for ok, reason, n in rows if not ok)
    return [
        f"Coverage (marts.fct_target_coverage): {assessable} of {total} targets assessable on "
        f"a full-year figure" + (f"; not: {why}" if why else ""),
    ]


def _status_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Each target's headline status with the full-year figure it rests on (or why it has
    none), when the target was first met, and the year-to-date nowcast beside it."""
    if not table_exists(con, "marts", "fct_target_attainment_latest"):
        return []
    rows = con.execute(
        "select target_id, status, observed_period, progress_ratio, status_reason, "
        "first_met_year, nowcast_period, nowcast_status, nowcast_method, nowcast_confidence, "
        "as_of_date "
        "from marts.fct_target_attainment_latest order by status = 'not_assessable', target_id"
    ).fetchall()
    width = max(len(r[0]) for r in rows)
    lines = ["", f"Target status as of {rows[0][-1]} (marts.fct_target_attainment_latest):"]
    for target, status, period, ratio, reason, first_met, *nowcast in (r[:-1] for r in rows):
        basis = f"{period}, progress ratio {ratio:.2f}" if ratio is not None else period
        detail = f"{basis}; {reason}" if basis else reason
        if first_met is not None and "met in" not in reason:
            detail += f"; first met in {first_met}"
        lines.append(f"  {target:<{width}}  {status:<18}  {detail}")
        nowcast_period, nowcast_status, method, confidence = nowcast
        if nowcast_period is not None:
            how = method.replace("_", " ")
            lines.append(
                f"  {'':<{width}}  nowcast {nowcast_status} on {nowcast_period} "
                f"({how}, {confidence} confidence)"
            )
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[1]] = counts.get(row[1], 0) + 1
    lines.append("  " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
    return lines


def _quality_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Issues per domain check and severity."""
    lines = []
    if table_exists(con, "quality", "dq_issues"):
        rows = con.execute(
            "select check_name, severity, count(*) from quality.dq_issues group by all order by all"
        ).fetchall()
        lines += ["", f"Data-quality issues (quality.dq_issues): {sum(r[2] for r in rows)}"]
        lines += [f"  {check}: {n} {severity}(s)" for check, severity, n in rows]
    return lines


def _location_lines(layout: WarehouseLayout, replay_of: str | None) -> list[str]:
    lines = ["", f"Build warehouse: {layout.build_db}"]
    if replay_of is not None:
        replay = layout.replay_db(replay_of)
        if replay.exists():
            lines.append(
                f"Replay as known on {replay_of} (open this one for the past): {replay}; "
                f"the published warehouse ({layout.published_db}) was not changed"
            )
        return lines
    published = layout.published_db
    if published.exists():
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(published.stat().st_mtime))
        lines.append(
            f"Published warehouse (open this one): {published}, published {stamp}; "
            f"Parquet and CSV in {layout.exports_dir}, dbt docs in "
            f"{layout.dbt_docs_dir / 'index.html'}"
        )
    report = layout.report_dir / "index.html"
    if report.exists():
        lines.append(
            f"Report (open in a browser; works offline): {report}; data quality and the raw "
            f"contracts' results: {layout.report_dir / 'quality.html'}"
        )
    return lines


def render(layout: WarehouseLayout, replay_of: str | None = None) -> str:
    """Targets per indicator, rows per table, rejected files, and where the files are."""
    con = duckdb.connect(
        str(layout.build_db), read_only=True, config=duckdb_config(layout.duckdb_memory_limit)
    )
    try:
        lines = ["", "Targets per indicator (marts.dim_targets):"]
        if table_exists(con, "marts", "dim_targets"):
            rows = con.execute(
                "select indicator_id, count(*), string_agg(distinct target_kind, ', ' order by "
                "target_kind) from marts.dim_targets group by 1 order by 1"
            ).fetchall()
            width = max(len(r[0]) for r in rows)
            lines += [f"  {ind:<{width}}  {n:>2}  ({kinds})" for ind, n, kinds in rows]
            lines.append(f"  {'total':<{width}}  {sum(r[1] for r in rows):>2}")
        else:
            lines.append("  (marts not built)")
        lines += _status_lines(con)
        lines += _coverage_lines(con)
        lines += ["", "Rows per table:"]
        counts = table_counts(con)
        width = max((len(f"{s}.{t}") for s, t, _ in counts), default=10)
        lines += [f"  {s + '.' + t:<{width}}  {n:>9,}" for s, t, n in counts]
        rejected = con.execute(
            "select source_file, count(*) from quality.load_rejections group by 1 order by 1"
        ).fetchall()
        if rejected:
            lines += ["", "Rejected files (see quality.load_rejections):"]
            lines += [f"  {file}: {n} problem(s)" for file, n in rejected]
        lines += _quality_lines(con)
        lines += _location_lines(layout, replay_of)
        return "\n".join(lines)
    finally:
        con.close()
