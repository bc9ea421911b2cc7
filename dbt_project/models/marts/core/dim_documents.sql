{#- The documents published by the as-of date, with how many targets each sets. -#}
with

documents as (
    select * from {{ ref('int_documents_as_of') }}
),

targets as (
    select * from {{ ref('int_targets_as_of') }}
),

target_counts as (
    select
        document_id,
        count(*) as target_count
    from targets
    group by document_id
),

final as (
    select
        documents.document_id,
        documents.title,
        documents.publisher,
        documents.published_on,
        documents.url,
        documents.language,
        documents.document_kind,
        documents.notes,
        coalesce(target_counts.target_count, 0) as target_count
    from documents
    left join target_counts on documents.document_id = target_counts.document_id
)

select * from final
