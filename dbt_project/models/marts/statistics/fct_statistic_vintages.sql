{{ config(
    materialized="incremental",
    incremental_strategy="append",
    on_schema_change="fail",
    pre_hook="{{ delete_series_to_rebuild() }}",
) }}

{#- Every figure published by the as-of date, with its vintage, selection and quarantine
    (the rules are in int_statistics_as_of). Incremental by series, like the rest of the
    statistics chain (macros/series_to_rebuild.sql). -#}
-- depends_on: {{ ref('int_statistics_series_to_rebuild') }}
with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where {{ in_series_to_rebuild() }}
),

final as (
    select
        statistic_id,
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
        reported_value,
        reported_unit,
        unit_matches_indicator,
        status,
        source,
        source_url,
        published_on,
        document_id,
        notes,
        vintage_number,
        vintage_count,
        coalesce(selection_rank = 1, false) as is_selected,
        quarantine_reason,
        source_file,
        source_row
    from statistics
)

select * from final
