{#-
    The baseline figure of each target that names a baseline year: the annual
    figure the target's own document states, else the latest final (then
    preliminary, then estimate) figure published for that year. Forecasts and
    part-year figures never serve as a baseline.
-#}
with

targets as (
    select * from {{ ref('stg_raw__targets') }}
),

statistics as (
    select * from {{ ref('stg_raw__statistics') }}
),

candidates as (
    select
        targets.target_id,
        statistics.statistic_id,
        statistics.value_std as baseline_value,
        statistics.unit_std as baseline_unit,
        statistics.source as baseline_source,
        statistics.published_on as baseline_published_on,
        statistics.document_id as baseline_document_id,
        row_number() over (
            partition by targets.target_id
            order by
                coalesce(statistics.document_id = targets.document_id, false) desc,
                case statistics.status
                    when 'final' then 1 when 'preliminary' then 2 else 3
                end,
                statistics.published_on desc,
                statistics.statistic_id asc
        ) as preference
    from targets
    inner join statistics
        on
            targets.indicator_id = statistics.indicator_id
            and targets.region = statistics.region
            and statistics.period_grain = 'year'
            and year(statistics.period_start_date) = targets.baseline_year
            and statistics.status <> 'forecast'
),

final as (
    select * exclude (preference)
    from candidates
    where preference = 1
)

select * from final
