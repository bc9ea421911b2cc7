{{ config(materialized="table") }}

{#-
    The statistics series (indicator_id, region) the incremental models of the chain
    compute again in this build (macros/series_to_rebuild.sql says why a series is the
    unit): those a new, replaced or removed file touches, judged against the files
    int_statistics_as_of was last built from, and those with a figure that a new as-of
    date makes visible or hides. That table is read before this build
    replaces it, so it is named, not ref'd (a ref would be a cycle). In a full refresh, or
    when int_statistics_as_of does not exist yet, every series is listed.
-#}
{%- set last_build = adapter.get_relation(
    database=this.database, schema=this.schema, identifier='int_statistics_as_of'
) -%}

with

statistics as (
    select * from {{ ref('stg_raw__statistics') }}
),

final as (
    {% if last_build is none or flags.FULL_REFRESH -%}
        select distinct
            indicator_id,
            region
        from statistics
    {%- else -%}
        {{ series_to_rebuild('statistics', last_build) }}
    {%- endif %}
)

select * from final
