"""The instance dagster.yaml names (orchestration/instance.py): Dagster's SQLite storage
under the instance's own home, its event log on connections kept open. Its history must
be the one a Dagster without the class reads, and it must not hold a file open per run."""

from __future__ import annotations

import dagster as dg
import pytest
from dagster._core.instance.ref import InstanceRef

from orchestration import instance as warehouse_instance
from orchestration.domain.core.layout import PROJECT_ROOT


@dg.asset
def counted() -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={"rows": 3})


@dg.asset_check(asset=counted)
def counted_has_rows() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(passed=True)


def _home(folder):
    folder.mkdir()
    (folder / "dagster.yaml").symlink_to(PROJECT_ROOT / "dagster.yaml")
    return folder


def _materialise(instance: dg.DagsterInstance) -> str:
    result = dg.materialize([counted, counted_has_rows], instance=instance)
    assert result.success
    return result.run_id


def test_the_instance_keeps_its_history_under_its_own_home(tmp_path):
    home = _home(tmp_path / "home")
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert type(instance) is warehouse_instance.WarehouseInstance
        storage = instance.event_log_storage
        assert type(storage) is warehouse_instance.PooledSqliteEventLogStorage
        run_id = _materialise(instance)
        assert set(storage._engines) == {run_id, "index"}  # kept open for the next event
    assert (home / "history" / "runs" / f"{run_id}.db").is_file()
    assert (home / "history" / "runs" / "index.db").is_file()
    assert (home / "history" / "runs.db").is_file()


def test_dagster_without_the_class_reads_the_same_history(tmp_path):
    home = _home(tmp_path / "home")
    with dg.DagsterInstance.from_config(str(home)) as instance:
        run_id = _materialise(instance)
        written = [event.dagster_event_type for event in instance.all_logs(run_id)]
    plain_config = tmp_path / "plain"
    plain_config.mkdir()
    (plain_config / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    ref = InstanceRef.from_dir(str(home), config_dir=str(plain_config))
    with dg.DagsterInstance.from_ref(ref) as plain:
        assert type(plain) is dg.DagsterInstance
        assert [event.dagster_event_type for event in plain.all_logs(run_id)] == written
        latest = plain.get_latest_materialization_event(counted.key)
        assert latest.run_id == run_id
        assert latest.asset_materialization.metadata["rows"].value == 3
        check = plain.event_log_storage.get_latest_asset_check_execution_by_key(
            [counted_has_rows.check_key]
        )[counted_has_rows.check_key]
        assert check.run_id == run_id
    assert dg.DagsterEventType.ASSET_CHECK_EVALUATION in written


def test_at_most_open_shards_engines_stay_open(tmp_path, monkeypatch):
    monkeypatch.setattr(warehouse_instance, "OPEN_SHARDS", 2)
    with dg.DagsterInstance.from_config(str(_home(tmp_path / "home"))) as instance:
        runs = [_materialise(instance) for _ in range(3)]
        storage = instance.event_log_storage
        assert len(storage._engines) == 2
        assert runs[0] not in storage._engines  # the least recently used was closed
        for run_id in runs:  # and is opened again when asked for
            assert instance.get_run_by_id(run_id).is_success
            assert len(storage.get_logs_for_run(run_id)) > 5


def test_dispose_closes_every_engine(tmp_path):
    instance = dg.DagsterInstance.from_config(str(_home(tmp_path / "home")))
    _materialise(instance)
    storage = instance.event_log_storage
    assert storage._engines
    instance.dispose()
    assert not storage._engines


@pytest.mark.parametrize("shards", [1, 4])
def test_events_of_successive_runs_land_in_their_own_shards(tmp_path, monkeypatch, shards):
    monkeypatch.setattr(warehouse_instance, "OPEN_SHARDS", shards)
    with dg.DagsterInstance.from_config(str(_home(tmp_path / "home"))) as instance:
        first, second = _materialise(instance), _materialise(instance)
        for run_id in (first, second):
            assert {event.run_id for event in instance.all_logs(run_id)} == {run_id}
        records = instance.fetch_materializations(counted.key, limit=10).records
        assert [record.run_id for record in records] == [second, first]


def test_a_table_found_is_not_asked_for_again_and_a_missing_one_is(tmp_path, monkeypatch):
    """Dagster asks before every asset check event whether the index holds the checks'
    table, each time on a connection of its own: the answer yes is remembered."""
    with dg.DagsterInstance.from_config(str(_home(tmp_path / "home"))) as instance:
        storage = instance.event_log_storage
        asked = []
        base_has_table = warehouse_instance.SqliteEventLogStorage.has_table
        monkeypatch.setattr(
            warehouse_instance.SqliteEventLogStorage,
            "has_table",
            lambda self, name: asked.append(name) or base_has_table(self, name),
        )
        _materialise(instance)
        _materialise(instance)
        assert asked.count("asset_check_executions") == 1
        assert storage.has_table("asset_check_executions")
        assert not storage.has_table("no_such_table")
        assert not storage.has_table("no_such_table")
        assert asked.count("no_such_table") == 2


def test_the_event_log_syncs_at_checkpoints_not_at_every_commit(tmp_path):
    """synchronous=NORMAL, SQLite's setting for a WAL database, on the connections kept
    open; a connection Dagster opens itself keeps SQLite's default (FULL)."""
    with dg.DagsterInstance.from_config(str(_home(tmp_path / "home"))) as instance:
        run_id = _materialise(instance)
        storage = instance.event_log_storage
        with storage._connect(run_id) as conn:
            assert conn.exec_driver_sql("pragma journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("pragma synchronous").scalar() == 1  # NORMAL
        plain = warehouse_instance.sa.create_engine(storage.conn_string_for_shard(run_id))
        with plain.connect() as conn:
            assert conn.exec_driver_sql("pragma synchronous").scalar() == 2  # FULL
        plain.dispose()
