{#- A preliminary or estimated figure further from the final figure that replaced it
    than the policy allows (forecasts are expected to miss and are not judged). -#}
with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where unit_matches_indicator and quarantine_reason is null
),

finals as (
    select * from statistics
    where selection_rank = 1 and status = 'final'
),

early as (
    select * from statistics
    where status in ('preliminary', 'estimate')
),

policy as (
    {{ dq_policy('estimate_far_from_final') }}
),

pairs as (
    select
        early.indicator_id,
        early.region,
        early.period,
        early.unit_std as unit,
        early.status as early_status,
        early.value_std as early_value,
        early.source as early_source,
        early.published_on as early_published_on,
        finals.value_std as final_value,
        finals.source as final_source,
        finals.published_on as final_published_on,
        100 * abs(early.value_std - finals.value_std) / nullif(abs(finals.value_std), 0)
            as pct_from_final
    from early
    inner join finals
        on
            early.indicator_id = finals.indicator_id
            and early.region = finals.region
            and early.period = finals.period
),

graded as (
    select
        pairs.*,
        {{ dq_graded_severity('pairs.pct_from_final') }} as severity
    from pairs
    cross join policy
),

final as (
    select
        'estimate_far_from_final' as check_name,
        severity,
        'statistic' as entity_type,
        indicator_id || '|' || region || '|' || period as entity_id,
        indicator_id || ' ' || region || ' ' || period || ': ' || early_status || ' '
        || early_value || ' ' || unit || ' (' || early_source || ', ' || early_published_on
        || ') against final ' || final_value || ' (' || final_source || ', '
        || final_published_on || '), ' || round(pct_from_final, 1) || '% off' as message,
        cast(to_json(struct_pack(
            early_status := early_status,
            early_value := early_value,
            early_source := early_source,
            early_published_on := early_published_on,
            final_value := final_value,
            final_source := final_source,
            final_published_on := final_published_on,
            unit := unit,
            pct_from_final := pct_from_final
        )) as varchar) as observed_values
    from graded
    where severity is not null
)

select * from final
