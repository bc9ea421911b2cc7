{#- Stated conversions off the reference rate: every warn, fail or not_assessable row of
    fct_stated_fx_checks, which holds the rule and the tolerances. -#}
with

checks as (
    select * from {{ ref('fct_stated_fx_checks') }}
    where check_status <> 'pass'
),

policy as (
    {{ dq_policy('stated_fx_rate') }}
),

final as (
    select
        'stated_fx_rate' as check_name,
        case checks.check_status
            when 'fail' then policy.severity_on_fail
            else 'warning'
        end as severity,
        case when checks.target_id is null then 'document_claim' else 'target' end
            as entity_type,
        coalesce(checks.target_id, checks.claim_id) as entity_id,
        checks.check_status || ': ' || checks.message as message,
        cast(to_json(struct_pack(
            document_id := checks.document_id,
            published_on := checks.published_on,
            stated_value := checks.stated_value,
            stated_unit := checks.stated_unit,
            stated_alt_value := checks.stated_alt_value,
            stated_alt_unit := checks.stated_alt_unit,
            implied_rate_low := checks.implied_rate_low,
            implied_rate_high := checks.implied_rate_high,
            reference_rate := checks.reference_rate,
            reference_rate_source := checks.reference_rate_source,
            deviation_pct := checks.deviation_pct
        )) as varchar) as observed_values
    from checks
    cross join policy
)

select * from final
