"""Publish the build: write, audit, then swap the file BI tools read, atomically.

Runs write only the build file. Publishing copies the relations readers get (those the
dbt exposure declares: published_relations.py) into a new file beside the published
one, audits the copy (every table: the count and the hash sum of its rows), makes it
durable (checkpoint, fsync) and renames it over warehouse.duckdb. The new file starts as
a byte copy of the last published one, and only the tables whose rows, columns or
comments differ from the build are written again: one bulletin rewrites the statistics
marts, not the daily FX rates. A rename is atomic: a
reader sees the old file or the new one, never half of either, and a reader that already
has the old file open keeps reading it (it holds the old inode). A run killed at any
point leaves the published file as it was; the temporary files it left are removed by
the next publish.

The published file is written in DuckDB's v1.4.0 storage format, because the build
file (DuckDB 2 storage) does not open in the DuckDB 1.x clients BI tools ship
(duckdb-cli 1.5, duckdb-engine on DuckDB 1.x); DuckDB 2 reads it too.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import duckdb_config
from orchestration.domain.core.sql import content_digest, quote_text
from orchestration.domain.publish.folders import (
    RUN_TOKEN,
    TEMP_PREFIX,
    ReusedFiles,
    is_own,
    replace_folder,
    staging_folder,
)
from orchestration.domain.publish.published_relations import EXPORTED_SCHEMA, Relation

STORAGE_VERSION = "v1.4.0"


class PublishAuditError(RuntimeError):
    """The copy does not match the build: nothing was published."""


@dataclass
class PublishReport:
    published: Path
    tables: dict[str, int] = field(default_factory=dict)  # "schema.table" -> rows
    rewritten: list[str] = field(default_factory=list)  # the others kept from the last file
    exports: list[Path] = field(default_factory=list)
    stale_removed: list[Path] = field(default_factory=list)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale(folder: Path) -> list[Path]:
    """Temporary files and folders of publishes that were killed part-way."""
    # what this process staged before the publish began (dbt docs) is not stale
    stale = sorted(p for p in folder.glob(f"{TEMP_PREFIX}*") if not is_own(p))
    for path in stale:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    return stale


def _missing(con: duckdb.DuckDBPyConnection, relations: list[Relation]) -> list[str]:
    """The declared relations the build has no table for."""
    present = set(
        con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = 'build'"
        ).fetchall()
    )
    return [f"{schema}.{table}" for schema, table in relations if (schema, table) not in present]


def _copy_comments(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> None:
    """dbt's descriptions (persist_docs) are comments: BI tools show them; keep them."""
    (comment,) = con.execute(
        "select comment from duckdb_tables() "
        "where database_name = 'build' and schema_name = ? and table_name = ?",
        [schema, table],
    ).fetchone()
    target = f'pub."{schema}"."{table}"'
    if comment:
        con.execute(f"comment on table {target} is " + quote_text(comment))
    for column, text in con.execute(
        "select column_name, comment from duckdb_columns() where database_name = 'build' "
        "and schema_name = ? and table_name = ? and comment is not null",
        [schema, table],
    ).fetchall():
        con.execute(f'comment on column {target}."{column}" is ' + quote_text(text))


def _start_from_last(published: Path, temporary: Path) -> bool:
    """Begin the new file as a byte copy of the last published one, so unchanged tables
    need no rewrite. Not when there is none, or when it has a write-ahead log (someone
    wrote to it since: its tables are rewritten from the build instead)."""
    if not published.is_file() or published.with_name(published.name + ".wal").exists():
        return False
    shutil.copyfile(published, temporary)
    return True


def _storage_version(con: duckdb.DuckDBPyConnection, database: str) -> str:
    (tags,) = con.execute(
        "select tags from duckdb_databases() where database_name = ?", [database]
    ).fetchone()
    return tags.get("storage_version", "")


