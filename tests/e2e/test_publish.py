"""Write, audit, publish: the file BI tools read is replaced only by a complete, audited
copy; readers are never locked out; it opens in DuckDB 1.x clients and SQLAlchemy; a
killed run or two runs at once leave it intact."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from orchestration.defs.dbt_project import dbt_project
from orchestration.domain.core.layout import RAW_DIR
from orchestration.domain.publish.published_relations import published_relations
from orchestration.domain.publish.write_audit_publish import (
    TEMP_PREFIX,
)
from tests.conftest import doc_section, isolated_env, query, run_build, start_build
from tests.e2e.conftest import add_statistic, copy_of_built

DUCKDB_CLI = Path(sys.executable).parent / "duckdb"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _published(built) -> Path:
    database, _env, _out = built
    return database.parent / "warehouse.duckdb"


def _fresh_root(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    return raw, {**isolated_env(tmp_path), "WAREHOUSE_RAW_DIR": str(raw)}


def test_published_file_opens_in_the_duckdb_1x_cli(built):
    assert DUCKDB_CLI.exists()
    version = subprocess.run([DUCKDB_CLI, "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("v1."), version.stdout
    done = subprocess.run(
        [
            DUCKDB_CLI,
            "-readonly",
            "-csv",
            str(_published(built)),
            "-c",
            "select target_value from marts.dim_targets "
            "where target_id = 'amp_ic_scale_double_2025'",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["target_value", "414.0"]


def test_published_file_opens_read_only_through_sqlalchemy(built):
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(f"duckdb:///{_published(built)}", connect_args={"read_only": True})
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "select target_id, status from marts.fct_target_attainment_latest "
                    "where status = 'on_track' order by 1"
                )
            ).fetchall()
            comment = inspect(connection).get_table_comment("dim_targets", schema="marts")
    finally:
        engine.dispose()
    assert [tuple(r) for r in rows] == [
        ("amp_ai_scale_double_2025", "on_track"),
        ("amp_ic_scale_double_2025", "on_track"),
    ]
    assert "414 bn yuan" in comment["text"]


def test_sqlalchemy_reflects_columns_with_their_descriptions(built):
    """What a SQLAlchemy-based tool does first: list columns (with dbt's descriptions) and
    reflect a table. SQLAlchemy 2.0.55+ fails here (pyproject.toml says why)."""
    from sqlalchemy import MetaData, Table, create_engine, inspect, select

    engine = create_engine(f"duckdb:///{_published(built)}", connect_args={"read_only": True})
    try:
        inspector = inspect(engine)
        # duckdb-engine names schemas catalog.schema; the bare name works in every call
        schemas = set(inspector.get_schema_names())
        assert {"warehouse.marts", "warehouse.quality", "warehouse.reference"} <= schemas
        columns = {c["name"]: c for c in inspector.get_columns("fct_target_trajectory", "marts")}
        assert columns["linear_path_value"]["comment"].startswith("Where a straight line")
        assert str(columns["year"]["type"]) == "INTEGER"
        table = Table("fct_target_trajectory", MetaData(), schema="marts", autoload_with=engine)
        assert len(table.columns) == len(columns)
        with engine.connect() as connection:
            years = connection.execute(
                select(table.c.year, table.c.target_value).where(
                    table.c.target_id == "amp_nev_output_2025", table.c.is_target_year
                )
            ).fetchall()
        assert [tuple(r) for r in years] == [(2025, 1200000.0)]
        issues = {c["name"]: c["comment"] for c in inspector.get_columns("dq_issues", "quality")}
        assert issues["check_name"], "quality tables carry column descriptions too"
    finally:
        engine.dispose()


def test_exports_read_back_in_pandas_as_parquet_and_csv(built):
    import pandas as pd

    published = _published(built)
    exports = published.parent / "exports"
    marts = [
        r[0]
        for r in query(
            published, "select table_name from duckdb_tables() where schema_name = 'marts'"
        )
    ]
    assert {p.stem for p in exports.glob("*.csv")} == set(marts)
    trajectory = pd.read_parquet(exports / "fct_target_trajectory.parquet")
    from_csv = pd.read_csv(exports / "fct_target_trajectory.csv", parse_dates=["as_of_date"])
    (rows,) = query(published, "select count(*) from marts.fct_target_trajectory")[0]
    assert len(trajectory) == len(from_csv) == rows
    nev = from_csv[(from_csv.target_id == "amp_nev_output_2025") & from_csv.is_target_year]
    assert nev.target_value.tolist() == [1200000.0]
    vintages = pd.read_csv(exports / "fct_statistic_vintages.csv")
    assert "m.kjw.cc (科技网)" in set(vintages.source), "Chinese text survives the CSV"
    latest = pd.read_csv(exports / "fct_target_attainment_latest.csv")
    assert latest.loc[latest.target_id == "amp_ic_scale_double_2025", "status"].tolist() == [
        "on_track"
    ]


def test_published_schemas_comments_exports_and_docs(built):
    published = _published(built)
    schemas = {r[0] for r in query(published, "select distinct schema_name from duckdb_tables()")}
    assert schemas == {"marts", "quality", "reference"}
    tables = query(published, "select schema_name, table_name from duckdb_tables() order by 1, 2")
    assert tables == published_relations(dbt_project().manifest_path)
    assert query(
        published,
        "select comment from duckdb_columns() where schema_name = 'marts' "
        "and table_name = 'fct_stated_fx_checks' and column_name = 'check_status'",
    ) == [("pass, warn, fail, or not_assessable when no reference rate exists.",)]
    # every published table and column carries a description BI tools can show
    assert query(published, "select table_name from duckdb_tables() where comment is null") == []
    assert (
        query(
            published,
            "select table_name, column_name from duckdb_columns() where comment is null "
            "and schema_name in ('quality', 'reference')",
        )
        == []
    )
    marts = query(published, "select table_name from duckdb_tables() where schema_name = 'marts'")
    exports = published.parent / "exports"
    assert {p.stem for p in exports.glob("*.parquet")} == {r[0] for r in marts}
    for (table,) in marts:
        (rows,) = query(published, f"select count(*) from marts.{table}")[0]
        parquet = duckdb.sql(f"select count(*) from '{exports / table}.parquet'").fetchall()[0][0]
        assert parquet == rows, table
    docs = (published.parent / "dbt_docs" / "index.html").read_text(encoding="utf-8")
    assert "fct_target_attainment_latest" in docs


def test_a_reader_keeps_working_through_a_run_that_publishes(built, tmp_path):
    raw, env = copy_of_built(built, tmp_path)
    published = tmp_path / "warehouse" / "warehouse.duckdb"
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import pathlib, time, duckdb
                con = duckdb.connect({str(published)!r}, read_only=True)
                queries = 0
                while not pathlib.Path({str(stop)!r}).exists():
                    con.execute("select count(*) from marts.fct_statistics").fetchall()
                    queries += 1
                    time.sleep(0.05)
                n = con.execute("select count(*) from marts.fct_statistics").fetchone()[0]
                print(queries, n)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1)
    add_statistic(raw, 300)
    docs = published.parent / "dbt_docs" / "index.html"
    docs_before = docs.stat().st_mtime_ns
    output = run_build(env).stdout
    stop.touch()
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    queries, rows_seen = map(int, out.split())
    assert queries > 20
    assert rows_seen == 27  # the reader's snapshot: the file as it was when it opened it
    assert "Published warehouse (open this one)" in output
    assert query(published, "select count(*) from marts.fct_statistics") == [(28,)]
    # new data, same dbt project: the docs site is kept, not regenerated
    assert docs.stat().st_mtime_ns == docs_before


def _wait_until_publishing(build: subprocess.Popen, folder: Path) -> None:
    """Return the moment the publish step's temporary copy appears beside the file."""
    deadline = time.monotonic() + 600
    while not list(folder.glob(f"{TEMP_PREFIX}*")):
        assert build.poll() is None, "the build ended before it published"
        assert time.monotonic() < deadline, "the build never reached the publish step"
        time.sleep(0.01)


@pytest.mark.parametrize("moment", ["during the dbt build", "while publishing"])
def test_a_killed_run_leaves_the_published_file_and_the_next_run_succeeds(built, tmp_path, moment):
    raw, env = copy_of_built(built, tmp_path)
    published = tmp_path / "warehouse" / "warehouse.duckdb"
    before = _digest(published)
    add_statistic(raw, 300)
    if moment == "while publishing":
        build = start_build(env, start_new_session=True, stdout=subprocess.DEVNULL)
        _wait_until_publishing(build, published.parent)
    else:
        build = start_build(env, start_new_session=True)
        for line in build.stdout:
            if "[3/3]" in line:
                break
        time.sleep(3)
    os.killpg(build.pid, signal.SIGKILL)
    build.wait(timeout=60)
    assert build.returncode == -signal.SIGKILL
    assert _digest(published) == before
    assert query(published, "select count(*) from marts.fct_statistics") == [(27,)]

    output = run_build(env).stdout
    assert "Published warehouse (open this one)" in output
    assert query(published, "select count(*) from marts.fct_statistics") == [(28,)]
    assert not list(published.parent.glob(f"{TEMP_PREFIX}*")), "what the kill left is removed"


def test_two_runs_at_once_take_turns(tmp_path):
    _raw, env = _fresh_root(tmp_path)
    first = start_build(env)
    time.sleep(1)
    second = run_build(env).stdout
    out, _ = first.communicate(timeout=900)
    assert first.returncode == 0, out[-3000:]
    waited = re.search(r"Another build of .* is running \(pid (\d+), started", second + out)
    assert waited, second[-2000:]
    published = tmp_path / "warehouse" / "warehouse.duckdb"
    assert query(published, "select count(*) from marts.dim_targets") == [(29,)]


def _readme_section(title: str) -> str:
    return doc_section("docs/using.md", title)


def _run_shell(command: str, published: Path) -> subprocess.CompletedProcess:
    command = command.replace(".venv/bin/duckdb", str(DUCKDB_CLI)).replace(
        "warehouse/warehouse.duckdb", str(published)
    )
    return subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=60, check=False
    )


