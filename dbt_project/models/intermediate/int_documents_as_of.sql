{#- The as-of gate for documents: those published on or before the as-of date (today,
    unless replayed). Every model that reads documents for readers reads them here, so the
    rule is written once. -#}
with

documents as (
    select * from {{ ref('stg_raw__documents') }}
),

final as (
    select * from documents
    where published_on <= {{ as_of_date() }}
)

select * from final
