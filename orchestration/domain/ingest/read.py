"""Read one raw file into DuckDB as text, exactly as written, or say where it is unreadable.

Each file is read by DuckDB's own CSV reader with every column as text (so nothing is
coerced silently) into the temp table STAGE, numbered by `_source_row` in file order.
What DuckDB cannot read (not UTF-8, a ragged row) is located by Python, on the failure
path only, so the error names the file, row and column a spreadsheet user sees.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from orchestration.domain.ingest.errors import RawFileError, Violation

STAGE = "_raw_stage"

# A stager reads one source into the temp table STAGE: every contract column as
# varchar plus `_source_row`. The CSV stager serves raw/ files; the ECB reader has its own.
Stager = Callable[[duckdb.DuckDBPyConnection, Path, str], None]

# "utf-8-sig" reads UTF-8 with or without the byte-order mark Excel's "CSV UTF-8" writes
# first; DuckDB skips the header line the mark is on, so the data rows are unaffected.
TEXT_ENCODING = "utf-8-sig"


@dataclass(frozen=True)
class SourceFile:
    path: Path
    label: str
    stager: Stager | None = None


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_utf8(path: Path, label: str) -> None:
    """Reject empty and non-UTF-8 files, naming the first bad line and its column."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line, header, pending = 1, None, b""
    with path.open("rb") as handle:
        chunk = handle.read(1 << 20)
        if not chunk:
            raise RawFileError(label, [Violation(0, None, None, "file is empty (no header row)")])
        while chunk:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as error:
                text = pending + chunk
                offset = len(pending) + error.start
                before = text[:offset]
                bad_line = line + before.count(b"\n")
                line_start = before.rfind(b"\n") + 1
                field_index = before[line_start:].count(b",")
                if header is None:
                    header = (
                        before.split(b"\n", 1)[0]
                        .decode("utf-8", "replace")
                        .lstrip("\ufeff")
                        .split(",")
                    )
                column = header[field_index].strip() if field_index < len(header) else None
                raise RawFileError(
                    label,
                    [
                        Violation(
                            bad_line - 1,
                            column,
                            None,
                            f"file is not UTF-8: byte 0x{text[offset]:02x} cannot be decoded; "
                            "save the file as UTF-8",
                        )
                    ],
                ) from None
            if header is None and b"\n" in chunk:
                header = (
                    chunk.split(b"\n", 1)[0]
                    .decode("utf-8", "replace")
                    .lstrip("\ufeff")
                    .strip()
                    .split(",")
                )
            last_newline = chunk.rfind(b"\n")
            line += chunk.count(b"\n")
            pending = chunk[last_newline + 1 :] if last_newline >= 0 else pending + chunk
            chunk = handle.read(1 << 20)


def _locate_malformed_row(path: Path, label: str, reason: str) -> RawFileError:
    """DuckDB refused the file; find the first row whose shape is wrong, as a reader would."""
    with path.open(encoding=TEXT_ENCODING, newline="") as handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader)
            for row_number, row in enumerate(reader, start=1):
                if row and len(row) != len(header):
                    column = header[len(row)] if len(row) < len(header) else None
                    return RawFileError(
                        label,
                        [
                            Violation(
                                row_number,
                                column,
                                None,
                                f"malformed CSV: {len(row)} fields where the header has "
                                f"{len(header)}",
                            )
                        ],
                    )
        except csv.Error as error:
            return RawFileError(
                label, [Violation(reader.line_num - 1, None, None, f"malformed CSV: {error}")]
            )
    return RawFileError(label, [Violation(0, None, None, f"malformed CSV: {reason}")])


def read_header(path: Path, label: str) -> list[str]:
    """The header row, read as a CSV record (quoted names allowed), blanks trimmed."""
    with path.open(encoding=TEXT_ENCODING, newline="") as handle:
        header = [name.strip() for name in next(csv.reader(handle), [])]
    if not any(header):
        raise RawFileError(label, [Violation(0, None, None, "file has no header row")])
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise RawFileError(
                label, [Violation(0, name, None, "column appears twice in the header")]
            )
        seen.add(name)
    return header


def stage_csv(con: duckdb.DuckDBPyConnection, path: Path, label: str) -> None:
    """Read a raw CSV with every column as text, in file order, numbered from 1.

    The header is read here and handed to DuckDB as explicit columns with sniffing
    off: a ragged row then fails the read instead of making DuckDB guess another
    dialect or header, and the failure is located row by row.
    """
    if path.stat().st_size == 0:
        raise RawFileError(label, [Violation(0, None, None, "file is empty (no header row)")])
    # DuckDB's reader refuses bytes that are not UTF-8, so a file is decoded in Python
    # only when a read fails, to name the line and column of the first bad byte.
    try:
        header = read_header(path, label)
    except UnicodeDecodeError:
        check_utf8(path, label)
        raise
    columns = (
        "{" + ", ".join(f"'{n.replace(chr(39), chr(39) * 2)}': 'VARCHAR'" for n in header) + "}"
    )
    try:
        con.execute(
            f"create or replace temp table {STAGE} as "
            "select row_number() over () as _source_row, * from read_csv(?, header = true, "
            f"columns = {columns}, auto_detect = false, strict_mode = true, delim = ',', "
            "quote = '\"', escape = '\"', comment = '', encoding = 'utf-8', "
            "null_padding = false)",
            [str(path)],
        )
    except duckdb.Error as error:
        check_utf8(path, label)
        raise _locate_malformed_row(path, label, str(error).splitlines()[0]) from None
