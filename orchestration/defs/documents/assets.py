"""The reader: claims proposed from the documents' texts (orchestration/domain/documents/).

One asset, reader/document_claims, downstream of the raw tables it reads. dbt reads its
table as the source `reader.document_claims` (dagster-dbt maps the source to this key),
so the claims are matched against raw/ in the same build.
"""

import dagster as dg

from orchestration.defs.resources import WAREHOUSE_POOL, WarehouseResource, retry_if_transient
from orchestration.domain.documents.version import CLAIMS_TABLE, READER_INPUTS, claims_are_current


@dg.asset(
    key=["reader", "document_claims"],
    deps=[dg.AssetKey(["raw", table]) for table in READER_INPUTS],
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
    failed: list[str] = []
    with retry_if_transient(), warehouse.connect() as con:
        texts_read = not claims_are_current(con)
        if texts_read:
            # imported here: the reader's numeral libraries are needed only to read
            from orchestration.domain.documents.claims_table import write_claims

            write_claims(con, failed)
        rows, mapped, documents = con.execute(
            f"select count(*), count(indicator_id), count(distinct document_id) from {CLAIMS_TABLE}"
        ).fetchone()
    if texts_read:
        context.log.info(f"read {rows} claims from {documents} documents ({mapped} mapped)")
    else:
        context.log.info(
            f"kept the {rows} claims of {documents} documents: no text, date, alias, "
            "indicator or reader code changed since they were read"
        )
    for failure in failed:
        context.log.error(f"the reader could not read {failure}; its other texts were read")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": rows,
            "documents": documents,
            "claims_mapped": mapped,
            "claims_unmapped": rows - mapped,
            "documents_failed": dg.MetadataValue.json(failed),
            "texts_read": texts_read,
        }
    )
