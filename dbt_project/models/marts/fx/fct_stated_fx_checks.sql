{#-
    Every amount a document states in two currencies ("850 billion yuan ($132 billion)"),
    checked against the reference rate on the document's publication date: those typed
    into raw/targets.csv (target_id) and those the reader read from a document's text
    (claim_id), each checked on its own.

    The document's own figure (the target) is taken as exact; its equivalent in the
    other currency is a conversion rounded to the decimals it is written with, so
    "$132 billion" stands for anything from 131.5 to 132.5 and the implied rate is a
    band, not a point:
        implied_rate      = quote amount / base amount (e.g. yuan per dollar)
        implied_rate_low  = quote amount / (base amount + half a unit of its last digit)
        implied_rate_high = quote amount / (base amount - half a unit of its last digit)
    The band is widened by the tolerances of the stated_fx_rate row of the quality
    policy (reference.quality_policy), an allowance for the difference between
    reference sources (ECB cross rate against the PBoC central parity, say):
        pass  reference rate within [low x (1 - pass%), high x (1 + pass%)]
        warn  reference rate within [low x (1 - warn%), high x (1 + warn%)]
        fail  otherwise;  not_assessable when no reference rate exists for the day.
    The pair is oriented as the reference rates are quoted (USD/CNY: yuan per dollar).
-#}
with

targets as (
    select * from {{ ref('int_targets_as_of') }}
    where stated_alt_value is not null
),

{# The pairs the reader read from documents' texts (fct_document_claims), checked the
   same way whether or not anyone typed them into raw/targets.csv. #}
claims as (
    select
        claims.*,
        documents.published_on as document_published_on
    from {{ ref('stg_reader__document_claims') }} as claims
    inner join {{ ref('int_documents_as_of') }} as documents
        on claims.document_id = documents.document_id
    where claims.alt_value is not null
),

daily as (
    select * from {{ ref('int_fx_rates_daily') }}
),

policy as (
    select * from {{ ref('quality_policy') }}
    where check_name = 'stated_fx_rate'
),

statements as (
    select
        'raw/targets.csv' as stated_in,
        targets.target_id as statement_id,
        targets.target_id,
        cast(null as varchar) as claim_id,
        targets.document_id,
        targets.document_published_on,
        targets.stated_value,
        targets.stated_unit,
        targets.stated_value_decimals,
        targets.stated_alt_value,
        targets.stated_alt_unit,
        targets.stated_alt_value_decimals,
        targets.stated_currency as primary_currency,
        targets.stated_alt_currency as alt_currency,
        targets.stated_value_std as primary_amount,
        targets.stated_alt_value_std as alt_amount,
        targets.stated_alt_half_unit_std as alt_half_unit,
        targets.stated_unit_std as primary_amount_unit,
        targets.stated_alt_unit_std as alt_amount_unit
    from targets
    where
        targets.stated_currency is not null
        and targets.stated_alt_currency is not null
        and targets.stated_currency <> targets.stated_alt_currency
    union all
    select
        'document text' as stated_in,
        claims.claim_id as statement_id,
        cast(null as varchar) as target_id,
        claims.claim_id,
        claims.document_id,
        claims.document_published_on,
        claims.value as stated_value,
        claims.unit as stated_unit,
        claims.value_decimals as stated_value_decimals,
        claims.alt_value as stated_alt_value,
        claims.alt_unit as stated_alt_unit,
        claims.alt_decimals as stated_alt_value_decimals,
        claims.currency as primary_currency,
        claims.alt_currency,
        claims.value_std as primary_amount,
        claims.alt_value_std as alt_amount,
        claims.alt_half_unit_std as alt_half_unit,
        claims.unit_std as primary_amount_unit,
        claims.alt_unit_std as alt_amount_unit
    from claims
    where
        claims.currency is not null
        and claims.alt_currency is not null
        and claims.currency <> claims.alt_currency
),

{# Both ways round; the one the reference rates are quoted in is kept. #}
oriented as (
    select
        *,
        alt_currency as base_currency,
        primary_currency as quote_currency,
        alt_amount as base_amount,
        alt_half_unit as base_half_unit,
        primary_amount as quote_amount,
        0.0 as quote_half_unit,
        1 as orientation
    from statements
    union all
    select
        *,
        primary_currency as base_currency,
        alt_currency as quote_currency,
        primary_amount as base_amount,
        0.0 as base_half_unit,
        alt_amount as quote_amount,
        alt_half_unit as quote_half_unit,
        2 as orientation
    from statements
),

referenced as (
    select
        oriented.*,
        daily.rate as reference_rate,
        daily.published_rate_date as reference_published_rate_date,
        daily.is_carried_forward as reference_is_carried_forward,
        daily.rate_type as reference_rate_type,
        daily.rate_source as reference_rate_source
    from oriented
    left join daily
        on
            oriented.base_currency = daily.base_currency
            and oriented.quote_currency = daily.quote_currency
            and oriented.document_published_on = daily.rate_date
    qualify row_number() over (
        partition by oriented.statement_id
        order by daily.rate is null, oriented.base_currency <> 'USD', oriented.orientation
    ) = 1
),

banded as (
    select
        referenced.*,
        referenced.quote_amount / referenced.base_amount as implied_rate,
        (referenced.quote_amount - referenced.quote_half_unit)
        / (referenced.base_amount + referenced.base_half_unit) as implied_rate_low,
        (referenced.quote_amount + referenced.quote_half_unit)
        / (referenced.base_amount - referenced.base_half_unit) as implied_rate_high,
        policy.pass_tolerance as pass_tolerance_pct,
        policy.warn_tolerance as warn_tolerance_pct,
        policy.severity_on_fail
    from referenced
    cross join policy
),

judged as (
    select
        *,
        implied_rate_low * (1 - pass_tolerance_pct / 100) as pass_rate_low,
        implied_rate_high * (1 + pass_tolerance_pct / 100) as pass_rate_high,
        implied_rate_low * (1 - warn_tolerance_pct / 100) as warn_rate_low,
        implied_rate_high * (1 + warn_tolerance_pct / 100) as warn_rate_high
    from banded
),

final as (
    select
        target_id,
        claim_id,
        stated_in,
        document_id,
        document_published_on as published_on,
        stated_value,
        stated_unit,
        stated_value_decimals,
        stated_alt_value,
        stated_alt_unit,
        stated_alt_value_decimals,
        base_currency || '/' || quote_currency as currency_pair,
        implied_rate,
        implied_rate_low,
        implied_rate_high,
        reference_rate,
        reference_published_rate_date,
        reference_is_carried_forward,
        reference_rate_type,
        reference_rate_source,
        100 * (implied_rate / reference_rate - 1) as deviation_pct,
        pass_tolerance_pct,
        warn_tolerance_pct,
        pass_rate_low,
        pass_rate_high,
        warn_rate_low,
        warn_rate_high,
        case
            when reference_rate is null then 'not_assessable'
            when reference_rate between pass_rate_low and pass_rate_high then 'pass'
            when reference_rate between warn_rate_low and warn_rate_high then 'warn'
            else 'fail'
        end as check_status,
        case
            when reference_rate is null
                then
                    'no reference rate for ' || base_currency || '/' || quote_currency
                    || ' on ' || document_published_on
            else
                {{ as_written('stated_value', 'stated_value_decimals') }} || ' ' || stated_unit
                || ' stated as '
                || {{ as_written('stated_alt_value', 'stated_alt_value_decimals') }} || ' '
                || stated_alt_unit || ' implies ' || round(implied_rate_low, 4) || ' to '
                || round(implied_rate_high, 4) || ' ' || quote_currency || ' per '
                || base_currency || '; the reference rate on ' || document_published_on
                || ' is ' || round(reference_rate, 4) || ' (' || reference_rate_source || ')'
        end as message
    from judged
)

select * from final
