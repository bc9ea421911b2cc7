"""The schedule, the raw-files sensor, the build lock and transient retries, through
Dagster's own test contexts and real files, locks and DuckDB connections."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import dagster as dg
import duckdb
import pytest

from orchestration.definitions import definitions_for
from orchestration.defs.automation.schedules import REFRESH_DATE_TAG, daily_refresh_schedule
from orchestration.defs.automation.sensors import raw_files_sensor
from orchestration.defs.ingest import assets as ingest
from orchestration.defs.resources import EcbHistoryResource, WarehouseResource, retry_if_transient
from orchestration.domain.core.build_lock import build_lock
from orchestration.domain.core.layout import RAW_DIR, WarehouseLayout

NEW_STATISTICS = (
    "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
    "ai_industry_scale,CN-SH,2022,300,CNY_bn,final,Test release,,2023-03-01\n"
)


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """A private raw/ that the sensor watches."""
    root = tmp_path / "raw"
    shutil.copytree(RAW_DIR, root)
    return root


@pytest.fixture
def layout(tmp_path: Path, raw: Path) -> WarehouseLayout:
    return WarehouseLayout.in_folder(tmp_path, raw_dir=raw)


@pytest.fixture
def definitions(layout: WarehouseLayout) -> dg.Definitions:
    """The code location with the test's own layout: the sensor watches its raw/."""
    return definitions_for(layout)


def _tick(definitions, instance, cursor):
    with dg.build_sensor_context(
        instance=instance,
        cursor=cursor,
        definitions=definitions,
        resources={"warehouse": definitions.resources["warehouse"]},
    ) as context:
        return raw_files_sensor(context)


def _keys(request: dg.RunRequest) -> set[str]:
    return {key.to_user_string() for key in request.asset_selection}


