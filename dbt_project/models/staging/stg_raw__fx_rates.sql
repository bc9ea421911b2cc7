with

source as (
    select * from {{ source('raw', 'fx_rates') }}
),

final as (
    select
        date as rate_date,
        base_currency,
        quote_currency,
        rate,
        source as rate_source,
        rate_type,
        _source_file as source_file
    from source
)

select * from final
