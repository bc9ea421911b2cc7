"""The dbt resource's shortcut: it reads dbt's version from the installed package instead
of running `dbt --version` before every command (about 2 s, and that command asks PyPI
for the latest release), and the version it reads is the executable's own."""

from __future__ import annotations

import dagster_dbt.core.resource as dagster_dbt_resource
from packaging.version import Version

from orchestration.defs.dbt_project import WarehouseDbtCliResource, dbt_resource


def test_the_dbt_version_is_read_without_running_dbt(monkeypatch):
    def no_subprocess(*args, **kwargs):
        raise AssertionError(f"ran {args[0]!r}")

    monkeypatch.setattr(dagster_dbt_resource, "check_output", no_subprocess)
    from dbt.version import __version__

    resource = dbt_resource()
    assert isinstance(resource, WarehouseDbtCliResource)
    assert resource._cli_version == Version(__version__)
    assert resource._cli_version.major == 1  # dbt Core, so dagster-dbt keeps its adapter


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
