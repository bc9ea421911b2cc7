{#- Per indicator, region and period, the figure a reader should use (the selection rule
    is in int_statistics_as_of): the latest final figure where a final exists. -#}
with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
),

final as (
    select
        indicator_id,
        region,
        period,
        period_grain,
        period_start_date,
        period_end_date,
        period_year,
        months_covered,
        is_full_year,
        value_std as value,
        unit_std as unit,
        currency,
        status,
        source,
        source_url,
        published_on,
        document_id,
        vintage_count,
        statistic_id
    from statistics
    where selection_rank = 1
)

select * from final
