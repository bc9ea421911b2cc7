{{ config(
    materialized="incremental",
    incremental_strategy="append",
    on_schema_change="fail",
    pre_hook="{{ delete_series_to_rebuild() }}",
) }}

{#-
    Figures too implausible to be used, with the reason (quarantine_reason). A figure
    quarantined here stays in fct_statistic_vintages with its reason, is listed in
    quality.dq_issues, and is never selected, so it never sets a status. The first rule
    that applies gives the reason:
      1. sign: a level or count (any indicator not in pct or ratio) below zero;
      2. range: outside the indicator's optional min_value / max_value (indicators.csv);
      3. vintages: more than the policy's factor (10x, or under 1/10) away from the
         first-published figure of the same indicator, region and period;
      4. neighbouring years: a full-year figure that far from every neighbouring full
         year held (the year before and after), when it has two neighbours or was
         published after its only one (of two figures, the later is the suspect).
    The factor is the pass_tolerance of the quality policy's implausible_figure entry.
    Figures whose unit does not fit their indicator are judged by dq_unit_mismatches.
    A table, not a view: its result is a handful of rows, but as a view its two tests
    each judged every figure again (at 1M statistics rows, 10.8 s of the transform's 39 s
    of node time; benchmarks/results/). Incremental by series, like the rest of the
    statistics chain (macros/series_to_rebuild.sql).
-#}
-- depends_on: {{ ref('int_statistics_series_to_rebuild') }}
with

known as (
    select * from {{ ref('int_statistics_known') }}
    where
        unit_matches_indicator and status <> 'forecast'
        and {{ in_series_to_rebuild() }}
),

policy as (
    {{ dq_policy('implausible_figure') }}
),

{# Rules 1 and 2 need only the figure itself. Only the columns the rules read go on:
    `comparable` is read four times, so DuckDB materialises it, and the window below sorts
    what it is given; with every column of the figures (their sources, notes and URLs)
    the model ran out of the 3 GB cap at 50M statistics rows (benchmarks/results/). #}
own as (
    select
        known.statistic_id,
        known.indicator_id,
        known.region,
        known.period,
        known.period_year,
        known.is_full_year,
        known.published_on,
        known.value_std,
        case
            when known.canonical_unit not in ('pct', 'ratio') and known.value_std < 0
                then 'negative: a level or count cannot be below zero'
            when known.value_std < known.indicator_min_value
                then
                    'below the indicator''s plausible range (min_value '
                    || known.indicator_min_value || ')'
            when known.value_std > known.indicator_max_value
                then
                    'above the indicator''s plausible range (max_value '
                    || known.indicator_max_value || ')'
        end as own_reason
    from known
),

{# The figures rules 3 and 4 compare with: those that pass rules 1 and 2, positive. #}
comparable as (
    select * from own
    where own_reason is null and value_std > 0
),

{# Rule 3 reads the first comparable figure of each period beside every figure of it,
    by a window over the period's figures rather than a join back to a table of first
    vintages: at 100M statistics rows the join (a 50M-row build side) did not fit the
    3 GB cap. The order is the same (published_on, then statistic_id); figures that are
    not comparable are skipped, so a figure before the first comparable one is still
    judged against it. #}
vintages as (
    select
        statistic_id,
        indicator_id,
        region,
        published_on,
        value_std,
        own_reason,
        first_value(
            case when own_reason is null and value_std > 0 then statistic_id end ignore nulls
        ) over period_figures as first_statistic_id,
        first_value(
            case when own_reason is null and value_std > 0 then value_std end ignore nulls
        ) over period_figures as first_value
    from own
    window period_figures as (
        partition by indicator_id, region, period
        order by published_on, statistic_id
        rows between unbounded preceding and unbounded following
    )
),

{#- Rule 4 in two passes: first the full-year figures far from both neighbours (an
    outlier in the middle of a series); then, with those left out of the neighbours, every
    full-year figure again, so an outlier does not also make its neighbours suspects.
    The neighbours are looked up by equality on the year before and the year after (one
    value per year), not by a join on |year difference| = 1 grouped back per figure: the
    grouped form held an ordered string_agg per figure, which DuckDB cannot spill, and
    ran out of the 3 GB cap at 100M statistics rows (benchmarks/results/). -#}
{%- set far_from -%}
    coalesce((
        comparable.value_std / __SIDE__.year_value > policy.pass_tolerance
        or comparable.value_std / __SIDE__.year_value < 1 / policy.pass_tolerance
    )::int, 0)
{%- endset %}
{%- set neighbour_counts -%}
    select
        comparable.statistic_id,
        comparable.indicator_id,
        comparable.region,
        comparable.published_on,
        (before.year_value is not null)::int
        + (after.year_value is not null)::int as neighbours_held,
        {{ far_from | replace('__SIDE__', 'before') }}
        + {{ far_from | replace('__SIDE__', 'after') }} as neighbours_far,
        greatest(before.year_published_on, after.year_published_on)
            as last_neighbour_published_on,
        concat_ws(
            ', ',
            before.period_year || ': ' || round(before.year_value, 3),
            after.period_year || ': ' || round(after.year_value, 3)
        ) as neighbour_values
    from comparable
    cross join policy
    left join __YEARS__ as before
        on
            comparable.indicator_id = before.indicator_id
            and comparable.region = before.region
            and comparable.period_year - 1 = before.period_year
    left join __YEARS__ as after
        on
            comparable.indicator_id = after.indicator_id
            and comparable.region = after.region
            and comparable.period_year + 1 = after.period_year
    where
        comparable.is_full_year
        and (before.period_year is not null or after.period_year is not null)
{%- endset %}

{%- set one_value_per_year -%}
    select
        indicator_id,
        region,
        period_year,
        median(value_std) as year_value,
        max(published_on) as year_published_on
    from comparable
    where is_full_year __AND_NOT_OUTLIER__
    group by indicator_id, region, period_year
{%- endset %}

full_years as (
    {{ one_value_per_year | replace('__AND_NOT_OUTLIER__', '') }}
),

first_pass as (
    {{ neighbour_counts | replace('__YEARS__', 'full_years') }}
),

middle_outliers as (
    select statistic_id from first_pass
    where neighbours_held = 2 and neighbours_far = 2
),

clean_full_years as (
    {{ one_value_per_year | replace(
        '__AND_NOT_OUTLIER__',
        'and statistic_id not in (select middle_outliers.statistic_id from middle_outliers)'
    ) }}
),

neighbours as (
    {{ neighbour_counts | replace('__YEARS__', 'clean_full_years') }}
),

{# Each rule's figures are found on their own side and only they are joined: joining
    every figure's window row to the neighbour counts (50M rows to 3.5M) ran out of the
    3 GB cap at 50M statistics rows, where the window alone fits
    (benchmarks/results/). The first rule that applies still gives the reason: rules 1
    and 3 come from `vintages`, rule 4 from `neighbours`, and a figure on both sides
    keeps the first. #}
own_or_vintage_reasons as (
    select
        vintages.statistic_id,
        vintages.indicator_id,
        vintages.region,
        coalesce(
            vintages.own_reason,
            case
                when
                    vintages.first_statistic_id <> vintages.statistic_id
                    and (
                        vintages.value_std / vintages.first_value > policy.pass_tolerance
                        or vintages.value_std / vintages.first_value < 1 / policy.pass_tolerance
                    )
                    then
                        round(vintages.value_std / vintages.first_value, 3)
                        || 'x the first-published figure of the same period ('
                        || vintages.first_value || ')'
            end
        ) as reason
    from vintages
    cross join policy
    where reason is not null
),

{# A figure far from its neighbours: a middle outlier of the first pass, or far from
    every neighbour held in the second. Its reason names the neighbours' values, so a
    figure with no row in `neighbours` has none (as when this was a left join). #}
neighbour_reasons as (
    select
        neighbours.statistic_id,
        neighbours.indicator_id,
        neighbours.region,
        'more than ' || policy.pass_tolerance
        || 'x away from every neighbouring full year ('
        || neighbours.neighbour_values || ')' as reason
    from neighbours
    cross join policy
    where
        neighbours.statistic_id in (select middle_outliers.statistic_id from middle_outliers)
        or (
            neighbours.neighbours_far = neighbours.neighbours_held
            and neighbours.neighbours_held > 0
            and (
                neighbours.neighbours_held = 2
                or neighbours.published_on > neighbours.last_neighbour_published_on
            )
        )
),

final as (
    select
        coalesce(earlier.statistic_id, neighbour_reasons.statistic_id) as statistic_id,
        coalesce(earlier.indicator_id, neighbour_reasons.indicator_id) as indicator_id,
        coalesce(earlier.region, neighbour_reasons.region) as region,
        coalesce(earlier.reason, neighbour_reasons.reason) as quarantine_reason
    from own_or_vintage_reasons as earlier
    full outer join neighbour_reasons
        on earlier.statistic_id = neighbour_reasons.statistic_id
    where coalesce(earlier.reason, neighbour_reasons.reason) is not null
)

select * from final
