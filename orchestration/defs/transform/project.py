"""The dbt project as dagster-dbt sees it (no Dagster definitions here, so both the
resources module and the dbt assets can import it without a cycle).

dagster-dbt runs `dbt` from PATH. The dbt we pin is installed beside this interpreter
(.venv/bin), which is not on PATH when the venv is not activated (make, CI, tests), so
that folder is put first on PATH for this process and the dbt subprocesses it starts.
"""

import os
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from orchestration.domain.paths import DBT_PROJECT_DIR

_interpreter_bin = str(Path(sys.executable).parent)
if _interpreter_bin not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = os.pathsep.join([_interpreter_bin, os.environ.get("PATH", "")])

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()
