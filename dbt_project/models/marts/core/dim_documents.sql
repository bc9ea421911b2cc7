with

documents as (
    select * from {{ ref('stg_raw__documents') }}
),

targets as (
    select * from {{ ref('stg_raw__targets') }}
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
