"""What the report shows, read from the published warehouse (read-only): the report
draws only what any BI tool connected to warehouse.duckdb would see, never the build."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import duckdb_config

_TARGETS_SELECT = """
select
    latest.*,
    indicators.indicator_name,
    indicators.sector,
    documents.title as document_title,
    documents.published_on as document_published_on,
    coverage.coverage,
    usd.currency,
    usd.target_value_usd,
    usd.usd_unit,
    usd.fx_rate as usd_fx_rate,
    usd.fx_rate_date as usd_fx_rate_date,
    usd.document_stated_value_usd
from marts.fct_target_attainment_latest as latest
left join marts.dim_indicators as indicators on latest.indicator_id = indicators.indicator_id
left join marts.dim_documents as documents on latest.document_id = documents.document_id
left join marts.fct_target_coverage as coverage on latest.target_id = coverage.target_id
left join marts.dim_targets_usd as usd on latest.target_id = usd.target_id
"""
_TARGETS_ORDER = "order by latest.document_id, indicators.sector, latest.target_id"
TARGETS_SQL = _TARGETS_SELECT + _TARGETS_ORDER
TARGETS_OF_SQL = (
    _TARGETS_SELECT + "where latest.target_id in (select unnest(?::varchar[]))\n" + _TARGETS_ORDER
)
"""The targets whose pages are rendered, a batch of series at a time: at 50M statistics
rows every target (196,200) held as dicts, with every dq issue, took the build to 4.4 GB
after the trajectories were batched."""

TRAJECTORY_SQL = """
select * from marts.fct_target_trajectory
where target_id in (select unnest(?::varchar[]))
order by target_id, year
"""
"""The trajectories of the targets whose pages are rendered, a batch of series at a
time: at 50M statistics rows every target's (1,962,000 rows) held as dicts with the
rest of the report's data took the build to 8.1 GB."""

TRAJECTORY_KEYS_SQL = """
select target_id, bit_xor(hash(trajectory)) as trajectory_key
from marts.fct_target_trajectory as trajectory
group by target_id
"""
"""A digest of each target's trajectory, what its page's charts draw, for deciding
which pages to render again (order-free, as FIGURE_KEYS_SQL: a row per target and
year). It hashes values, not column names: DIGESTED_COLUMNS_SQL's names go into the
page key beside it."""

DIGESTED_COLUMNS_SQL = """
select table_name, column_name, data_type from information_schema.columns
where (table_schema = 'marts'
        and table_name in ('fct_target_trajectory', 'fct_statistic_vintages'))
    or (table_schema = 'quality' and table_name = 'dq_issues')
order by table_name, ordinal_position
"""

FIGURES_SQL = """
select * from marts.fct_statistic_vintages
where indicator_id || '|' || region in (select unnest(?::varchar[]))
order by indicator_id, region, period_start_date, period_end_date, vintage_number
"""
"""The figures of the series whose pages are rendered: at 1M statistics rows, reading
every vintage into Python took seconds on every publish, for a bulletin that re-renders
a few pages."""

FIGURE_KEYS_SQL = """
select indicator_id, region, bit_xor(hash(figure)) as figures_key
from marts.fct_statistic_vintages as figure
group by indicator_id, region
"""
"""A digest of each series' figures: what a target page's table shows, hashed by DuckDB
(json of a million figures in Python cost more than the pages it spared; md5 over the
rows as text, 7 s at 1M; this, 0.1 s). Order-free, which is safe: every row is distinct
(statistic_id) and carries the columns FIGURES_SQL orders by."""

# (issue_id last, unique: ties of the first three keep one order in quality.html and on
# the pages, whose digest does not see order)
ISSUES_SQL = "select * from quality.dq_issues order by severity, check_name, entity_id, issue_id"

# Which dq issues a target page lists: those about the target itself, and those about a
# figure of its series (statistics and missing years are keyed indicator|region|period;
# an id with no period, indicator|region, is about no figure). Two equi-joins, not one
# join on an OR, which DuckDB can only run as a nested loop (196,200 targets by 280,898
# issues at 50M).
_ISSUE_MATCHES = """
with issue as materialized (
    select
        *,
        row_number() over (order by severity, check_name, entity_id, issue_id)
            as report_position,
        hash(dq_issue) as report_digest,
        case when len(string_split(entity_id::varchar, '|')) >= 3
            then split_part(entity_id::varchar, '|', 1) || '|'
                || split_part(entity_id::varchar, '|', 2) || '|'
        end as report_series
    from quality.dq_issues as dq_issue
),
target as (
    select target_id, indicator_id || '|' || region || '|' as report_series
    from marts.fct_target_attainment_latest
    {where}
),
matched as (
    select target.target_id as report_target_id, issue.*
    from target join issue on issue.entity_id::varchar = target.target_id
    union
    select target.target_id as report_target_id, issue.*
    from target join issue on issue.report_series = target.report_series
)
"""
ISSUE_KEYS_SQL = (
    _ISSUE_MATCHES.format(where="")
    + "select report_target_id, sum(report_digest), count(*) from matched "
    + "group by report_target_id"
)
"""A digest of each target's issues, for its page key (a sum, not bit_xor: two identical
issues must not cancel out)."""
ISSUES_OF_SQL = (
    _ISSUE_MATCHES.format(where="where target_id in (select unnest(?::varchar[]))")
    + "select * from matched order by report_target_id, report_position"
)
_ISSUE_HELPERS = ("report_target_id", "report_position", "report_digest", "report_series")

