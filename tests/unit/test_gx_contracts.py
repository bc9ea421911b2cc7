"""The raw contracts' Great Expectations suites on a table narrowed to some files: the
rows of those files, with every row of another file that shares their key, so a key
repeated across files is still caught and named by both rows."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from orchestration.domain.core.layout import RAW_DIR
from orchestration.domain.ingest.contracts import DOCUMENTS, INDICATORS, STATISTICS
from orchestration.domain.ingest.read import SourceFile
from orchestration.domain.ingest.sync import sync_table
from orchestration.domain.quality import gx_contracts, gx_worker
from orchestration.domain.quality.gx_contracts import validate_tables
from orchestration.domain.quality.gx_results import latest_results

HEADER = "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
ROW = "ic_industry_scale,CN-SH,{period},2500,CNY_100m,final,CNR,http://x,2022-02-28\n"


@pytest.fixture
def con(tmp_path: Path):
    connection = duckdb.connect()
    for contract, name in ((DOCUMENTS, "documents.csv"), (INDICATORS, "indicators.csv")):
        sync_table(connection, contract, [SourceFile(RAW_DIR / name, f"raw/{name}")])
    files = []
    for name, periods in (("a.csv", (2019, 2020)), ("b.csv", (2021,)), ("c.csv", (2022,))):
        path = tmp_path / name
        path.write_text(HEADER + "".join(ROW.format(period=p) for p in periods), encoding="utf-8")
        files.append(SourceFile(path, f"raw/statistics/{name}"))
    sync_table(connection, STATISTICS, files)
    yield connection
    connection.close()


def test_only_the_named_files_rows_are_validated(con, tmp_path):
    result = validate_tables(
        con, [STATISTICS], tmp_path / "gx", {"statistics": ["raw/statistics/c.csv"]}
    )
    assert result["statistics"].success
    assert result["statistics"].row_count == 1
    whole = validate_tables(con, [STATISTICS], tmp_path / "gx")
    assert whole["statistics"].row_count == 4


def test_a_key_shared_with_another_file_is_caught_in_the_narrowed_table(con, tmp_path):
    # a duplicate the loader would have refused, written past it to test the safety net
    con.execute(
        "insert into raw.statistics select * replace ('raw/statistics/d.csv' as _source_file) "
        "from raw.statistics where _source_file = 'raw/statistics/b.csv'"
    )
    result = validate_tables(
        con, [STATISTICS], tmp_path / "gx", {"statistics": ["raw/statistics/d.csv"]}
    )
    table = result["statistics"]
    assert table.row_count == 2  # d.csv's row and b.csv's row with the same key
    (failure,) = table.failures
    assert failure.expectation == "expect_compound_columns_to_be_unique"
    assert {file for file, _row, _value in failure.examples} == {
        "raw/statistics/b.csv",
        "raw/statistics/d.csv",
    }


def test_a_large_table_is_validated_in_parts_with_the_same_result(con, tmp_path, monkeypatch):
    """Past PART_ROWS rows a table is validated in parts, one part's frame in memory at a
    time (a first build of 10M rows as one frame passed 15 GB). The parts split by key, so
    a key repeated across two files is still caught, and the result is the whole table's:
    the same rows, failures, counts and examples as validating it at once."""
    con.execute(
        "insert into raw.statistics select * replace ('raw/statistics/d.csv' as _source_file) "
        "from raw.statistics where _source_file = 'raw/statistics/b.csv'"
    )
    con.execute(  # two rows, of two keys, breaking a rule on single rows
        "insert into raw.statistics select * replace ("
        "'raw/statistics/e.csv' as _source_file, 'furlong' as unit, 'old' as source) "
        "from raw.statistics where _source_file = 'raw/statistics/a.csv'"
    )
    whole = validate_tables(con, [STATISTICS], tmp_path / "whole")["statistics"]
    monkeypatch.setattr(gx_contracts, "PART_ROWS", 2)
    parted = validate_tables(con, [STATISTICS], tmp_path / "parts")["statistics"]
    assert parted == whole
    assert parted.row_count == 7
    failures = {f.expectation: (f.unexpected_count, f.examples) for f in parted.failures}
    assert failures["expect_compound_columns_to_be_unique"] == (
        2,
        [("raw/statistics/b.csv", 1, None), ("raw/statistics/d.csv", 1, None)],
    )
    assert failures["expect_column_values_to_be_in_set"] == (
        2,
        [("raw/statistics/e.csv", 1, "furlong"), ("raw/statistics/e.csv", 2, "furlong")],
    )
    stored = sorted((tmp_path / "parts").rglob("validations/**/*.json"))
    assert [path.parts[-3] for path in stored] == [
        "part 0001",
        "part 0002",
        "part 0003",
        "part 0004",
    ]
    assert len({path.parts[-2] for path in stored}) == 1  # one run: the same time
    (suite,) = latest_results(tmp_path / "parts" / "gx" / "uncommitted" / "validations")
    assert suite.failed == 2


@pytest.fixture
def worker():
    gx_worker.start()
    yield
    gx_worker.stop()


def test_the_worker_started_ahead_validates_in_its_own_process_with_the_same_result(
    con, tmp_path, worker, monkeypatch
):
    """`make run` starts a worker that imports Great Expectations ahead (gx_worker.py);
    the checks hand it rows already read, and get the same failures, named by file and
    row, as when validating here. A worker that died is replaced by validating here."""
    here, run = os.getpid(), gx_worker.run
    assert gx_worker.run(os.getpid, 1) != here  # few rows: validated in the worker
    assert gx_worker.run(os.getpid, gx_worker.MAX_ROWS_SENT + 1) == here  # many: here
    con.execute(
        "insert into raw.statistics select * replace ('raw/statistics/d.csv' as _source_file) "
        "from raw.statistics where _source_file = 'raw/statistics/b.csv'"
    )
    only = {"statistics": ["raw/statistics/d.csv"]}
    calls = []
    monkeypatch.setattr(
        gx_worker, "run", lambda f, rows, *a: calls.append(rows) or run(f, rows, *a)
    )
    sent = validate_tables(con, [STATISTICS], tmp_path / "gx", only)["statistics"]
    assert calls == [2]  # through the worker: d.csv's row and b.csv's with its key
    monkeypatch.undo()
    gx_worker.stop()
    local = validate_tables(con, [STATISTICS], tmp_path / "gx", only)["statistics"]
    assert sent == local
    assert [f.expectation for f in sent.failures] == ["expect_compound_columns_to_be_unique"]
    gx_worker.start()
    os.kill(gx_worker.run(os.getpid, 1), signal.SIGKILL)
    assert gx_worker.run(os.getpid, 1) == here  # the pool broke: validated here
    assert not gx_worker.started()


def test_an_idle_worker_is_shut_down_in_order():
    """At the end of a build the worker is idle: it is asked to exit, not killed, so its
    queues are closed and Python has no semaphore to call leaked at exit. A busy one is
    killed (the next test shows it dies even with the build)."""
    gx_worker.start()
    assert gx_worker.run(os.getpid, 1) != os.getpid()
    processes = list(gx_worker._pool._processes.values())
    gx_worker.stop()
    assert [process.exitcode for process in processes] == [0]  # not -SIGTERM
    gx_worker.start()  # busy: still importing Great Expectations
    processes = list(gx_worker._pool._processes.values())
    gx_worker.stop()
    assert [process.exitcode for process in processes] == [-signal.SIGTERM]


def test_the_worker_ends_without_its_interpreters_teardown(tmp_path):
    """Tearing down an interpreter that imported Great Expectations took 0.5 s of every
    build's end: the worker ends at once instead (os._exit at its atexit), once every
    result is back, so what only the teardown would do never happens, as here a file
    left open and unflushed."""
    marker = tmp_path / "teardown.txt"
    leave_open = f"import builtins\nbuiltins._left = open({str(marker)!r}, 'w')\n"
    leave_open += "builtins._left.write('flushed by the teardown')"
    gx_worker.start()
    gx_worker.run(exec, 1, leave_open)
    processes = list(gx_worker._pool._processes.values())
    gx_worker.stop()
    assert [process.exitcode for process in processes] == [0]
    assert marker.read_text(encoding="utf-8") == ""  # created, never flushed


HOLDER = """
import os, sys, time
from orchestration.domain.quality import gx_contracts, gx_worker
if __name__ == "__main__":
    gx_worker.start()
    print(gx_worker.run(os.getpid, 1), flush=True)
    time.sleep(600)
