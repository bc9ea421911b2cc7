{#-
    One row per target and observed year: how far along the target is, the paths a
    steady pace would have taken, and the status by the UN ESCAP progress assessment
    (docs/METHODOLOGY.md has the formulae and a worked example):

      observed CAGR  = (assessed / baseline) ^ (1 / (observed_year - baseline_year)) - 1
      required CAGR  = (target   / baseline) ^ (1 / (target_year  - baseline_year)) - 1
      progress ratio = observed CAGR / required CAGR, rounded to 6 decimals
      achieved (target met, comparator respected) overrides; else
      >= 0.95 on_track, >= 0.6 needs_acceleration, >= 0 off_track, < 0 deteriorating.

    Cumulative targets have no growth path: their progress ratio is the share of the
    target summed so far over the share of the span elapsed (straight-line pace).
    Year-to-date rows are assessed on their annualised value and say so; they never get
    an attainment_ratio as if they were a year (partial_year_attainment_ratio instead).
-#}
with

observations as (
    select * from {{ ref('int_target_observations_assembled') }}
),

measured as (
    select
        *,
        observed_year - baseline_year as years_elapsed,
        target_year - baseline_year as years_total,
        case comparator
            when '>' then assessed_value > target_value
            when '>=' then assessed_value >= target_value
            when '<' then assessed_value < target_value
            when '<=' then assessed_value <= target_value
        end as comparator_met,
        case comparator
            when '>' then reported_value > target_value
            when '>=' then reported_value >= target_value
        end as partial_value_meets_target
    from observations
),

metrics as (
    select
        *,
        case
            when assessment_basis = 'annualised_year_to_date'
                -- a flow that already passed an annual target cannot fall back below it
                then
                    coalesce(
                        partial_value_meets_target
                        and direction = 'increase'
                        and target_kind in ('level', 'multiple'),
                        false
                    )
            else coalesce(comparator_met, false)
        end as is_target_met,
        case
            when assessment_basis <> 'annualised_year_to_date'
                then assessed_value / nullif(target_value, 0)
        end as attainment_ratio,
        case
            when assessment_basis = 'annualised_year_to_date'
                then reported_value / nullif(target_value, 0)
        end as partial_year_attainment_ratio,
        {{ linear_path_value('observed_year') }} as linear_path_value,
        {{ growth_path_value('observed_year') }} as growth_path_value,
        case
            when target_kind <> 'cumulative'
                then {{ cagr('assessed_value', 'baseline_value', 'years_elapsed') }}
        end as observed_cagr,
        case
            when target_kind <> 'cumulative'
                then {{ cagr('target_value', 'baseline_value', 'years_total') }}
        end as required_cagr,
        case
            when target_kind <> 'cumulative' and target_value <> baseline_value
                then (assessed_value - baseline_value) / (target_value - baseline_value)
        end as distance_covered_ratio
    from measured
),

ratios as (
    select
        *,
        round(
            case
                when target_kind = 'cumulative'
                    then
                        attainment_ratio
                        / (
                            (observed_year - span_start_year + 1)
                            / (target_year - span_start_year + 1)
                        )
                else observed_cagr / nullif(required_cagr, 0)
            end,
            6
        ) as progress_ratio
    from metrics
),

classified as (
    select
        *,
        case
            when is_target_met then 'achieved'
            when target_kind = 'cumulative' and cumulative_years_missing > 0 then 'not_assessable'
            when target_kind <> 'cumulative' and baseline_value is null then 'not_assessable'
            when target_kind <> 'cumulative' and years_elapsed <= 0 then 'not_assessable'
            when progress_ratio is null then 'not_assessable'
            when progress_ratio >= 0.95 then 'on_track'
            when progress_ratio >= 0.6 then 'needs_acceleration'
            when progress_ratio >= 0 then 'off_track'
            else 'deteriorating'
        end as status,
        case
            when is_target_met and assessment_basis = 'annualised_year_to_date'
                then 'the year-to-date figure alone already meets the target'
            when is_target_met then 'the target is met'
            when target_kind = 'cumulative' and cumulative_years_missing > 0
                then 'years missing from the cumulative span'
            when target_kind <> 'cumulative' and baseline_value is null then 'no baseline'
            when target_kind <> 'cumulative' and years_elapsed <= 0 then 'one point only'
            when target_kind <> 'cumulative' and required_cagr = 0
                then 'target equals baseline'
            when progress_ratio is null
                then 'growth undefined: baseline, actual or target not positive'
            when annualisation_method = 'seasonal_ratio_previous_year'
                then
                    'assessed on the year-to-date figure projected by the previous year''s '
                    || 'seasonal ratio (' || months_covered || ' of 12 months)'
            when assessment_basis = 'annualised_year_to_date'
                then
                    'assessed on the year-to-date figure annualised by linear pro rata ('
                    || months_covered || ' of 12 months, low confidence)'
            when target_kind = 'cumulative'
                then 'cumulative sum against the straight-line pace'
            else 'observed against required CAGR (UN ESCAP)'
        end as status_reason
    from ratios
),

final as (
    select
        target_id,
        document_id,
        indicator_id,
        region,
        target_kind,
        comparator,
        direction,
        target_year,
        span_start_year,
        target_value,
        target_unit as unit,
        baseline_year,
        baseline_value,
        baseline_is_fallback,
        observed_year,
        observed_period,
        assessment_basis,
        months_covered,
        annualisation_method,
        reported_value,
        assessed_value as actual_value,
        cumulative_years_summed,
        cumulative_years_missing,
        is_target_met,
        attainment_ratio,
        partial_year_attainment_ratio,
        linear_path_value,
        growth_path_value,
        observed_cagr,
        required_cagr,
        progress_ratio,
        distance_covered_ratio,
        status,
        status_reason,
        source,
        published_on,
        {{ as_of_date() }} as as_of_date
    from classified
)

select * from final
