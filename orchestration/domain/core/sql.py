"""SQL helpers: quoting names and values, reading one value, asking what tables exist."""

from __future__ import annotations

import duckdb


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    """One value. DuckDB 2 wants every result read to the end before the next statement."""
    return con.execute(sql, params or []).fetchall()[0][0]


def tables_in(con: duckdb.DuckDBPyConnection, schema: str) -> set[str]:
    """The tables (and views) of `schema` in the connection's file."""
    rows = con.execute(
        "select table_name from information_schema.tables where table_schema = ?", [schema]
    ).fetchall()
    return {name for (name,) in rows}


def table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return bool(
        scalar(
            con,
            "select count(*) from information_schema.tables "
            "where table_schema = ? and table_name = ?",
            [schema, table],
        )
    )


def quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_text(value: str) -> str:
    """A string literal for SQL."""
    return "'" + value.replace("'", "''") + "'"


def content_digest(con: duckdb.DuckDBPyConnection, relation: str) -> tuple[int, int]:
    """A table's rows as (count, sum of the rows' 64-bit hashes): equal for the same
    rows in any order. A sum, not an xor, so a duplicated row is not cancelled out; a
    128-bit integer, so it cannot overflow. Different rows give the same digest only if
    their hash sums collide by chance."""
    return con.execute(f"select count(*), sum(hash(t)::hugeint) from {relation} as t").fetchone()
