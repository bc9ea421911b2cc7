{#- Figures in a unit that does not fit their indicator: a statistic (never selected, so
    it silently drops out of the marts unless flagged here) or a target (which would be
    measured against nothing). -#}
with

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where not unit_matches_indicator
),

targets as (
    select * from {{ ref('int_targets_as_of') }}
    where target_value is not null and target_unit <> canonical_unit
),

policy as (
    {{ dq_policy('unit_mismatch') }}
),

mismatches as (
    select
        'statistic' as entity_type,
        statistic_id as entity_id,
        indicator_id,
        period as what,
        reported_unit as stated_unit,
        unit_std,
        canonical_unit,
        source_file
    from statistics
    union all
    select
        'target' as entity_type,
        target_id as entity_id,
        indicator_id,
        'target ' || target_id as what,
        stated_unit,
        target_unit as unit_std,
        canonical_unit,
        cast(null as varchar) as source_file
    from targets
),

final as (
    select
        'unit_mismatch' as check_name,
        policy.severity_on_fail as severity,
        mismatches.entity_type,
        mismatches.entity_id,
        mismatches.indicator_id || ' ' || mismatches.what || ': given in '
        || mismatches.stated_unit || ' (' || mismatches.unit_std
        || '), but the indicator is measured in ' || mismatches.canonical_unit as message,
        cast(to_json(struct_pack(
            indicator_id := mismatches.indicator_id,
            stated_unit := mismatches.stated_unit,
            standard_unit := mismatches.unit_std,
            canonical_unit := mismatches.canonical_unit,
            source_file := mismatches.source_file
        )) as varchar) as observed_values
    from mismatches
    cross join policy
)

select * from final
