{{ config(materialized='table') }}
{#-
    Monthly average rates per pair: the mean of the rates published in the month
    (publication days only; weekends and holidays carried in int_fx_rates_daily do not
    count twice). This is the one place the averaging rule lives: annual averages and
    the averages over statistics periods (quarters, year-to-date ranges) are composed
    from these months, weighted by their publication days, which gives exactly the
    mean over the longer period's publication days because months partition them.
    Floating-point sums are taken in date order (an ordered aggregate): a parallel sum
    adds in whatever order its threads finish, which moves the last digit from one
    build to the next, and a rate that changes in its last digit changes every dollar
    figure computed from it, so publish, the exports and the report would all redo
    work for data that did not change.
-#}
with

published as (
    select * from {{ ref('int_fx_rates_crossed') }}
),

monthly as (
    select
        base_currency,
        quote_currency,
        cast(date_trunc('month', rate_date) as date) as period_start_date,
        avg(rate order by rate_date) as rate,
        sum(rate order by rate_date) as rate_sum,
        min(rate) as min_rate,
        max(rate) as max_rate,
        count(*) as days_published,
        min(rate_date) as first_published_date,
        max(rate_date) as last_published_date,
        string_agg(distinct rate_source, '; ' order by rate_source) as rate_source,
        string_agg(distinct rate_type, '; ' order by rate_type) as published_rate_types
    from published
    group by base_currency, quote_currency, cast(date_trunc('month', rate_date) as date)
),

final as (
    select
        strftime(period_start_date, '%Y-%m') as period,
        period_start_date,
        last_day(period_start_date) as period_end_date,
        base_currency,
        quote_currency,
        base_currency || '/' || quote_currency as currency_pair,
        rate,
        rate_sum,
        min_rate,
        max_rate,
        days_published,
        first_published_date,
        last_published_date,
        {{ fx_period_is_complete('last_day(period_start_date)', 'last_published_date') }}
            as is_complete_period,
        'monthly_average' as rate_type,
        published_rate_types,
        rate_source
    from monthly
)

select * from final
