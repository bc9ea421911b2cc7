{#-
    The period grammar of raw/statistics in SQL: `2021`, `2021-Q3`, `2021-09`,
    `2025-01/2025-09`. Emits period_grain, period_start_date, period_end_date.
    orchestration/domain/core/periods.py is the same grammar in Python (ingest rejects
    any label it cannot parse); tests/e2e/test_end_to_end.py
    (test_sql_period_macro_agrees_with_python_grammar) holds the two to one answer.
-#}
{% macro period_bounds(column) -%}
    case
        when regexp_full_match({{ column }}, '\d{4}') then 'year'
        when regexp_full_match({{ column }}, '\d{4}-Q[1-4]') then 'quarter'
        when regexp_full_match({{ column }}, '\d{4}-\d{2}') then 'month'
        when regexp_full_match({{ column }}, '\d{4}-01/\d{4}-\d{2}') then 'year_to_date'
        when regexp_full_match({{ column }}, '\d{4}-\d{2}/\d{4}-\d{2}') then 'month_range'
    end as period_grain,
    case
        when regexp_full_match({{ column }}, '\d{4}')
            then make_date(cast({{ column }} as integer), 1, 1)
        when regexp_full_match({{ column }}, '\d{4}-Q[1-4]')
            then make_date(
                cast(left({{ column }}, 4) as integer),
                3 * cast(right({{ column }}, 1) as integer) - 2,
                1
            )
        else make_date(
            cast(left({{ column }}, 4) as integer),
            cast(substr({{ column }}, 6, 2) as integer),
            1
        )
    end as period_start_date,
    case
        when regexp_full_match({{ column }}, '\d{4}')
            then make_date(cast({{ column }} as integer), 12, 31)
        when regexp_full_match({{ column }}, '\d{4}-Q[1-4]')
            then last_day(make_date(
                cast(left({{ column }}, 4) as integer),
                3 * cast(right({{ column }}, 1) as integer),
                1
            ))
        when regexp_full_match({{ column }}, '\d{4}-\d{2}')
            then last_day(make_date(
                cast(left({{ column }}, 4) as integer),
                cast(substr({{ column }}, 6, 2) as integer),
                1
            ))
        else last_day(make_date(
            cast(substr({{ column }}, 9, 4) as integer),
            cast(right({{ column }}, 2) as integer),
            1
        ))
    end as period_end_date
{%- endmacro %}