def test_the_schedule_refreshes_fx_and_everything_downstream_once_a_day(definitions):
    tick = datetime(2026, 11, 24, 17, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    context = dg.build_schedule_context(scheduled_execution_time=tick)
    request = daily_refresh_schedule.evaluate_tick(context).run_requests[0]
    assert request.run_key == "2026-11-24"
    assert request.tags[REFRESH_DATE_TAG] == "2026-11-24"
    assert daily_refresh_schedule.cron_schedule == "30 17 * * *"
    assert daily_refresh_schedule.execution_timezone == "Europe/Berlin"
    assert daily_refresh_schedule.default_status == dg.DefaultScheduleStatus.RUNNING

    job = definitions.resolve_job_def(daily_refresh_schedule.job_name)
    keys = {key.to_user_string() for key in job.asset_layer.executable_asset_keys}
    assert {"raw/fx_rates", "marts/fct_fx_rates_daily", "marts/fct_stated_fx_checks"} <= keys
    assert {"marts/fct_target_attainment_latest", "publish/warehouse"} <= keys
    assert not {"raw/statistics", "raw/targets", "raw/documents"} & keys
    assert job.tags["warehouse/writes"] == "build"


def test_sensor_bootstraps_an_empty_instance_then_runs_once_per_change(raw, definitions):
    instance = dg.DagsterInstance.ephemeral()
    first = _tick(definitions, instance, None)
    (bootstrap,) = first.run_requests
    assert {"raw/documents", "raw/statistics", "raw/fx_rates", "publish/warehouse"} <= _keys(
        bootstrap
    )

    quiet = _tick(definitions, instance, first.cursor)
    assert (
        quiet.run_requests == [] and "No file under raw/ changed" in quiet.skip_reason.skip_message
    )

    # saved again with the same bytes: a new time, no new content, no run
    statistics = raw / "statistics" / "published_statistics_2021_2025.csv"
    os.utime(statistics, ns=(time.time_ns(), time.time_ns() + 10**9))
    touched = _tick(definitions, instance, quiet.cursor)
    assert touched.run_requests == []
    assert touched.cursor != quiet.cursor  # the new time is remembered: no re-hash next tick

    (raw / "statistics" / "extra.csv").write_text(NEW_STATISTICS, encoding="utf-8")
    changed = _tick(definitions, instance, touched.cursor)
    (request,) = changed.run_requests
    keys = _keys(request)
    assert {"raw/statistics", "marts/fct_statistics", "publish/warehouse"} <= keys
    assert not {"raw/documents", "raw/targets", "raw/fx_rates"} & keys
    assert request.tags["warehouse/changed_files"] == "raw/statistics/extra.csv"
    assert request.tags["warehouse/writes"] == "build"
    # the same tick evaluated again asks for the same run: the run key de-duplicates it
    again = _tick(definitions, instance, touched.cursor)
    assert again.run_requests[0].run_key == request.run_key
    assert _tick(definitions, instance, changed.cursor).run_requests == []

    (raw / "statistics" / "extra.csv").unlink()
    removed = _tick(definitions, instance, changed.cursor)
    (request,) = removed.run_requests
    assert request.run_key != changed.run_requests[0].run_key
    assert request.tags["warehouse/changed_files"] == "raw/statistics/extra.csv"
    assert "raw/statistics" in _keys(request)


def test_after_a_replay_the_sensor_rebuilds_everything(raw, definitions):
    """A replay leaves the build file as of a past date; a partial build cannot bring it
    back, so the next change asks for the whole graph, FX chain included."""
    from orchestration.defs.publish.assets import PUBLISHED_KEY

    instance = dg.DagsterInstance.ephemeral()
    first = _tick(definitions, instance, None)
    instance.report_runless_asset_event(
        dg.AssetMaterialization(asset_key=PUBLISHED_KEY, metadata={"replay": True})
    )
    (raw / "statistics" / "extra.csv").write_text(NEW_STATISTICS, encoding="utf-8")
    (request,) = _tick(definitions, instance, first.cursor).run_requests
    assert {"raw/statistics", "raw/fx_rates", "marts/fct_fx_rates_daily"} <= _keys(request)

    instance.report_runless_asset_event(
        dg.AssetMaterialization(asset_key=PUBLISHED_KEY, metadata={"replay": False})
    )
    (raw / "statistics" / "extra.csv").write_text(
        NEW_STATISTICS.replace(",300,", ",310,"), encoding="utf-8"
    )
    (request,) = _tick(definitions, instance, first.cursor).run_requests
    assert "raw/statistics" in _keys(request) and "raw/fx_rates" not in _keys(request)


def test_sensor_first_tick_compares_with_what_the_raw_assets_hold(raw, layout, definitions):
    instance = dg.DagsterInstance.ephemeral()
    dg.materialize(
        [
            ingest.documents,
            ingest.document_texts,
            ingest.indicators,
            ingest.indicator_aliases,
            ingest.targets,
            ingest.statistics,
            ingest.fx_rates,
        ],
        resources={
            "warehouse": WarehouseResource.from_layout(layout),
            "ecb_history": EcbHistoryResource.from_layout(layout),
        },
        instance=instance,
    )
    in_step = _tick(definitions, instance, None)
    assert in_step.run_requests == []
    assert "already holds these files" in in_step.skip_reason.skip_message

    (raw / "statistics" / "extra.csv").write_text(NEW_STATISTICS, encoding="utf-8")
    (request,) = _tick(definitions, instance, None).run_requests
    assert "raw/statistics" in _keys(request)
    assert not {"raw/documents", "raw/indicators", "raw/targets"} & _keys(request)


def _hold_in_another_process(code: str, ready: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)])
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert time.monotonic() < deadline and process.poll() is None, "holder did not start"
        time.sleep(0.05)
    return process


def _hold_duckdb_write_lock(database: Path) -> subprocess.Popen:
    """Another process with a write connection open on `database` (kill it when done)."""
    ready = database.with_name("holder_ready")
    return _hold_in_another_process(
        f"""
        import pathlib, time, duckdb
        con = duckdb.connect({str(database)!r})
        pathlib.Path({str(ready)!r}).touch()
        time.sleep(120)
        """,
        ready,
    )


