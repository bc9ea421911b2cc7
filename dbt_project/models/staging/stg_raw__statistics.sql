with

source as (
    select * from {{ source('raw', 'statistics') }}
),

units as (
    select * from {{ ref('units') }}
),

final as (
    select
        md5(concat_ws(
            '|', source._source_file, cast(source._source_row as varchar)
        )) as statistic_id,
        source.indicator_id,
        source.region,
        source.period,
        {{ period_bounds('source.period') }},
        source.value as reported_value,
        source.unit as reported_unit,
        {{ to_standard_unit('source.value', 'unit') }} as value_std,
        unit.standard_unit as unit_std,
        unit.currency,
        source.status,
        source.source,
        source.source_url,
        source.published_on,
        source.document_id,
        source.notes,
        source._source_file as source_file,
        source._source_row as source_row,
        source._file_hash as source_file_hash
    from source
    inner join units as unit
        on source.unit = unit.unit
)

select * from final
