with

source as (
    select * from {{ source('raw', 'documents') }}
),

final as (
    select
        document_id,
        title,
        publisher,
        published_on,
        url,
        language,
        kind as document_kind,
        notes,
        _source_file as source_file,
        _source_row as source_row
    from source
)

select * from final
