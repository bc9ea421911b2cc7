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


def expectation_key(kind: str, kwargs: dict) -> str:
    """Which expectation of a suite a result is of: its type and arguments. The parts of
    a run are matched by it, not by position, as GX may list a result out of its place
    (one whose metric failed to resolve comes first)."""
    return kind + json.dumps(kwargs, sort_keys=True, default=str)


def _merged(items: list[dict]) -> dict:
    """One expectation's result over the parts of a run (gx_contracts validates a large
    table in parts): met if met in every part, its unexpected rows added up; a rule on the
    whole table shows what the first part where it failed saw. Parts come in their order
    (their run names are numbered with leading zeros)."""
    failed = [item for item in items if not item["success"]]
    first = (failed or items)[0]
    result = dict(first.get("result") or {})
    if len(items) > 1 and "unexpected_count" in result:
        parts = [item.get("result") or {} for item in failed]
        result["unexpected_count"] = sum(part.get("unexpected_count", 0) for part in parts)
        result["partial_unexpected_list"] = [
            value for part in parts for value in part.get("partial_unexpected_list") or []
        ]
    return {**first, "success": not failed, "result": result}


def _suite_result(paths: list[Path]) -> SuiteResult:
    """A suite's result from the files of one run: one file, or one per part."""
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    data = runs[0]
    by_expectation: dict[str, list[dict]] = {}
    for run in runs:
        for item in run["results"]:
            config = item["expectation_config"]
            key = expectation_key(config["type"], config["kwargs"])
            by_expectation.setdefault(key, []).append(item)
    merged = [_merged(items) for items in by_expectation.values()]
    expectations = tuple(
        ExpectationResult(
            expectation=item["expectation_config"]["type"],
            column=_columns(item["expectation_config"]["kwargs"]),
            success=bool(item["success"]),
            observed=_observed(item.get("result") or {}),
        )
        for item in merged
    )
    return SuiteResult(
        suite=data["suite_name"],
        data_asset=data["meta"]["active_batch_definition"]["data_asset_name"],
        run_time=data["meta"]["run_id"]["run_time"],
        success=all(item["success"] for item in merged),
        evaluated=int(data["statistics"]["evaluated_expectations"]),
        failed=sum(not item["success"] for item in merged),
        expectations=expectations,
    )


def latest_results(validations_dir: Path) -> list[SuiteResult]:
    """Per suite, the result of its latest run. GX keeps a result at
    <suite>/<run name>/<run time>/<batch>.json; the run time (UTC, so it sorts as text)
    says which run is latest, and a run of a table validated in parts has one run name
    per part, all at the same time. An empty list when GX has not run here."""
    if not validations_dir.is_dir():
        return []
    runs: dict[str, dict[str, list[Path]]] = {}
    for path in sorted(validations_dir.rglob("*.json")):
        parts = path.relative_to(validations_dir).parts
        suite, run_time = "/".join(parts[:-3]), parts[-2]
        runs.setdefault(suite, {}).setdefault(run_time, []).append(path)
    latest = [files[max(files)] for files in runs.values()]
    return sorted((_suite_result(paths) for paths in latest), key=lambda r: r.suite)
