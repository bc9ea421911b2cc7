{{ config(materialized="table") }}

{#-
    Every published rate as a pair (base -> quote, units of quote per one base), on
    the days it was published: the ECB's EUR rates as they are, the USD cross rates
    through EUR (USD/CNY = CNY per EUR / USD per EUR, the same day's fixings), and
    any user-supplied rates. Where a user-supplied source gives a pair on a day, it
    takes precedence over the ECB and its cross (source_priority 1 beats 2). Rates
    dated after the as-of date are left out, like every other figure published later.
-#}
with

rates as (
    select * from {{ ref('stg_raw__fx_rates') }}
    where rate_date <= {{ as_of_date() }}
),

ecb as (
    select * from rates
    where rate_source = 'ECB euro foreign exchange reference rates'
),

ecb_usd as (
    select
        rate_date,
        rate as usd_per_eur
    from ecb
    where base_currency = 'EUR' and quote_currency = 'USD'
),

ecb_direct as (
    select
        rate_date,
        base_currency,
        quote_currency,
        rate,
        rate_source,
        rate_type,
        2 as source_priority
    from ecb
),

ecb_usd_cross as (
    select
        ecb.rate_date,
        'USD' as base_currency,
        ecb.quote_currency,
        ecb.rate / ecb_usd.usd_per_eur as rate,
        ecb.rate_source || ' (cross rate via EUR)' as rate_source,
        'reference_cross' as rate_type,
        2 as source_priority
    from ecb
    inner join ecb_usd on ecb.rate_date = ecb_usd.rate_date
    where ecb.base_currency = 'EUR' and ecb.quote_currency <> 'USD'

    union all

    select
        rate_date,
        'USD' as base_currency,
        'EUR' as quote_currency,
        1 / usd_per_eur as rate,
        'ECB euro foreign exchange reference rates (inverse)' as rate_source,
        'reference_inverse' as rate_type,
        2 as source_priority
    from ecb_usd
),

user_supplied as (
    select
        rate_date,
        base_currency,
        quote_currency,
        rate,
        rate_source,
        rate_type,
        1 as source_priority
    from rates
    where rate_source <> 'ECB euro foreign exchange reference rates'
),

unioned as (
    select * from ecb_direct
    union all
    select * from ecb_usd_cross
    union all
    select * from user_supplied
),

final as (
    select * exclude (source_priority)
    from unioned
    qualify row_number() over (
        partition by rate_date, base_currency, quote_currency
        order by source_priority, rate_source
    ) = 1
)

select * from final
