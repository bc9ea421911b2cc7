"""Folders readers open beside the published file (exports, dbt docs, the report) are
written under a temporary name and swapped in whole: a reader never sees half of a new
folder mixed with the old one, and a run killed part-way leaves the old folder as it
was (its temporary folder is removed by the next publish: write_audit_publish.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

TEMP_PREFIX = ".publishing-"


def staging_folder(destination: Path) -> Path:
    """An empty folder beside `destination`, named so the next publish can clear it."""
    staged = destination.parent / f"{TEMP_PREFIX}{destination.name}.{os.getpid()}"
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    return staged


def replace_folder(staged: Path, destination: Path) -> None:
    """Put `staged` where `destination` is: two renames, the old folder removed after."""
    retired = destination.parent / f"{TEMP_PREFIX}{destination.name}.old.{os.getpid()}"
    if destination.exists():
        os.replace(destination, retired)
    os.replace(staged, destination)
    shutil.rmtree(retired, ignore_errors=True)
