{#-
    The baseline figure of each target that names a baseline year, among figures
    known on the as-of date: the full-year figure the target's own document states
    (the plan measured itself from it), else the figure the statistics selection rule
    picks for that year. Forecasts and part-year figures never serve as a baseline.
-#}
with

targets as (
    select * from {{ ref('stg_raw__targets') }}
),

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where is_selectable and is_full_year
),

candidates as (
    select
        targets.target_id,
        statistics.statistic_id,
        statistics.value_std as baseline_value,
        statistics.unit_std as baseline_unit,
        statistics.currency as baseline_currency,
        statistics.source as baseline_source,
        statistics.published_on as baseline_published_on,
        statistics.document_id as baseline_document_id,
        row_number() over (
            partition by targets.target_id
            order by
                coalesce(statistics.document_id = targets.document_id, false) desc,
                statistics.selection_rank asc
        ) as preference
    from targets
    inner join statistics
        on
            targets.indicator_id = statistics.indicator_id
            and targets.region = statistics.region
            and targets.baseline_year = statistics.period_year
),

final as (
    select * exclude (preference)
    from candidates
    where preference = 1
)

select * from final
