"""Shared fixtures: a private copy of raw/, a build database and a Dagster home per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from orchestration.domain.paths import RAW_DIR

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def pytest_sessionstart(session: pytest.Session) -> None:
    """A clean checkout has no dbt manifest: parse the project once, as `make run` does."""
    from orchestration.build import dbt_sources_hash, prepare_manifest

    prepare_manifest(dbt_sources_hash())


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A copy of the shipped raw/ that a test may change freely."""
    target = tmp_path / "raw"
    shutil.copytree(RAW_DIR, target)
    return target


@pytest.fixture
def build_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A build database path of the test's own, named the way dbt and Dagster read it."""
    path = tmp_path / "warehouse" / "build.duckdb"
    monkeypatch.setenv("WAREHOUSE_BUILD_DB", str(path))
    return path
