"""The raw contracts as blocking Dagster asset checks, one per raw table, validated with
Great Expectations (orchestration/domain/quality/gx_contracts.py).

A failing check names file, row, column and value in its metadata and, because the
quality policy says raw_contracts blocks publishing, stops everything downstream of
the raw tables. Validation reads only what changed since the last successful one:
nothing at all (and Great Expectations is not imported) when no file of the table is
new; only the rows of the new files, with every row sharing a key with them, when the
contract, the unit registry and the tables it refers to are unchanged (one new monthly
bulletin at 1M statistics rows no longer revalidates the million); every row otherwise.
The state is pipeline.contract_validations (the pipeline's own bookkeeping, never
published).
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

import dagster as dg

from orchestration.defs.resources import WarehouseResource
from orchestration.domain.core.layout import UNIT_REGISTRY_CSV
from orchestration.domain.ingest.contracts import CONTRACTS
from orchestration.domain.ingest.sync import loaded_files
from orchestration.domain.quality import gx_contracts
from orchestration.domain.quality.policy import quality_policy

CHECK_NAME = "raw_contracts"
STATE_TABLE = "pipeline.contract_validations"


def _policy():
    return quality_policy()[CHECK_NAME]


def _fingerprint(con, table: str) -> str:
    """What validating `table`'s rows depends on besides the rows themselves: the loaded
    files of the tables it refers to, its contract, and the unit registry. A change here
    revalidates every row."""
    contract = CONTRACTS[table]
    related = sorted({c.references for c in contract.columns if c.references} - {table})
    digest = hashlib.sha256(repr(contract).encode())
    for name in related:
        digest.update(repr((name, sorted(loaded_files(con, name).items()))).encode())
    digest.update(UNIT_REGISTRY_CSV.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Validation:
    """The last successful validation of a table under the current fingerprint."""

    validated_at: datetime
    expectations: int
    files: dict[str, str]


def _last_success(con, table: str, fingerprint: str) -> Validation | None:
    con.execute("create schema if not exists pipeline")
    con.execute(
        f"create table if not exists {STATE_TABLE} (table_name varchar, fingerprint varchar, "
        "validated_at timestamp, success boolean, row_count bigint, expectations integer, "
        "failures varchar)"
    )
    # build files from before the per-file validation have no files column: their one
    # row simply does not match, and the next validation is a whole one
    con.execute(f"alter table {STATE_TABLE} add column if not exists files varchar")
    rows = con.execute(
        f"select validated_at, expectations, files from {STATE_TABLE} "
        "where table_name = ? and fingerprint = ? and success and files is not null",
        [table, fingerprint],
    ).fetchall()
    if not rows:
        return None
    validated_at, expectations, files = rows[0]
    return Validation(validated_at, expectations, dict(json.loads(files)))


def _record(
    con,
    table: str,
    fingerprint: str,
    files: dict[str, str],
    success: bool,
    expectations: int,
    failures: list[str],
) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = con.execute(f"select count(*) from raw.{table}").fetchone()[0]
    con.execute(f"delete from {STATE_TABLE} where table_name = ?", [table])
    con.execute(
        f"insert into {STATE_TABLE} (table_name, fingerprint, validated_at, success, "
        "row_count, expectations, failures, files) values (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            table,
            fingerprint,
            now,
            success,
            rows,
            expectations,
            json.dumps(failures),
            json.dumps(sorted(files.items())),
        ],
    )


def _changed_files(previous: Validation | None, files: dict[str, str]) -> list[str] | None:
    """The files whose rows are new since the last success (new files, or new content
    under an old name), or None when every row must be validated (no success under the
    current fingerprint)."""
    if previous is None:
        return None
    return sorted(label for label, digest in files.items() if previous.files.get(label) != digest)


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
        results_page = dg.MetadataValue.path(str(layout.report_dir / "quality.html"))
        with warehouse.connect() as con:
            fingerprint = _fingerprint(con, table)
            files = loaded_files(con, table)
            previous = _last_success(con, table, fingerprint)
            changed = _changed_files(previous, files)
            if changed == []:
                # nothing new to read: unchanged, or files removed (removing rows breaks
                # no column rule, reference or uniqueness)
                if files != previous.files:
                    _record(con, table, fingerprint, files, True, previous.expectations, [])
                return dg.AssetCheckResult(
                    passed=True,
                    metadata={
                        "expectations": previous.expectations,
                        "validated_at": str(previous.validated_at),
                        "revalidated": False,
                        "results_page": results_page,
                    },
                )
            what = "every row" if changed is None else f"the rows of {len(changed)} new file(s)"
            context.log.info(f"Validating raw.{table} with Great Expectations ({what}) ...")
            only = None if changed is None else {table: changed}
            result = gx_contracts.validate_tables(
                con, [CONTRACTS[table]], layout.gx_project_dir, only
            )[table]
            failures = [f.describe() for f in result.failures]
            _record(con, table, fingerprint, files, result.success, result.expectations, failures)
        for failure in failures:
            context.log.error(f"raw.{table}: {failure}")
        return dg.AssetCheckResult(
            passed=result.success,
            severity=dg.AssetCheckSeverity.ERROR
            if _policy().severity_on_fail == "error"
            else dg.AssetCheckSeverity.WARN,
            metadata={
                "rows_validated": result.row_count,
                "files_validated": dg.MetadataValue.json(changed or "all"),
                "expectations": result.expectations,
                "failures": dg.MetadataValue.json(failures),
                "revalidated": True,
                "results_page": results_page,
            },
        )

    return check


raw_contract_checks = [_contract_check(table) for table in sorted(CONTRACTS)]
