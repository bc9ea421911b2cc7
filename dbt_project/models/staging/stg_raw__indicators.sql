with

source as (
    select * from {{ source('raw', 'indicators') }}
),

final as (
    select
        indicator_id,
        name as indicator_name,
        sector,
        measure,
        canonical_unit,
        direction,
        parent_indicator_id,
        min_value,
        max_value,
        _source_file as source_file,
        _source_row as source_row
    from source
)

select * from final
