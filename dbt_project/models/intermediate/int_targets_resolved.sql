{#-
    Targets resolved to absolute values in their indicator's canonical unit. A
    multiple-of-baseline target ("more than double") becomes factor x baseline
    here, from the baseline figure int_target_baselines_selected chose: it is
    never typed in by hand, so a revised baseline moves the target with it.
-#}
with

targets as (
    select * from {{ ref('stg_raw__targets') }}
),

indicators as (
    select * from {{ ref('stg_raw__indicators') }}
),

documents as (
    select * from {{ ref('stg_raw__documents') }}
),

baselines as (
    select * from {{ ref('int_target_baselines_selected') }}
),

resolved as (
    select
        targets.*,
        indicators.canonical_unit,
        indicators.direction,
        documents.published_on as document_published_on,
        baselines.baseline_value,
        baselines.baseline_unit,
        baselines.baseline_source,
        baselines.baseline_published_on,
        baselines.statistic_id as baseline_statistic_id,
        targets.target_kind = 'multiple' as is_derived,
        case
            when targets.target_kind = 'multiple'
                then targets.stated_value * baselines.baseline_value
            else targets.value_std
        end as target_value,
        case
            when targets.target_kind = 'multiple' then baselines.baseline_unit
            else targets.unit_std
        end as target_unit,
        case
            when targets.target_kind = 'multiple' then baselines.baseline_currency
            else targets.stated_currency
        end as currency
    from targets
    inner join indicators on targets.indicator_id = indicators.indicator_id
    inner join documents on targets.document_id = documents.document_id
    left join baselines on targets.target_id = baselines.target_id
),

final as (
    select
        target_id,
        document_id,
        document_published_on,
        indicator_id,
        region,
        target_kind,
        comparator,
        target_year,
        span_start_year,
        target_value,
        target_unit,
        currency,
        canonical_unit,
        direction,
        is_derived,
        baseline_year,
        baseline_value,
        baseline_unit,
        baseline_source,
        baseline_published_on,
        baseline_statistic_id,
        stated_value,
        stated_unit,
        stated_value_decimals,
        value_std as stated_value_std,
        unit_std as stated_unit_std,
        stated_currency,
        stated_alt_value,
        stated_alt_unit,
        stated_alt_value_decimals,
        stated_alt_value_std,
        stated_alt_unit_std,
        stated_alt_currency,
        stated_alt_half_unit_std,
        description
    from resolved
)

select * from final
