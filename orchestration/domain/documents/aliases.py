"""The alias list's unit: one phrase that names an indicator in a text, by role.

Kept apart from the reader so the ingest contract can compile an alias (to reject one
that is not a regular expression) without loading the reader's numeral libraries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Alias:
    indicator_id: str
    role: str  # subject (what the indicator is about) | measure (how it is measured)
    alias: str

    @cached_property
    def pattern(self) -> re.Pattern:
        """The alias is a case-insensitive regular expression ("(?-i:AI)" for a
        case-sensitive part) that matches whole English words: "IC" is not found in
        "iconic". Compiled once per alias."""
        return re.compile(f"(?<![A-Za-z])(?:{self.alias})(?![A-Za-z])", re.IGNORECASE)
