"""Synthetic raw/ data in the raw contracts, at any size, for the benchmarks.

Statistics are indicators x regions x periods x vintages. The periods of a series are
its months, a full-year figure for every complete year and a year-to-date figure for
the last, partial year (the two grains attainment reads), plus one full-year forecast
of that partial year (a status the selection rule must skip). Each period is
published `vintages` times: first preliminary (or estimate), then final, each later
vintage with a revised value and a later published_on. Units vary within an indicator
(CNY_100m beside CNY_bn, vehicles_10k beside vehicles), so staging converts.

Everything is obviously synthetic (ids bench_ind_0001, regions XA-001, source
'synthetic benchmark generator', one synthetic document) and seeded: the same seed
and size give byte-identical files (noise is DuckDB's hash of the seed and the
coordinates, so identical within one DuckDB version). DuckDB writes the files, so
50M rows take tens of seconds, not an hour of Python.

The generator refuses to write into the project's own raw/.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb

from orchestration.domain.core.layout import RAW_DIR

SOURCE = "synthetic benchmark generator"
DOCUMENT_ID = "bench_synthetic_document"
LAST_MONTH = (2025, 9)
"""The last generated month: a year-to-date figure (2025-01/2025-09) then exists."""
STATISTICS_HEADER = (
    "indicator_id",
    "region",
    "period",
    "value",
    "unit",
    "status",
    "source",
    "source_url",
    "published_on",
)
# Indicator kinds, by indicator number mod 5: canonical unit, direction, the unit every
# other region reports in (a conversion for staging), its factor from the canonical
# unit, the typical monthly level, whether a year is a sum of months (flows) or a level.
KINDS = (
    ("CNY_bn", "increase", "CNY_100m", 10.0, 50.0, True),
    ("vehicles", "increase", "vehicles_10k", 0.0001, 20000.0, True),
    ("count", "increase", "count", 1.0, 100.0, True),
    ("pct", "increase", "pct", 1.0, 20.0, False),
    ("CNY_bn", "decrease", "CNY_bn", 1.0, 30.0, True),
)


@dataclass(frozen=True)
class Dimensions:
    """The shape of a generated data set; rows follow from it (see `rows`)."""

    indicators: int
    regions: int
    months: int
    vintages: int = 2

    @property
    def series(self) -> int:
        return self.indicators * self.regions

    @property
    def rows(self) -> int:
        """Statistics rows: every period in every vintage, plus one forecast per series."""
        periods = _periods(self.months)
        forecasts = 1 if periods[-1].grain == "year_to_date" else 0
        return self.series * (len(periods) * self.vintages + forecasts)


@dataclass(frozen=True)
class _Period:
    label: str
    grain: str
    year: int
    month_index: int
    """Months since the first generated month, at the period's middle (the value's level)."""
    months: int
    end: date


def parse_size(text: str) -> int:
    """'1M' -> 1_000_000, '2.5k' -> 2500, '1000' -> 1000."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*", text)
    if not match:
        raise ValueError(f"size {text!r}: use a row count such as 2000, 50k, 1M or 10M")
    factor = {"": 1, "k": 1_000, "m": 1_000_000}[match.group(2).lower()]
    return int(float(match.group(1)) * factor)


