"""The benchmark at a tiny size, so it cannot rot: real values, never timings.

The runner is the one `make bench` uses; `make run`'s own sections (end to end, and
the make-run half of incremental) are skipped here because the end-to-end tests build
the warehouse already and they take minutes.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from benchmarks import generate, run
from orchestration.domain.core.layout import RAW_DIR
from orchestration.domain.core.units import unit_registry
from orchestration.domain.ingest.contracts import STATUSES

SECTIONS = ("ingest", "transform", "end_to_end", "incremental", "scale")


def test_generator_is_seeded_sized_and_synthetic(tmp_path: Path):
    dims = generate.Dimensions(indicators=5, regions=3, months=33, vintages=2)
    first = generate.generate(tmp_path / "a", dims, seed=7)
    again = generate.generate(tmp_path / "b", dims, seed=7)
    other = generate.generate(tmp_path / "c", dims, seed=8)

    # 2023-01 to 2025-09: 33 months, 2 full years, one year-to-date, in 2 vintages;
    # plus one forecast of the partial year, per indicator and region
    assert first["statistics_rows"] == dims.rows == 15 * ((33 + 2 + 1) * 2 + 1)
    assert first["targets"] == 15
    files = sorted((tmp_path / "a" / "statistics").glob("*.csv"))
    for path in files:
        assert path.read_bytes() == (tmp_path / "b" / "statistics" / path.name).read_bytes()
    assert again["statistics_rows"] == first["statistics_rows"]
    assert (tmp_path / "c" / "statistics" / files[-1].name).read_bytes() != files[-1].read_bytes()
    assert other["statistics_rows"] == first["statistics_rows"]

    con = duckdb.connect()
    stats = f"read_csv('{tmp_path / 'a' / 'statistics'}/*.csv', all_varchar = true)"
    assert con.execute(f"select distinct source from {stats}").fetchall() == [(generate.SOURCE,)]
    assert {s for (s,) in con.execute(f"select distinct status from {stats}").fetchall()} <= set(
        STATUSES
    )
    assert {u for (u,) in con.execute(f"select distinct unit from {stats}").fetchall()} <= set(
        unit_registry()
    )
    # a vintage is the same indicator, region and period, published later and revised
    revised = con.execute(
        f"select count(*) from (select indicator_id, region, period from {stats} "
        "where status <> 'forecast' group by all "
        "having count(*) = 2 and count(distinct published_on) = 2)"
    ).fetchall()[0][0]
    assert revised == 15 * (33 + 2 + 1)
    indicators = con.execute(
        f"select indicator_id from read_csv('{tmp_path / 'a' / 'indicators.csv'}')"
    ).fetchall()
    assert indicators[0] == ("bench_ind_0001",)


def test_generator_refuses_the_project_raw_folder():
    with pytest.raises(ValueError, match="refusing"):
        generate.generate(RAW_DIR, generate.Dimensions(1, 1, 12))


def test_size_parsing_and_dimensions():
    assert generate.parse_size("1M") == 1_000_000
    assert generate.parse_size("2.5k") == 2_500
    dims = generate.dimensions_for(1_000_000)
    assert dims.rows >= 1_000_000
    assert dims.rows < 1_050_000


@pytest.fixture
def smoke_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setattr(run, "DATA_DIR", tmp_path / "data")
    out = tmp_path / "results"
    code = run.main(
        [
            "--size",
            "2k",
            "--repeats",
            "1",
            "--timeout",
            "300",
            "--skip",
            "end_to_end,make_run",
            "--out",
            str(out),
            "--name",
            "smoke",
        ]
    )
    assert code == 0
    results = json.loads((out / "smoke.json").read_text())
    results["_markdown"] = (out / "smoke.md").read_text()
    return results


def test_benchmark_smoke_run(smoke_results: dict):
    results = smoke_results
    for section in SECTIONS:
        assert section in results, section
    rows = results["data"]["statistics_rows"]
    assert rows == generate.dimensions_for(2_000).rows

    ingest = results["ingest"]
    assert ingest["ours"]["rows_loaded"] == rows
    assert ingest["duckdb_read_csv"]["rows_loaded"] == rows
    assert ingest["ours"]["files_rejected"] == {}
    assert ingest["ratio"] > 0 and isinstance(ingest["met"], bool)

    transform = results["transform"]
    assert transform["identical"] is True
    comparison = transform["comparison"]
    assert comparison["rows_dbt"] == comparison["rows_handwritten"] > 0
    assert comparison["rows_only_in_dbt"] == comparison["rows_only_in_handwritten"] == 0
    # the generated targets reach every kind of status, so the comparison means something
    assert {"achieved", "on_track", "not_assessable"} <= set(comparison["statuses"])
    assert transform["dbt"]["node_seconds"].get("model", 0) > 0

    incremental = results["incremental"]
    dimensions = results["data"]["dimensions"]
    bulletin, national = incremental["releases"]["bulletin"], incremental["releases"]["national"]
    # a month and its year-to-date per series: of one region, then of every other region
    assert bulletin["new_file_rows"] == 2 * dimensions["indicators"]
    assert national["new_file_rows"] == (2 * dimensions["indicators"] * (dimensions["regions"] - 1))
    assert bulletin["components"]["files_loaded"] == [
        "raw/statistics/bench_statistics_2025_10_regions_0_to_0.csv"
    ]
    assert national["components"]["files_loaded"] == [
        f"raw/statistics/bench_statistics_2025_10_regions_1_to_{dimensions['regions'] - 1}.csv"
    ]
    assert incremental["fraction"] == bulletin["fraction"] > 0
    # after a new file dbt runs, as the pipeline does, only the nodes a statistics file
    # feeds: not the documents', indicators' or quality policy's models and their tests
    nodes = incremental["dbt_nodes"]
    assert nodes["full_build"] == transform["dbt"]["node_seconds"]["nodes"]
    assert 0 < nodes["after_a_new_file"] < nodes["full_build"]
    assert "| incremental: one province's bulletin" in results["_markdown"]
    slowest = transform["dbt"]["node_seconds"]["slowest"]
    assert len(slowest) == 12 and transform["dbt"]["node_seconds"]["nodes"] > 12
    assert list(slowest.values()) == sorted(slowest.values(), reverse=True)
    assert {name.split()[0] for name in slowest} <= {"model", "test", "seed"}
    assert results["scale"]["sizes"][0]["disk_mb"]["warehouse"] > 0
    assert results["end_to_end"] == {"skipped": True}

    scale = results["scale"]
    assert scale["largest_completed"] == "2k"
    assert scale["sizes"][0]["peak_rss_mb"] > 0
    assert "| ingest" in results["_markdown"] and "identical" in results["_markdown"]


def test_a_failed_step_names_the_dbt_node_and_keeps_the_table_whole():
    output = "\n".join(
        [
            "12:00:01  1 of 9 START sql incremental model intermediate.int_statistics_as_of",
            "12:00:09  Runtime Error in model int_statistics_as_of (models/int.sql)",
            "  Out of Memory Error: could not allocate block of size 256 KiB (2.7 GiB/2.7 GiB)",
            "  * Increasing the memory limit (SET memory_limit='...GB') | see the docs",
        ]
    )
    failed = run.StepResult(["dbt", "build"], 1, 9.0, 3000.0, stdout=output, stderr="")
    said = run.describe_failure(failed, "dbt build")
    assert said.startswith("dbt build: exit 1: ")
    assert "Runtime Error in model int_statistics_as_of" in said
    assert "Out of Memory Error" in said and "|" not in said
