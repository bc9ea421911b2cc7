{#-
    The quality layer's shared pieces. Every check reads its entry of the quality
    policy (var quality_policy in dbt_project.yml, the one place tolerances, severities
    and blocking are declared; reference.quality_policy) and grades a deviation the
    same way:
        deviation <= pass_tolerance   no issue
        deviation <= warn_tolerance   warning
        otherwise                     the check's severity_on_fail
-#}
{% macro dq_policy(check_name) -%}
    select * from {{ ref('quality_policy') }}
    where check_name = '{{ check_name }}'
{%- endmacro %}

{% macro dq_graded_severity(deviation, policy='policy') -%}
    case
        when {{ deviation }} <= {{ policy }}.pass_tolerance then null
        when {{ deviation }} <= coalesce({{ policy }}.warn_tolerance, {{ policy }}.pass_tolerance)
            then 'warning'
        else {{ policy }}.severity_on_fail
    end
{%- endmacro %}

{#- Relative difference of two figures in percent of the larger, symmetric in a and b. -#}
{% macro pct_apart(a, b) -%}
    100 * abs(({{ a }}) - ({{ b }})) / nullif(greatest(abs({{ a }}), abs({{ b }})), 0)
{%- endmacro %}

{#- How far a figure is from a reference figure, in percent of the reference (a revision
    or a second source is judged against what was published first). -#}
{% macro pct_off(value, reference) -%}
    100 * abs(({{ value }}) - ({{ reference }})) / nullif(abs({{ reference }}), 0)
{%- endmacro %}