def _run_python(code: str, published: Path) -> subprocess.CompletedProcess:
    code = code.replace("warehouse/warehouse.duckdb", str(published))
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_readme_first_query_and_python_run(built):
    published = _published(built)
    section = doc_section("README.md", "The first query")
    cli = re.search(r"```sh\n(.*?)```", section, re.DOTALL).group(1)
    done = _run_shell(cli, published)
    assert done.returncode == 0, done.stderr
    assert "amp_ic_scale_double_2025" in done.stdout and "on_track" in done.stdout
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)
    done = _run_python(code, published)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[(29,)]"


def test_docs_connection_examples_run(built):
    published = _published(built)
    cli = re.search(r"```sh\n(.*?)```", _readme_section("DuckDB CLI"), re.DOTALL).group(1)
    done = _run_shell(cli, published)
    assert done.returncode == 0, done.stderr
    assert "amp_ai_scale_double_2025" in done.stdout and "amp_ic_scale_double_2025" in done.stdout

    code = re.search(r"```python\n(.*?)```", _readme_section("Python"), re.DOTALL).group(1)
    done = _run_python(code, published)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('amp_industrial_investment_2025', 131.7)]"

    from sqlalchemy import create_engine, text

    uri = re.search(r"```\n(duckdb:.*?)\n```", _readme_section("Superset (SQLAlchemy)")).group(1)
    engine = create_engine(
        uri.replace("/absolute/path/to/warehouse/warehouse.duckdb", str(published))
    )
    try:
        with engine.connect() as connection:
            assert connection.execute(text("select count(*) from marts.dim_targets")).scalar() == 29
            with pytest.raises(Exception, match=r"Cannot execute statement of type \"CREATE\""):
                connection.execute(text("create table marts.scratch as select 1"))
    finally:
        engine.dispose()
