{#- A target's baseline stated differently elsewhere: every other figure for the
    indicator, region and baseline year (another document's, or the statistics') that
    is further from the baseline the target uses than the policy allows. -#}
with

targets as (
    select * from {{ ref('int_targets_as_of') }}
    where baseline_value is not null
),

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where
        is_full_year and unit_matches_indicator and status <> 'forecast'
        and quarantine_reason is null
),

policy as (
    {{ dq_policy('baseline_disagreement') }}
),

pairs as (
    select
        targets.target_id,
        targets.indicator_id,
        targets.region,
        targets.baseline_year,
        targets.baseline_value,
        targets.baseline_unit,
        targets.baseline_source,
        statistics.value_std as other_value,
        statistics.source as other_source,
        statistics.document_id as other_document_id,
        statistics.published_on as other_published_on,
        {{ pct_apart('targets.baseline_value', 'statistics.value_std') }} as pct_apart
    from targets
    inner join statistics
        on
            targets.indicator_id = statistics.indicator_id
            and targets.region = statistics.region
            and targets.baseline_year = statistics.period_year
            and targets.baseline_statistic_id <> statistics.statistic_id
),

graded as (
    select
        pairs.*,
        {{ dq_graded_severity('pairs.pct_apart') }} as severity
    from pairs
    cross join policy
),

final as (
    select
        'baseline_disagreement' as check_name,
        severity,
        'target' as entity_type,
        target_id as entity_id,
        target_id || ': baseline ' || baseline_year || ' is ' || baseline_value || ' '
        || baseline_unit || ' (' || baseline_source || ') but '
        || coalesce(other_document_id, other_source) || ' gives ' || other_value || ', '
        || round(pct_apart, 1) || '% apart' as message,
        cast(to_json(struct_pack(
            baseline_year := baseline_year,
            baseline_value := baseline_value,
            baseline_source := baseline_source,
            other_value := other_value,
            other_source := other_source,
            other_document_id := other_document_id,
            other_published_on := other_published_on,
            pct_apart := pct_apart
        )) as varchar) as observed_values
    from graded
    where severity is not null
)

select * from final
