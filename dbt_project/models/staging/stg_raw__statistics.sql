{{ config(
    materialized="incremental",
    incremental_strategy="append",
    on_schema_change="fail",
    pre_hook="{{ delete_files_no_longer_loaded() }}",
) }}

{#-
    A table, incremental by raw file, where the other staging models are views. Every
    model of the statistics chain reads it, and its eight data tests read it too: as a
    view, each of them parsed every period and converted every value again, in every
    build. At 1M statistics rows the view's tests alone took 2.6 s of node time in a
    build after a one-province bulletin (docs/ARCHITECTURE.md has the measurements).
    A row depends only on its own raw row and the units seed, so a file loaded
    unchanged since the last build has exactly the rows it had: an incremental build
    deletes the rows of files replaced or removed since (the pre-hook, by file name and
    hash, as the loader records them) and appends the rows of files new to this table.
    A change to the units seed or to this code is a full refresh, as for the rest of
    the chain (macros/series_to_rebuild.sql).
-#}
with

source as (
    select * from {{ source('raw', 'statistics') }}
    {%- if is_incremental() %}
    where (_source_file, _file_hash) not in (
        select distinct source_file, source_file_hash from {{ this }}
    )
    {%- endif %}
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
