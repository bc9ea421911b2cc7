"""The latest Great Expectations result of each raw contract suite, read from the JSON
files GX keeps under gx/uncommitted/validations/.

The report's quality page shows these instead of pointing readers at GX's Data Docs,
whose pages load jQuery and Bootstrap from CDNs and are blank without a network. Reading
the stored results (not importing GX) keeps the report cheap: `import
great_expectations` alone costs about 10 s.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ExpectationResult:
    expectation: str
    column: str | None
    success: bool
    observed: str


@dataclass(frozen=True)
class SuiteResult:
    suite: str
    data_asset: str
    run_time: str
    success: bool
    evaluated: int
    failed: int
    expectations: tuple[ExpectationResult, ...]


def _observed(result: dict) -> str:
    """What GX saw, in a line: the unexpected count and examples, else the observed value."""
    if "unexpected_count" in result:
        count = result["unexpected_count"]
        examples = result.get("partial_unexpected_list") or []
        shown = ", ".join(str(value) for value in examples[:5])
        return f"{count} unexpected" + (f" (e.g. {shown})" if count and shown else "")
    if "observed_value" in result:
        return str(result["observed_value"])
    return ""


def _columns(kwargs: dict) -> str | None:
    if "column" in kwargs:
        return kwargs["column"]
    if "column_list" in kwargs:
        return ", ".join(kwargs["column_list"])
    return None


def _suite_result(path: Path) -> SuiteResult:
    data = json.loads(path.read_text(encoding="utf-8"))
    stats = data["statistics"]
    expectations = tuple(
        ExpectationResult(
            expectation=item["expectation_config"]["type"],
            column=_columns(item["expectation_config"]["kwargs"]),
            success=bool(item["success"]),
            observed=_observed(item.get("result") or {}),
        )
        for item in data["results"]
    )
    return SuiteResult(
        suite=data["suite_name"],
        data_asset=data["meta"]["active_batch_definition"]["data_asset_name"],
        run_time=data["meta"]["run_id"]["run_time"],
        success=bool(data["success"]),
        evaluated=int(stats["evaluated_expectations"]),
        failed=int(stats["unsuccessful_expectations"]),
        expectations=expectations,
    )


def latest_results(validations_dir: Path) -> list[SuiteResult]:
    """Per suite, the result of its latest run (GX names run folders by UTC time, so the
    lexically greatest path is the latest); an empty list when GX has not run here."""
    if not validations_dir.is_dir():
        return []
    latest: dict[str, Path] = {}
    for path in sorted(validations_dir.rglob("*.json")):
        suite_folder = path.relative_to(validations_dir).parts[:-3]
        latest["/".join(suite_folder)] = path
    return sorted((_suite_result(path) for path in latest.values()), key=lambda r: r.suite)
