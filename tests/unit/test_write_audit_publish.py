"""The audit of write-audit-publish on its own: a build that fails it leaves the
published file as it was and no temporary file behind."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from orchestration.domain.publish.write_audit_publish import (
    TEMP_PREFIX,
    PublishAuditError,
    publish,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_audit_failure_publishes_nothing(tmp_path):
    published = tmp_path / "warehouse.duckdb"
    duckdb.connect(str(published)).execute("create table marts_before as select 1 as x").close()
    before = _digest(published)
    empty_build = tmp_path / "build.duckdb"
    duckdb.connect(str(empty_build)).execute("create schema staging").close()
    (tmp_path / f"{TEMP_PREFIX}warehouse.duckdb.99999").write_bytes(b"left by a killed run")

    declared = [("marts", "dim_targets"), ("quality", "dq_issues")]
    with pytest.raises(
        PublishAuditError, match=r"has no table for marts\.dim_targets, quality\.dq_issues"
    ):
        publish(empty_build, published, tmp_path / "exports", declared)

    assert _digest(published) == before
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*")), "temporary files are cleaned up"
