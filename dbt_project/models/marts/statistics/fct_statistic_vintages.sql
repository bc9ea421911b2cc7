with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
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
