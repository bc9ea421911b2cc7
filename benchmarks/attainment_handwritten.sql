-- The attainment of every target, hand-written as one DuckDB query over the raw tables:
-- the baseline for the transform benchmark. It follows docs/METHODOLOGY.md (the rules of
-- int_statistics_as_of, int_target_baselines_selected, int_target_observations_assembled
-- and fct_target_attainment) but takes the shortcuts a hand-writer would: only the
-- periods attainment reads (full years and years to date) are ranked, and only the
-- columns compared are computed. {units_csv} is the unit registry seed.
create or replace table bench.attainment_handwritten as
with
units as (
    select unit, standard_unit, multiply, divide
    from read_csv('{units_csv}', header = true, auto_detect = true)
),

stats as (
    select
        s.indicator_id,
        s.region,
        s.period,
        s.status,
        s.source,
        s.published_on,
        s.document_id,
        s.value * u.multiply / u.divide as value,
        md5(concat_ws('|', s._source_file, cast(s._source_row as varchar))) as statistic_id,
        cast(left(s.period, 4) as integer) as period_year,
        case when length(s.period) = 4 then 12 else cast(right(s.period, 2) as integer) end
            as months_covered,
        u.standard_unit = i.canonical_unit and s.status <> 'forecast' as is_selectable
    from raw.statistics as s
    inner join units as u on s.unit = u.unit
    inner join raw.indicators as i on s.indicator_id = i.indicator_id
    where
        s.published_on <= current_date
        and (length(s.period) = 4 or regexp_full_match(s.period, '\d{4}-01/\d{4}-\d{2}'))
),

ranked as (
    select
        *,
        row_number() over (
            partition by indicator_id, region, period
            order by
                case status when 'final' then 1 when 'preliminary' then 2 else 3 end,
                published_on desc,
                source,
                statistic_id
        ) as selection_rank
    from stats
    where is_selectable
),

full_years as (
    select indicator_id, region, period_year as observed_year, period, value, 12 as months
    from ranked
    where selection_rank = 1 and months_covered = 12
),

yearly as (
    select *, true as is_full from full_years
    union all
    select indicator_id, region, period_year, period, value, months_covered, false
    from ranked as r
    where
        selection_rank = 1 and months_covered < 12
        and not exists (
            select 1 from full_years as f
            where
                f.indicator_id = r.indicator_id and f.region = r.region
                and f.observed_year = r.period_year
        )
    qualify row_number() over (
        partition by indicator_id, region, period_year
        order by months_covered desc, published_on desc
    ) = 1
),

targets as (
    select
        t.target_id,
        t.indicator_id,
        t.region,
        t.document_id,
        t.kind,
        t.comparator,
        t.target_year,
        t.span_start_year,
        t.baseline_year,
        t.value as stated_value,
        t.value * u.multiply / u.divide as value_std,
        i.direction
    from raw.targets as t
    inner join units as u on t.unit = u.unit
    inner join raw.indicators as i on t.indicator_id = i.indicator_id
    inner join raw.documents as d on t.document_id = d.document_id
    where d.published_on <= current_date
),

stated_baselines as (
    select t.target_id, r.value
    from targets as t
    inner join ranked as r
        on
            t.indicator_id = r.indicator_id and t.region = r.region
            and t.baseline_year = r.period_year and r.months_covered = 12
    qualify row_number() over (
        partition by t.target_id
        order by coalesce(r.document_id = t.document_id, false) desc, r.selection_rank
    ) = 1
),

fallback_baselines as (
    select t.target_id, f.observed_year, f.value
    from targets as t
    inner join full_years as f
        on
            t.indicator_id = f.indicator_id and t.region = f.region
            and f.observed_year between t.baseline_year and t.target_year
    qualify row_number() over (partition by t.target_id order by f.observed_year) = 1
),

resolved as (
    select
        t.*,
        case when t.kind = 'multiple' then t.stated_value * b.value else t.value_std end
            as target_value,
        coalesce(b.value, fb.value) as baseline_value,
        case when b.value is not null then t.baseline_year else fb.observed_year end
            as baseline_year_used
    from targets as t
    left join stated_baselines as b on t.target_id = b.target_id
    left join fallback_baselines as fb on t.target_id = fb.target_id
),

observations as (
    select
        t.*,
        y.observed_year,
        y.period as observed_period,
        y.months as months_covered,
        y.value as reported_value,
        case
            when t.kind = 'cumulative' then 'cumulative_sum'
            when y.is_full then 'full_year'
            else 'annualised_year_to_date'
        end as assessment_basis,
        case
            when t.kind = 'cumulative' then sum(y.value) over span
            when y.is_full then y.value
            else y.value * 12 / y.months
        end as actual_value,
        y.observed_year - t.span_start_year + 1 - count(*) over span as years_missing
    from resolved as t
    inner join yearly as y
        on
            t.indicator_id = y.indicator_id and t.region = y.region
            and y.observed_year <= t.target_year
            and (
                (t.kind = 'cumulative' and y.observed_year >= t.span_start_year)
                or (t.kind <> 'cumulative' and y.observed_year >= coalesce(t.baseline_year_used, 0))
            )
    window span as (
        partition by t.target_id order by y.observed_year
        rows between unbounded preceding and current row
    )
),

assessed as (
    select
        *,
        observed_year - baseline_year_used as elapsed,
        target_year - baseline_year_used as total,
        case
            when assessment_basis = 'annualised_year_to_date'
                then
                    coalesce(
                        comparator in ('>', '>=')
                        and (
                            reported_value > target_value
                            or (comparator = '>=' and reported_value = target_value)
                        )
                        and direction = 'increase' and kind in ('level', 'multiple'),
                        false
                    )
            else coalesce(
                case comparator
                    when '>' then actual_value > target_value
                    when '>=' then actual_value >= target_value
                    when '<' then actual_value < target_value
                    when '<=' then actual_value <= target_value
                end,
                false
            )
        end as is_met,
        case
            when assessment_basis <> 'annualised_year_to_date'
                then actual_value / nullif(target_value, 0)
        end as attainment_ratio
    from observations
),

progress as (
    select
        *,
        round(
            case
                when kind = 'cumulative'
                    then attainment_ratio
                    / ((observed_year - span_start_year + 1) / (target_year - span_start_year + 1))
                when
                    elapsed > 0 and baseline_value > 0 and actual_value > 0
                    and total > 0 and target_value > 0
                    then
                        (power(actual_value / baseline_value, 1.0 / elapsed) - 1)
                        / nullif(power(target_value / baseline_value, 1.0 / total) - 1, 0)
            end,
            6
        ) as progress_ratio
    from assessed
)

select
    target_id,
    observed_year,
    observed_period,
    assessment_basis,
    actual_value,
    attainment_ratio,
    progress_ratio,
    case
        when is_met then 'achieved'
        when kind = 'cumulative' and years_missing > 0 then 'not_assessable'
        when kind <> 'cumulative' and baseline_value is null then 'not_assessable'
        when kind <> 'cumulative' and elapsed <= 0 then 'not_assessable'
        when progress_ratio is null then 'not_assessable'
        when progress_ratio >= 0.95 then 'on_track'
        when progress_ratio >= 0.6 then 'needs_acceleration'
        when progress_ratio >= 0 then 'off_track'
        else 'deteriorating'
    end as status
from progress
