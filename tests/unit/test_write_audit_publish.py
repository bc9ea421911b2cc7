"""The audit of write-audit-publish on its own: a build that fails it leaves the
published file as it was and no temporary file behind, and a copy that differs from the
build in any row fails it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from orchestration.domain.publish.write_audit_publish import (
    EXPORT_KEYS,
    TEMP_PREFIX,
    PublishAuditError,
    _audit,
    content_digest,
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
    if problem is None:
        built = content_digest(con, "build.marts.t")
        assert built[0] == 3
        assert _audit(con, [("marts", "t")]) == {"marts.t": built}
    else:
        with pytest.raises(PublishAuditError, match=rf"^marts\.t: {problem}$"):
            _audit(con, [("marts", "t")])


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
