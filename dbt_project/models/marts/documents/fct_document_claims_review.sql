{#- What a reviewer has to look at: every claim raw/ does not match, with the row to
    paste for each proposal. A table like every published relation (publish copies
    tables into the file BI tools open). -#}
with

claims as (
    select * from {{ ref('fct_document_claims') }}
),

final as (
    select
        document_id,
        claim_number,
        match_status,
        claim_kind,
        value_text,
        sentence,
        indicator_id,
        comparator,
        value,
        unit,
        year,
        message,
        proposed_raw_file,
        proposed_csv_row,
        claim_id
    from claims
    where match_status <> 'matched'
)

select * from final
