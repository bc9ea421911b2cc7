{#- A statistic for a whole year converts at exactly the year's average in
    int_fx_rates_annual: the two are composed differently from int_fx_rates_monthly, so this
    holds them to one averaging rule. Returns the years that disagree. -#}
{{ config(meta={'dagster': {'ref': {'name': 'int_fx_period_rates'}}}) }}
select
    period_rates.currency,
    period_rates.period,
    period_rates.rate as period_rate,
    annual.rate as annual_rate
from {{ ref('int_fx_period_rates') }} as period_rates
inner join {{ ref('int_fx_rates_annual') }} as annual
    on
        period_rates.period = annual.period
        and period_rates.currency = annual.quote_currency
        and annual.base_currency = 'USD'
where abs(period_rates.rate - annual.rate) > 1e-12 * annual.rate
