{#-
    fct_target_attainment in US dollars, two ways, for money targets:

      at current rates   each year's actual at the average rate of its own period
                         (cumulative targets: each year converted, then summed), the
                         baseline at its year's average, the target at the rate of the
                         document's publication date: what the figures are worth in
                         dollars as time went on;
      at a constant rate every amount at one rate, the average of the baseline year
                         (the year before the span for a cumulative target): growth
                         and attainment exactly as in yuan, free of exchange-rate moves.

    fx_effect_on_observed_cagr is the difference between the two observed growth
    rates: the part of dollar growth that is the exchange rate, not the industry.
-#}
with

attainment as (
    select * from {{ ref('fct_target_attainment') }}
),

targets_usd as (
    select * from {{ ref('dim_targets_usd') }}
),

period_rates as (
    select * from {{ ref('int_fx_period_rates') }}
),

annual as (
    select * from {{ ref('int_fx_rates_annual') }}
    where base_currency = 'USD'
),

money as (
    select
        attainment.*,
        targets_usd.currency,
        coalesce(attainment.baseline_year, attainment.span_start_year - 1) as constant_fx_year
    from attainment
    inner join targets_usd on attainment.target_id = targets_usd.target_id
),

{# A rate for a currency: 1 for US dollars, else the rate found (null when none). #}
rated as (
    select
        money.*,
        targets_usd.target_value_usd as target_value_usd_document_rate,
        targets_usd.fx_rate as target_fx_rate,
        targets_usd.fx_rate_date as target_fx_rate_date,
        targets_usd.fx_rate_type as target_fx_rate_type,
        targets_usd.fx_rate_source as target_fx_rate_source,
        period_rates.rate as current_fx_rate,
        period_rates.period as current_fx_period,
        period_rates.rate_type as current_fx_rate_type,
        period_rates.is_complete_period as current_fx_is_complete_period,
        period_rates.rate_source as current_fx_rate_source,
        case when money.currency = 'USD' then 1.0 else baseline_fx.rate end as baseline_fx_rate,
        case when money.currency = 'USD' then 1.0 else constant_fx.rate end as constant_fx_rate,
        case
            when money.currency = 'USD' then 'identity' else constant_fx.rate_type
        end as constant_fx_rate_type,
        constant_fx.is_complete_period as constant_fx_is_complete_period,
        case
            when money.currency = 'USD' then 'none: amount already in US dollars'
            else constant_fx.rate_source
        end as constant_fx_rate_source
    from money
    inner join targets_usd on money.target_id = targets_usd.target_id
    left join period_rates
        on money.currency = period_rates.currency and money.observed_period = period_rates.period
    left join annual as baseline_fx
        on
            money.currency = baseline_fx.quote_currency
            and cast(money.baseline_year as varchar) = baseline_fx.period
    left join annual as constant_fx
        on
            money.currency = constant_fx.quote_currency
            and cast(money.constant_fx_year as varchar) = constant_fx.period
),

converted as (
    select
        *,
        case
            when target_kind = 'cumulative'
                then sum(reported_value / current_fx_rate) over (
                    partition by target_id order by observed_year
                    rows between unbounded preceding and current row
                )
            else actual_value / current_fx_rate
        end as actual_value_usd_current,
        baseline_value / baseline_fx_rate as baseline_value_usd_current,
        actual_value / constant_fx_rate as actual_value_usd_constant,
        baseline_value / constant_fx_rate as baseline_value_usd_constant,
        target_value / constant_fx_rate as target_value_usd_constant
    from rated
),

final as (
    select
        target_id,
        document_id,
        indicator_id,
        region,
        target_kind,
        target_year,
        observed_year,
        observed_period,
        assessment_basis,
        annualisation_method,
        currency,
        unit,
        'USD_bn' as usd_unit,
        target_value,
        baseline_year,
        baseline_value,
        actual_value,
        status,
        status_reason,
        attainment_ratio,
        observed_cagr,
        actual_value_usd_current,
        baseline_value_usd_current,
        target_value_usd_document_rate,
        case
            when assessment_basis <> 'annualised_year_to_date'
                then actual_value_usd_current / nullif(target_value_usd_document_rate, 0)
        end as attainment_ratio_usd_current,
        case
            when target_kind <> 'cumulative'
                then {{ cagr(
                    'actual_value_usd_current', 'baseline_value_usd_current', 'observed_year - baseline_year'
                ) }}
        end as observed_cagr_usd_current,
        current_fx_rate,
        current_fx_period,
        current_fx_rate_type,
        current_fx_is_complete_period,
        current_fx_rate_source,
        baseline_fx_rate,
        target_fx_rate,
        target_fx_rate_date,
        target_fx_rate_type,
        target_fx_rate_source,
        actual_value_usd_constant,
        baseline_value_usd_constant,
        target_value_usd_constant,
        case
            when assessment_basis <> 'annualised_year_to_date'
                then actual_value_usd_constant / nullif(target_value_usd_constant, 0)
        end as attainment_ratio_usd_constant,
        case
            when target_kind <> 'cumulative'
                then {{ cagr(
                    'actual_value_usd_constant', 'baseline_value_usd_constant', 'observed_year - baseline_year'
                ) }}
        end as observed_cagr_usd_constant,
        constant_fx_rate,
        constant_fx_year,
        constant_fx_rate_type,
        constant_fx_is_complete_period,
        constant_fx_rate_source,
        as_of_date
    from converted
)

select
    *,
    observed_cagr_usd_current - observed_cagr_usd_constant as fx_effect_on_observed_cagr
from final
