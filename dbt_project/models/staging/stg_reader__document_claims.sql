{#- The reader's claims with their values in standard units (the unit registry), so
    they compare with the recorded targets and statistics in one unit per dimension,
    and the half unit of the last digit of a stated dollar equivalent, for the
    rounding-aware stated-rate check. -#}
with

source as (
    select * from {{ source('reader', 'document_claims') }}
),

units as (
    select * from {{ ref('units') }}
),

final as (
    select
        source.document_id || '#' || source.claim_number as claim_id,
        source.document_id,
        source.claim_number,
        source.claim_kind,
        source.sentence_number,
        source.sentence_start,
        source.sentence_end,
        source.value_start,
        source.value_end,
        source.value_text,
        source.sentence,
        source.indicator_id,
        source.indicator_phrase,
        source.comparator,
        source.value,
        source.unit,
        source.dimension,
        source.value_decimals,
        {{ to_standard_unit('source.value', 'unit') }} as value_std,
        unit.standard_unit as unit_std,
        unit.currency,
        source.year,
        source.span_start_year,
        source.baseline_year,
        source.target_kind,
        source.alt_value,
        source.alt_unit,
        source.alt_decimals,
        source.alt_text,
        {{ to_standard_unit('source.alt_value', 'alt_unit') }} as alt_value_std,
        alt_unit.standard_unit as alt_unit_std,
        alt_unit.currency as alt_currency,
        {{ to_standard_unit(
            '0.5 * power(10, -coalesce(source.alt_decimals, 0))', 'alt_unit'
        ) }} as alt_half_unit_std
    from source
    left join units as unit
        on source.unit = unit.unit
    left join units as alt_unit
        on source.alt_unit = alt_unit.unit
)

select * from final
