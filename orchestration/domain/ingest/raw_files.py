"""Which files under raw/ feed which raw table, and what changed among them.

One map from raw table to file pattern serves the ingest assets (what to load) and the
raw-files sensor (what to watch), so a new kind of raw file is declared once. The
sensor keeps a per-file state (modification time, size, content hash) as its cursor;
a file counts as changed only when its content hash changes, so touching a file or
saving it unchanged starts nothing, and its hash is recomputed only when its time or
size moved.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from orchestration.domain.documents.texts import stage_aliases, stage_document_text
from orchestration.domain.ingest.errors import TEXT_DOCUMENT_SUFFIXES
from orchestration.domain.ingest.read import SourceFile, Stager, file_hash

RAW_FILE_PATTERNS: dict[str, tuple[str, ...]] = {
    "documents": ("documents.csv",),
    "document_texts": tuple(f"documents/*{suffix}" for suffix in TEXT_DOCUMENT_SUFFIXES),
    "indicators": ("indicators.csv",),
    "indicator_aliases": ("indicator_aliases.csv",),
    "targets": ("targets.csv",),
    "statistics": ("statistics/*.csv",),
    "fx_rates": ("fx/*.csv",),
}

# Files that are not CSVs of their contract's columns are read by a stager of their own.
STAGERS: dict[str, Stager] = {
    "document_texts": stage_document_text,
    "indicator_aliases": stage_aliases,
}


@dataclass(frozen=True)
class FileState:
    mtime_ns: int
    size: int
    sha256: str


def source_files(raw_root: Path, table: str) -> list[SourceFile]:
    """The files of `table`, labelled by their path from raw/'s parent (raw/x.csv)."""
    paths = {path for pattern in RAW_FILE_PATTERNS[table] for path in raw_root.glob(pattern)}
    return [
        SourceFile(path, path.relative_to(raw_root.parent).as_posix(), STAGERS.get(table))
        for path in sorted(paths)
        if path.is_file()
    ]


def data_version(files: list[tuple[str, str]]) -> str:
    """A raw table's data version: the hash of its (file label, file hash) pairs. The
    ingest assets compute it from what is loaded, the sensor from what is on disk."""
    return hashlib.sha256(repr(sorted(files)).encode()).hexdigest()[:16]


def scan(raw_root: Path, previous: dict[str, FileState]) -> dict[str, FileState]:
    """The state of every watched file, by label; hashes reused where time and size held."""
    current = {}
    for table in RAW_FILE_PATTERNS:
        for source in source_files(raw_root, table):
            stat = source.path.stat()
            known = previous.get(source.label)
            if known and (known.mtime_ns, known.size) == (stat.st_mtime_ns, stat.st_size):
                current[source.label] = known
            else:
                current[source.label] = FileState(
                    stat.st_mtime_ns, stat.st_size, file_hash(source.path)
                )
    return current


def table_of(label: str) -> str:
    """The raw table a file label (raw/statistics/x.csv) belongs to."""
    relative = Path(*Path(label).parts[1:])
    for table, patterns in RAW_FILE_PATTERNS.items():
        if any(relative.match(pattern) for pattern in patterns):
            return table
    raise ValueError(f"{label} matches no raw file pattern")


def changed_files(previous: dict[str, FileState], current: dict[str, FileState]) -> list[str]:
    """Labels of files added, removed, or whose content changed, sorted."""
    labels = set(previous) | set(current)
    return sorted(
        label
        for label in labels
        if label not in previous
        or label not in current
        or previous[label].sha256 != current[label].sha256
    )


def disk_versions(raw_root: Path, state: dict[str, FileState]) -> dict[str, str]:
    """Each raw table's data version as its files on disk would make it (fx_rates aside:
    its version includes the ECB history, which is not a raw/ file)."""
    pairs: dict[str, list[tuple[str, str]]] = {t: [] for t in RAW_FILE_PATTERNS}
    for label, file_state in state.items():
        pairs[table_of(label)].append((label, file_state.sha256))
    return {table: data_version(files) for table, files in pairs.items() if table != "fx_rates"}


def encode_state(state: dict[str, FileState]) -> str:
    return json.dumps(
        {label: [s.mtime_ns, s.size, s.sha256] for label, s in sorted(state.items())},
        separators=(",", ":"),
    )


def decode_state(cursor: str | None) -> dict[str, FileState]:
    if not cursor:
        return {}
    return {label: FileState(*values) for label, values in json.loads(cursor).items()}