def _shapes(con: duckdb.DuckDBPyConnection, database: str) -> dict[str, tuple]:
    """Each table's comment and its columns (name, type, comment), in order: a table
    whose rows are unchanged is still written again when these differ."""
    shapes: dict[str, list] = {}
    for schema, table, comment in con.execute(
        "select schema_name, table_name, comment from duckdb_tables() where database_name = ?",
        [database],
    ).fetchall():
        shapes[f"{schema}.{table}"] = [comment]
    for schema, table, column, kind, comment in con.execute(
        "select schema_name, table_name, column_name, data_type, comment from duckdb_columns() "
        "where database_name = ? order by schema_name, table_name, column_index",
        [database],
    ).fetchall():
        if f"{schema}.{table}" in shapes:
            shapes[f"{schema}.{table}"].append((column, kind, comment))
    return {name: tuple(shape) for name, shape in shapes.items()}


def _write_copy(
    build: Path, published: Path, temporary: Path, relations: list[Relation]
) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Write `relations` of `build` into `temporary` and audit the copy row by row.
    Returns the audit's digests and the tables written anew (the others were kept from
    the byte copy of `published`, their rows and shape already equal to the build's)."""
    if not relations:
        raise PublishAuditError("nothing is declared to publish")
    copied_last = _start_from_last(published, temporary)
    con = duckdb.connect(config=duckdb_config())
    try:
        con.execute(f"attach {quote_text(str(build))} as build (read_only)")
        if copied_last:
            con.execute(f"attach {quote_text(str(temporary))} as pub")
            if not _storage_version(con, "pub").startswith(STORAGE_VERSION):
                # written by another storage format: begin a new file
                con.execute("detach pub")
                temporary.unlink()
                copied_last = False
        if not copied_last:
            con.execute(
                f"attach {quote_text(str(temporary))} as pub (storage_version '{STORAGE_VERSION}')"
            )
        if missing := _missing(con, relations):
            raise PublishAuditError(f"{build} has no table for {', '.join(missing)}")
        tables = sorted(relations)
        names = [f"{schema}.{table}" for schema, table in tables]
        built = _digests(con, "build", tables)
        kept: dict[str, tuple[int, int]] = {}
        if copied_last:
            build_shapes, pub_shapes = _shapes(con, "build"), _shapes(con, "pub")
            same_shape = [
                (schema, table)
                for schema, table in tables
                if pub_shapes.get(f"{schema}.{table}") == build_shapes[f"{schema}.{table}"]
            ]
            kept = {
                name: digest
                for name, digest in _digests(con, "pub", same_shape).items()
                if digest == built[name]
            }
        for schema, table in con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = 'pub'"
        ).fetchall():
            if f"{schema}.{table}" not in kept:
                con.execute(f'drop table pub."{schema}"."{table}"')
        for (schema,) in con.execute(
            "select schema_name from duckdb_schemas() where database_name = 'pub' and not internal"
        ).fetchall():
            if schema not in {s for s, _ in tables}:
                con.execute(f'drop schema pub."{schema}" cascade')
        rewritten = [(s, t) for s, t in tables if f"{s}.{t}" not in kept]
        for schema in sorted({schema for schema, _ in rewritten}):
            con.execute(f'create schema if not exists pub."{schema}"')
        for schema, table in rewritten:
            con.execute(
                f'create table pub."{schema}"."{table}" as select * from build."{schema}"."{table}"'
            )
            _copy_comments(con, schema, table)
        _audit(built, kept | _digests(con, "pub", rewritten))
        con.execute("checkpoint pub")
        con.execute("detach pub")
        return {name: built[name] for name in names}, [f"{s}.{t}" for s, t in rewritten]
    finally:
        con.close()


def _digests(
    con: duckdb.DuckDBPyConnection, database: str, tables: list[Relation]
) -> dict[str, tuple[int, int]]:
    """The content digest of each of `tables` in the attached `database`."""
    return {
        f"{schema}.{table}": content_digest(con, f'{database}."{schema}"."{table}"')
        for schema, table in tables
    }


