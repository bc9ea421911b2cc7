"""The raw contracts as blocking Dagster asset checks, one per raw table, validated with
Great Expectations (orchestration/domain/quality/gx_contracts.py).

A failing check names file, row, column and value in its metadata and, because the
quality policy says raw_contracts blocks publishing, stops everything downstream of
the raw tables. Validation is skipped (and Great Expectations not imported) when
nothing it reads changed since the last successful validation: the loaded files'
hashes, the contracts and the unit registry. The state is pipeline.contract_validations
(the pipeline's own bookkeeping, never published).
"""

import hashlib
import json
from datetime import UTC, datetime

import dagster as dg

from orchestration.defs.resources import WarehouseResource
from orchestration.domain.core.layout import UNIT_REGISTRY_CSV
from orchestration.domain.ingest.contracts import CONTRACTS
from orchestration.domain.quality import gx_contracts
from orchestration.domain.quality.policy import quality_policy

CHECK_NAME = "raw_contracts"
STATE_TABLE = "pipeline.contract_validations"


def _policy():
    return quality_policy()[CHECK_NAME]


def _fingerprint(con, table: str) -> str:
    """What validating `table` depends on: its loaded files' hashes and those of the tables
    it refers to, its contract, and the unit registry."""
    contract = CONTRACTS[table]
    related = sorted({table} | {c.references for c in contract.columns if c.references})
    digest = hashlib.sha256(repr(contract).encode())
    for name in related:
        files = con.execute(
            f"select distinct _source_file, _file_hash from raw.{name} order by 1"
        ).fetchall()
        digest.update(repr((name, files)).encode())
    digest.update(UNIT_REGISTRY_CSV.read_bytes())
    return digest.hexdigest()


def _last_success(con, table: str, fingerprint: str) -> tuple | None:
    con.execute("create schema if not exists pipeline")
    con.execute(
        f"create table if not exists {STATE_TABLE} (table_name varchar, fingerprint varchar, "
        "validated_at timestamp, success boolean, row_count bigint, expectations integer, "
        "failures varchar)"
    )
    rows = con.execute(
        f"select validated_at, row_count, expectations from {STATE_TABLE} "
        "where table_name = ? and fingerprint = ? and success",
        [table, fingerprint],
    ).fetchall()
    return rows[0] if rows else None


def _record(con, table: str, fingerprint: str, result: gx_contracts.TableResult) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    con.execute(f"delete from {STATE_TABLE} where table_name = ?", [table])
    con.execute(
        f"insert into {STATE_TABLE} values (?, ?, ?, ?, ?, ?, ?)",
        [
            table,
            fingerprint,
            now,
            result.success,
            result.row_count,
            result.expectations,
            json.dumps([f.describe() for f in result.failures]),
        ],
    )


def _contract_check(table: str) -> dg.AssetChecksDefinition:
    """One blocking check per raw table, so each runs as soon as its table (and the tables
    it refers to) are loaded, and blocks only what is downstream of it."""
    asset_key = dg.AssetKey(["raw", table])

    @dg.asset_check(
        asset=asset_key,
        name=CHECK_NAME,
        blocking=_policy().blocks_publish,
        description=f"raw.{table} meets its contract (a Great Expectations suite).",
    )
    def check(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
        layout = warehouse.layout
        results_page = layout.report_dir / "quality.html"
        with warehouse.connect() as con:
            fingerprint = _fingerprint(con, table)
            previous = _last_success(con, table, fingerprint)
            if previous is None:
                context.log.info(f"Validating raw.{table} with Great Expectations ...")
                result = gx_contracts.validate_tables(
                    con, [CONTRACTS[table]], layout.gx_project_dir
                )[table]
                _record(con, table, fingerprint, result)
        if previous is not None:
            validated_at, row_count, expectations = previous
            return dg.AssetCheckResult(
                passed=True,
                metadata={
                    "rows": row_count,
                    "expectations": expectations,
                    "validated_at": str(validated_at),
                    "revalidated": False,
                    "results_page": dg.MetadataValue.path(str(results_page)),
                },
            )
        for failure in result.failures:
            context.log.error(f"raw.{table}: {failure.describe()}")
        return dg.AssetCheckResult(
            passed=result.success,
            severity=dg.AssetCheckSeverity.ERROR
            if _policy().severity_on_fail == "error"
            else dg.AssetCheckSeverity.WARN,
            metadata={
                "rows": result.row_count,
                "expectations": result.expectations,
                "failures": dg.MetadataValue.json([f.describe() for f in result.failures]),
                "revalidated": True,
                "results_page": dg.MetadataValue.path(str(results_page)),
            },
        )

    return check


raw_contract_checks = [_contract_check(table) for table in sorted(CONTRACTS)]
