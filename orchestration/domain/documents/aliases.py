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
        "iconic". Only an edge that is a Latin letter needs a non-letter beside it, so a
        Chinese alias is found against Latin letters: 智算中心 in 智算中心PUE, 产业 in
        AI产业. Compiled once per alias."""
        return re.compile(f"{_WORD_START}(?:{self.alias}){_WORD_END}", re.IGNORECASE)


_WORD_START = "(?:(?=[A-Za-z])(?<![A-Za-z])|(?![A-Za-z]))"
_WORD_END = "(?:(?<=[A-Za-z])(?![A-Za-z])|(?<![A-Za-z]))"
