{#-
    Money statistics in US dollars at the average rate of their own period (a year at
    the year's average, a quarter at the quarter's, a year-to-date range at that
    range's), from int_fx_period_rates. Each row names the rate, its period, type and
    source, and whether the rates covered the whole period.
-#}
with

statistics as (
    select * from {{ ref('fct_statistics') }}
),

period_rates as (
    select * from {{ ref('int_fx_period_rates') }}
),

final as (
    select
        statistics.statistic_id,
        statistics.indicator_id,
        statistics.region,
        statistics.period,
        statistics.period_grain,
        statistics.period_start_date,
        statistics.period_end_date,
        statistics.value,
        statistics.unit,
        statistics.currency,
        statistics.value / period_rates.rate as value_usd,
        'USD_bn' as usd_unit,
        period_rates.rate as fx_rate,
        period_rates.currency_pair as fx_currency_pair,
        'period_average' as fx_rate_basis,
        period_rates.period as fx_rate_period,
        period_rates.days_published as fx_days_averaged,
        period_rates.is_complete_period as fx_is_complete_period,
        period_rates.rate_type as fx_rate_type,
        period_rates.rate_source as fx_rate_source,
        statistics.status,
        statistics.source,
        statistics.published_on
    from statistics
    left join period_rates
        on statistics.currency = period_rates.currency and statistics.period = period_rates.period
    where statistics.currency is not null
)

select * from final
