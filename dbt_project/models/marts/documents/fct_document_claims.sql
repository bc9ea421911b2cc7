{#-
    Every claim the reader proposed from a document's text, matched against what raw/
    records for the same document:

    - a target claim against raw/targets.csv rows of the document, indicator and year
      with a value in the same dimension;
    - a figure claim (a value for a year before publication) against raw/statistics/
      rows the document is cited for (document_id), same indicator and period.

    match_status:
        matched           the recorded row says the same (value in standard units to six
                          significant digits, comparator, and the dollar equivalent)
        differs           a recorded row exists and something differs: a likely copy
                          error (also a dq issue: dq_document_claims)
        missing_from_raw  nothing recorded: a proposal, with the row to paste into raw/
        unmapped          no indicator (or no registry unit) for the number: add an
                          alias (raw/indicator_aliases.csv) if it is a target
    Nothing here is applied to raw/ by itself; accepting a proposal is adding its row.
-#}
with

claims as (
    select
        claims.*,
        documents.published_on as document_published_on,
        documents.title as document_title,
        documents.url as document_url
    from {{ ref('stg_reader__document_claims') }} as claims
    inner join {{ ref('int_documents_as_of') }} as documents
        on claims.document_id = documents.document_id
),

targets as (
    select * from {{ ref('int_targets_as_of') }}
),

statistics as (
    select * from {{ ref('stg_raw__statistics') }}
    where document_id is not null and published_on <= {{ as_of_date() }}
),

indicators as (
    select
        indicator_id,
        indicator_name
    from {{ ref('stg_raw__indicators') }}
),

{# A proposal takes the region and the target_id prefix (amp_ in amp_nev_output_2025)
   most of the document's recorded targets have. #}
document_regions as (
    select
        document_id,
        mode(region) as region,
        mode(split_part(target_id, '_', 1)) as target_prefix
    from targets
    group by document_id
),

target_matches as (
    select
        claims.claim_id,
        targets.target_id as recorded_id,
        targets.stated_value as recorded_value,
        targets.stated_unit as recorded_unit,
        targets.stated_value_decimals as recorded_decimals,
        targets.comparator as recorded_comparator,
        targets.stated_alt_value as recorded_alt_value,
        targets.stated_alt_unit as recorded_alt_unit,
        targets.stated_alt_value_decimals as recorded_alt_decimals,
        targets.stated_alt_value_std as recorded_alt_value_std,
        abs(claims.value_std - targets.stated_value_std)
        <= 1e-6 * greatest(abs(targets.stated_value_std), 1) as same_value,
        claims.comparator = targets.comparator as same_comparator
    from claims
    inner join targets
        on
            claims.document_id = targets.document_id
            and claims.indicator_id = targets.indicator_id
            and claims.year = targets.target_year
            and claims.unit_std = targets.stated_unit_std
    where claims.claim_kind = 'target'
    qualify row_number() over (
        partition by claims.claim_id
        order by same_value desc, same_comparator desc, targets.target_id asc
    ) = 1
),

figure_matches as (
    select
        claims.claim_id,
        statistics.statistic_id as recorded_id,
        statistics.reported_value as recorded_value,
        statistics.reported_unit as recorded_unit,
        cast(null as integer) as recorded_decimals,
        cast(null as varchar) as recorded_comparator,
        cast(null as double) as recorded_alt_value,
        cast(null as varchar) as recorded_alt_unit,
        cast(null as integer) as recorded_alt_decimals,
        cast(null as double) as recorded_alt_value_std,
        abs(claims.value_std - statistics.value_std)
        <= 1e-6 * greatest(abs(statistics.value_std), 1) as same_value,
        true as same_comparator
    from claims
    inner join statistics
        on
            claims.document_id = statistics.document_id
            and claims.indicator_id = statistics.indicator_id
            and cast(claims.year as varchar) = statistics.period
            and claims.unit_std = statistics.unit_std
    where claims.claim_kind = 'figure'
    qualify row_number() over (
        partition by claims.claim_id order by same_value desc, statistics.statistic_id asc
    ) = 1
),

matches as (
    select * from target_matches
    union all
    select * from figure_matches
),

compared as (
    select
        claims.*,
        matches.recorded_id,
        matches.recorded_value,
        matches.recorded_unit,
        matches.recorded_decimals,
        matches.recorded_comparator,
        matches.recorded_alt_value,
        matches.recorded_alt_unit,
        matches.recorded_alt_decimals,
        matches.same_value,
        matches.same_comparator,
        indicators.indicator_name,
        document_regions.region as document_region,
        coalesce(document_regions.target_prefix, claims.document_id) as target_prefix,
        case
            when matches.recorded_id is null or claims.claim_kind = 'figure' then null
            when claims.alt_value is null and matches.recorded_alt_value is null then null
            when claims.alt_value is null then 'not_in_text'
            when matches.recorded_alt_value is null then 'not_recorded'
            when
                abs(claims.alt_value_std - matches.recorded_alt_value_std)
                <= 1e-6 * greatest(abs(matches.recorded_alt_value_std), 1)
                then 'matched'
            else 'differs'
        end as pair_status
    from claims
    left join matches on claims.claim_id = matches.claim_id
    left join indicators on claims.indicator_id = indicators.indicator_id
    left join document_regions on claims.document_id = document_regions.document_id
),

judged as (
    select
        *,
        case
            when indicator_id is null or unit_std is null then 'unmapped'
            when recorded_id is null then 'missing_from_raw'
            when same_value and same_comparator and coalesce(pair_status, 'matched') = 'matched'
                then 'matched'
            else 'differs'
        end as match_status,
        concat_ws(
            '; ',
            case
                when not same_value
                    then
                        'value: the text says ' || value_text || ', raw has '
                        || case
                            when recorded_decimals is null
                                then cast(recorded_value as varchar)
                            else {{ as_written('recorded_value', 'recorded_decimals') }}
                        end
                        || ' ' || recorded_unit
            end,
            case
                when not same_comparator
                    then
                        'comparator: the text says ' || comparator || ', raw has '
                        || recorded_comparator
            end,
            case pair_status
                when 'differs'
                    then
                        'dollar equivalent: the text says ' || alt_text || ', raw has '
                        || {{ as_written('recorded_alt_value', 'recorded_alt_decimals') }}
                        || ' ' || recorded_alt_unit
                when 'not_recorded'
                    then 'dollar equivalent: the text gives ' || alt_text || ', raw has none'
                when 'not_in_text'
                    then 'dollar equivalent: raw has one, the text gives none'
            end
        ) as differences,
        case comparator
            when '>' then 'above'
            when '>=' then 'at least'
            when '<' then 'below'
            when '<=' then 'at most'
            when '~' then 'about'
            else ''
        end as comparator_words
    from compared
),

proposed as (
    select
        *,
        case
            when match_status <> 'missing_from_raw' then null
            when claim_kind = 'target' then 'raw/targets.csv'
            else 'raw/statistics/' || document_id || '_figures.csv'
        end as proposed_raw_file,
        case
            when match_status <> 'missing_from_raw' or year is null then null
            when claim_kind = 'target' and comparator = '~' then null
            when claim_kind = 'target'
                then concat_ws(
                    ',',
                    {{ csv_field(
                        "target_prefix || '_' || indicator_id"
                        " || case when target_kind in ('multiple', 'cumulative')"
                        " then '_' || target_kind else '' end || '_' || year"
                    ) }},
                    {{ csv_field('document_id') }},
                    {{ csv_field('indicator_id') }},
                    {{ csv_field('document_region') }},
                    {{ csv_field('year') }},
                    {{ csv_field('comparator') }},
                    {{ csv_field('target_kind') }},
                    {{ csv_field(as_written('value', 'coalesce(value_decimals, 6)')) }},
                    {{ csv_field('unit') }},
                    {{ csv_field('span_start_year') }},
                    {{ csv_field('baseline_year') }},
                    {{ csv_field(as_written('alt_value', 'alt_decimals')) }},
                    {{ csv_field('alt_unit') }},
                    {{ csv_field(
                        "indicator_name || ' ' || comparator_words || ' ' || value_text"
                        " || ' in ' || year || ' (read from the document text)'"
                    ) }}
                )
            else concat_ws(
                ',',
                {{ csv_field('indicator_id') }},
                {{ csv_field('document_region') }},
                {{ csv_field('year') }},
                {{ csv_field(as_written('value', 'coalesce(value_decimals, 6)')) }},
                {{ csv_field('unit') }},
                'final',
                {{ csv_field('document_title') }},
                {{ csv_field('document_url') }},
                {{ csv_field('document_published_on') }},
                {{ csv_field('document_id') }},
                {{ csv_field(
                    "'read from the document text, sentence ' || sentence_number"
                    " || case when comparator <> '=' then '; stated as ' || comparator_words"
                    " || ' ' || value_text else '' end"
                ) }}
            )
        end as proposed_csv_row
    from judged
),

final as (
    select
        claim_id,
        document_id,
        document_published_on,
        claim_number,
        claim_kind,
        sentence_number,
        sentence_start,
        sentence_end,
        value_start,
        value_end,
        value_text,
        sentence,
        indicator_id,
        indicator_phrase,
        comparator,
        value,
        unit,
        value_decimals,
        value_std,
        unit_std,
        year,
        span_start_year,
        baseline_year,
        target_kind,
        alt_value,
        alt_unit,
        alt_decimals,
        alt_text,
        alt_value_std,
        alt_unit_std,
        match_status,
        recorded_id,
        recorded_value,
        recorded_unit,
        recorded_comparator,
        recorded_alt_value,
        recorded_alt_unit,
        pair_status,
        case match_status
            when 'matched'
                then
                    'as recorded ('
                    || case claim_kind when 'target' then 'raw/targets.csv ' else 'statistic ' end
                    || recorded_id || ')'
            when 'differs'
                then
                    'differs from the recorded '
                    || case claim_kind when 'target' then 'target ' else 'statistic ' end
                    || recorded_id || ': ' || differences
            when 'missing_from_raw'
                then
                    'not in raw/: '
                    || case
                        when year is null
                            then 'the text gives no year for it: write the row by hand'
                        when comparator = '~' and claim_kind = 'target'
                            then
                                'the text says about; the raw contract has no comparator '
                                || 'for it: record >= or <= as the plan means'
                        when document_region is null
                            then 'proposed row below; fill in the region'
                        else 'proposed row below'
                    end
            else
                case
                    when indicator_id is null
                        then
                            'no indicator named near this number: add an alias to '
                            || 'raw/indicator_aliases.csv if it is a target or a figure'
                    else 'its unit (' || dimension || ') is not in the unit registry'
                end
        end as message,
        proposed_raw_file,
        proposed_csv_row
    from proposed
)

select * from final
