{{ config(
    materialized="incremental",
    incremental_strategy="append",
    on_schema_change="fail",
    pre_hook="{{ delete_series_to_rebuild() }}",
) }}

{#- Per indicator, region and period, the figure a reader should use (the selection rule
    is in int_statistics_as_of): the latest final figure where a final exists.
    Incremental by series, like the rest of the statistics chain
    (macros/series_to_rebuild.sql). -#}
-- depends_on: {{ ref('int_statistics_series_to_rebuild') }}
with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where {{ in_series_to_rebuild() }}
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
