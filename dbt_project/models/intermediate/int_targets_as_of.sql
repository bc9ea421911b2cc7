{#- The as-of gate for targets: those of documents published on or before the as-of date
    (today, unless replayed). Every model downstream of int_targets_resolved reads targets
    here, never from int_targets_resolved, so a replay cannot leak a later target into a
    mart or a quality check (tests/integration checks the graph for that). -#}
with

targets as (
    select * from {{ ref('int_targets_resolved') }}
),

documents as (
    select document_id from {{ ref('int_documents_as_of') }}
),

final as (
    select targets.*
    from targets
    inner join documents on targets.document_id = documents.document_id
)

select * from final
