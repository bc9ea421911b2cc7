"""The quality policy: per check, the dbt model that finds its issues, its tolerances, its
severity on failure, and whether a failure blocks publishing.

It is declared once, as the var `quality_policy` in dbt_project/dbt_project.yml, so the
dbt models that grade issues (which read it as reference.quality_policy), dq_issues
(which unions every check it names a model for) and the Dagster checks that decide what
blocks (which read it here) can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from orchestration.domain.core.layout import DBT_PROJECT_YML

SEVERITIES = ("warning", "error")


@dataclass(frozen=True)
class CheckPolicy:
    check_name: str
    model: str | None
    severity_on_fail: str
    blocks_publish: bool
    pass_tolerance: float | None
    warn_tolerance: float | None
    tolerance_unit: str | None
    description: str


@cache
def quality_policy(path: Path = DBT_PROJECT_YML) -> dict[str, CheckPolicy]:
    """Every check's policy by name; raises ValueError naming the entry of a bad one."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["vars"]["quality_policy"]
    policies: dict[str, CheckPolicy] = {}
    for number, entry in enumerate(entries, start=1):
        if entry.get("severity_on_fail") not in SEVERITIES or not isinstance(
            entry.get("blocks_publish"), bool
        ):
            raise ValueError(
                f"{path.name}, vars.quality_policy entry {number} "
                f"({entry.get('check_name')!r}): severity_on_fail must be one of "
                f"{SEVERITIES} and blocks_publish true or false"
            )
        policies[entry["check_name"]] = CheckPolicy(
            check_name=entry["check_name"],
            model=entry.get("model"),
            severity_on_fail=entry["severity_on_fail"],
            blocks_publish=entry["blocks_publish"],
            pass_tolerance=entry.get("pass_tolerance"),
            warn_tolerance=entry.get("warn_tolerance"),
            tolerance_unit=entry.get("tolerance_unit"),
            description=entry["description"],
        )
    return policies
