{#- Targets resolved to absolute values (int_targets_resolved holds the rule), as BI sees
    them: those of documents published by the as-of date (today, unless replayed). -#}
with

targets as (
    select * from {{ ref('int_targets_resolved') }}
    where document_published_on <= {{ as_of_date() }}
),

final as (
    select * from targets
)

select * from final
