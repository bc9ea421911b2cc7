"""The dbt resource's shortcuts: it reads dbt's version from the installed package instead
of running `dbt --version` before every command (about 2 s, and that command asks PyPI
for the latest release), and the version it reads is the executable's own; and it builds
no dbt adapter in this process before dbt runs (about 2.5 s), which only dagster-dbt's
row-count and column-metadata fetches would use. And a build removes the target folders
dagster-dbt leaves behind, but the last few. And `make run`'s process, which keeps
dbt-core out (1.0 s), builds the same job."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import dagster_dbt.core.resource as dagster_dbt_resource
import dbt.adapters.factory
from packaging.version import Version

from orchestration.defs.dbt_project import (
    PARTIAL_PARSE_FILE,
    RUN_TARGETS_KEPT,
    WarehouseDbtCliResource,
    dbt_resource,
    dbt_vars_args,
    prune_run_targets,
)
from orchestration.domain.core.layout import PROJECT_ROOT, WarehouseLayout


def test_the_dbt_version_is_read_without_running_dbt(monkeypatch):
    def no_subprocess(*args, **kwargs):
        raise AssertionError(f"ran {args[0]!r}")

    monkeypatch.setattr(dagster_dbt_resource, "check_output", no_subprocess)
    from dbt.version import __version__

    resource = dbt_resource()
    assert isinstance(resource, WarehouseDbtCliResource)
    assert resource._cli_version == Version(__version__)
    assert resource._cli_version.major == 1  # dbt Core, not the Fusion engine


def test_another_dbt_executable_is_still_asked(monkeypatch, tmp_path):
    other = tmp_path / "dbt"
    other.write_text("#!/bin/sh\n", encoding="utf-8")
    other.chmod(0o755)
    asked = []

    def fake_dbt(args, **kwargs):
        asked.append(args)
        return b"Core:\n  - installed: 1.11.0\n"

    monkeypatch.setattr(dagster_dbt_resource, "check_output", fake_dbt)
    resource = WarehouseDbtCliResource(
        project_dir=dbt_resource().project_dir, dbt_executable=str(other)
    )
    assert resource._cli_version == Version("1.11.0")
    assert asked == [[str(other), "--version"]]


def test_dbt_runs_with_no_adapter_built_in_this_process(monkeypatch, tmp_path):
    registered = []  # (dagster-dbt would swallow an error raised here: it only warns)
    real = dbt.adapters.factory.register_adapter
    monkeypatch.setattr(
        dbt.adapters.factory,
        "register_adapter",
        lambda *args, **kwargs: registered.append(args) or real(*args, **kwargs),
    )
    layout = WarehouseLayout.in_folder(tmp_path)
    invocation = dbt_resource().cli(
        ["ls", "--resource-type", "seed", "--output", "name", *dbt_vars_args(layout)],
        target_path=tmp_path / "target",
    )
    listed = [event.raw_event["info"]["msg"] for event in invocation.stream_raw_events()]
    assert registered == []
    assert invocation.adapter is None
    assert invocation.is_successful()
    assert "units" in listed  # the project's one seed


def test_only_the_last_builds_target_folders_are_kept(tmp_path):
    """dagster-dbt leaves a target folder per dbt command (about 10 MB a build); a build
    removes all but the newest RUN_TARGETS_KEPT of its step's, and none that a build
    running beside it is still writing, nothing else."""
    target = tmp_path / "target"
    target.mkdir()
    for name in ("manifest.json", PARTIAL_PARSE_FILE):
        (target / name).write_text("{}", encoding="utf-8")
    other = target / "publish_docs-0000000-aaaaaaa"
    other.mkdir()
    folders = []
    for age in range(8, 0, -1):  # oldest first
        folder = target / f"warehouse_dbt_models-{age:07d}-{age:07x}"
        (folder / "compiled").mkdir(parents=True)
        (folder / "dbt.log").write_text("log", encoding="utf-8")
        for written in (folder / "dbt.log", folder):
            os.utime(written, (1_000_000 - age, 1_000_000 - age))
        folders.append(folder)
    current = target / "warehouse_dbt_models-9999999-bbbbbbb"
    current.mkdir()
    running = target / "warehouse_dbt_models-8888888-ccccccc"  # another layout's build
    running.mkdir()
    (running / "dbt.log").write_text("log", encoding="utf-8")
    os.utime(running, (1_000_000 - 9, 1_000_000 - 9))  # older than all, but its log is new

    removed = prune_run_targets(current)

    # the newest by last write: the running build's, then the most recent old ones
    newest = [running, *folders[::-1]][:RUN_TARGETS_KEPT]
    assert sorted(removed) == sorted(set(folders) - set(newest))
    assert sorted(p.name for p in target.iterdir()) == sorted(
        [current.name, other.name, "manifest.json", PARTIAL_PARSE_FILE] + [f.name for f in newest]
    )
    # still running when more than RUN_TARGETS_KEPT builds are newer: never removed
    os.utime(running / "dbt.log", (1_000_000 - 9, 1_000_000 - 9))
    os.utime(running, (time.time(), time.time()))
    assert set(prune_run_targets(current, kept=0)) == set(newest[1:])
    assert running.is_dir()


_DEFINITIONS_PROBE = """
import json, sys
from orchestration import cli
if sys.argv[1] == "hidden":
    cli._without_dbt_core_in_process()
import dagster_dbt.compat
from orchestration.definitions import definitions_for
from orchestration.domain.core.layout import default_layout
job = definitions_for(default_layout()).resolve_job_def(cli.BUILD_JOB)
graph = job.asset_layer.asset_graph
print(json.dumps({
    "dbt_core_version": str(dagster_dbt.compat.DBT_PYTHON_VERSION),
    "dbt_modules": sorted(m for m, v in sys.modules.items() if m.split(".")[0] == "dbt" and v),
    "assets": sorted(k.to_user_string() for k in graph.get_all_asset_keys()),
    "checks": sorted(k.to_user_string() for k in graph.asset_check_keys),
    "blocking": sorted(
        k.to_user_string() for k in graph.asset_check_keys if graph.get_check_spec(k).blocking
    ),
}))
"""


def _definitions_seen(mode: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _DEFINITIONS_PROBE, mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_build_process_loads_the_same_definitions_without_dbt_core():
    """`make run` keeps dbt-core out of its process (cli._without_dbt_core_in_process):
    dagster-dbt then takes its own fallback types, and the job it builds must be the one
    it builds with dbt-core imported: the same assets, checks and blocking checks. (Every
    end-to-end build runs that way, so the events dbt's results become are tested there.)"""
    usual, hidden = _definitions_seen("usual"), _definitions_seen("hidden")
    assert usual["dbt_core_version"].startswith("1.")
    assert "dbt.adapters.base.impl" in usual["dbt_modules"]
    assert hidden["dbt_core_version"] == "None"
    assert hidden["dbt_modules"] == []
    assert len(usual["assets"]) > 60 and len(usual["checks"]) > 150
    for part in ("assets", "checks", "blocking"):
        assert hidden[part] == usual[part], part
