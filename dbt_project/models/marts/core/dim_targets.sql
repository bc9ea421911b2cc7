{#- Targets resolved to absolute values (int_targets_resolved holds the rule), as BI sees
    them: those of documents published by the as-of date (int_targets_as_of). -#}
with

targets as (
    select * from {{ ref('int_targets_as_of') }}
),

final as (
    select * from targets
)

select * from final
