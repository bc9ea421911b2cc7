"""Apache Superset, for real: installed in its own environment from a pinned lock
(tests/superset/requirements.txt), started on loopback, connected to the published
warehouse read-only through duckdb-engine and driven through its REST API, as
docs/using.md's Superset recipe says. In `make test`, not in `make test-fast`."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from orchestration.domain.core.layout import PROJECT_ROOT
from tests.conftest import doc_section, query
from tests.e2e.test_automation import _free_port

pytestmark = pytest.mark.superset

LOCK = PROJECT_ROOT / "tests" / "superset" / "requirements.txt"
ENVIRONMENT = PROJECT_ROOT / ".tools" / "superset"
STAMP = ENVIRONMENT / "requirements.sha256"
UV = shutil.which("uv") or str(PROJECT_ROOT / ".tools" / "bin" / "uv")


def _superset_environment() -> Path:
    """Superset's own virtual environment, installed once per version of the lock."""
    wanted = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if not (STAMP.exists() and STAMP.read_text() == wanted):
        shutil.rmtree(ENVIRONMENT, ignore_errors=True)
        subprocess.run([UV, "venv", "-q", "--python", sys.executable, str(ENVIRONMENT)], check=True)
        subprocess.run(
            [
                UV,
                "pip",
                "install",
                "-q",
                "--python",
                str(ENVIRONMENT / "bin" / "python"),
                "-r",
                str(LOCK),
            ],
            check=True,
            timeout=1800,
        )
        STAMP.write_text(wanted)
    return ENVIRONMENT / "bin" / "superset"


class Superset:
    def __init__(self, url: str):
        self.url = url
        self.token = ""

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        request = urllib.request.Request(
            self.url + path,
            data=None if body is None else json.dumps(body).encode(),
            method=method,
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"},
        )
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")


@pytest.fixture(scope="module")
def superset(built, tmp_path_factory):
    database, _env, _out = built
    published = database.parent / "warehouse.duckdb"
    binary = _superset_environment()
    root = tmp_path_factory.mktemp("superset")
    config = root / "superset_config.py"
    config.write_text(
        f'SECRET_KEY = "{os.urandom(24).hex()}"\n'
        f'SQLALCHEMY_DATABASE_URI = "sqlite:///{root / "superset.db"}"\n'
        "WTF_CSRF_ENABLED = False\n"
        "SCARF_ANALYTICS = False\n"
    )
    env = {**os.environ, "SUPERSET_CONFIG_PATH": str(config), "FLASK_APP": "superset"}
    for args in (
        ["db", "upgrade"],
        [
            "fab",
            "create-admin",
            "--username",
            "admin",
            "--firstname",
            "Test",
            "--lastname",
            "Admin",
            "--email",
            "admin@example.invalid",
            "--password",
            "admin",
        ],
        ["init"],
    ):
        done = subprocess.run(
            [str(binary), *args], env=env, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    port = _free_port()
    log = (root / "superset.log").open("w")
    process = subprocess.Popen(
        [str(binary), "run", "-h", "127.0.0.1", "-p", str(port), "--with-threads"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    client = Superset(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 180
        while True:
            assert process.poll() is None, (root / "superset.log").read_text()[-3000:]
            try:
                with urllib.request.urlopen(client.url + "/health", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "Superset did not start"
            time.sleep(1)
        status, login = client.call(
            "POST",
            "/api/v1/security/login",
            {"username": "admin", "password": "admin", "provider": "db", "refresh": True},
        )
        assert status == 200, login
        client.token = login["access_token"]
        yield client, published
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


@pytest.fixture(scope="module")
def connected(superset):
    client, published = superset
    section = doc_section("docs/using.md", "Superset (SQLAlchemy)")
    uri_template = next(
        line.strip() for line in section.splitlines() if line.strip().startswith("duckdb:///")
    )
    uri = uri_template.replace("/absolute/path/to/warehouse/warehouse.duckdb", str(published))
    status, created = client.call(
        "POST",
        "/api/v1/database/",
        {
            "database_name": "policy_warehouse",
            "sqlalchemy_uri": uri,
            "expose_in_sqllab": True,
            "allow_dml": False,
        },
    )
    assert status == 201, created
    return client, published, created["id"]


def test_schemas_and_columns_with_their_descriptions(connected):
    client, _published, database_id = connected
    status, schemas = client.call("GET", f"/api/v1/database/{database_id}/schemas/")
    assert status == 200
    assert {"warehouse.marts", "warehouse.quality", "warehouse.reference"} <= set(schemas["result"])
    status, metadata = client.call(
        "GET",
        f"/api/v1/database/{database_id}/table_metadata/"
        "?name=fct_target_trajectory&schema=warehouse.marts",
    )
    assert status == 200, metadata
    columns = {c["name"]: c for c in metadata["columns"]}
    assert columns["year"]["type"] == "INTEGER"
    assert columns["linear_path_value"]["comment"].startswith("Where a straight line")


def test_sql_lab_answers_as_duckdb_does(connected):
    client, published, database_id = connected
    sql = (
        "select target_id, status from marts.fct_target_attainment_latest "
        "where status <> 'not_assessable' order by target_id"
    )
    status, result = client.call(
        "POST",
        "/api/v1/sqllab/execute/",
        {"database_id": database_id, "sql": sql, "runAsync": False},
    )
    assert status == 200 and result["status"] == "success", result
    assert [(r["target_id"], r["status"]) for r in result["data"]] == query(published, sql)


def test_a_dataset_and_its_chart_data(connected):
    client, published, database_id = connected
    status, dataset = client.call(
        "POST",
        "/api/v1/dataset/",
        {"database": database_id, "schema": "marts", "table_name": "fct_target_trajectory"},
    )
    assert status == 201, dataset
    columns = {c["column_name"]: c for c in dataset["data"]["columns"]}
    assert columns["target_value"]["description"] == "The target, in the target year only."
    status, chart = client.call(
        "POST",
        "/api/v1/chart/data",
        {
            "datasource": {"id": dataset["id"], "type": "table"},
            "queries": [
                {
                    "columns": ["year"],
                    "metrics": [
                        {
                            "label": "path",
                            "expressionType": "SQL",
                            "sqlExpression": "max(linear_path_value)",
                        },
                        {
                            "label": "actual",
                            "expressionType": "SQL",
                            "sqlExpression": "max(actual_value)",
                        },
                    ],
                    "filters": [{"col": "target_id", "op": "==", "val": "amp_nev_output_2025"}],
                    "orderby": [["year", True]],
                    "row_limit": 100,
                }
            ],
            "result_format": "json",
            "result_type": "full",
        },
    )
    assert status == 200, chart
    rows = [(r["year"], r["path"], r["actual"]) for r in chart["result"][0]["data"]]
    assert rows == query(
        published,
        "select year, linear_path_value, actual_value from marts.fct_target_trajectory "
        "where target_id = 'amp_nev_output_2025' order by year",
    )
    assert len(rows) == 6 and rows[3][2] == 1286800.0


def test_a_write_is_refused(connected):
    client, published, database_id = connected
    status, result = client.call(
        "POST",
        "/api/v1/sqllab/execute/",
        {
            "database_id": database_id,
            "sql": "create table marts.scratch as select 1",
            "runAsync": False,
        },
    )
    assert status >= 400
    assert result["errors"][0]["error_type"] == "DML_NOT_ALLOWED_ERROR"
    tables = query(published, "select table_name from duckdb_tables() where table_name = 'scratch'")
    assert tables == []
