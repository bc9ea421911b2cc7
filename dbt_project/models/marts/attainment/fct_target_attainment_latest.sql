{#-
    One row per target known on the as-of date. The headline status rests on the
    strongest evidence: the latest full-year figure, or for a cumulative target the sum
    to date. A year-to-date figure never sets it; a later one gives a nowcast beside it
    (nowcast_*: the projected year, its status, method and confidence). A target with
    no full-year figure after its baseline is not_assessable with the nowcast shown; one
    with no figure at all, 'no data'. first_met_year is the first full year the target
    was met; latest_full_year_meets_target whether the headline year still meets it.
-#}
with

targets as (
    select * from {{ ref('int_targets_as_of') }}
),

attainment as (
    select * from {{ ref('fct_target_attainment') }}
),

{# The headline rests on full years (or, for a cumulative target, the sum to date). #}
headline as (
    select * from attainment
    where assessment_basis <> 'annualised_year_to_date'
    qualify row_number() over (partition by target_id order by observed_year desc) = 1
),

{# A year-to-date figure later than the headline's year gives a nowcast beside it. #}
nowcast as (
    select attainment.*
    from attainment
    left join headline on attainment.target_id = headline.target_id
    where
        attainment.assessment_basis = 'annualised_year_to_date'
        and attainment.observed_year > coalesce(headline.observed_year, 0)
    qualify row_number() over (
        partition by attainment.target_id order by attainment.observed_year desc
    ) = 1
),

history as (
    select
        target_id,
        min(observed_year) filter (
            where is_target_met and assessment_basis = 'full_year'
        ) as first_met_year
    from attainment
    group by target_id
),

final as (
    select
        targets.target_id,
        targets.document_id,
        targets.indicator_id,
        targets.region,
        targets.target_kind,
        targets.comparator,
        targets.target_year,
        targets.target_value,
        targets.target_unit as unit,
        coalesce(headline.baseline_year, nowcast.baseline_year, targets.baseline_year)
            as baseline_year,
        coalesce(headline.baseline_value, nowcast.baseline_value, targets.baseline_value)
            as baseline_value,
        coalesce(headline.baseline_is_fallback, nowcast.baseline_is_fallback)
            as baseline_is_fallback,
        headline.observed_year,
        headline.observed_period,
        headline.assessment_basis,
        headline.months_covered,
        headline.reported_value,
        headline.actual_value,
        headline.attainment_ratio,
        headline.linear_path_value,
        headline.growth_path_value,
        headline.observed_cagr,
        headline.required_cagr,
        headline.progress_ratio,
        headline.distance_covered_ratio,
        case
            when headline.target_id is not null then headline.status
            else 'not_assessable'
        end as status,
        case
            when
                nowcast.target_id is not null
                and (headline.target_id is null or headline.observed_year <= headline.baseline_year)
                then 'no full-year figure after the baseline: see the year-to-date nowcast'
            when headline.target_id is null then 'no data'
            when headline.is_target_met and headline.assessment_basis = 'full_year'
                then 'the target is met in ' || headline.observed_year
            when history.first_met_year is not null
                then
                    headline.status_reason || '; the target was met in '
                    || history.first_met_year || ' but not in ' || headline.observed_year
            else headline.status_reason
        end as status_reason,
        case
            when headline.assessment_basis = 'full_year' then headline.observed_year
        end as latest_full_year,
        case
            when headline.assessment_basis = 'full_year' then headline.actual_value
        end as latest_full_year_value,
        case
            when headline.assessment_basis = 'full_year' then headline.status
        end as latest_full_year_status,
        history.first_met_year,
        case
            when headline.assessment_basis = 'full_year' then headline.is_target_met
        end as latest_full_year_meets_target,
        headline.source,
        headline.published_on,
        nowcast.observed_period as nowcast_period,
        nowcast.status as nowcast_status,
        nowcast.actual_value as nowcast_value,
        nowcast.reported_value as nowcast_reported_value,
        nowcast.annualisation_method as nowcast_method,
        case
            when nowcast.annualisation_method = 'seasonal_ratio_previous_year' then 'normal'
            when nowcast.target_id is not null then 'low'
        end as nowcast_confidence,
        nowcast.months_covered as nowcast_months,
        nowcast.partial_year_attainment_ratio as nowcast_partial_year_attainment_ratio,
        nowcast.source as nowcast_source,
        nowcast.published_on as nowcast_published_on,
        {{ as_of_date() }} as as_of_date,
        targets.description
    from targets
    left join headline on targets.target_id = headline.target_id
    left join nowcast on targets.target_id = nowcast.target_id
    left join history on targets.target_id = history.target_id
)

select * from final
