"""Provenance of the shipped statistics: every figure in raw/statistics/ names the page
that states it.

The raw contract lets source_url and notes be empty, because a user's own figures may
come from anywhere. The figures this project ships are held to more: each row has the
URL of the page that states it (http or https), the page's publication date (never
after today), and notes that quote the number as the page states it (the `value` as
written in the file, thousands separators aside), so a reviewer can look any row up.
`make check-sources` runs this; a unit test holds the shipped raw/ to it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from orchestration.domain.ingest.raw_files import source_files
from orchestration.domain.ingest.read import TEXT_ENCODING


@dataclass(frozen=True)
class SourceProblem:
    label: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.label}, row {self.row}, column {self.column!r}: {self.reason}"


def _digits(text: str) -> str:
    """The text with separators inside numbers removed ("238,600" -> "238600")."""
    return re.sub(r"(?<=\d)[, ](?=\d)", "", text)


def row_problems(label: str, number: int, row: dict[str, str], today: date) -> list[SourceProblem]:
    problems = []
    url = (row.get("source_url") or "").strip()
    if not re.match(r"^https?://\S+$", url):
        problems.append(SourceProblem(label, number, "source_url", "no URL of the page"))
    published = (row.get("published_on") or "").strip()
    try:
        if date.fromisoformat(published) > today:
            problems.append(
                SourceProblem(label, number, "published_on", f"{published} is after today")
            )
    except ValueError:
        problems.append(SourceProblem(label, number, "published_on", "no publication date"))
    value = (row.get("value") or "").strip()
    if not value or value not in _digits(row.get("notes") or ""):
        problems.append(
            SourceProblem(label, number, "notes", f"does not quote the stated number {value!r}")
        )
    return problems


def check_sources(raw_dir: Path, today: date | None = None) -> list[SourceProblem]:
    """Every problem of provenance in raw/statistics/, file by file, row by row."""
    today = today or date.today()
    problems: list[SourceProblem] = []
    for source in source_files(raw_dir, "statistics"):
        with source.path.open(encoding=TEXT_ENCODING, newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=1):
                problems += row_problems(source.label, number, row, today)
    return problems
