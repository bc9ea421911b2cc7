{#-
    One row per target known on the as-of date: its assessment on the most recent
    observed year. Where that is a year-to-date figure, the row says so
    (assessment_basis, annualisation_method), and the latest full-year assessment is
    shown beside it for context. Targets with no observation are not_assessable,
    reason 'no data'.
-#}
with

targets as (
    select * from {{ ref('int_targets_as_of') }}
),

attainment as (
    select * from {{ ref('fct_target_attainment') }}
),

latest as (
    select * from attainment
    qualify row_number() over (partition by target_id order by observed_year desc) = 1
),

latest_full_year as (
    select
        target_id,
        observed_year as latest_full_year,
        actual_value as latest_full_year_value,
        status as latest_full_year_status
    from attainment
    where assessment_basis <> 'annualised_year_to_date'
    qualify row_number() over (partition by target_id order by observed_year desc) = 1
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
        coalesce(latest.baseline_year, targets.baseline_year) as baseline_year,
        coalesce(latest.baseline_value, targets.baseline_value) as baseline_value,
        latest.baseline_is_fallback,
        latest.observed_year,
        latest.observed_period,
        latest.assessment_basis,
        latest.months_covered,
        latest.annualisation_method,
        latest.reported_value,
        latest.actual_value,
        latest.attainment_ratio,
        latest.partial_year_attainment_ratio,
        latest.linear_path_value,
        latest.growth_path_value,
        latest.observed_cagr,
        latest.required_cagr,
        latest.progress_ratio,
        latest.distance_covered_ratio,
        coalesce(latest.status, 'not_assessable') as status,
        coalesce(latest.status_reason, 'no data') as status_reason,
        latest_full_year.latest_full_year,
        latest_full_year.latest_full_year_value,
        latest_full_year.latest_full_year_status,
        latest.source,
        latest.published_on,
        {{ as_of_date() }} as as_of_date,
        targets.description
    from targets
    left join latest on targets.target_id = latest.target_id
    left join latest_full_year on targets.target_id = latest_full_year.target_id
)

select * from final
