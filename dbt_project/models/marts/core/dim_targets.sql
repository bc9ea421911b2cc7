{#- Targets resolved to absolute values (int_targets_resolved holds the rule), as BI sees them. -#}
with

targets as (
    select * from {{ ref('int_targets_resolved') }}
),

final as (
    select * from targets
)

select * from final