"""


def test_the_worker_dies_with_the_build(tmp_path):
    """A `make run` killed outright (no `finally` runs) takes its worker with it, so no
    process is left holding the build's output open."""
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    holder = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, env=env)
    worker = int(holder.stdout.readline())
    assert worker != holder.pid
    holder.kill()
    holder.wait()
    for _ in range(300):  # polled, not timed: the worker ends within moments
        status = Path(f"/proc/{worker}/status")
        if not status.exists() or "State:\tZ" in status.read_text():
            break
        time.sleep(0.1)
    else:
        os.kill(worker, signal.SIGKILL)
        pytest.fail(f"worker {worker} outlived the build")


WITHOUT_PANDAS = """
import sys
from pathlib import Path
import duckdb
from orchestration.domain.core.layout import RAW_DIR
from orchestration.domain.ingest.contracts import DOCUMENTS, INDICATORS
from orchestration.domain.ingest.read import SourceFile
from orchestration.domain.ingest.sync import sync_table
from orchestration.domain.quality import gx_contracts, gx_worker
from orchestration.domain.quality.gx_contracts import validate_tables
if __name__ == "__main__":
    con = duckdb.connect()
    for contract, name in ((DOCUMENTS, "documents.csv"), (INDICATORS, "indicators.csv")):
        sync_table(con, contract, [SourceFile(RAW_DIR / name, f"raw/{name}")])
    gx_worker.start()
    result = validate_tables(con, [INDICATORS], Path(sys.argv[1]))["indicators"]
    print(result.success, result.row_count, "pandas" in sys.modules, flush=True)
    gx_worker.stop()
"""


def test_the_builds_process_hands_the_worker_arrow_rows_and_never_imports_pandas(tmp_path):
    """pandas is the worker's (it comes with Great Expectations); the build's process
    reads the rows as Arrow and would otherwise import pandas for this alone."""
    script = tmp_path / "validate.py"
    script.write_text(WITHOUT_PANDAS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "gx")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    rows = len((RAW_DIR / "indicators.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert done.stdout.split() == ["True", str(rows), "False"]
