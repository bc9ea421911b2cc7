{#- Full-year figures that should be out by now and are not. For each indicator a target
    is set on, and region with at least one full-year figure, every later year is due its
    indicator's median publication lag (period end to publication) plus the policy's
    grace days after it ends; a due year with no figure as of the as-of date is flagged,
    gaps between years held included. -#}
with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where
        is_full_year and status <> 'forecast' and unit_matches_indicator
        and quarantine_reason is null
),

targeted as (
    select distinct indicator_id from {{ ref('int_targets_as_of') }}
),

policy as (
    {{ dq_policy('missing_statistics') }}
),

series as (
    select
        statistics.indicator_id,
        statistics.region,
        min(statistics.period_year) as first_year,
        max(statistics.period_year) as last_year,
        cast(
            median(datediff('day', statistics.period_end_date, statistics.published_on))
            as integer
        ) as median_lag_days,
        list(distinct statistics.period_year) as years_present
    from statistics
    inner join targeted on statistics.indicator_id = targeted.indicator_id
    group by statistics.indicator_id, statistics.region
),

due as (
    select
        series.*,
        cast(unnest(range(series.first_year + 1, year({{ as_of_date() }}) + 1)) as integer)
            as due_year,
        cast(policy.pass_tolerance as integer) as grace_days,
        policy.severity_on_fail
    from series
    cross join policy
),

overdue as (
    select
        *,
        cast(
            make_date(due_year, 12, 31) + to_days(median_lag_days + grace_days) as date
        ) as due_by
    from due
),

final as (
    select
        'missing_statistics' as check_name,
        severity_on_fail as severity,
        'indicator' as entity_type,
        indicator_id || '|' || region || '|' || due_year as entity_id,
        indicator_id || ' ' || region || ': no full-year figure for ' || due_year
        || ', due by ' || due_by || ' (median lag ' || median_lag_days || ' days + '
        || grace_days || ' days grace; latest year held ' || last_year || ')' as message,
        cast(to_json(struct_pack(
            due_year := due_year,
            due_by := due_by,
            last_year_held := last_year,
            median_lag_days := median_lag_days,
            grace_days := grace_days
        )) as varchar) as observed_values
    from overdue
    where due_by < {{ as_of_date() }} and not list_contains(years_present, due_year)
)

select * from final
