{#- The date the warehouse is as known on: var('as_of_date') (YYYY-MM-DD), default today.
    Only figures and documents published on or before it are used, so attainment can be
    replayed as it stood on any past date: dbt build --vars '{as_of_date: 2023-06-30}'. -#}
{% macro as_of_date() -%}
    {%- set value = var('as_of_date', none) -%}
    {%- if value -%}cast('{{ value }}' as date){%- else -%}current_date{%- endif -%}
{%- endmacro %}
