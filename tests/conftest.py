"""Shared fixtures: a private copy of raw/, a build database and a Dagster home per test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration.domain.core.layout import ECB_HISTORY_URL_ENV, RAW_DIR, WarehouseLayout

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def pytest_sessionstart(session: pytest.Session) -> None:
    """A clean checkout has no dbt manifest: parse the project once, as `make run` does.
    Tests never touch the network: a deployment's ECB refresh URL is dropped here."""
    from orchestration.defs.dbt_project import prepare_manifest

    os.environ.pop(ECB_HISTORY_URL_ENV, None)
    prepare_manifest(WarehouseLayout.from_env())


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A copy of the shipped raw/ that a test may change freely."""
    target = tmp_path / "raw"
    shutil.copytree(RAW_DIR, target)
    return target


@pytest.fixture
def build_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A build database path of the test's own, named the way dbt and Dagster read it."""
    path = tmp_path / "warehouse" / "build.duckdb"
    monkeypatch.setenv("WAREHOUSE_BUILD_DB", str(path))
    return path


def warehouse_resource(database: Path, raw_dir: Path = RAW_DIR):
    """The warehouse resource of a layout whose build file is `database` and whose raw
    folder is `raw_dir`, for dg.materialize of single assets."""
    from orchestration.defs.resources import WarehouseResource

    folder = database.parent
    layout = WarehouseLayout(
        raw_dir=raw_dir,
        build_db=database,
        published_db=folder / "warehouse.duckdb",
        dagster_home=folder / "dagster_home",
    )
    return WarehouseResource.from_layout(layout)


def query(database: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of one query on a built warehouse, read-only as BI tools read it."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def run_build(env: dict[str, str], *args: str, expect_exit: int = 0) -> subprocess.CompletedProcess:
    """`make run`'s command in a process of its own, as a user runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "orchestration", "build", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == expect_exit, done.stdout[-4000:] + done.stderr[-4000:]
    return done


def start_build(env: dict[str, str], **popen: object) -> subprocess.Popen:
    """`make run`'s command started in the background, by default with its output on a
    text pipe (which the caller must read, or pass stdout=subprocess.DEVNULL)."""
    options = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "text": True} | popen
    return subprocess.Popen(
        [sys.executable, "-m", "orchestration", "build"], cwd=PROJECT_ROOT, env=env, **options
    )


def isolated_env(root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "WAREHOUSE_BUILD_DB": str(root / "warehouse" / "build.duckdb"),
        "DAGSTER_HOME": str(root / "dagster_home"),
    }


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The whole warehouse built once from the shipped raw/, in a private database and
    Dagster home: (database, environment, the first run's output)."""
    root = tmp_path_factory.mktemp("e2e")
    env = isolated_env(root)
    first = run_build(env)
    return root / "warehouse" / "build.duckdb", env, first


@pytest.fixture(scope="session")
def built_as_of_2022_02_27(tmp_path_factory):
    """The warehouse as known on 2022-02-27: the plan is out, the 2021 figures are not."""
    root = tmp_path_factory.mktemp("e2e_as_of")
    run_build(isolated_env(root), "--as-of", "2022-02-27")
    return root / "warehouse" / "build.duckdb"