def dimensions_for(rows: int, months: int = 117, vintages: int = 2) -> Dimensions:
    """Dimensions with at least `rows` statistics rows: 117 months (2016-01 to 2025-09),
    two vintages, and about as many regions as indicators (at most 200 indicators)."""
    per_series = Dimensions(1, 1, months, vintages).rows
    series = max(1, math.ceil(rows / per_series))
    indicators = max(5, min(200, math.ceil(math.sqrt(series))))
    regions = max(1, math.ceil(series / indicators))
    return Dimensions(indicators, regions, months, vintages)


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _periods(months: int) -> list[_Period]:
    """Monthly periods ending at LAST_MONTH, full years, and the last year's year-to-date."""
    last = LAST_MONTH[0] * 12 + LAST_MONTH[1] - 1
    first = last - months + 1
    periods = []
    for index in range(months):
        year, month = divmod(first + index, 12)
        periods.append(
            _Period(f"{year}-{month + 1:02d}", "month", year, index, 1, _month_end(year, month + 1))
        )
    for year in range(first // 12, last // 12 + 1):
        start, end = max(first, year * 12), min(last, year * 12 + 11)
        middle = (start + end) // 2 - first
        if start == year * 12 and end == year * 12 + 11:
            periods.append(_Period(str(year), "year", year, middle, 12, _month_end(year, 12)))
        elif start == year * 12:
            to = end % 12 + 1
            periods.append(
                _Period(
                    f"{year}-01/{year}-{to:02d}",
                    "year_to_date",
                    year,
                    middle,
                    to,
                    _month_end(year, to),
                )
            )
    return periods


def _refuse_project_raw(out: Path) -> None:
    resolved = out.resolve()
    if resolved == RAW_DIR or RAW_DIR in resolved.parents or resolved in RAW_DIR.parents:
        raise ValueError(f"refusing to write synthetic data into or over {RAW_DIR}")


def _copy(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> None:
    con.execute(f"copy ({sql}) to '{path}' (header true, delimiter ',')")


def _setup(con: duckdb.DuckDBPyConnection, dims: Dimensions, seed: int) -> None:
    """Temp tables: kinds, series (indicator x region) with their base level and growth."""
    con.execute(
        "create or replace temp table kinds as select * from (values "
        + ", ".join(
            f"({n}, '{unit}', '{direction}', '{reported}', {factor}, {level}, {flow})"
            for n, (unit, direction, reported, factor, level, flow) in enumerate(KINDS)
        )
        + ") k(kind, canonical_unit, direction, reported_unit, factor, level, is_flow)"
    )
    con.execute(
        f"""
        create or replace temp table series as
        select
            i.range as i,
            r.range as r,
            printf('bench_ind_%04d', i.range + 1) as indicator_id,
            'X' || chr(65 + (r.range // 1000)::integer) || '-' || printf('%03d', r.range % 1000)
                as region,
            k.*,
            -- every other region reports in the indicator's second unit
            case when r.range % 2 = 0 then k.reported_unit else k.canonical_unit end
                as unit,
            case when r.range % 2 = 0 then k.factor else 1.0 end as unit_factor,
            k.level * (0.5 + (hash({seed}, i.range, r.range, 'base') % 1000) / 1000.0)
                as base,
            case when k.direction = 'increase'
                then 0.04 + (hash({seed}, i.range, r.range, 'growth') % 1000) / 10000.0
                else -0.03 end as growth
        from range({dims.indicators}) i
        cross join range({dims.regions}) r
        join kinds k on k.kind = i.range % 5
        """
    )


def _statistics_sql(
    year: int, vintages: int, seed: int, with_forecast: bool, status: str | None = None
) -> str:
    """One year's statistics in file order; vintage v is published 20 + 75 v days after
    the period ends, preliminary (estimate for a third of series) first, final after
    (or every row `status`)."""
    body = f"""
        select
            s.i, s.r, p.ord, v.range as vintage,
            s.indicator_id, s.region, p.label as period,
            round(
                s.base * power(1 + s.growth, p.month_index / 12.0)
                * (1 + ((hash({seed}, s.i, s.r, p.label) % 1000) / 1000.0 - 0.5) / 5)
                * case when s.is_flow then p.months else 1 end
                * case when v.range = 0 then 1
                    else 1 + ((hash({seed}, s.i, s.r, p.label, v.range) % 1000) / 1000.0 - 0.5)
                        / 25 end
                * s.unit_factor,
                4
            ) as value,
            s.unit,
            case
                when {status is not None} then '{status}'
                when v.range > 0 or {vintages} = 1 then 'final'
                when (s.i + s.r) % 3 = 0 then 'estimate'
                else 'preliminary'
            end as status,
            '{SOURCE}' as source,
            cast(null as varchar) as source_url,
            cast(p.period_end + interval (20 + 75 * v.range) day as date) as published_on
        from series s
        cross join periods p
        cross join range({vintages}) v
        where p.year = {year}
    """
    if with_forecast:
        body += f"""
        union all
        select
            s.i, s.r, 1000000, 0, s.indicator_id, s.region, '{year}',
            round(s.base * power(1 + s.growth, p.month_index / 12.0)
                * case when s.is_flow then 12 else 1 end * 1.05 * s.unit_factor, 4),
            s.unit, 'forecast', '{SOURCE}', null, make_date({year}, 1, 15)
        from series s
        cross join periods p
        where p.year = {year} and p.grain = 'year_to_date'
        """
    columns = ", ".join(STATISTICS_HEADER)
    return f"select {columns} from ({body}) order by i, r, ord, vintage"


def _targets_sql(first_full_year: int, last_year: int) -> str:
    """One target per series, of the kind its indicator suits: share, count, a ceiling
    on a decreasing indicator, else (by region) a level, a multiple of the first full
    year, or a cumulative sum over the later years."""
    span = last_year - first_full_year
    annual = "12 * s.base * case when s.is_flow then 1 else 1.0 / 12 end"
    kind = (
        "case s.kind when 3 then 'share' when 2 then 'count' when 4 then 'level' "
        "else case s.r % 3 when 0 then 'level' when 1 then 'multiple' else 'cumulative' end end"
    )
    return f"""
        with t as (select s.*, {kind} as target_kind, {annual} as annual from series s)
        select
            printf('bench_tgt_%04d_%05d', i + 1, r + 1) as target_id,
            '{DOCUMENT_ID}' as document_id,
            indicator_id,
            region,
            {last_year} as target_year,
            case when target_kind = 'multiple' or target_kind = 'cumulative' then '>'
                when direction = 'decrease' then '<=' else '>=' end as comparator,
            target_kind as kind,
            case target_kind
                when 'multiple' then 2
                when 'cumulative' then round(annual * {span} * 1.3, 1)
                when 'share' then round(annual * 1.3, 1)
                when 'level' then round(
                    annual * case when direction = 'decrease' then 0.8 else 1.8 end
                    * unit_factor, 1)
                else round(annual * 1.6, 0)
            end as value,
            case target_kind when 'multiple' then 'ratio' else unit end as unit,
            case when target_kind = 'cumulative' then {first_full_year + 1} end
                as span_start_year,
            case when target_kind <> 'cumulative' then {first_full_year} end as baseline_year,
            cast(null as double) as stated_alt_value,
            cast(null as varchar) as stated_alt_unit,
            'synthetic benchmark target of ' || indicator_id || ' in ' || region
                as description
        from t
        order by i, r
    """


def generate(out: Path, dims: Dimensions, seed: int = 42) -> dict:
    """Write documents, indicators, targets and statistics/*.csv (one file per year)
    under `out`, replacing what a previous generation left there. Returns a summary."""
    _refuse_project_raw(out)
    if out.exists():
        shutil.rmtree(out)
    (out / "statistics").mkdir(parents=True)
    periods = _periods(dims.months)
    full_years = [p.year for p in periods if p.grain == "year"]
    first_full_year = full_years[0] if full_years else periods[0].year
    last_year = periods[-1].year
    con = duckdb.connect()
    try:
        _setup(con, dims, seed)
        con.execute(
            "create or replace temp table periods (ord integer, label varchar, grain varchar, "
            "year integer, month_index integer, months integer, period_end date)"
        )
        con.executemany(
            "insert into periods values (?, ?, ?, ?, ?, ?, ?)",
            [
                [n, p.label, p.grain, p.year, p.month_index, p.months, p.end]
                for n, p in enumerate(periods)
            ],
        )
        _copy(
            con,
            f"select '{DOCUMENT_ID}' as document_id, "
            "'Synthetic benchmark document (not a real plan)' as title, "
            f"'{SOURCE}' as publisher, date '{first_full_year}-01-01' as published_on, "
            "null as url, 'en' as language, 'plan' as kind, "
            "'generated by benchmarks/generate.py; every figure is synthetic' as notes",
            out / "documents.csv",
        )
        _copy(
            con,
            "select indicator_id, 'Synthetic benchmark indicator ' || printf('%04d', i + 1) "
            "as name, 'synthetic' as sector, 'synthetic ' || canonical_unit || ' series' "
            "as measure, canonical_unit, direction, null as parent_indicator_id "
            "from (select distinct i, indicator_id, canonical_unit, direction from series) "
            "order by i",
            out / "indicators.csv",
        )
        _copy(con, _targets_sql(first_full_year, last_year), out / "targets.csv")
        files = {}
        for year in sorted({p.year for p in periods}):
            path = out / "statistics" / f"bench_statistics_{year}.csv"
            with_forecast = year == last_year and periods[-1].grain == "year_to_date"
            _copy(con, _statistics_sql(year, dims.vintages, seed, with_forecast), path)
            files[path.name] = count_rows(path)
        targets = count_rows(out / "targets.csv")
    finally:
        con.close()
    return {
        "dimensions": asdict(dims),
        "seed": seed,
        "statistics_rows": sum(files.values()),
        "statistics_files": files,
        "statistics_bytes": sum(p.stat().st_size for p in (out / "statistics").glob("*.csv")),
        "targets": targets,
        "indicators": dims.indicators,
    }


def next_month_file(
    out: Path, dims: Dimensions, seed: int = 42, regions: range | None = None
) -> Path:
    """The release after LAST_MONTH, as one new file: each series' figure for the next
    month and the year-to-date through it, preliminary. What a monthly update adds: of
    every region, or of the regions numbered in `regions` only (range(1): one
    province's bulletin)."""
    _refuse_project_raw(out)
    year, month = LAST_MONTH[0], LAST_MONTH[1] + 1
    index = dims.months
    end = _month_end(year, month)
    if regions is not None:
        regions = range(regions.start, min(regions.stop, dims.regions))
    scope = "" if regions is None else f"_regions_{regions.start}_to_{regions.stop - 1}"
    path = out / f"bench_statistics_{year}_{month:02d}{scope}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    try:
        _setup(con, dims, seed)
        if regions is not None:
            con.execute("delete from series where r < ? or r >= ?", [regions.start, regions.stop])
        con.execute(
            "create temp table periods as select * from (values "
            f"(0, '{year}-{month:02d}', 'month', {year}, {index}, 1, date '{end}'), "
            f"(1, '{year}-01/{year}-{month:02d}', 'year_to_date', {year}, {index - month // 2}, "
            f"{month}, date '{end}')) p(ord, label, grain, year, month_index, months, period_end)"
        )
        _copy(con, _statistics_sql(year, 1, seed, False, "preliminary"), path)
    finally:
        con.close()
    return path


def count_rows(path: Path) -> int:
    """Data rows of a generated CSV (lines after the header; no field holds a newline)."""
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b"")) - 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (a raw/ layout)")
    parser.add_argument("--size", default="10k", help="statistics rows, e.g. 2000, 1M, 10M")
    parser.add_argument("--indicators", type=int, help="override: number of indicators")
    parser.add_argument("--regions", type=int, help="override: number of regions")
    parser.add_argument("--months", type=int, default=117, help="monthly periods per series")
    parser.add_argument("--vintages", type=int, default=2, help="publications of each period")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    dims = dimensions_for(parse_size(args.size), args.months, args.vintages)
    if args.indicators or args.regions:
        dims = Dimensions(
            args.indicators or dims.indicators,
            args.regions or dims.regions,
            args.months,
            args.vintages,
        )
    print(json.dumps(generate(args.out, dims, args.seed), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
