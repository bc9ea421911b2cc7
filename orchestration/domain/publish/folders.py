"""Folders readers open beside the published file (exports, dbt docs, the report) are
written under a temporary name and swapped in whole: a reader never sees half of a new
folder mixed with the old one, and a run killed part-way leaves the old folder as it
was (its temporary folder is removed by the next publish: write_audit_publish.py)."""

from __future__ import annotations

import json
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


class ReusedFiles:
    """Files of a staged folder that may be taken from the folder it will replace instead
    of being made again: each file has a key (a digest of everything it is made from),
    the keys are kept in `keys_file` of the folder, and a file whose key equals the one
    recorded last time, and which is still there, is hard-linked (copied where links are
    not possible). The report's pages and the exports use it, so one new bulletin
    rewrites the pages and exports it changes, not all of them."""

    def __init__(self, staged: Path, destination: Path, keys_file: str) -> None:
        self.staged, self.destination, self.keys_file = staged, destination, keys_file
        try:
            self.previous = json.loads((destination / keys_file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.previous = {}
        self.keys: dict[str, str] = {}

    def reuse(self, name: str, key: str) -> bool:
        """Record `key` for the file `name` (relative to the folder); True if the previous
        folder's file was taken, False if the caller must write it."""
        self.keys[name] = key
        old = self.destination / name
        if self.previous.get(name) != key or not old.is_file():
            return False
        new = self.staged / name
        new.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(old, new)
        except OSError:
            shutil.copyfile(old, new)
        return True

    def save(self) -> None:
        (self.staged / self.keys_file).write_text(
            json.dumps(self.keys, indent=0, sort_keys=True), encoding="utf-8"
        )
