"""The dbt project as dagster-dbt sees it, made once per process, and how dbt is called.

Both the resources and the dbt assets need it, so it sits beside resources.py rather
than under transform/ (which would make the resources import a concern). It defines no
Dagster definitions.

dbt runs as the interpreter's own `dbt` (the pinned one in .venv/bin), given by path,
so nothing has to be put on PATH; and it always gets the layout's variables on its
command line (`dbt_vars_args`), the one way the build path reaches dbt's profile.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from functools import cache, cached_property
from importlib.metadata import version as installed_version
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject
from packaging.version import Version

from orchestration.domain.core.layout import DBT_PROJECT_DIR, WarehouseLayout, default_layout
from orchestration.domain.transform.dbt_sources import dbt_sources_hash

SOURCES_STAMP = "sources.sha256"
PARTIAL_PARSE_FILE = "partial_parse.msgpack"
RUN_TARGETS_KEPT = 5
"""dbt target folders of past builds left beside the newest one (`prune_run_targets`)."""
RUN_TARGET_IDLE_SECONDS = 3600


@cache
def dbt_project() -> DbtProject:
    """The project. Under `dg dev` / `dg check` its manifest is prepared as it loads, by
    our own parse (the pinned dbt, the default layout's vars) rather than dagster-dbt's
    default preparer, which looks for `dbt` on PATH."""
    project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
    if project.preparer.using_dagster_dev():
        _prepare(project, default_layout())
    return project


def _dbt_beside_interpreter() -> Path:
    return Path(sys.executable).parent / "dbt"


def dbt_executable() -> str:
    """The dbt installed beside this interpreter, else whatever `dbt` PATH has."""
    beside = _dbt_beside_interpreter()
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


class WarehouseDbtCliResource(DbtCliResource):
    """dagster-dbt's resource, told dbt's version instead of asking for it, and with no
    dbt adapter of its own (`_initialize_dbt_core_adapter`).

    Before every command dagster-dbt runs `dbt --version` in a subprocess (to tell dbt
    Core from the Fusion engine): about 2 s here, because the command imports every
    adapter, paid once per build. When the executable is the one installed beside this
    interpreter (`dbt_executable`'s first choice, always so under `make`), its version is
    the installed dbt-core package's, read from the package metadata. Any other
    executable is still asked. (`_cli_version` is dagster-dbt's private name: were it
    renamed, dagster-dbt would simply ask again; tests/integration/test_dbt_resource.py
    holds the two answers equal.)
    """

    @cached_property
    def _cli_version(self) -> Version:
        if Path(self.dbt_executable) == _dbt_beside_interpreter():
            return Version(installed_version("dbt-core"))
        return super()._cli_version

    def _initialize_dbt_core_adapter(self, args) -> None:
        """No dbt adapter in this process. dagster-dbt builds one before every command
        (loading dbt's profile and project and the DuckDB adapter: about 2.5 s here,
        before dbt itself starts) only so that `fetch_row_counts()` and
        `fetch_column_metadata()` can query the warehouse; the pipeline calls neither (it
        counts rows itself once dbt exits: defs/transform/dbt_assets.py says why), and
        dagster-dbt takes a missing adapter as "nothing to fetch"."""
        return None


def dbt_resource() -> DbtCliResource:
    return WarehouseDbtCliResource(project_dir=dbt_project(), dbt_executable=dbt_executable())


def dbt_vars_args(layout: WarehouseLayout, **more: str) -> list[str]:
    """`--vars` for every dbt command the pipeline runs: the layout's, plus `more`
    (an as-of date). Always the same for the same layout, so dbt's partial parsing,
    which hashes the vars, is reused from one build to the next."""
    return ["--vars", json.dumps({**layout.dbt_vars(), **more}, sort_keys=True)]


def prepare_manifest(layout: WarehouseLayout, log=lambda _message: None) -> bool:
    """Parse the dbt project, with the layout's vars, when its sources changed since the
    manifest was written (or there is none: a fresh clone). True when it parsed."""
    return _prepare(dbt_project(), layout, log)


def _prepare(project: DbtProject, layout: WarehouseLayout, log=lambda _message: None) -> bool:
    stamp = project.manifest_path.parent / SOURCES_STAMP
    sources = dbt_sources_hash()
    if project.manifest_path.exists() and stamp.exists() and stamp.read_text() == sources:
        return False
    log("Parsing the dbt project (its sources changed) ...")
    dbt = WarehouseDbtCliResource(project_dir=project, dbt_executable=dbt_executable())
    dbt.cli(
        ["parse", "--quiet", *dbt_vars_args(layout)], target_path=project.manifest_path.parent
    ).wait()
    stamp.write_text(sources)
    return True


def keep_partial_parse(run_target_path: Path) -> None:
    """Make a finished build's parse the one the next build starts from.

    dagster-dbt gives every invocation a target folder of its own and seeds it with the
    project's `target/partial_parse.msgpack`, but never copies the run's parse back. That
    seed comes from `_prepare`'s parse, and dbt throws it away whenever the run's vars or
    the environment its profile reads differ (a private build file, a benchmark, a test):
    then every build parsed the whole project again, about 3.5 s here. After a build the
    run's own parse matches the next run of the same layout. Replaced atomically, so a
    build starting meanwhile reads the old file or the new one, never half of one.
    """
    source = run_target_path / PARTIAL_PARSE_FILE
    if not source.exists():
        return
    destination = dbt_project().manifest_path.parent / PARTIAL_PARSE_FILE
    staged = destination.with_name(f".{PARTIAL_PARSE_FILE}.{os.getpid()}")
    shutil.copyfile(source, staged)
    os.replace(staged, destination)


def prune_run_targets(current: Path, kept: int = RUN_TARGETS_KEPT) -> list[Path]:
    """Delete the target folders of all but the last `kept` builds before `current`.

    dagster-dbt gives every dbt command a target folder of its own under the project's
    target/ (named by the step, the run and a random part) and never removes one: each
    build left about 10 MB there (dbt's debug log, the manifest, the compiled SQL), which
    a daily schedule makes gigabytes in a year. The newest few stay for whoever looks
    into a build; the project's own files in target/ (the manifest the definitions load,
    the partial parse) are not folders and are never touched. A folder written to in the
    last hour is never removed either: builds of one warehouse run one at a time, but a
    build of another layout (a test's, a benchmark's, a replay) may be running from the
    same project, and dbt appends to its folder's dbt.log as it goes. Returns what went.
    """

    def last_written(folder: Path) -> float:
        log = folder / "dbt.log"
        return max(folder.stat().st_mtime, log.stat().st_mtime if log.exists() else 0.0)

    siblings = [
        folder
        for folder in current.parent.glob(f"{current.name.split('-')[0]}-*")
        if folder.is_dir() and folder != current
    ]
    siblings.sort(key=last_written, reverse=True)
    idle_since = time.time() - RUN_TARGET_IDLE_SECONDS
    removed = [folder for folder in siblings[kept:] if last_written(folder) < idle_since]
    for folder in removed:
        shutil.rmtree(folder, ignore_errors=True)
    return removed
