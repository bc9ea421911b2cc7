{#- Every figure published on or before the as-of date, with its indicator's canonical unit
    and plausible range, its year, the months it covers and whether it is a full year:
    what int_statistics_plausibility judges and int_statistics_as_of ranks. -#}
with

statistics as (
    select * from {{ ref('stg_raw__statistics') }}
),

indicators as (
    select * from {{ ref('stg_raw__indicators') }}
),

final as (
    select
        statistics.*,
        indicators.canonical_unit,
        indicators.min_value as indicator_min_value,
        indicators.max_value as indicator_max_value,
        statistics.unit_std = indicators.canonical_unit as unit_matches_indicator,
        year(statistics.period_end_date) as period_year,
        datediff('month', statistics.period_start_date, statistics.period_end_date)
        + 1 as months_covered,
        month(statistics.period_start_date) = 1
        and month(statistics.period_end_date) = 12 as is_full_year
    from statistics
    inner join indicators on statistics.indicator_id = indicators.indicator_id
    where statistics.published_on <= {{ as_of_date() }}
)

select * from final
