{#- One field of a CSV row as a spreadsheet and our raw loader read it: empty for null,
    quoted (with doubled quotes) when it holds a comma, a quote or a line break. -#}
{% macro csv_field(value) -%}
    case
        when {{ value }} is null then ''
        when regexp_matches(cast({{ value }} as varchar), '[,"\n]')
            then '"' || replace(cast({{ value }} as varchar), '"', '""') || '"'
        else cast({{ value }} as varchar)
    end
{%- endmacro %}
