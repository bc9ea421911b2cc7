"""Errors for bad raw input: each names the file, the row and the column.

Rows are counted as a spreadsheet user sees them: the header is line 1, the first
data row is row 1 on line 2. Row 0 means the file as a whole (empty, unreadable). A
document's text (raw/documents/*.txt, *.md) has no header: its row N is line N.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT_DOCUMENT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Violation:
    row: int
    column: str | None
    value: str | None
    reason: str

    def describe(self, file: str) -> str:
        where = [file]
        if self.row > 0 and file.endswith(TEXT_DOCUMENT_SUFFIXES):
            where.append(f"line {self.row}")
        elif self.row > 0:
            where.append(f"row {self.row} (line {self.row + 1})")
        if self.column:
            where.append(f"column {self.column!r}")
        shown = "" if self.value is None else f" (value {self.value!r})"
        return f"{', '.join(where)}: {self.reason}{shown}"


class RawFileError(Exception):
    """A raw file that breaks its contract. It is rejected whole; nothing of it loads."""

    def __init__(self, file: str, violations: list[Violation], total: int | None = None):
        self.file = file
        self.violations = violations
        self.total = total if total is not None else len(violations)
        more = self.total - len(violations)
        lines = [v.describe(file) for v in violations[:5]]
        if more > 0 or len(violations) > 5:
            lines.append(f"... and {self.total - min(5, len(violations))} more problem(s)")
        super().__init__("\n".join(lines))
