"""Stagers for the reader's raw files: a document's text, and the alias list.

A document's text (raw/documents/<document_id>.txt or .md) is staged one row per line,
so a problem is named by file and line like any raw row: a file that is empty or not
UTF-8 is rejected whole, naming the line and the character that cannot be decoded, and
the last good version of it stays loaded. The alias list is a plain CSV whose `alias`
column must also compile as the regular expression the reader uses.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import duckdb

from orchestration.domain.documents.aliases import Alias
from orchestration.domain.ingest.errors import RawFileError, Violation
from orchestration.domain.ingest.read import STAGE, stage_csv

BOM = codecs.BOM_UTF8


def _undecodable(data: bytes, error: UnicodeDecodeError, label: str) -> RawFileError:
    """Where `data` (without a byte-order mark) stops being UTF-8: line and character."""
    line_start = data.rfind(b"\n", 0, error.start) + 1
    line = data.count(b"\n", 0, error.start) + 1
    character = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
    return RawFileError(
        label,
        [
            Violation(
                line,
                "text",
                None,
                f"file is not UTF-8: byte 0x{data[error.start]:02x} at character {character} "
                "cannot be decoded; save the file as UTF-8",
            )
        ],
    )


def as_loaded(text: str) -> str:
    """A document's text as the warehouse holds it, the text the reader's offsets count
    in: its lines (any line break) joined by a line feed."""
    return "\n".join(text.splitlines())


def stage_document_text(con: duckdb.DuckDBPyConnection, path: Path, label: str) -> None:
    """One row per line: the document's id (the file's name), the line number, the line
    as written (blanks kept: a full-width indent is part of the text)."""
    data = path.read_bytes()
    data = data[len(BOM) :] if data.startswith(BOM) else data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _undecodable(data, error, label) from None
    if not text.strip():
        raise RawFileError(
            label, [Violation(0, None, None, "file is empty: a document's text is needed")]
        )
    con.execute(
        f"create or replace temp table {STAGE} "
        "(_source_row bigint, document_id varchar, line varchar, text varchar)"
    )
    con.executemany(
        f"insert into {STAGE} values (?, ?, ?, ?)",
        [
            [number, path.stem, str(number), line]
            for number, line in enumerate(as_loaded(text).split("\n"), start=1)
        ],
    )


def stage_aliases(con: duckdb.DuckDBPyConnection, path: Path, label: str) -> None:
    """The CSV as any raw file, then every alias compiled: a pattern that does not
    compile is rejected here, naming its row, not when the reader runs."""
    stage_csv(con, path, label)
    problems = []
    for row, alias in con.execute(
        f"select _source_row, alias from {STAGE} where alias is not null order by 1"
    ).fetchall():
        try:
            _ = Alias("", "", alias).pattern  # compiled as the reader compiles it
        except re.error as error:
            problems.append(Violation(row, "alias", alias, f"not a regular expression: {error}"))
    if problems:
        raise RawFileError(label, problems)
