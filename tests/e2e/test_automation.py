"""The pipeline runs itself, with real processes: Dagster's webserver and daemon started
as `make dev` starts them, on a loopback port, driven through the GraphQL API.

One stack serves the module, in order: the schedule and sensor are on; a run launched
through GraphQL succeeds and republishes the warehouse; a new statistics file makes the
sensor start exactly one run, whose figure reaches the published warehouse; and the
stack shuts down cleanly on Ctrl-C.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT, query
from tests.e2e.conftest import copy_of_built

pytestmark = pytest.mark.e2e

SENSOR_INTERVAL_SECONDS = 5
RUN_TIMEOUT_SECONDS = 900
TERMINAL = {"SUCCESS", "FAILURE", "CANCELED"}


@dataclass
class Stack:
    process: subprocess.Popen
    url: str
    log: Path
    raw: Path
    published: Path
    location: str = ""

    def graphql(self, document: str, variables: dict | None = None) -> dict:
        body = json.dumps({"query": document, "variables": variables or {}}).encode()
        request = urllib.request.Request(
            f"{self.url}/graphql", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = json.load(response)
        assert "errors" not in answer, answer["errors"]
        return answer["data"]

    def runs(self, **tags: str) -> list[dict]:
        data = self.graphql(
            """query Runs($filter: RunsFilter) {
                 runsOrError(filter: $filter) {
                   ... on Runs { results { runId status jobName tags { key value } } }
                 }
               }""",
            {"filter": {"tags": [{"key": k, "value": v} for k, v in tags.items()]}},
        )
        return data["runsOrError"]["results"]

    def wait_for_run(self, run_id: str) -> str:
        deadline = time.monotonic() + RUN_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            run = self.graphql(
                "query Run($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }",
                {"id": run_id},
            )["runOrError"]
            if run["status"] in TERMINAL:
                return run["status"]
            time.sleep(2)
        raise AssertionError(f"run {run_id} did not finish in {RUN_TIMEOUT_SECONDS} s")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_code_location(stack: Stack) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        assert stack.process.poll() is None, stack.log.read_text()[-3000:]
        try:
            entries = stack.graphql(
                """{ workspaceOrError { ... on Workspace { locationEntries {
                       name loadStatus locationOrLoadError { __typename }
                   } } } }"""
            )["workspaceOrError"]["locationEntries"]
        except OSError:
            entries = []
        if entries and entries[0]["loadStatus"] == "LOADED":
            assert entries[0]["locationOrLoadError"]["__typename"] == "RepositoryLocation"
            assert entries[0]["name"] == "policy_warehouse", "the fixed code location name"
            stack.location = entries[0]["name"]
            return
        time.sleep(1)
    raise AssertionError("the code location did not load:\n" + stack.log.read_text()[-3000:])


@pytest.fixture(scope="module")
def stack(built, tmp_path_factory):
    root = tmp_path_factory.mktemp("dagster_stack")
    # the warehouse as `make run` leaves it, in this instance
    raw, env = copy_of_built(built, root)
    env["WAREHOUSE_SENSOR_INTERVAL_SECONDS"] = str(SENSOR_INTERVAL_SECONDS)
    port = _free_port()
    log = root / "dagster_dev.log"
    with log.open("w") as sink:
        # the command `make dev` runs
        process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "dg"),
                "dev",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    stack = Stack(
        process, f"http://127.0.0.1:{port}", log, raw, root / "warehouse" / "warehouse.duckdb"
    )
    try:
        _wait_for_code_location(stack)
        yield stack
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_schedule_and_sensor_are_running(stack):
    repository = stack.graphql(
        """query Repo($selector: RepositorySelector!) {
             repositoryOrError(repositorySelector: $selector) {
               ... on Repository {
                 sensors { name sensorState { status } }
                 schedules { name cronSchedule scheduleState { status } }
               }
             }
           }""",
        {
            "selector": {
                "repositoryLocationName": stack.location,
                "repositoryName": "__repository__",
            }
        },
    )["repositoryOrError"]
    assert {s["name"]: s["sensorState"]["status"] for s in repository["sensors"]} == {
        "raw_files_sensor": "RUNNING"
    }
    assert [
        (s["name"], s["cronSchedule"], s["scheduleState"]["status"])
        for s in repository["schedules"]
    ] == [("daily_refresh_schedule", "30 17 * * *", "RUNNING")]


def _launch_build(stack, dbt_config: dict) -> str:
    """Launch build_warehouse through GraphQL, as the UI's launchpad does; its run id."""
    launched = stack.graphql(
        """mutation Launch($params: ExecutionParams!) {
             launchRun(executionParams: $params) {
               __typename
               ... on LaunchRunSuccess { run { runId } }
               ... on PythonError { message }
             }
           }""",
        {
            "params": {
                "selector": {
                    "repositoryLocationName": stack.location,
                    "repositoryName": "__repository__",
                    "jobName": "build_warehouse",
                },
                "runConfigData": {"ops": {"warehouse_dbt_models": {"config": dbt_config}}},
            }
        },
    )["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    return launched["run"]["runId"]


def test_a_run_launched_through_graphql_republishes_the_warehouse(stack):
    before = stack.published.stat()
    run_id = _launch_build(stack, {"force": True})
    assert stack.wait_for_run(run_id) == "SUCCESS", stack.log.read_text()[-3000:]

    after = stack.published.stat()
    assert after.st_ino != before.st_ino  # a new file was renamed into place
    assert after.st_mtime > before.st_mtime
    assert query(
        stack.published,
        "select target_value from marts.dim_targets where target_id = 'amp_ic_scale_double_2025'",
    ) == [(414.0,)]

    materialized = stack.graphql(
        """query Run($id: ID!) { runOrError(runId: $id) { ... on Run {
             assetMaterializations { assetKey { path }
               metadataEntries { label ... on IntMetadataEntry { intValue } } }
           } } }""",
        {"id": run_id},
    )["runOrError"]["assetMaterializations"]
    keys = {"/".join(m["assetKey"]["path"]) for m in materialized}
    assert {"raw/statistics", "marts/fct_target_attainment_latest", "publish/warehouse"} <= keys
    without_rows = [
        "/".join(m["assetKey"]["path"])
        for m in materialized
        if "dagster/row_count" not in {e["label"] for e in m["metadataEntries"]}
    ]
    assert without_rows == []


def test_a_replay_launched_through_graphql_never_replaces_the_published_file(stack):
    """The rule lives in the publish asset, so the UI cannot break it either."""
    before = stack.published.stat()
    run_id = _launch_build(stack, {"as_of_date": "2022-02-27"})
    assert stack.wait_for_run(run_id) == "SUCCESS", stack.log.read_text()[-3000:]
    after = stack.published.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    replay = stack.published.parent / "replays" / "as_of_2022-02-27.duckdb"
    # as known on 2022-02-27: the plan is out, the action plans and 2021 figures are not
    assert query(replay, "select count(*) from marts.dim_targets") == [(13,)]
    assert query(stack.published, "select count(*) from marts.dim_targets") == [(29,)]


def test_a_new_statistics_file_starts_exactly_one_run(stack):
    assert stack.runs(**{"dagster/sensor_name": "raw_files_sensor"}) == []
    (stack.raw / "statistics" / "extra.csv").write_text(
        "indicator_id,region,period,value,unit,status,source,source_url,published_on\n"
        "ai_industry_scale,CN-SH,2022,300,CNY_bn,final,Test release,,2023-03-01\n",
        encoding="utf-8",
    )
    deadline = time.monotonic() + 120
    while not (started := stack.runs(**{"dagster/sensor_name": "raw_files_sensor"})):
        assert time.monotonic() < deadline, "the sensor started no run"
        time.sleep(1)
    (run,) = started
    tags = {t["key"]: t["value"] for t in run["tags"]}
    assert tags["warehouse/changed_files"] == "raw/statistics/extra.csv"
    assert stack.wait_for_run(run["runId"]) == "SUCCESS", stack.log.read_text()[-3000:]
    time.sleep(3 * SENSOR_INTERVAL_SECONDS)  # later ticks see the same files: no new run
    assert len(stack.runs(**{"dagster/sensor_name": "raw_files_sensor"})) == 1
    assert query(
        stack.published,
        "select value from marts.fct_statistics "
        "where indicator_id = 'ai_industry_scale' and period = '2022'",
    ) == [(300.0,)]


def test_the_stack_shuts_down_cleanly(stack):
    stack.process.send_signal(signal.SIGINT)  # what Ctrl-C on `make dev` sends
    assert stack.process.wait(timeout=120) == 0
    assert "Dagster services shut down." in stack.log.read_text()
    # nothing of the stack (webserver, daemon, code servers, run workers) is left running
    deadline = time.monotonic() + 60
    while left := _processes_in_group(stack.process.pid):
        assert time.monotonic() < deadline, f"still running after shutdown: {left}"
        time.sleep(1)


def _processes_in_group(group: int) -> list[str]:
    listing = subprocess.run(
        ["ps", "-eo", "pgid=,pid=,args="], capture_output=True, text=True, check=True
    ).stdout
    return [line.strip() for line in listing.splitlines() if line.split(None, 1)[0] == str(group)]
