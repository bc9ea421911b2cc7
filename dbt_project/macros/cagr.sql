{#- Compound annual growth rate from start_value to end_value over `years` years:
    (end / start) ^ (1 / years) - 1. Null where growth is undefined (no years elapsed,
    or a value that is not positive), never an error or a complex number. -#}
{% macro cagr(end_value, start_value, years) -%}
    case
        when ({{ years }}) > 0 and ({{ start_value }}) > 0 and ({{ end_value }}) > 0
            then power(({{ end_value }}) / ({{ start_value }}), 1.0 / ({{ years }})) - 1
    end
{%- endmacro %}
