"""The short report `make run` ends with: what the warehouse holds and where it is.

`python -m orchestration.summary DB` prints it from a process of its own, read-only,
as any reader would: the build process cannot open the file read-only once
dagster-dbt's in-process row-count query holds it with dbt-duckdb's settings.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

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


def render(database: Path) -> str:
    """Targets per indicator, rows per table, rejected files, and the file's location."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        lines = ["", "Targets per indicator (marts.dim_targets):"]
        has_targets = con.execute(
            "select count(*) from information_schema.tables "
            "where table_schema = 'marts' and table_name = 'dim_targets'"
        ).fetchall()[0][0]
        if has_targets:
            rows = con.execute(
                "select indicator_id, count(*), string_agg(distinct target_kind, ', ' order by "
                "target_kind) from marts.dim_targets group by 1 order by 1"
            ).fetchall()
            width = max(len(r[0]) for r in rows)
            lines += [f"  {ind:<{width}}  {n:>2}  ({kinds})" for ind, n, kinds in rows]
            lines.append(f"  {'total':<{width}}  {sum(r[1] for r in rows):>2}")
        else:
            lines.append("  (marts not built)")
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
        lines += ["", f"Build warehouse: {database}"]
        return "\n".join(lines)
    finally:
        con.close()


if __name__ == "__main__":
    print(render(Path(sys.argv[1])))
