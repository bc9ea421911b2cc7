"""dbt's unit tests, which production builds leave out (orchestration/domain/transform/
production.py), run here against the built warehouse: every one declared must pass."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from orchestration.defs.dbt_project import dbt_vars_args
from orchestration.domain.core.layout import DBT_PROJECT_DIR, WarehouseLayout
from orchestration.domain.transform.production import UNIT_TESTS_SELECTOR
from tests.conftest import run_command

DBT = Path(sys.executable).parent / "dbt"


def test_every_dbt_unit_test_passes(built, tmp_path):
    database, env, output = built
    layout = WarehouseLayout.in_folder(database.parent.parent)
    done = run_command(
        [
            str(DBT),
            "test",
            *UNIT_TESTS_SELECTOR,
            *dbt_vars_args(layout),
            "--target-path",
            str(tmp_path / "target"),
            "--log-path",
            str(tmp_path / "logs"),
        ],
        env,
        cwd=DBT_PROJECT_DIR,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:]
    manifest = json.loads((tmp_path / "target" / "manifest.json").read_text())
    declared = len(manifest["unit_tests"])
    assert declared >= 28, "the selector found the unit tests"
    assert re.search(rf"PASS={declared} WARN=0 ERROR=0 SKIP=0", done.stdout), done.stdout[-2000:]
    assert "unit_test" not in output.stdout, "the production build left them out"
