{#- One row per flagged inconsistency, from every domain check, for readers and BI:
    check, severity, the entity it is about, a message in words, and the values that
    tripped it (JSON). The checks are those the quality policy names a model for (var
    quality_policy in dbt_project.yml), so a new check is never left out of this table;
    whether it blocks publishing comes from the same entry. -#}
with

issues as (
    {%- set checks = var('quality_policy') | selectattr('model') | map(attribute='model') | list %}
    {%- for check in checks %}
        select
            check_name,
            severity,
            entity_type,
            entity_id,
            message,
            observed_values
        from {{ ref(check) }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

policy as (
    select * from {{ ref('quality_policy') }}
),

final as (
    select
        md5(issues.check_name || '|' || issues.entity_id || '|' || issues.message) as issue_id,
        issues.check_name,
        issues.severity,
        issues.severity = 'error' and policy.blocks_publish as blocks_publish,
        issues.entity_type,
        issues.entity_id,
        issues.message,
        issues.observed_values,
        {{ as_of_date() }} as as_of_date
    from issues
    inner join policy on issues.check_name = policy.check_name
)

select * from final
