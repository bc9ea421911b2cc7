"""The Dagster instance class dagster.yaml names: Dagster's own SQLite storage under the
instance's home, with the event log kept on open connections.

Why: Dagster's SQLite event log opens a new SQLAlchemy engine and connection for every
event it stores (two or three when the event is an asset or check event, which is also
written to the cross-run index) and closes them again, and closing the last connection
of a WAL database checkpoints it. A `make run` after one new statistics file stores 685
events (dbt's 146 nodes as materialisations and check evaluations, each planned first),
and that cost 5.5 s of a 25 s run here. Keeping one engine per database file, with its
pooled connection left open, stores the same events in under 2 s
(benchmarks/results/2026-12-03-event-log-pool.md).

Nothing else changes: the same files in the same places (history/runs.db,
history/runs/<run id>.db, history/runs/index.db, schedules/), written by Dagster's own
statements, so a home written before this class, or read by a Dagster without it, holds
one history. Only how long a connection stays open differs, which SQLite's WAL mode
allows for any number of readers (the webserver, the daemon) beside the one writer.

The hook is Dagster's `instance_class` with its `config_defaults`: the defaults receive
the instance's home directory, so every home (the repo's, a test's, a benchmark's) keeps
its history under itself, as with no storage configured at all; a `storage:` entry in
dagster.yaml would have to name one fixed directory instead.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
import yaml
from dagster import DagsterInstance
from dagster._core.instance.ref import InstanceRef
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage, _event_logs_directory
from dagster._serdes import ConfigurableClassData

OPEN_SHARDS = 16
"""Database files whose engine stays open at once. A build writes to two (its run's and
the cross-run index); the webserver reads a shard per run it shows, so the oldest ones
are closed past this many rather than holding a file open per run ever viewed."""


def _sync_at_checkpoints(dbapi_connection, _record) -> None:
    """SQLite's recommended setting for a WAL database: a commit is written to the log
    without waiting for the disk; the log is synced at each checkpoint. A crash of the
    process loses nothing; a power cut may lose the last events before it, never the
    database's integrity. A build commits about 1,900 times."""
    dbapi_connection.execute("pragma synchronous = normal")


class PooledSqliteEventLogStorage(SqliteEventLogStorage):
    """Dagster's SQLite event log, with one engine per shard kept across events (least
    recently used closed past OPEN_SHARDS). Statements, schema and files are Dagster's."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        self._engines: OrderedDict[str, sa.Engine] = OrderedDict()
        self._tables_present: set[str] = set()
        super().__init__(base_dir, inst_data=inst_data)

    def has_table(self, table_name: str) -> bool:
        # Dagster asks before every asset check event whether the index has the table
        # (and for other features elsewhere), each time on a new engine and connection:
        # 374 times, 0.3 s, in a `make run` after one new file. A table, once there,
        # stays (migrations add tables, a wipe empties them), so a yes is remembered; a
        # no is asked again, as a migration may add the table later.
        if table_name in self._tables_present:
            return True
        present = super().has_table(table_name)
        if present:
            self._tables_present.add(table_name)
        return present

    def _engine(self, shard: str) -> sa.Engine:
        engine = self._engines.pop(shard, None)
        if engine is None:
            engine = sa.create_engine(
                self.conn_string_for_shard(shard),
                pool_size=1,
                max_overflow=4,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
            )
            sa.event.listen(engine, "connect", _sync_at_checkpoints)
        self._engines[shard] = engine  # the most recently used last
        while len(self._engines) > OPEN_SHARDS:
            _, oldest = self._engines.popitem(last=False)
            oldest.dispose()
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[sa.Connection]:
        # As Dagster's own _connect (one transaction under the storage's lock), except
        # that the engine and its pooled connection outlive the transaction.
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def dispose(self) -> None:
        with self._db_lock:
            while self._engines:
                self._engines.popitem()[1].dispose()
        super().dispose()


class WarehouseSqliteStorage(DagsterSqliteStorage):
    """Dagster's SQLite storage with the pooled event log."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        super().__init__(base_dir, inst_data=inst_data)
        self._event_log_storage.dispose()
        self._event_log_storage = PooledSqliteEventLogStorage(_event_logs_directory(base_dir))

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData, config_value: Mapping[str, Any]):
        return cls.from_local(inst_data=inst_data, **config_value)


class WarehouseInstance(DagsterInstance):
    """Dagster's instance; only its default storage is WarehouseSqliteStorage."""

    @classmethod
    def config_schema(cls) -> dict:
        return {}

    @staticmethod
    def config_defaults(base_dir: str) -> Mapping[str, ConfigurableClassData | None]:
        defaults = dict(InstanceRef.config_defaults(base_dir))
        defaults["storage"] = ConfigurableClassData(
            __name__, WarehouseSqliteStorage.__name__, yaml.dump({"base_dir": base_dir})
        )
        return defaults
