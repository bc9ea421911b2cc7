{#- Figures quarantined as implausible (int_statistics_plausibility has the rules): each
    with its file and row, the value as published and why it is held back. They stay in
    fct_statistic_vintages with the reason and are never selected, so no status rests
    on them. -#}
with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where quarantine_reason is not null
),

policy as (
    {{ dq_policy('implausible_figure') }}
),

final as (
    select
        'implausible_figure' as check_name,
        policy.severity_on_fail as severity,
        'statistic' as entity_type,
        statistics.indicator_id || '|' || statistics.region || '|' || statistics.period
            as entity_id,
        statistics.indicator_id || ' ' || statistics.region || ' ' || statistics.period
        || ': ' || statistics.reported_value || ' ' || statistics.reported_unit
        || ' (' || statistics.source_file || ', row ' || statistics.source_row || ', '
        || statistics.source || ', ' || statistics.published_on || ') is quarantined: '
        || statistics.quarantine_reason as message,
        cast(to_json(struct_pack(
            indicator_id := statistics.indicator_id,
            period := statistics.period,
            reported_value := statistics.reported_value,
            reported_unit := statistics.reported_unit,
            value_std := statistics.value_std,
            source_file := statistics.source_file,
            source_row := statistics.source_row,
            reason := statistics.quarantine_reason
        )) as varchar) as observed_values
    from statistics
    cross join policy
)

select * from final
