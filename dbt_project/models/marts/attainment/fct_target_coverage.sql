{#- Per target: can it be assessed on a full-year figure, and if not, why. What an analyst
    asks before reading a status: is there a published series at all, only year-to-date
    figures, only the baseline year, or no baseline. -#}
with

latest as (
    select * from {{ ref('fct_target_attainment_latest') }}
),

figures as (
    select
        indicator_id,
        region,
        count(*) as figures_held,
        count(*) filter (where is_full_year) as full_year_figures_held,
        max(period_end_date) as latest_figure_end_date
    from {{ ref('fct_statistic_vintages') }}
    where quarantine_reason is null and unit_matches_indicator and status <> 'forecast'
    group by indicator_id, region
),

final as (
    select
        latest.target_id,
        latest.document_id,
        latest.indicator_id,
        latest.target_kind,
        latest.status <> 'not_assessable' as is_assessable,
        case
            when latest.status <> 'not_assessable'
                then 'assessable on ' || latest.observed_period
            when coalesce(figures.figures_held, 0) = 0 then 'no series published'
            when latest.nowcast_period is not null
                then 'only year-to-date figures after the baseline'
            when latest.status_reason = 'one point only' then 'one full year only'
            when latest.status_reason = 'no baseline' then 'no baseline'
            else latest.status_reason
        end as coverage,
        latest.status,
        latest.observed_period,
        latest.nowcast_period,
        coalesce(figures.figures_held, 0) as figures_held,
        coalesce(figures.full_year_figures_held, 0) as full_year_figures_held,
        figures.latest_figure_end_date,
        latest.as_of_date
    from latest
    left join figures
        on latest.indicator_id = figures.indicator_id and latest.region = figures.region
)

select * from final
