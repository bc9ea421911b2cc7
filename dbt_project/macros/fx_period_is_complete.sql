{#- Whether an averaging period is over and its rates cover it to the end: the period
    ended before the as-of date and the last publication in it is no more than
    var('fx_max_carry_days') before its end (a month ending on a weekend is complete;
    a series that stopped mid-month is not). -#}
{% macro fx_period_is_complete(period_end_date, last_published_date) -%}
    (
        {{ period_end_date }} < {{ as_of_date() }}
        and datediff('day', {{ last_published_date }}, {{ period_end_date }})
        <= {{ var('fx_max_carry_days') }}
    )
{%- endmacro %}
