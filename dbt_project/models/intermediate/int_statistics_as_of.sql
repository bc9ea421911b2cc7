{{ config(
    materialized="incremental",
    incremental_strategy="append",
    on_schema_change="fail",
    pre_hook="{{ delete_series_to_rebuild() }}",
) }}

{#-
    Every figure published on or before the as-of date, in its indicator's canonical
    unit, with the one rule that picks the figure a reader should use per indicator,
    region and period (selection_rank = 1):
      1. forecasts never count as actuals, and figures whose unit does not fit the
         indicator, or that are quarantined as implausible (quarantine_reason, from
         int_statistics_plausibility), are never selected;
      2. final beats preliminary beats estimate, whatever their dates;
      3. among equals, the latest published wins (a revision replaces the first release);
      4. ties on the same day are broken by source name, then row, so runs repeat.
    A table, not a view: eleven models read it, and as a view each recomputed the window
    over every vintage (at 10M statistics rows: 134 s and 7.8 GB for the build, against
    58 s and 4.9 GB as a table; benchmarks/results/).
    Incremental by series: after a new, replaced or removed statistics file only the
    series it touches are computed again (macros/series_to_rebuild.sql).
-#}
-- depends_on: {{ ref('int_statistics_series_to_rebuild') }}
with

known as (
    select * from {{ ref('int_statistics_known') }}
    where {{ in_series_to_rebuild() }}
),

plausibility as (
    select * from {{ ref('int_statistics_plausibility') }}
),

judged as (
    select
        known.*,
        plausibility.quarantine_reason,
        known.status <> 'forecast'
        and known.unit_matches_indicator
        and plausibility.quarantine_reason is null as is_selectable
    from known
    left join plausibility on known.statistic_id = plausibility.statistic_id
),

ranked as (
    select
        *,
        row_number() over (
            partition by indicator_id, region, period
            order by published_on asc, statistic_id asc
        ) as vintage_number,
        count(*) over (partition by indicator_id, region, period) as vintage_count,
        case
            when is_selectable
                then row_number() over (
                    partition by indicator_id, region, period, is_selectable
                    order by
                        case status
                            when 'final' then 1
                            when 'preliminary' then 2
                            else 3
                        end asc,
                        published_on desc,
                        source asc,
                        statistic_id asc
                )
        end as selection_rank
    from judged
)

select * from ranked
