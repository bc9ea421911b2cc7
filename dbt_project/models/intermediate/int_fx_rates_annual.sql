{{ config(materialized='table') }}
{#-
    Annual average rates per pair, composed from int_fx_rates_monthly (which holds the
    averaging rule): the sum of the year's published rates over its publication days,
    summed in date order so the result is the same from one build to the next.
-#}
with

monthly as (
    select * from {{ ref('int_fx_rates_monthly') }}
),

annual as (
    select
        base_currency,
        quote_currency,
        cast(date_trunc('year', period_start_date) as date) as period_start_date,
        sum(rate_sum order by period_start_date) / sum(days_published) as rate,
        min(min_rate) as min_rate,
        max(max_rate) as max_rate,
        cast(sum(days_published) as bigint) as days_published,
        count(*) as months_published,
        min(first_published_date) as first_published_date,
        max(last_published_date) as last_published_date,
        string_agg(distinct rate_source, '; ' order by rate_source) as rate_source,
        string_agg(distinct published_rate_types, '; ' order by published_rate_types)
            as published_rate_types
    from monthly
    group by base_currency, quote_currency, cast(date_trunc('year', period_start_date) as date)
),

final as (
    select
        strftime(period_start_date, '%Y') as period,
        period_start_date,
        cast(period_start_date + interval 1 year - interval 1 day as date) as period_end_date,
        base_currency,
        quote_currency,
        base_currency || '/' || quote_currency as currency_pair,
        rate,
        min_rate,
        max_rate,
        days_published,
        months_published,
        first_published_date,
        last_published_date,
        months_published = 12
        and {{ fx_period_is_complete(
            'cast(period_start_date + interval 1 year - interval 1 day as date)',
            'last_published_date'
        ) }} as is_complete_period,
        'annual_average' as rate_type,
        published_rate_types,
        rate_source
    from annual
)

select * from final