def _audit(built: dict[str, tuple[int, int]], copied: dict[str, tuple[int, int]]) -> None:
    """Every table of the copy holds the rows of the build: their content digests
    ("schema.table" -> (rows, hash sum)) are equal. It replaced `except all` between the
    two files, which built a hash table of every row: at 1M statistics rows 10 s of a
    24 s copy, against 0.5 s for the digests."""
    for name, (rows, total) in built.items():
        copied_rows, copied_total = copied.get(name, (0, None))
        if (copied_rows, copied_total) != (rows, total):
            raise PublishAuditError(
                f"{name}: {copied_rows} rows copied of {rows}"
                + (", and their contents differ" if copied_rows == rows else "")
            )


# Parquet for tools that read files; CSV for spreadsheet users (UTF-8, a header row,
# ISO dates, empty for null; docs/using.md says how to open it in a spreadsheet).
EXPORT_FORMATS = {
    "parquet": "(format parquet)",
    "csv": "(format csv, header true, dateformat '%Y-%m-%d')",
}


EXPORT_KEYS = ".export_keys.json"


def _write_exports(
    build: Path,
    staged: Path,
    destination: Path,
    relations: list[Relation],
    digests: dict[str, tuple[int, int]],
) -> list[Path]:
    """Each published mart as one file per format in EXPORT_FORMATS, into `staged`. A
    file whose mart has the same columns and content digest as when the file in
    `destination` was written is taken from there: one new bulletin re-exports the
    statistics marts, not the FX rates."""
    con = duckdb.connect(str(build), read_only=True, config=duckdb_config())
    try:
        tables = sorted(table for schema, table in relations if schema == EXPORTED_SCHEMA)
        reused = ReusedFiles(staged, destination, EXPORT_KEYS)
        written = []
        for table in tables:
            relation = f'{EXPORTED_SCHEMA}."{table}"'
            columns = con.execute(f"describe {relation}").fetchall()
            digest = digests[f"{EXPORTED_SCHEMA}.{table}"]  # the audit's, of the build
            content = repr((digest, [c[:2] for c in columns]))
            for suffix, options in EXPORT_FORMATS.items():
                path = staged / f"{table}.{suffix}"
                written.append(path)
                key = hashlib.sha256(f"{content}|{options}".encode()).hexdigest()
                if reused.reuse(path.name, key):
                    continue
                con.execute(f"copy (select * from {relation}) to {quote_text(str(path))} {options}")
        reused.save()
        return written
    finally:
        con.close()


def publish(
    build: Path, published: Path, exports: Path | None, relations: list[Relation]
) -> PublishReport:
    """Replace `published` (and the `exports` folder, unless None) with an audited copy
    of `relations` of `build`.

    Raises PublishAuditError (or DuckDB's own error) before anything is replaced if the
    copy is not exact; the published file is then exactly as it was.
    """
    folder = published.parent
    folder.mkdir(parents=True, exist_ok=True)
    report = PublishReport(published, stale_removed=_remove_stale(folder))
    temporary = folder / f"{TEMP_PREFIX}{published.name}.{RUN_TOKEN}"
    staged_exports = None
    try:
        digests, report.rewritten = _write_copy(build, published, temporary, relations)
        report.tables = {name: rows for name, (rows, _) in digests.items()}
        if exports is not None:
            staged_exports = staging_folder(exports)
            _write_exports(build, staged_exports, exports, relations, digests)
        _fsync(temporary)
        os.replace(temporary, published)
        _fsync(folder)
    finally:
        temporary.unlink(missing_ok=True)
    if exports is not None and staged_exports is not None:
        replace_folder(staged_exports, exports)
        report.exports = sorted(p for p in exports.iterdir() if p.name != EXPORT_KEYS)
    return report
