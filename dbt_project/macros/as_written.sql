{#- A number as its source wrote it: `decimals` digits after the point (the raw loader
    records them), so 132 prints as 132 and 223.71 as 223.71, never 132.0. -#}
{% macro as_written(value, decimals) -%}
    printf('%.' || coalesce({{ decimals }}, 0) || 'f', {{ value }})
{%- endmacro %}
