"""The domain checks as Dagster asset checks on quality/dq_issues, one per check.

dbt computes the issues (models/quality/, one model per check, graded by the quality
policy); these checks report them where Dagster users look, and a check whose policy
says blocks_publish is blocking, so an error in it stops everything downstream of
dq_issues (the publish step) and the last good warehouse stays published.
"""

import dagster as dg

from orchestration.defs.resources import WarehouseResource
from orchestration.domain.quality.policy import quality_policy

DQ_ISSUES = dg.AssetKey(["quality", "dq_issues"])
GE_CHECK = "raw_contracts"  # the ingest contracts, checked on the raw tables
MAX_LISTED = 20


def _domain_policies():
    return {name: p for name, p in quality_policy().items() if name != GE_CHECK}


def _issues_table(issues: list[tuple]) -> str:
    lines = ["| severity | entity | message |", "|---|---|---|"]
    for severity, entity, message in issues[:MAX_LISTED]:
        lines.append(f"| {severity} | {entity} | {message.replace('|', '/')} |")
    if len(issues) > MAX_LISTED:
        lines.append(f"| | | ... and {len(issues) - MAX_LISTED} more in quality.dq_issues |")
    return "\n".join(lines)


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(
            name=name,
            asset=DQ_ISSUES,
            blocking=policy.blocks_publish,
            description=policy.description,
        )
        for name, policy in _domain_policies().items()
    ],
    can_subset=True,
)
def domain_checks(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
    """One result per check: failed when it flagged anything, ERROR when an issue is an error."""
    with warehouse.connect() as con:
        rows = con.execute(
            "select check_name, severity, entity_id, message from quality.dq_issues "
            "order by check_name, severity, entity_id"
        ).fetchall()
    for check_key in context.selected_asset_check_keys:
        policy = _domain_policies()[check_key.name]
        issues = [(s, e, m) for name, s, e, m in rows if name == check_key.name]
        errors = sum(1 for s, _, _ in issues if s == "error")
        yield dg.AssetCheckResult(
            check_name=check_key.name,
            asset_key=DQ_ISSUES,
            passed=not issues,
            severity=dg.AssetCheckSeverity.ERROR if errors else dg.AssetCheckSeverity.WARN,
            metadata={
                "errors": errors,
                "warnings": len(issues) - errors,
                "blocks_publish": policy.blocks_publish,
                "issues": dg.MetadataValue.md(_issues_table(issues)) if issues else "none",
            },
        )
