"""Folders readers open beside the published file (exports, dbt docs, the report) are
written under a temporary name and swapped in whole: a reader never sees half of a new
folder mixed with the old one, and a run killed part-way leaves the old folder as it
was (its temporary folder is removed by the next publish: write_audit_publish.py)."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

TEMP_PREFIX = ".publishing-"
# Names this process stages under: the pid alone can repeat (after a restart, a killed
# run's pid may be the next run's), so a random part keeps a stale folder from passing
# for this run's own.
RUN_TOKEN = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


def is_own(path: Path) -> bool:
    """Staged by this process (so not stale)."""
    return path.name.endswith(f".{RUN_TOKEN}")


def staging_folder(destination: Path) -> Path:
    """An empty folder beside `destination`, named so the next publish can clear it."""
    staged = destination.parent / f"{TEMP_PREFIX}{destination.name}.{RUN_TOKEN}"
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    return staged


def replace_folder(staged: Path, destination: Path) -> None:
    """Put `staged` where `destination` is: two renames, the old folder removed after."""
    retired = destination.parent / f"{TEMP_PREFIX}{destination.name}.old.{RUN_TOKEN}"
    shutil.rmtree(retired, ignore_errors=True)
    if destination.exists():
        os.replace(destination, retired)
    os.replace(staged, destination)
    shutil.rmtree(retired, ignore_errors=True)
