"""The quality policy: per check, its tolerances, its severity on failure, and whether a
failure blocks publishing.

It is one file, dbt_project/seeds/quality_policy.csv, so the dbt models that grade
issues (which join it as the seed reference.quality_policy) and the Dagster checks that
decide what blocks (which read it here) can never disagree.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from orchestration.domain.core.layout import QUALITY_POLICY_CSV

SEVERITIES = ("warning", "error")


@dataclass(frozen=True)
class CheckPolicy:
    check_name: str
    severity_on_fail: str
    blocks_publish: bool
    pass_tolerance: float | None
    warn_tolerance: float | None
    tolerance_unit: str
    description: str


def _number(text: str) -> float | None:
    return float(text) if text.strip() else None


@cache
def quality_policy(path: Path = QUALITY_POLICY_CSV) -> dict[str, CheckPolicy]:
    """Every check's policy by name; raises ValueError naming the row of a bad entry."""
    policies: dict[str, CheckPolicy] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if row["severity_on_fail"] not in SEVERITIES or row["blocks_publish"] not in (
                "true",
                "false",
            ):
                raise ValueError(
                    f"{path.name}, line {line}: severity_on_fail must be one of {SEVERITIES} "
                    "and blocks_publish true or false"
                )
            policies[row["check_name"]] = CheckPolicy(
                check_name=row["check_name"],
                severity_on_fail=row["severity_on_fail"],
                blocks_publish=row["blocks_publish"] == "true",
                pass_tolerance=_number(row["pass_tolerance"]),
                warn_tolerance=_number(row["warn_tolerance"]),
                tolerance_unit=row["tolerance_unit"],
                description=row["description"],
            )
    return policies
