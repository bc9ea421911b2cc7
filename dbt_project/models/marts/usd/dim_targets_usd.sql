{#-
    Money targets in US dollars at the rate of the day their document was published:
    the rate a reader of the document would have used. The rate comes from
    int_fx_rates_daily (a weekend publication takes the last earlier rate, flagged), so a
    user-supplied central parity takes precedence where one is given. The document's
    own dollar figure, where it states one, sits beside ours (fct_stated_fx_checks
    judges the difference).
-#}
with

targets as (
    select * from {{ ref('int_targets_as_of') }}
),

daily as (
    select * from {{ ref('int_fx_rates_daily') }}
    where base_currency = 'USD'
),

money_targets as (
    select * from targets
    where currency is not null
),

final as (
    select
        money_targets.target_id,
        money_targets.document_id,
        money_targets.indicator_id,
        money_targets.region,
        money_targets.target_kind,
        money_targets.comparator,
        money_targets.target_year,
        money_targets.target_value,
        money_targets.target_unit,
        money_targets.currency,
        case
            when money_targets.currency = 'USD' then money_targets.target_value
            else money_targets.target_value / fx.rate
        end as target_value_usd,
        'USD_bn' as usd_unit,
        case
            when money_targets.stated_alt_unit_std = 'USD_bn'
                then money_targets.stated_alt_value_std
        end as document_stated_value_usd,
        case when money_targets.currency = 'USD' then 1.0 else fx.rate end as fx_rate,
        'USD/' || money_targets.currency as fx_currency_pair,
        'document_publication_date' as fx_rate_basis,
        money_targets.document_published_on as fx_rate_date,
        fx.published_rate_date as fx_published_rate_date,
        fx.is_carried_forward as fx_is_carried_forward,
        case when money_targets.currency = 'USD' then 'identity' else fx.rate_type end
            as fx_rate_type,
        case
            when money_targets.currency = 'USD' then 'none: amount already in US dollars'
            else fx.rate_source
        end as fx_rate_source
    from money_targets
    left join daily as fx
        on
            money_targets.currency = fx.quote_currency
            and money_targets.document_published_on = fx.rate_date
)

select * from final
