"""What the reader's claims depend on, read without importing the reader.

- The reader's code version: its own modules and the numeral and character libraries it
  calls. A build records it (build_state.BuildInputs.reader_code), so a change to the
  reader that could change a claim makes the next `make run` read the texts again and
  rebuild what reads the claims, as a change to the dbt project does.
- The claims' inputs: that version and the data version of each raw table the reader
  reads. reader.document_claims is written with them (pipeline.reader_state), so a
  build after a new statistics file leaves the claims as they are instead of reading
  every text again (0.5 s of such a build on the shipped data): the reader is
  deterministic, so the same inputs give the same claims.

Only file contents, package metadata and the raw tables' ledgers are read: no import of
the reader's libraries (about 0.25 s), which a build that keeps the claims never needs.
"""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path

import duckdb

from orchestration.domain.core.sql import table_exists
from orchestration.domain.ingest.raw_files import data_version
from orchestration.domain.ingest.sync import loaded_files

PACKAGE = Path(__file__).parent
LIBRARIES = ("cn2an", "number-parser", "opencc")
"""The distributions the reader calls (numerals in words and in Chinese, and traditional
to simplified characters): a new release of one may read a number differently."""
READER_INPUTS = ("document_texts", "documents", "indicators", "indicator_aliases")
"""The raw tables the reader reads: texts, publication dates, units and aliases."""
CLAIMS_TABLE = "reader.document_claims"
STATE_TABLE = "pipeline.reader_state"


def reader_code_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for library in LIBRARIES:
        digest.update(f"{library}=={version(library)}".encode())
    return digest.hexdigest()[:16]


def claims_inputs_version(con: duckdb.DuckDBPyConnection) -> str | None:
    """The reader's code version with the data version of each table it reads; None
    while one of them is not loaded (then the reader writes an empty table)."""
    if not all(table_exists(con, "raw", table) for table in READER_INPUTS):
        return None
    parts = [reader_code_version()]
    parts += [data_version(list(loaded_files(con, t).items())) for t in READER_INPUTS]
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:16]


def claims_are_current(con: duckdb.DuckDBPyConnection) -> bool:
    """The claims table exists and was written from the inputs there are now, with every
    text read (record_claims_inputs)."""
    current = claims_inputs_version(con)
    if current is None or not table_exists(con, *CLAIMS_TABLE.split(".")):
        return False
    if not table_exists(con, *STATE_TABLE.split(".")):
        return False
    recorded = con.execute(f"select inputs_version from {STATE_TABLE}").fetchall()
    return recorded == [(current,)]


def record_claims_inputs(con: duckdb.DuckDBPyConnection, read_all: bool) -> None:
    """Record what the claims were just written from; nothing when a text could not be
    read, so that the next build reads again and reports the failure again."""
    con.execute(f"create schema if not exists {STATE_TABLE.split('.')[0]}")
    con.execute(f"create or replace table {STATE_TABLE} (inputs_version varchar)")
    current = claims_inputs_version(con)
    if read_all and current is not None:
        con.execute(f"insert into {STATE_TABLE} values (?)", [current])
