"""reader.document_claims: what the reader proposes from every loaded document text.

The table is written whole on each run (a few documents, a few hundred claims) from the
raw tables the reader needs: the texts (raw.document_texts, lines joined by a line
break, which is the text the offsets count in), each document's publication date, each
indicator's canonical unit, and the alias list. dbt reads it as the source
`reader.document_claims` and matches every claim against raw/ (fct_document_claims).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import duckdb

from orchestration.domain.core.sql import quote_text, table_exists
from orchestration.domain.documents.reader import Claim, build_index, read_document
from orchestration.domain.documents.version import (
    CLAIMS_TABLE,
    READER_INPUTS,
    record_claims_inputs,
)

TABLE = CLAIMS_TABLE
SCHEMA = TABLE.split(".")[0]

COLUMNS: dict[str, tuple[str, str]] = {
    "document_id": ("varchar", "The document the claim was read from (raw/documents.csv)."),
    "claim_number": ("integer", "The claim's number within its document, in reading order."),
    "claim_kind": (
        "varchar",
        "target (for the publication year or later) or figure (a value for an earlier year).",
    ),
    "sentence_number": ("integer", "The sentence's number within the document, from 1."),
    "sentence_start": (
        "integer",
        "Character offset of the sentence in the document's text as loaded (its lines "
        "joined by a line feed).",
    ),
    "sentence_end": ("integer", "Character offset just past the sentence."),
    "value_start": ("integer", "Character offset of the number as written."),
    "value_end": ("integer", "Character offset just past the number as read."),
    "value_text": (
        "varchar",
        "The number as written, with the scale and unit that follow it when they do "
        "(850 billion yuan, 120万辆; 1.2 million where the unit is a noun further on).",
    ),
    "indicator_id": (
        "varchar",
        "The indicator the alias list maps the claim to; null for an unmapped number.",
    ),
    "indicator_phrase": ("varchar", "The subject and measure phrases that named the indicator."),
    "comparator": ("varchar", ">, >=, <, <=, ~ (about) or = (a stated figure)."),
    "value": ("double", "The value, in `unit`."),
    "unit": ("varchar", "A unit of the registry (seed units); null when it has none."),
    "dimension": ("varchar", "What the number measures: cny, usd, vehicles, count, pct, ratio..."),
    "value_decimals": ("integer", "Decimals as written in `unit`; null for an exact fraction."),
    "year": ("integer", "The year the claim is for: a target's year, a figure's period."),
    "span_start_year": ("integer", "First year of a cumulative target's span."),
    "baseline_year": ("integer", "The year a relative target (double, 翻一番) multiplies."),
    "target_kind": ("varchar", "level, cumulative, multiple, share or count; null for a figure."),
    "alt_value": ("double", "The dollar equivalent the text states in brackets, if any."),
    "alt_unit": ("varchar", "Its unit (USD_bn or USD)."),
    "alt_decimals": ("integer", "Decimals the dollar equivalent is written with."),
    "alt_text": ("varchar", "The dollar equivalent as written."),
    "sentence": ("varchar", "The sentence the claim was read from."),
}


def _document_texts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, date]]:
    return con.execute(
        "select texts.document_id, string_agg(coalesce(texts.text, ''), chr(10) "
        "order by texts.line), any_value(documents.published_on) "
        "from raw.document_texts as texts inner join raw.documents as documents "
        "using (document_id) group by 1 order by 1"
    ).fetchall()


def read_claims(
    con: duckdb.DuckDBPyConnection, failed: list[str] | None = None
) -> list[tuple[Claim, str]]:
    """Every claim of every loaded text, with its sentence. A text the reader fails on
    is named in `failed` (document and error) and gives no claims; the others are read."""
    failed = [] if failed is None else failed
    if not all(table_exists(con, "raw", t) for t in READER_INPUTS):
        return []
    indicators = con.execute(
        "select indicator_id, canonical_unit, parent_indicator_id, sector, name from raw.indicators"
    ).fetchall()
    index = build_index(
        {indicator: unit for indicator, unit, _, _, _ in indicators},
        con.execute(
            "select indicator_id, role, alias from raw.indicator_aliases "
            "order by _source_file, _source_row"
        ).fetchall(),
        {indicator: parent for indicator, _, parent, _, _ in indicators},
        {indicator: sector for indicator, _, _, sector, _ in indicators},
        {indicator: name for indicator, _, _, _, name in indicators},
    )
    found = []
    for document_id, text, published in _document_texts(con):
        try:
            claims = read_document(document_id, text, published, index)
        except Exception as error:  # one text the reader cannot read must not stop the rest
            failed.append(f"{document_id}: {type(error).__name__}: {error}")
            continue
        for claim in claims:
            found.append((claim, text[claim.sentence_start : claim.sentence_end].strip()))
    return found


def write_claims(con: duckdb.DuckDBPyConnection, failed: list[str] | None = None) -> int:
    """Replace reader.document_claims with what the texts state now; returns its rows.
    Texts the reader failed on are listed in `failed`. What the claims were read from is
    recorded (version.py), unless a text failed."""
    failed = [] if failed is None else failed
    failures_before = len(failed)
    claims = read_claims(con, failed)
    con.execute(f"create schema if not exists {SCHEMA}")
    columns = ", ".join(f"{name} {kind}" for name, (kind, _) in COLUMNS.items())
    con.execute("begin transaction")
    con.execute(f"create or replace table {TABLE} ({columns})")
    names = [f.name for f in fields(Claim)]
    if claims:
        con.executemany(
            f"insert into {TABLE} ({', '.join(COLUMNS)}) values ({', '.join('?' * len(COLUMNS))})",
            [[getattr(claim, n) for n in names] + [sentence] for claim, sentence in claims],
        )
    con.execute(
        f"comment on table {TABLE} is "
        + quote_text(
            "Claims the reader proposes from raw/documents/ texts: targets, figures and "
            "yuan/dollar pairs, with their character offsets. Matched against raw/ in "
            "marts.fct_document_claims."
        )
    )
    for name, (_, text) in COLUMNS.items():
        con.execute(f"comment on column {TABLE}.{name} is {quote_text(text)}")
    con.execute("commit")
    record_claims_inputs(con, read_all=len(failed) == failures_before)
    return len(claims)
