{#- The quality policy as a table, for the checks that join it and for readers: one row
    per entry of var('quality_policy') in dbt_project.yml, where it is declared. -#}
with

entries as (
    {%- for entry in var('quality_policy') %}
        select
            '{{ entry.check_name }}' as check_name,
            {{ "'" ~ entry.model ~ "'" if entry.model else 'null' }} as model_name,
            '{{ entry.severity_on_fail }}' as severity_on_fail,
            {{ 'true' if entry.blocks_publish else 'false' }} as blocks_publish,
            {{ entry.pass_tolerance if entry.pass_tolerance is not none else 'null' }}
                as pass_tolerance,
            {{ entry.warn_tolerance if entry.warn_tolerance is not none else 'null' }}
                as warn_tolerance,
            {{ "'" ~ entry.tolerance_unit ~ "'" if entry.tolerance_unit else 'null' }}
                as tolerance_unit,
            '{{ entry.description | replace("'", "''") }}' as description
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

final as (
    select
        cast(check_name as varchar) as check_name,
        cast(model_name as varchar) as model_name,
        cast(severity_on_fail as varchar) as severity_on_fail,
        cast(blocks_publish as boolean) as blocks_publish,
        cast(pass_tolerance as double) as pass_tolerance,
        cast(warn_tolerance as double) as warn_tolerance,
        cast(tolerance_unit as varchar) as tolerance_unit,
        cast(description as varchar) as description
    from entries
)

select * from final
