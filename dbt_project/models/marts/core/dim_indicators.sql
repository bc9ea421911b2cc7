with

indicators as (
    select * from {{ ref('stg_raw__indicators') }}
),

final as (
    select
        indicator_id,
        indicator_name,
        sector,
        measure,
        canonical_unit,
        direction,
        parent_indicator_id
    from indicators
)

select * from final