REJECTIONS_SQL = "select * from quality.load_rejections order by source_file, row_number"

UNITS_SQL = "select unit, description from reference.units"

# Where the units seed's description is a definition rather than a label to print after
# a number ("a count of things (...)"), the report prints this instead.
SHORT_UNIT_LABELS = {"count": "", "pct": "percent", "ratio": "times the baseline"}


def iter_records(
    con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None, batch: int = 10_000
) -> Iterator[dict]:
    """The rows of `sql` as dicts, fetched `batch` at a time: never all held at once."""
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description]
    while chunk := cursor.fetchmany(batch):
        for values in chunk:
            yield dict(zip(names, values, strict=True))


def _records(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    return list(iter_records(con, sql, params))


@dataclass
class ReportData:
    """What the report holds for the whole warehouse: counts, digests and small tables.
    The targets and the dq issues are read as they are written (iter_records), and a
    batch of pages' own rows when those are rendered."""

    target_count: int = 0
    issue_count: int = 0
    trajectory_keys: dict[str, int] = field(default_factory=dict)
    issue_keys: dict[str, tuple[int, int]] = field(default_factory=dict)
    rejections: list[dict] = field(default_factory=list)
    unit_labels: dict[str, str] = field(default_factory=dict)
    figure_keys: dict[tuple[str, str], int] = field(default_factory=dict)
    # the digested marts' columns, names and types: a digest hashes values only, so a
    # renamed column would leave it unchanged while the page drew something else
    digested_columns: list[tuple[str, str, str]] = field(default_factory=list)


def read_report_data(published_db: Path) -> ReportData:
    con = duckdb.connect(str(published_db), read_only=True, config=duckdb_config())
    try:
        data = ReportData()
        data.target_count = con.execute(
            "select count(*) from marts.fct_target_attainment_latest"
        ).fetchone()[0]
        data.issue_count = con.execute("select count(*) from quality.dq_issues").fetchone()[0]
        data.trajectory_keys = dict(con.execute(TRAJECTORY_KEYS_SQL).fetchall())
        data.issue_keys = {
            target: (digest, count)
            for target, digest, count in con.execute(ISSUE_KEYS_SQL).fetchall()
        }
        data.figure_keys = {
            (indicator, region): key
            for indicator, region, key in con.execute(FIGURE_KEYS_SQL).fetchall()
        }
        data.rejections = _records(con, REJECTIONS_SQL)
        data.unit_labels = dict(con.execute(UNITS_SQL).fetchall()) | SHORT_UNIT_LABELS
        data.digested_columns = con.execute(DIGESTED_COLUMNS_SQL).fetchall()
        return data
    finally:
        con.close()


SERIES_PER_QUERY = 1_000
"""Series whose figures (and whose targets' trajectories) one query reads and sorts. A
national release renders every
page: at 10M statistics rows one query over all 39,402 series held DuckDB at its memory
cap beside the report's own data (4.9 GB peak for the build); a query per thousand
series sorts a few hundred thousand rows at a time."""


def read_issues(con: duckdb.DuckDBPyConnection, target_ids: list[str]) -> dict[str, list[dict]]:
    """The dq issues each of the given targets' pages lists, in quality.dq_issues' order."""
    issues: dict[str, list[dict]] = {}
    if target_ids:
        for row in _records(con, ISSUES_OF_SQL, [target_ids]):
            target_id = row["report_target_id"]
            for helper in _ISSUE_HELPERS:
                del row[helper]
            issues.setdefault(target_id, []).append(row)
    return issues


def read_trajectories(
    con: duckdb.DuckDBPyConnection, target_ids: list[str]
) -> dict[str, list[dict]]:
    """The trajectory rows of the given targets, by target, in year order."""
    trajectories: dict[str, list[dict]] = {}
    if target_ids:
        for row in iter_records(con, TRAJECTORY_SQL, [target_ids]):
            trajectories.setdefault(row["target_id"], []).append(row)
    return trajectories


def iter_figures(
    con: duckdb.DuckDBPyConnection, series: set[tuple[str, str]], batch: int = 10_000
) -> Iterator[tuple[tuple[str, str], list[dict]]]:
    """Every vintage of the given (indicator, region) series, one series at a time, in
    the order pages list them; a series with no figure is not yielded. Streamed in
    batches of rows, SERIES_PER_QUERY series per query: holding every vintage at once
    (1M rows) took 2.6 GB. Nothing else may run on `con` until it is exhausted (a new
    query ends a DuckDB connection's open result)."""
    keys = [f"{indicator}|{region}" for indicator, region in sorted(series)]
    for start in range(0, len(keys), SERIES_PER_QUERY):
        params = [keys[start : start + SERIES_PER_QUERY]]
        key, rows = None, []
        for row in iter_records(con, FIGURES_SQL, params, batch):
            row_key = (row["indicator_id"], row["region"])
            if row_key != key:
                if rows:
                    yield key, rows
                key, rows = row_key, []
            rows.append(row)
        if rows:
            yield key, rows
