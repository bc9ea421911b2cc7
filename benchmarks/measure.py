"""Run one measured step in a child process: wall time, peak RSS, a time limit.

Each step is its own process so that its peak resident memory is its own: `os.wait4`
returns the child's rusage, whose ru_maxrss is the largest RSS of the child or of any
descendant it waited for (dbt under Dagster, say). That is the peak of the largest
single process, not a sum over processes alive at once; every step here does its heavy
work in one process, so the two agree.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class StepResult:
    command: list[str]
    returncode: int | None
    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str
    timed_out: bool = False
    over_memory_cap: bool = False
    started_at: float = 0.0
    """Wall-clock time (time.time) when the child was started."""
    payload: dict = field(default_factory=dict)
    """The JSON object a benchmark step printed as its last stdout line, if any."""

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out and not self.over_memory_cap


def _rss_mb(pid: int) -> float:
    """The current resident memory of a process, from /proc (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_step(
    command: list[str],
    env: dict[str, str] | None = None,
    timeout: float | None = None,
    memory_cap_mb: float | None = None,
) -> StepResult:
    """Run `command`, killing its whole process group after `timeout` seconds or when
    its resident memory passes `memory_cap_mb` (a shared machine has no swap: a step
    that would take all of it is stopped, and the results say so)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started_at = time.time()
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err, start_new_session=True)
        timed_out, over_cap = False, False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            timed_out = timeout is not None and time.perf_counter() - start > timeout
            over_cap = memory_cap_mb is not None and _rss_mb(process.pid) > memory_cap_mb
            if timed_out or over_cap:
                os.killpg(process.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    result = StepResult(
        command=command,
        returncode=process.returncode,
        seconds=seconds,
        peak_rss_mb=usage.ru_maxrss / 1024,
        stdout=stdout,
        stderr=stderr,
        timed_out=timed_out,
        over_memory_cap=over_cap,
        started_at=started_at,
    )
    lines = stdout.strip().splitlines()
    if lines and lines[-1].startswith("{"):
        with contextlib.suppress(json.JSONDecodeError):
            result.payload = json.loads(lines[-1])
    return result


def describe_failure(result: StepResult, what: str) -> str:
    """One line for the results when a step did not complete."""
    if result.timed_out:
        return f"{what}: did not complete within {result.seconds:.0f} s (killed)"
    if result.over_memory_cap:
        return (
            f"{what}: stopped after {result.seconds:.0f} s when its memory passed the "
            f"{result.peak_rss_mb:,.0f} MB cap set to protect the shared machine"
        )
    lines = [line.strip() for line in (result.stderr or result.stdout).strip().splitlines()]
    # dbt names the failing node in its summary ("Runtime Error in model X"): keep that
    # line with the last ones, and no "|", which would split the results' Markdown table
    named = [line for line in lines if " Error in " in line or "Failure in " in line][:2]
    said = " / ".join(named + lines[-2:]).replace("|", "/")
    return f"{what}: exit {result.returncode}: {said}"


def warm_page_cache(paths: list[Path]) -> None:
    """Read files once so both sides of a comparison start with them in the page cache."""
    for path in paths:
        with path.open("rb") as handle:
            while handle.read(1 << 24):
                pass
