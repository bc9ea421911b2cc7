{#-
    One row per target and year, from the year its path starts to its target year: what
    a chart of the target draws. Path values exist in every year (not only in observed
    ones), so a BI tool can draw the straight-line and constant-growth paths as lines;
    the full-year actual where one is published (the sum to date for a cumulative
    target); the year-to-date figure and its annualised nowcast where a year has only
    that (drawn as partial, never as a year); the target point in the target year.

    The path starts in the baseline year; for a cumulative target the year before its
    span (where the straight-line sum is 0); a target with neither starts in its span's
    first year, or in its target year alone; earlier still if a figure of it is older. USD columns convert every amount at one
    rate, the document's publication-date rate of dim_targets_usd, so the dollar chart
    has the yuan chart's shape; actual_value_usd_current is the actual at its own
    year's average rate (fct_target_attainment_usd), for the view as time went on.
-#}
with

targets as (
    select * from {{ ref('fct_target_attainment_latest') }}
),

attainment as (
    select * from {{ ref('fct_target_attainment') }}
),

targets_usd as (
    select * from {{ ref('dim_targets_usd') }}
),

attainment_usd as (
    select * from {{ ref('fct_target_attainment_usd') }}
),

{# A full year, or a cumulative sum with every year of the span to date. #}
full_years as (
    select
        attainment.*,
        attainment_usd.actual_value_usd_current
    from attainment
    left join attainment_usd
        on
            attainment.target_id = attainment_usd.target_id
            and attainment.observed_year = attainment_usd.observed_year
    where
        attainment.assessment_basis <> 'annualised_year_to_date'
        and coalesce(attainment.cumulative_years_missing, 0) = 0
),

{# A cumulative sum with years of the span missing: a lower bound, never the sum. #}
incomplete_sums as (
    select * from attainment
    where cumulative_years_missing > 0
),

year_to_date as (
    select * from attainment
    where assessment_basis = 'annualised_year_to_date'
),

{# So that no figure of the target is left out of its trajectory. #}
first_observed as (
    select
        target_id,
        min(observed_year) as first_observed_year
    from attainment
    group by target_id
),

target_spans as (
    select
        target_id,
        span_start_year
    from {{ ref('dim_targets') }}
),

spans as (
    select
        targets.target_id,
        targets.document_id,
        targets.indicator_id,
        targets.region,
        targets.target_kind,
        targets.comparator,
        targets.target_year,
        targets.target_value,
        targets.unit,
        targets.baseline_year,
        targets.baseline_value,
        targets.status,
        targets.as_of_date,
        target_spans.span_start_year,
        least(
            case
                when targets.target_kind = 'cumulative' then target_spans.span_start_year - 1
                else
                    coalesce(
                        targets.baseline_year, target_spans.span_start_year, targets.target_year
                    )
            end,
            first_observed.first_observed_year
        ) as path_start_year
    from targets
    inner join target_spans on targets.target_id = target_spans.target_id
    left join first_observed on targets.target_id = first_observed.target_id
),

years as (
    select
        spans.*,
        cast(unnest(generate_series(spans.path_start_year, spans.target_year)) as integer) as year
    from spans
),

paths as (
    select
        *,
        {{ linear_path_value('year') }} as linear_path_value,
        {{ growth_path_value('year') }} as growth_path_value
    from years
),

final as (
    select
        paths.target_id,
        paths.document_id,
        paths.indicator_id,
        paths.region,
        paths.target_kind,
        paths.comparator,
        paths.year,
        coalesce(paths.year = paths.baseline_year, false) as is_baseline_year,
        paths.year = paths.target_year as is_target_year,
        paths.unit,
        case when paths.year = paths.baseline_year then paths.baseline_value end
            as baseline_value,
        paths.linear_path_value,
        paths.growth_path_value,
        case when paths.year = paths.target_year then paths.target_value end as target_value,
        full_years.actual_value,
        incomplete_sums.actual_value as incomplete_sum_value,
        year_to_date.reported_value as year_to_date_value,
        year_to_date.observed_period as year_to_date_period,
        year_to_date.months_covered as year_to_date_months,
        year_to_date.actual_value as nowcast_value,
        attainment.assessment_basis,
        attainment.status as year_status,
        paths.status,
        attainment.source,
        attainment.published_on,
        targets_usd.currency,
        case when targets_usd.target_id is not null then targets_usd.usd_unit end as usd_unit,
        targets_usd.fx_rate as usd_fx_rate,
        targets_usd.fx_rate_date as usd_fx_rate_date,
        case when paths.year = paths.baseline_year then paths.baseline_value end
        / targets_usd.fx_rate as baseline_value_usd,
        paths.linear_path_value / targets_usd.fx_rate as linear_path_value_usd,
        paths.growth_path_value / targets_usd.fx_rate as growth_path_value_usd,
        case when paths.year = paths.target_year then targets_usd.target_value_usd end
            as target_value_usd,
        full_years.actual_value / targets_usd.fx_rate as actual_value_usd,
        year_to_date.actual_value / targets_usd.fx_rate as nowcast_value_usd,
        full_years.actual_value_usd_current,
        paths.as_of_date
    from paths
    left join attainment
        on paths.target_id = attainment.target_id and paths.year = attainment.observed_year
    left join full_years
        on paths.target_id = full_years.target_id and paths.year = full_years.observed_year
    left join incomplete_sums
        on
            paths.target_id = incomplete_sums.target_id
            and paths.year = incomplete_sums.observed_year
    left join year_to_date
        on paths.target_id = year_to_date.target_id and paths.year = year_to_date.observed_year
    left join targets_usd on paths.target_id = targets_usd.target_id
)

select * from final
