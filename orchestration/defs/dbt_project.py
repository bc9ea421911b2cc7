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
import shutil
import sys
from functools import cache
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject

from orchestration.domain.core.layout import DBT_PROJECT_DIR, WarehouseLayout, default_layout
from orchestration.domain.transform.dbt_sources import dbt_sources_hash

SOURCES_STAMP = "sources.sha256"


@cache
def dbt_project() -> DbtProject:
    """The project. Under `dg dev` / `dg check` its manifest is prepared as it loads, by
    our own parse (the pinned dbt, the default layout's vars) rather than dagster-dbt's
    default preparer, which looks for `dbt` on PATH."""
    project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
    if project.preparer.using_dagster_dev():
        _prepare(project, default_layout())
    return project


def dbt_executable() -> str:
    """The dbt installed beside this interpreter, else whatever `dbt` PATH has."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project(), dbt_executable=dbt_executable())


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
    dbt = DbtCliResource(project_dir=project, dbt_executable=dbt_executable())
    dbt.cli(
        ["parse", "--quiet", *dbt_vars_args(layout)], target_path=project.manifest_path.parent
    ).wait()
    stamp.write_text(sources)
    return True
