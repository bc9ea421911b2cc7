{#- The two paths a target could have taken from its baseline, valued in `year`; the one
    place these rules live (fct_target_attainment values them in each observed year,
    fct_target_trajectory in every year of the span). Both read the columns target_kind,
    span_start_year, target_year, baseline_year, baseline_value and target_value.

    straight line   baseline + (target - baseline) * elapsed / total years; for a
                    cumulative target, the target's share of the span elapsed by the end
                    of `year` (0 the year before the span starts);
    constant growth baseline * (target / baseline) ^ (elapsed / total): the path at the
                    required CAGR. Undefined for cumulative targets and where the
                    baseline or the target is not positive. -#}
{% macro linear_path_value(year) -%}
    case
        when target_kind = 'cumulative'
            then
                target_value * (({{ year }}) - span_start_year + 1)
                / (target_year - span_start_year + 1)
        when target_year - baseline_year > 0
            then
                baseline_value
                + (target_value - baseline_value) * (({{ year }}) - baseline_year)
                / (target_year - baseline_year)
    end
{%- endmacro %}

{% macro growth_path_value(year) -%}
    case
        when
            target_kind <> 'cumulative' and target_year - baseline_year > 0
            and baseline_value > 0 and target_value > 0
            then
                baseline_value
                * power(
                    target_value / baseline_value,
                    (({{ year }}) - baseline_year) / (target_year - baseline_year)
                )
    end
{%- endmacro %}
