{#- A value in its unit's standard unit, given the units seed row joined as `unit_alias`.
    Multiply then divide by integers, so 9847.02 CNY_100m is 984.702 CNY_bn exactly. -#}
{% macro to_standard_unit(value, unit_alias) -%}
    {{ value }} * {{ unit_alias }}.multiply / {{ unit_alias }}.divide
{%- endmacro %}