def test_build_lock_waits_for_another_process_and_is_reentrant(tmp_path):
    database = tmp_path / "warehouse" / "build.duckdb"
    ready, finished = tmp_path / "ready", tmp_path / "finished"
    holder = _hold_in_another_process(
        f"""
        import pathlib, time
        from orchestration.domain.core.build_lock import build_lock
        with build_lock(pathlib.Path({str(database)!r}), print):
            pathlib.Path({str(ready)!r}).touch()
            time.sleep(2)
            pathlib.Path({str(finished)!r}).touch()
        """,
        ready,
    )
    heard: list[str] = []
    with build_lock(database, heard.append):
        assert finished.exists(), "the lock was granted while the other process held it"
        with build_lock(database, heard.append):  # re-entrant: no deadlock, no wait
            pass
    holder.wait(timeout=60)
    assert len(heard) == 1
    assert f"(pid {holder.pid}, started" in heard[0]


def test_a_duckdb_lock_held_elsewhere_is_retried_and_other_errors_fail(tmp_path):
    database = tmp_path / "build.duckdb"
    holder = _hold_duckdb_write_lock(database)
    try:
        with pytest.raises(dg.RetryRequested) as retry, retry_if_transient():
            duckdb.connect(str(database))
        assert retry.value.max_retries == 3 and retry.value.seconds_to_wait == 20
        assert "Could not set lock" in str(retry.value.__cause__)
    finally:
        holder.kill()
        holder.wait()
    with pytest.raises(duckdb.CatalogException), retry_if_transient():
        duckdb.connect().execute("select * from no_such_table")


def test_dbt_meeting_a_held_duckdb_lock_is_recognised_as_transient(tmp_path):
    """The dbt step retries only what is_lock_conflict recognises in dbt's own error."""
    from orchestration.defs.dbt_project import dbt_resource, dbt_vars_args
    from orchestration.domain.core.build_lock import is_lock_conflict

    layout = WarehouseLayout.in_folder(tmp_path)
    database = layout.build_db
    database.parent.mkdir(parents=True)
    holder = _hold_duckdb_write_lock(database)
    try:
        invocation = dbt_resource().cli(
            ["run", "--select", "stg_raw__documents", *dbt_vars_args(layout)],
            raise_on_error=False,
            target_path=tmp_path / "target",
        )
        invocation.wait()
        error = invocation.get_error()
    finally:
        holder.kill()
        holder.wait()
    assert error is not None and is_lock_conflict(str(error))


def _another_process_can_open(database: Path) -> bool:
    """Whether a second process gets DuckDB's write lock on the file now."""
    opened = subprocess.run(
        [sys.executable, "-c", f"import duckdb; duckdb.connect({str(database)!r}).close()"],
        capture_output=True,
        text=True,
    )
    assert opened.returncode == 0 or "Could not set lock" in opened.stderr, opened.stderr
    return opened.returncode == 0


def test_a_runs_first_steps_share_one_open_database_until_it_is_released(tmp_path):
    """Until the dbt step releases it (or a read-only connection, or the run's end), the
    run keeps the build file open between steps, so each step's connection is a cheap
    second one; after the release another process (dbt) can open the file."""
    layout = WarehouseLayout.in_folder(tmp_path)
    seen: dict[str, object] = {}

    @dg.asset
    def written(warehouse: WarehouseResource) -> None:
        with warehouse.connect() as con:
            con.execute("create table t as select 42 as answer")
        seen["held between steps"] = not _another_process_can_open(layout.build_db)

    @dg.asset(deps=[written])
    def read_back(warehouse: WarehouseResource) -> None:
        with warehouse.connect() as con:
            seen["answer"] = con.execute("select answer from t").fetchone()[0]
        with warehouse.connect(read_only=True) as con:  # releases: one configuration a file
            seen["read only"] = con.execute("select answer from t").fetchone()[0]
        seen["open to others after a read-only connection"] = _another_process_can_open(
            layout.build_db
        )
        with warehouse.connect() as con:  # released for the rest of the run
            con.execute("insert into t values (43)")
        seen["still open to others"] = _another_process_can_open(layout.build_db)

    result = dg.materialize(
        [written, read_back], resources={"warehouse": WarehouseResource.from_layout(layout)}
    )
    assert result.success
    assert seen == {
        "held between steps": True,
        "answer": 42,
        "read only": 42,
        "open to others after a read-only connection": True,
        "still open to others": True,
    }
    assert _another_process_can_open(layout.build_db)  # the run's end released it
    with duckdb.connect(str(layout.build_db)) as con:
        assert con.execute("select list(answer order by answer) from t").fetchone()[0] == [42, 43]
