{{ config(materialized='table') }}
{#-
    One rate per calendar day and pair, as it was known that day: the latest rate
    published on or before the day (ASOF join, so never a later rate). Weekends
    and holidays carry the last published rate and say so (is_carried_forward,
    published_rate_date). A day before a pair's first publication, or more than
    var('fx_max_carry_days') after its last, has no row: no rate, never a wrong one.
-#}
with

published as (
    select * from {{ ref('int_fx_rates_crossed') }}
),

pairs as (
    select
        base_currency,
        quote_currency,
        min(rate_date) as first_rate_date,
        max(rate_date) as last_rate_date
    from published
    group by base_currency, quote_currency
),

calendar as (
    select
        cast(unnest(generate_series(
            (select min(first_rate_date) from pairs),
            (select max(last_rate_date) from pairs)
            + interval ({{ var('fx_max_carry_days') }}) day,
            interval 1 day
        )) as date) as calendar_date
),

pair_days as (
    select
        calendar.calendar_date,
        pairs.base_currency,
        pairs.quote_currency
    from pairs
    inner join calendar
        on
            calendar.calendar_date between pairs.first_rate_date
            and pairs.last_rate_date + {{ var('fx_max_carry_days') }}
),

as_of as (
    select
        pair_days.calendar_date,
        pair_days.base_currency,
        pair_days.quote_currency,
        published.rate,
        published.rate_date as published_rate_date,
        published.rate_source,
        published.rate_type
    from pair_days
    asof inner join published
        on
            pair_days.base_currency = published.base_currency
            and pair_days.quote_currency = published.quote_currency
            and pair_days.calendar_date >= published.rate_date
),

final as (
    select
        calendar_date as rate_date,
        base_currency,
        quote_currency,
        rate,
        published_rate_date,
        rate_source,
        rate_type,
        base_currency || '/' || quote_currency as currency_pair,
        calendar_date > published_rate_date as is_carried_forward,
        datediff('day', published_rate_date, calendar_date) as days_carried
    from as_of
    where
        datediff('day', published_rate_date, calendar_date)
        <= {{ var('fx_max_carry_days') }}
)

select * from final
