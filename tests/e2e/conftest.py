"""The e2e tier: the warehouse built from the shipped raw/ once per session, as `make run`
builds it, and private copies of that built folder for tests that change data.

A test that needs a built warehouse and then changes raw/ starts from `copy_of_built`
instead of building from nothing: the copy holds the build file, the published file and
the Dagster home, so its next `make run` does what a user's next run does.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from orchestration.domain.core.layout import RAW_DIR
from orchestration.domain.transform.build_state import read_state
from tests.conftest import isolated_env, run_build


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
    output = run_build(isolated_env(root), "--as-of", "2022-02-27").stdout
    replay = root / "warehouse" / "replays" / "as_of_2022-02-27.duckdb"
    assert f"Replay as known on 2022-02-27 (open this one for the past): {replay}" in output
    assert not (root / "warehouse" / "warehouse.duckdb").exists(), "a replay never publishes"
    return replay


def copy_of_built(built, root: Path) -> tuple[Path, dict[str, str]]:
    """A private copy of the session's built folder and of raw/ under `root`:
    (raw folder, environment naming them)."""
    database, _env, _out = built
    source = database.parent.parent
    shutil.copytree(source / "warehouse", root / "warehouse", symlinks=True)
    shutil.copytree(source / "dagster_home", root / "dagster_home", symlinks=True)
    raw = root / "raw"
    shutil.copytree(RAW_DIR, raw)
    return raw, {**isolated_env(root), "WAREHOUSE_RAW_DIR": str(raw)}


def skip_if_the_day_changed(database: Path) -> None:
    """A build is as of the day it runs: a run after midnight is a new as-of date and
    rebuilds by design, so a test that expects the session's build to be reused cannot
    hold when the suite crosses midnight."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        state = read_state(con)
    finally:
        con.close()
    if state is not None and state.inputs.as_of_date != date.today().isoformat():
        pytest.skip(f"the session's build is as of {state.inputs.as_of_date}; today is another day")


def add_statistic(raw: Path, value: int) -> None:
    """A new statistics file in `raw` (the same name each time: a second call replaces
    the figure, as a corrected bulletin does)."""
    (raw / "statistics" / "extra.csv").write_text(
        "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
        f"ai_industry_scale,CN-SH,2022,{value},CNY_bn,final,Test release,,2023-03-01\n",
        encoding="utf-8",
    )
