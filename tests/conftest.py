"""What every tier shares: a private copy of raw/, the warehouse resource of a private
build file, `make run`'s command in a process, and read-only queries.

Tiers are folders: unit/ (pure functions and single domain modules), integration/ (Dagster
definitions, assets and checks in process, dbt against a private file), e2e/ (the whole
warehouse built as a user builds it, once per session; see e2e/conftest.py). Every test
under e2e/ is marked `e2e`; `make test-fast` runs the other two tiers."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration.domain.core.layout import (
    ECB_HISTORY_URL_ENV,
    PROJECT_ROOT,
    RAW_DIR,
    WarehouseLayout,
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    e2e = Path(__file__).parent / "e2e"
    for item in items:
        if e2e in item.path.parents:
            item.add_marker(pytest.mark.e2e)


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


def drop_line(path: Path, starts_with: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(starts_with)]
    assert len(kept) == len(lines) - 1
    path.write_text("".join(kept), encoding="utf-8")


def doc_section(page: str, title: str) -> str:
    """The text of a docs page's section (`## title` or `### title`) up to the next heading
    of any level: where the tests find the commands and queries the docs show."""
    text = (PROJECT_ROOT / page).read_text(encoding="utf-8")
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^#+ |\Z)", text, re.DOTALL | re.MULTILINE)
    assert match, f"{page} has no section {title!r}"
    return match.group(1)


def query(database: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of one query on a built warehouse, read-only as BI tools read it."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def run_command(
    command: list[str], env: dict[str, str], cwd: Path = PROJECT_ROOT, timeout: float = 900
) -> subprocess.CompletedProcess:
    """A command in a process of its own, its output captured as text; never raises on
    its exit code (the caller asserts it, with the output in the message)."""
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def run_build(env: dict[str, str], *args: str, expect_exit: int = 0) -> subprocess.CompletedProcess:
    """`make run`'s command in a process of its own, as a user runs it. Its output ends
    with what the build says: no warnings of leaked objects or semaphores at exit
    (orchestration/__main__.py, domain/quality/gx_worker.py's stop)."""
    done = run_command([sys.executable, "-m", "orchestration", "build", *args], env)
    assert done.returncode == expect_exit, done.stdout[-4000:] + done.stderr[-4000:]
    assert "leaked" not in done.stdout + done.stderr, done.stderr[-4000:]
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
