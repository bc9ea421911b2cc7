"""SQL text helpers: quoting names and values, reading one value."""

from __future__ import annotations

import duckdb


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    """One value. DuckDB 2 wants every result read to the end before the next statement."""
    return con.execute(sql, params or []).fetchall()[0][0]


def quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_text(value: str) -> str:
    """A string literal for SQL."""
    return "'" + value.replace("'", "''") + "'"
