{#- Use the folder's schema name as given (staging, marts, ...), not <target>_<name>:
    BI users see stable schema names whatever the dbt target is called. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
