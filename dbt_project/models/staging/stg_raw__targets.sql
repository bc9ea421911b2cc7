with

source as (
    select * from {{ source('raw', 'targets') }}
),

units as (
    select * from {{ ref('units') }}
),

final as (
    select
        source.target_id,
        source.document_id,
        source.indicator_id,
        source.region,
        source.target_year,
        source.comparator,
        source.kind as target_kind,
        source.span_start_year,
        source.baseline_year,
        source.value as stated_value,
        source.unit as stated_unit,
        source.value_decimals as stated_value_decimals,
        {{ to_standard_unit('source.value', 'unit') }} as value_std,
        unit.standard_unit as unit_std,
        unit.currency as stated_currency,
        source.stated_alt_value,
        source.stated_alt_unit,
        source.stated_alt_value_decimals,
        {{ to_standard_unit('source.stated_alt_value', 'alt_unit') }} as stated_alt_value_std,
        alt_unit.standard_unit as stated_alt_unit_std,
        alt_unit.currency as stated_alt_currency,
        {{ to_standard_unit(
            '0.5 * power(10, -coalesce(source.stated_alt_value_decimals, 0))', 'alt_unit'
        ) }} as stated_alt_half_unit_std,
        source.description,
        source._source_file as source_file,
        source._source_row as source_row
    from source
    inner join units as unit
        on source.unit = unit.unit
    left join units as alt_unit
        on source.stated_alt_unit = alt_unit.unit
)

select * from final
