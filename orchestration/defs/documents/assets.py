"""The reader: claims proposed from the documents' texts (orchestration/domain/documents/).

One asset, reader/document_claims, downstream of the raw tables it reads. dbt reads its
table as the source `reader.document_claims` (dagster-dbt maps the source to this key),
so the claims are matched against raw/ in the same build.
"""

import dagster as dg

from orchestration.defs.resources import WAREHOUSE_POOL, WarehouseResource, retry_if_transient


@dg.asset(
    key=["reader", "document_claims"],
    deps=[
        dg.AssetKey(["raw", table])
        for table in ("document_texts", "documents", "indicators", "indicator_aliases")
    ],
    group_name="reader",
    kinds={"duckdb", "python"},
    pool=WAREHOUSE_POOL,
    tags={"layer": "reader"},
    description=(
        "Targets, figures and yuan/dollar pairs the reader proposes from raw/documents/ "
        "texts, with character offsets; reviewed in marts.fct_document_claims, never "
        "applied to raw/ by themselves."
    ),
)
def document_claims(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    # imported here: the reader's numeral libraries are not needed to load definitions
    from orchestration.domain.documents.claims_table import write_claims

    failed: list[str] = []
    with retry_if_transient(), warehouse.connect() as con:
        rows = write_claims(con, failed)
        mapped, documents = con.execute(
            "select count(indicator_id), count(distinct document_id) from reader.document_claims"
        ).fetchone()
    context.log.info(f"read {rows} claims from {documents} documents ({mapped} mapped)")
    for failure in failed:
        context.log.error(f"the reader could not read {failure}; its other texts were read")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": rows,
            "documents": documents,
            "claims_mapped": mapped,
            "claims_unmapped": rows - mapped,
            "documents_failed": dg.MetadataValue.json(failed),
        }
    )
