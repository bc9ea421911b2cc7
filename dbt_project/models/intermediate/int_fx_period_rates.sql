{#-
    The rate that converts an amount for a statistics period into US dollars: the
    average USD rate over the period's publication days (units of the currency per
    USD), for every currency and period that statistics use. Periods in the grammar
    are whole months, so the average is composed from int_fx_rates_monthly weighted by
    publication days, which keeps one averaging rule. A period the rates do not fully
    cover (the series starts late, or the period is not over) is flagged, not hidden.
    US dollar amounts convert at 1.
-#}
with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
),

monthly as (
    select * from {{ ref('int_fx_rates_monthly') }}
    where base_currency = 'USD'
),

periods as (
    select distinct
        statistics.currency,
        statistics.period,
        statistics.period_start_date,
        statistics.period_end_date,
        statistics.months_covered as months_in_period
    from statistics
    where statistics.currency is not null
),

composed as (
    select
        periods.currency,
        periods.period,
        sum(monthly.rate_sum order by monthly.period_start_date)
        / sum(monthly.days_published) as rate,
        cast(sum(monthly.days_published) as bigint) as days_published,
        count(*) as months_with_rates,
        bool_and(monthly.is_complete_period) as all_months_complete,
        min(monthly.first_published_date) as first_published_date,
        max(monthly.last_published_date) as last_published_date,
        string_agg(distinct monthly.rate_source, '; ' order by monthly.rate_source)
            as rate_source
    from periods
    inner join monthly
        on
            periods.currency = monthly.quote_currency
            and monthly.period_start_date
            between periods.period_start_date and periods.period_end_date
    where periods.currency <> 'USD'
    group by periods.currency, periods.period
),

final as (
    select
        periods.currency,
        periods.period,
        periods.period_start_date,
        periods.period_end_date,
        'USD/' || periods.currency as currency_pair,
        case when periods.currency = 'USD' then 1.0 else composed.rate end as rate,
        composed.days_published,
        composed.first_published_date,
        composed.last_published_date,
        case
            when periods.currency = 'USD' then true
            else
                coalesce(
                    composed.all_months_complete
                    and composed.months_with_rates = periods.months_in_period,
                    false
                )
        end as is_complete_period,
        case
            when periods.currency = 'USD' then 'identity'
            when periods.months_in_period = 1 then 'monthly_average'
            when periods.months_in_period = 12 then 'annual_average'
            else 'period_average'
        end as rate_type,
        case
            when periods.currency = 'USD' then 'none: amount already in US dollars'
            else composed.rate_source
        end as rate_source
    from periods
    left join composed
        on periods.currency = composed.currency and periods.period = composed.period
)

select * from final
