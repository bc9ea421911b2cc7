{#-
    One row per target and observed year: the figure the target is assessed on that
    year, and how it was obtained (assessment_basis):
      full_year                 the year's selected full-year figure;
      annualised_year_to_date   no full-year figure yet: the latest year-to-date figure
                                (Jan..month m), projected to a year (annualisation_method):
                                by the previous year's seasonal ratio (its full year over
                                its same Jan..m figure) when both exist, else by linear
                                pro rata (x 12 / m), which understates a year whose
                                output comes late and is marked low confidence;
      cumulative_sum            cumulative targets: the sum of the span's figures to
                                date (full years, plus the year-to-date figure of a year
                                without a full-year figure: a partial sum is progress).
    The effective baseline is the target's stated baseline, else (where the target
    names a base year) the earliest full-year figure from that year on, flagged
    baseline_is_fallback, as the UN ESCAP method uses the closest year with data.
-#}
with

targets as (
    select * from {{ ref('int_targets_as_of') }}
),

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where selection_rank = 1
),

full_years as (
    select
        indicator_id,
        region,
        period_year as observed_year,
        period,
        value_std as value,
        12 as months_covered,
        source,
        published_on
    from statistics
    where is_full_year
),

year_to_date as (
    select
        indicator_id,
        region,
        period_year,
        months_covered,
        value_std as value
    from statistics
    where period_grain = 'year_to_date' and not is_full_year
),

latest_year_to_date as (
    select
        statistics.indicator_id,
        statistics.region,
        statistics.period_year as observed_year,
        statistics.period,
        statistics.value_std as value,
        statistics.months_covered,
        statistics.source,
        statistics.published_on,
        previous_full_year.value / nullif(previous_same_months.value, 0) as seasonal_ratio
    from statistics
    left join year_to_date as previous_same_months
        on
            statistics.indicator_id = previous_same_months.indicator_id
            and statistics.region = previous_same_months.region
            and statistics.period_year - 1 = previous_same_months.period_year
            and statistics.months_covered = previous_same_months.months_covered
    left join full_years as previous_full_year
        on
            statistics.indicator_id = previous_full_year.indicator_id
            and statistics.region = previous_full_year.region
            and statistics.period_year - 1 = previous_full_year.observed_year
    left join full_years
        on
            statistics.indicator_id = full_years.indicator_id
            and statistics.region = full_years.region
            and statistics.period_year = full_years.observed_year
    where
        statistics.period_grain = 'year_to_date'
        and not statistics.is_full_year
        and full_years.observed_year is null
    qualify row_number() over (
        partition by statistics.indicator_id, statistics.region, statistics.period_year
        order by statistics.period_end_date desc, statistics.published_on desc
    ) = 1
),

yearly as (
    select
        *,
        cast(null as double) as seasonal_ratio,
        'full_year' as basis
    from full_years
    union all
    select
        *,
        'year_to_date' as basis
    from latest_year_to_date
),

fallback_baselines as (
    select
        targets.target_id,
        full_years.observed_year as baseline_year,
        full_years.value as baseline_value
    from targets
    inner join full_years
        on
            targets.indicator_id = full_years.indicator_id
            and targets.region = full_years.region
            and full_years.observed_year between targets.baseline_year and targets.target_year
    where targets.baseline_value is null
    qualify row_number() over (
        partition by targets.target_id order by full_years.observed_year asc
    ) = 1
),

targets_with_baseline as (
    select
        targets.*,
        coalesce(targets.baseline_value, fallback_baselines.baseline_value)
            as effective_baseline_value,
        case
            when targets.baseline_value is not null then targets.baseline_year
            else fallback_baselines.baseline_year
        end as effective_baseline_year,
        targets.baseline_value is null
        and fallback_baselines.baseline_value is not null as baseline_is_fallback
    from targets
    left join fallback_baselines on targets.target_id = fallback_baselines.target_id
),

level_observations as (
    select
        targets_with_baseline.target_id,
        yearly.observed_year,
        yearly.period as observed_period,
        case
            when yearly.basis = 'full_year' then 'full_year'
            else 'annualised_year_to_date'
        end as assessment_basis,
        yearly.months_covered,
        yearly.value as reported_value,
        case
            when yearly.basis = 'full_year' then yearly.value
            when yearly.seasonal_ratio > 0 then yearly.value * yearly.seasonal_ratio
            else yearly.value * 12 / yearly.months_covered
        end as assessed_value,
        case
            when yearly.basis = 'full_year' then null
            when yearly.seasonal_ratio > 0 then 'seasonal_ratio_previous_year'
            else 'linear_pro_rata_12_over_months'
        end as annualisation_method,
        cast(null as integer) as cumulative_years_summed,
        cast(null as integer) as cumulative_years_missing,
        yearly.source,
        yearly.published_on
    from targets_with_baseline
    inner join yearly
        on
            targets_with_baseline.indicator_id = yearly.indicator_id
            and targets_with_baseline.region = yearly.region
            and targets_with_baseline.target_year >= yearly.observed_year
            and yearly.observed_year
            >= coalesce(targets_with_baseline.effective_baseline_year, 0)
    where targets_with_baseline.target_kind <> 'cumulative'
),

span_years as (
    select
        targets_with_baseline.target_id,
        targets_with_baseline.span_start_year,
        yearly.observed_year,
        yearly.period,
        yearly.basis,
        yearly.months_covered,
        yearly.value,
        yearly.source,
        yearly.published_on
    from targets_with_baseline
    inner join yearly
        on
            targets_with_baseline.indicator_id = yearly.indicator_id
            and targets_with_baseline.region = yearly.region
            and yearly.observed_year
            between targets_with_baseline.span_start_year and targets_with_baseline.target_year
    where targets_with_baseline.target_kind = 'cumulative'
),

cumulative_observations as (
    select
        target_id,
        observed_year,
        period as observed_period,
        'cumulative_sum' as assessment_basis,
        months_covered,
        value as reported_value,
        sum(value) over to_date as assessed_value,
        cast(null as varchar) as annualisation_method,
        cast(count(*) over to_date as integer) as cumulative_years_summed,
        cast(observed_year - span_start_year + 1 - count(*) over to_date as integer)
            as cumulative_years_missing,
        source,
        published_on
    from span_years
    window to_date as (
        partition by target_id order by observed_year
        rows between unbounded preceding and current row
    )
),

observations as (
    select * from level_observations
    union all
    select * from cumulative_observations
),

final as (
    select
        targets_with_baseline.target_id,
        targets_with_baseline.document_id,
        targets_with_baseline.indicator_id,
        targets_with_baseline.region,
        targets_with_baseline.target_kind,
        targets_with_baseline.comparator,
        targets_with_baseline.direction,
        targets_with_baseline.target_year,
        targets_with_baseline.span_start_year,
        targets_with_baseline.target_value,
        targets_with_baseline.target_unit,
        targets_with_baseline.effective_baseline_year as baseline_year,
        targets_with_baseline.effective_baseline_value as baseline_value,
        targets_with_baseline.baseline_is_fallback,
        observations.observed_year,
        observations.observed_period,
        observations.assessment_basis,
        observations.months_covered,
        observations.reported_value,
        observations.assessed_value,
        observations.annualisation_method,
        observations.cumulative_years_summed,
        observations.cumulative_years_missing,
        observations.source,
        observations.published_on
    from targets_with_baseline
    inner join observations on targets_with_baseline.target_id = observations.target_id
)

select * from final
