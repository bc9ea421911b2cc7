"""The audit of write-audit-publish on its own: a build that fails it leaves the
published file as it was and no temporary file behind, and a copy that differs from the
build in any row fails it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from orchestration.domain.core.sql import content_digest
from orchestration.domain.publish.write_audit_publish import (
    EXPORT_KEYS,
    STORAGE_VERSION,
    TEMP_PREFIX,
    PublishAuditError,
    _audit,
    _digests,
    publish,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_audit_failure_publishes_nothing(tmp_path):
    published = tmp_path / "warehouse.duckdb"
    duckdb.connect(str(published)).execute("create table marts_before as select 1 as x").close()
    before = _digest(published)
    empty_build = tmp_path / "build.duckdb"
    duckdb.connect(str(empty_build)).execute("create schema staging").close()
    (tmp_path / f"{TEMP_PREFIX}warehouse.duckdb.99999").write_bytes(b"left by a killed run")

    declared = [("marts", "dim_targets"), ("quality", "dq_issues")]
    with pytest.raises(
        PublishAuditError, match=r"has no table for marts\.dim_targets, quality\.dq_issues"
    ):
        publish(empty_build, published, tmp_path / "exports", declared)

    assert _digest(published) == before
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*")), "temporary files are cleaned up"


@pytest.mark.parametrize(
    ("copied_rows", "problem"),
    [
        ("(1, 'a'), (2, 'b'), (3, 'c')", None),  # the same rows, in another order
        ("(1, 'a'), (2, 'b'), (3, 'x')", "3 rows copied of 3, and their contents differ"),
        ("(1, 'a'), (2, 'b'), (2, 'b')", "3 rows copied of 3, and their contents differ"),
        ("(1, 'a'), (2, 'b')", "2 rows copied of 3"),
    ],
)
def test_the_audit_compares_every_row_in_any_order(tmp_path, copied_rows, problem):
    build, copy = tmp_path / "build.duckdb", tmp_path / "copy.duckdb"
    for path, rows in ((build, "(3, 'c'), (2, 'b'), (1, 'a')"), (copy, copied_rows)):
        con = duckdb.connect(str(path))
        con.execute("create schema marts")
        con.execute(f"create table marts.t as select * from (values {rows}) v(id, name)")
        con.close()
    con = duckdb.connect()
    con.execute(f"attach '{build}' as build (read_only)")
    con.execute(f"attach '{copy}' as pub (read_only)")
    built, copied = (_digests(con, side, [("marts", "t")]) for side in ("build", "pub"))
    assert built["marts.t"] == content_digest(con, "build.marts.t")
    assert built["marts.t"][0] == 3
    if problem is None:
        _audit(built, copied)
    else:
        with pytest.raises(PublishAuditError, match=rf"^marts\.t: {problem}$"):
            _audit(built, copied)


def test_an_export_is_written_again_only_when_its_mart_changed(tmp_path):
    build, published, exports = (
        tmp_path / "build.duckdb",
        tmp_path / "warehouse.duckdb",
        tmp_path / "exports",
    )
    relations = [("marts", "figures"), ("marts", "rates")]

    def publish_after(*statements: str) -> set[str]:
        """Run `statements` on the build, publish, and name the export files written
        anew (a file taken from the last publish keeps its inode: a hard link)."""
        before = {p.name: p.stat().st_ino for p in exports.glob("*")}
        con = duckdb.connect(str(build))
        for statement in statements:
            con.execute(statement)
        con.close()
        report = publish(build, published, exports, relations)
        assert sorted(p.name for p in report.exports) == [
            "figures.csv",
            "figures.parquet",
            "rates.csv",
            "rates.parquet",
        ]
        after = {p.name: p.stat().st_ino for p in exports.glob("*")}
        return {name for name in after if before.get(name) != after[name]} - {EXPORT_KEYS}

    every_file = {"figures.csv", "figures.parquet", "rates.csv", "rates.parquet"}
    assert (
        publish_after(
            "create schema marts",
            "create table marts.rates as select 1 as id, 6.5 as rate",
            "create table marts.figures as select 1 as id, 100 as value",
        )
        == every_file
    )
    assert publish_after("insert into marts.figures values (2, 120)") == {
        "figures.csv",
        "figures.parquet",
    }
    assert (exports / "figures.csv").read_text().splitlines() == ["id,value", "1,100", "2,120"]
    # the same values under a new column name are a new file too
    assert publish_after("alter table marts.rates rename column rate to usd_cny") == {
        "rates.csv",
        "rates.parquet",
    }
    assert (exports / "rates.csv").read_text().splitlines() == ["id,usd_cny", "1,6.5"]
    assert publish_after() == set()
    assert (exports / "figures.csv").read_text().splitlines()[-1] == "2,120"


def test_a_publish_writes_again_only_the_tables_that_changed(tmp_path):
    """The new file starts as a copy of the last published one; a table is written
    again when its rows, columns or comments differ from the build, and the result
    equals a copy written from nothing."""
    build, published = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    relations = [("marts", "figures"), ("marts", "rates"), ("quality", "issues")]

    def publish_after(*statements: str, declared=relations) -> list[str]:
        con = duckdb.connect(str(build))
        for statement in statements:
            con.execute(statement)
        con.close()
        report = publish(build, published, None, declared)
        con = duckdb.connect(str(published), read_only=True)
        try:
            for schema, table in declared:
                copied = con.execute(f"select * from {schema}.{table} order by all").fetchall()
                source = duckdb.connect(str(build), read_only=True)
                assert (
                    copied
                    == source.execute(f"select * from {schema}.{table} order by all").fetchall()
                )
                source.close()
            present = con.execute(
                "select schema_name || '.' || table_name from duckdb_tables() order by 1"
            ).fetchall()
            assert [name for (name,) in present] == sorted(f"{s}.{t}" for s, t in declared)
            comments = con.execute(
                "select comment from duckdb_columns() where table_name = 'rates' "
                "and column_name = 'rate'"
            ).fetchall()
        finally:
            con.close()
        publish_after.comments = comments
        return report.rewritten

    assert publish_after(
        "create schema marts",
        "create schema quality",
        "create table marts.rates as select 1 as id, 6.5 as rate",
        "create table marts.figures as select 1 as id, 100 as value",
        "create table quality.issues as select 'none' as issue",
    ) == ["marts.figures", "marts.rates", "quality.issues"]
    assert publish_after("insert into marts.figures values (2, 120)") == ["marts.figures"]
    assert publish_after() == []
    # a new description (dbt's persist_docs) is a change readers see
    assert publish_after("comment on column marts.rates.rate is 'yuan per dollar'") == [
        "marts.rates"
    ]
    assert publish_after.comments == [("yuan per dollar",)]
    # the same rows in another type are another table
    assert publish_after("alter table marts.figures alter value type double") == ["marts.figures"]
    # a relation no longer declared leaves the published file, and its schema with it
    assert publish_after(declared=relations[:2]) == []
    # a published file someone wrote to (its write-ahead log) is not trusted: all anew
    published.with_name("warehouse.duckdb.wal").write_bytes(b"")
    assert publish_after(declared=relations[:2]) == ["marts.figures", "marts.rates"]
    # nor is a file in another storage format: BI tools' DuckDB 1.x must open it
    published.unlink()
    duckdb.connect(str(published)).close()  # this DuckDB's own, newer format
    assert publish_after(declared=relations[:2]) == ["marts.figures", "marts.rates"]
    con = duckdb.connect()
    con.execute(f"attach '{published}' as p (read_only)")
    (tags,) = con.execute(
        "select tags from duckdb_databases() where database_name = 'p'"
    ).fetchone()
    assert tags["storage_version"].startswith(STORAGE_VERSION)
