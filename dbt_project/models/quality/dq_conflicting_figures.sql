{#- A final figure for an indicator, region and period (a second source, or a revision)
    further from the first-published final figure than the policy allows, in percent of
    that first figure. Both values, sources and dates are shown; the marts keep using the
    latest final figure. -#}
with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where status = 'final' and unit_matches_indicator and quarantine_reason is null
),

policy as (
    {{ dq_policy('conflicting_figures') }}
),

pairs as (
    select
        earlier.indicator_id,
        earlier.region,
        earlier.period,
        earlier.unit_std as unit,
        earlier.value_std as earlier_value,
        earlier.source as earlier_source,
        earlier.published_on as earlier_published_on,
        later.value_std as later_value,
        later.source as later_source,
        later.published_on as later_published_on,
        {{ pct_off('later.value_std', 'earlier.value_std') }} as pct_apart
    from statistics as earlier
    inner join statistics as later
        on
            earlier.indicator_id = later.indicator_id
            and earlier.region = later.region
            and earlier.period = later.period
            and earlier.vintage_number < later.vintage_number
    qualify earlier.vintage_number = min(earlier.vintage_number) over (
        partition by earlier.indicator_id, earlier.region, earlier.period
    )
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
        'conflicting_figures' as check_name,
        severity,
        'statistic' as entity_type,
        indicator_id || '|' || region || '|' || period as entity_id,
        indicator_id || ' ' || region || ' ' || period || ': ' || earlier_value || ' ' || unit
        || ' (' || earlier_source || ', ' || earlier_published_on || ') against '
        || later_value || ' ' || unit || ' (' || later_source || ', ' || later_published_on
        || '), ' || round(pct_apart, 1) || '% off the first-published figure' as message,
        cast(to_json(struct_pack(
            earlier_value := earlier_value,
            earlier_source := earlier_source,
            earlier_published_on := earlier_published_on,
            later_value := later_value,
            later_source := later_source,
            later_published_on := later_published_on,
            unit := unit,
            pct_apart := pct_apart
        )) as varchar) as observed_values
    from graded
    where severity is not null
)

select * from final
