"""The unit registry: which unit codes exist and how each converts to its standard unit.

The registry is one CSV, dbt_project/seeds/units.csv. dbt staging joins it to
normalise values; the ingest contracts read it here to reject unknown codes. One
file, so the two can never disagree. Conversions are an integer multiply and divide
(CNY_100m -> CNY_bn is x1 / 10) so that 9847.02 yi yuan becomes 984.702 exactly
as a reader would write it, not 984.7020000000001.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from orchestration.domain.core.layout import UNIT_REGISTRY_CSV


@dataclass(frozen=True)
class Unit:
    code: str
    dimension: str
    standard_unit: str
    multiply: int
    divide: int
    description: str

    def to_standard(self, value: float) -> float:
        return value * self.multiply / self.divide


@cache
def unit_registry(path: Path = UNIT_REGISTRY_CSV) -> dict[str, Unit]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["unit"]: Unit(
                code=row["unit"],
                dimension=row["dimension"],
                standard_unit=row["standard_unit"],
                multiply=int(row["multiply"]),
                divide=int(row["divide"]),
                description=row["description"],
            )
            for row in csv.DictReader(handle)
        }


def to_standard(value: float, unit: str) -> tuple[float, str]:
    """Convert a value to its dimension's standard unit: (value, standard unit code)."""
    try:
        known = unit_registry()[unit]
    except KeyError:
        raise ValueError(
            f"unknown unit {unit!r}; known units: {', '.join(sorted(unit_registry()))}"
        ) from None
    return known.to_standard(value), known.standard_unit
