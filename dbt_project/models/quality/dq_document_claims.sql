{#- A document's text and the row recorded from it disagree (fct_document_claims says
    "differs"): a likely copy error in raw/targets.csv or raw/statistics/, or a misread
    by the reader; either way someone should look. -#}
with

claims as (
    select * from {{ ref('fct_document_claims') }}
    where match_status = 'differs'
),

policy as (
    {{ dq_policy('document_claim') }}
),

final as (
    select
        'document_claim' as check_name,
        policy.severity_on_fail as severity,
        case claims.claim_kind when 'target' then 'target' else 'statistic' end as entity_type,
        claims.recorded_id as entity_id,
        claims.message || ' (' || claims.document_id || ', sentence '
        || claims.sentence_number || ')' as message,
        cast(to_json(struct_pack(
            claim_id := claims.claim_id,
            value_text := claims.value_text,
            comparator := claims.comparator,
            value := claims.value,
            unit := claims.unit,
            recorded_value := claims.recorded_value,
            recorded_unit := claims.recorded_unit,
            recorded_comparator := claims.recorded_comparator,
            alt_text := claims.alt_text,
            recorded_alt_value := claims.recorded_alt_value,
            pair_status := claims.pair_status
        )) as varchar) as observed_values
    from claims
    cross join policy
)

select * from final
