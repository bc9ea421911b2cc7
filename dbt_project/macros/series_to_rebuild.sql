{#-
    Incremental builds of the statistics chain, by series (indicator_id, region).

    Every rule on the chain looks only within one series: vintages and the selection per
    period, plausibility against the same period's first figure and the neighbouring
    years. So a series computed again from all its rows is exactly what a full build
    gives it, and a build after a new, replaced or removed statistics file need compute
    again only the series that file touches. int_statistics_series_to_rebuild lists them;
    each incremental model of the chain first deletes their rows (a pre-hook:
    delete_series_to_rebuild), then appends them computed again (in_series_to_rebuild
    filters its input), so a series whose every file was removed is simply gone.

    A new as-of date changes only the series with a figure published in between, which
    are listed too. Anything else a series depends on (indicators.csv, units, the quality
    policy, the project's code) changes every series: the pipeline then builds with
    --full-refresh (orchestration/domain/transform/build_state.py:
    BuildInputs.allows_incremental). Run by hand, dbt needs --full-refresh after such a
    change too. tests/integration/test_incremental_statistics.py holds incremental and
    full builds equal.
-#}

{#- The series whose rows differ between what is loaded and visible now and what `built`
    was built from:
      - the symmetric difference of the two ledgers of series, file and file hash: a new
        or replaced file's series are in the loaded ledger only, a replaced or removed
        file's series in the built one only (files compared by name and hash, as the
        loader records them);
      - the series with a figure that became visible since: published after the latest
        figure `built` holds and on or before this build's as-of date. A figure of an
        unchanged file published by the last build's as-of date was visible then, so it
        is in `built` and no later than that latest figure;
      - the series with a figure `built` holds that is no longer visible (published after
        this build's as-of date, when the as-of date moved back).
    A series whose rows are all published after the as-of date is never built, so the
    ledgers list it every time: it is computed again, to nothing. -#}
{% macro series_to_rebuild(statistics, built) %}
    {%- set ledger -%}
        select distinct indicator_id, region, source_file, source_file_hash from
    {%- endset %}
    select distinct
        indicator_id,
        region
    from (
        ({{ ledger }} {{ statistics }} except {{ ledger }} {{ built }})
        union all
        ({{ ledger }} {{ built }} except {{ ledger }} {{ statistics }})
    )
    union
    select
        indicator_id,
        region
    from {{ statistics }}
    where
        published_on > (select max(latest.published_on) from {{ built }} as latest)
        and published_on <= {{ as_of_date() }}
    union
    select
        indicator_id,
        region
    from {{ built }}
    where published_on > {{ as_of_date() }}
{% endmacro %}


{#- A predicate for an incremental model's input rows: in a series to rebuild. Always
    true in a full build. (A row IN a subquery: DuckDB plans it as a semi join.) -#}
{% macro in_series_to_rebuild() %}
    {%- if is_incremental() -%}
        (indicator_id, region) in (
            select indicator_id, region from {{ ref('int_statistics_series_to_rebuild') }}
        )
    {%- else -%}
        true
    {%- endif -%}
{% endmacro %}


{#- The pre-hook of an incremental model of the chain: its rows of the series to rebuild
    go before the model appends them again. Nothing in a full build. -#}
{% macro delete_series_to_rebuild() %}
    {%- if is_incremental() -%}
        delete from {{ this }} where {{ in_series_to_rebuild() }}
    {%- endif -%}
{% endmacro %}


{#- The pre-hook of stg_raw__statistics: the rows of files that are no longer loaded as
    they were (replaced or removed, judged by file name and hash) go before the model
    appends the rows of the files it does not hold yet. Nothing in a full build. -#}
{% macro delete_files_no_longer_loaded() %}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where (source_file, source_file_hash) not in (
            select distinct _source_file, _file_hash from {{ source('raw', 'statistics') }}
        )
    {%- endif -%}
{% endmacro %}


{#- A data test's `where: "__rebuilt_series__"` (dbt's own `where` config, read here):
    the test reads only the rows of the series this build computed again. The chain's
    rules each look inside one series, and the rows of every other series are the rows
    an earlier build computed and tested, from unchanged inputs; so a build after a
    one-province bulletin tests that province's series rather than every row of the
    chain's 1M-row tables. In a full refresh int_statistics_series_to_rebuild lists every
    series and the test reads every row. A failed build leaves no build record, so the
    pipeline's next build is a full refresh and tests every row again
    (orchestration/domain/transform/build_state.py). The series table is found through
    the graph, not by `ref`, so the tests' dependencies are those they declare; it is
    upstream of every model such a test reads, so it is this build's. -#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where') or '' -%}
    {%- if '__rebuilt_series__' in where -%}
        {%- set series = graph.nodes.values()
            | selectattr('name', 'equalto', 'int_statistics_series_to_rebuild') | first -%}
        {%- set series_relation = api.Relation.create(
            database=series.database, schema=series.schema, identifier=series.alias
        ) -%}
        {%- set where = where | replace(
            '__rebuilt_series__',
            '(indicator_id, region) in (select indicator_id, region from '
            ~ series_relation ~ ')'
        ) -%}
    {%- endif -%}
    {%- if where -%}
        {%- do return('(select * from ' ~ relation ~ ' where ' ~ where ~ ') dbt_subquery') -%}
    {%- endif -%}
    {%- do return(relation) -%}
{%- endmacro %}
