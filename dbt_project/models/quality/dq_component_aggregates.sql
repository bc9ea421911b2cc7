{#- Components against their stated aggregate (indicators.parent_indicator_id): the
    targets of every component of an aggregate, for one region and year, summed against
    the aggregate's own target; and the same for the selected statistics of one period.
    Only complete sets are compared (every component present), each component once (its
    latest document's target). The deviation is a percentage of the aggregate. -#}
with

indicators as (
    select * from {{ ref('stg_raw__indicators') }}
),

targets as (
    select * from {{ ref('int_targets_as_of') }}
    where target_value is not null
),

statistics as (
    select * from {{ ref('int_statistics_as_of') }}
    where selection_rank = 1
),

policy as (
    {{ dq_policy('component_aggregate') }}
),

component_counts as (
    select
        parent_indicator_id,
        count(*) as component_count
    from indicators
    where parent_indicator_id is not null
    group by parent_indicator_id
),

latest_targets as (
    select * from targets
    qualify row_number() over (
        partition by indicator_id, region, target_year
        order by document_published_on desc, target_id asc
    ) = 1
),

{# One figure per indicator, region and year or period, from targets and statistics. #}
figures as (
    select
        'target' as figure_kind,
        indicator_id,
        region,
        cast(target_year as varchar) as period,
        target_value as value,
        target_unit as unit,
        target_id as figure_id
    from latest_targets
    union all
    select
        'statistic' as figure_kind,
        indicator_id,
        region,
        period,
        value_std as value,
        unit_std as unit,
        statistic_id as figure_id
    from statistics
),

component_sums as (
    select
        figures.figure_kind,
        indicators.parent_indicator_id,
        figures.region,
        figures.period,
        figures.unit,
        sum(figures.value order by figures.indicator_id) as component_sum,
        count(*) as components_present,
        string_agg(figures.indicator_id || ' ' || figures.value, ', ' order by figures.indicator_id)
            as components
    from figures
    inner join indicators on figures.indicator_id = indicators.indicator_id
    where indicators.parent_indicator_id is not null
    group by
        figures.figure_kind,
        indicators.parent_indicator_id,
        figures.region,
        figures.period,
        figures.unit
),

compared as (
    select
        component_sums.*,
        aggregates.value as aggregate_value,
        aggregates.figure_id as aggregate_figure_id,
        100 * (component_sums.component_sum - aggregates.value) / nullif(abs(aggregates.value), 0)
            as pct_deviation
    from component_sums
    inner join component_counts
        on
            component_sums.parent_indicator_id = component_counts.parent_indicator_id
            and component_sums.components_present = component_counts.component_count
    inner join figures as aggregates
        on
            component_sums.figure_kind = aggregates.figure_kind
            and component_sums.parent_indicator_id = aggregates.indicator_id
            and component_sums.region = aggregates.region
            and component_sums.period = aggregates.period
            and component_sums.unit = aggregates.unit
),

graded as (
    select
        compared.*,
        {{ dq_graded_severity('abs(compared.pct_deviation)') }} as severity
    from compared
    cross join policy
),

final as (
    select
        'component_aggregate' as check_name,
        severity,
        figure_kind as entity_type,
        aggregate_figure_id as entity_id,
        parent_indicator_id || ' ' || region || ' ' || period || ' (' || figure_kind
        || 's): components sum to ' || component_sum || ' ' || unit || ' (' || components
        || ') against the aggregate ' || aggregate_value || ', '
        || round(abs(pct_deviation), 1) || '% '
        || case when pct_deviation > 0 then 'past' else 'short' end as message,
        cast(to_json(struct_pack(
            aggregate_indicator_id := parent_indicator_id,
            region := region,
            period := period,
            aggregate_value := aggregate_value,
            component_sum := component_sum,
            components := components,
            unit := unit,
            pct_deviation := pct_deviation
        )) as varchar) as observed_values
    from graded
    where severity is not null
)

select * from final
