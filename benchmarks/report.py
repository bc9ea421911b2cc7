"""The results JSON as a Markdown table, for benchmarks/results/ and the README."""

from __future__ import annotations


def _verdict(met: bool | None) -> str:
    return {True: "met", False: "**not met**", None: "n/a"}[met]


def _failed(section: dict) -> str | None:
    if not section or section.get("skipped"):
        return "skipped"
    return section.get("failure")


def markdown(results: dict) -> str:
    """One table of goals and measurements, then the scale ladder."""
    machine = results["machine"]
    lines = [
        f"Benchmark of {results['date']}: {results['size']} statistics rows "
        f"({(results.get('data') or {}).get('statistics_rows', 0):,} generated), "
        f"{machine['cpus']} cores, {machine['memory_gb']} GB, DuckDB {machine['duckdb']}, "
        f"dbt {machine['dbt']}.",
        "",
        "| benchmark | ours | baseline | ratio | goal | verdict |",
        "|---|---|---|---|---|---|",
    ]
    lines += _ingest_row(results.get("ingest", {}))
    lines += _transform_row(results.get("transform", {}))
    lines += _end_to_end_row(results.get("end_to_end", {}))
    lines += _incremental_row(results.get("incremental", {}))
    lines += _scale_rows(results.get("scale", {}))
    lines += _slowest_nodes(results.get("transform", {}))
    return "\n".join(lines) + "\n"


def _slowest_nodes(section: dict) -> list[str]:
    """The transform's profile: the dbt nodes that took longest at the main size."""
    slowest = ((section.get("dbt") or {}).get("node_seconds") or {}).get("slowest")
    if not slowest:
        return []
    nodes = section["dbt"]["node_seconds"]
    lines = [
        "",
        f"Slowest of the transform's {nodes['nodes']} dbt nodes (seconds each, on one of "
        "dbt's threads):",
        "",
        "| node | seconds |",
        "|---|---|",
    ]
    return lines + [f"| {name} | {seconds:.2f} |" for name, seconds in slowest.items()]


def _ingest_row(section: dict) -> list[str]:
    if _failed(section):
        return [f"| ingest | {_failed(section)} | | | | |"]
    ours, theirs = section["ours"], section["duckdb_read_csv"]
    return [
        f"| ingest ({section['rows']:,} rows) | {ours['rows_per_second']:,} rows/s "
        f"({ours['seconds']:.2f} s) | DuckDB read_csv: {theirs['rows_per_second']:,} rows/s "
        f"({theirs['seconds']:.2f} s) | {section['ratio']:.2f}x | {section['goal']} | "
        f"{_verdict(section['met'])} |"
    ]


def _transform_row(section: dict) -> list[str]:
    if _failed(section):
        return [f"| transform | {_failed(section)} | | | | |"]
    dbt, hand = section["dbt"], section["handwritten"]
    identical = "identical" if section["identical"] else "**results differ**"
    return [
        f"| transform: dbt build of the statistics and attainment marts | "
        f"{dbt['seconds']:.2f} s (models {dbt['model_seconds']:.2f} s) | hand-written query: "
        f"{hand['seconds']:.2f} s; {section['comparison']['rows_dbt']:,} attainment rows "
        f"{identical} | {section['ratio']:.2f}x (models only {section['models_only_ratio']:.2f}x)"
        f" | {section['goal']} | {_verdict(section['met'])} |"
    ]


def _end_to_end_row(section: dict) -> list[str]:
    if _failed(section):
        return [f"| make run (shipped raw/, warm) | {_failed(section)} | | | | |"]
    split = ", ".join(f"{k} {v:.1f}" for k, v in section["split"].items())
    lines = [
        f"| make run (shipped raw/, warm) | {section['seconds']:.1f} s ({split}) | | | "
        f"{section['goal']} | {_verdict(section['met'])} |",
        f"| make run, nothing changed | {section['unchanged_rerun_seconds']:.1f} s | | | "
        f"{section.get('unchanged_rerun_goal', '')} | "
        f"{_verdict(section.get('unchanged_rerun_met'))} |",
    ]
    wrapper = section.get("wrapper")
    if not wrapper:
        return lines
    if wrapper.get("failure"):
        return [*lines, f"| make run after one new file | {wrapper['failure']} | | | | |"]
    split = ", ".join(f"{k} {v:.1f}" for k, v in wrapper["last_split"].items())
    return [
        *lines,
        f"| make run after one new file ({wrapper['pairs']} pairs, medians) | "
        f"{wrapper['make_run_seconds']:.1f} s (last: {split}) | plain dbt build: "
        f"{wrapper['plain_dbt_seconds']:.1f} s | {wrapper['ratio']:.2f}x | {wrapper['goal']} | "
        f"{_verdict(wrapper['met'])} |",
    ]


RELEASE_NAMES = {
    "bulletin": "one province's bulletin",
    "national": "then a national release (every other region)",
}


def _incremental_row(section: dict) -> list[str]:
    """One row per new file the benchmark added (benchmarks/run.py: RELEASES)."""
    if _failed(section):
        return [f"| incremental | {_failed(section)} | | | | |"]
    full = section.get("make_run_full")
    rows = []
    for name, release in section.get("releases", {}).items():
        parts = release.get("components", {})
        cells = []
        run = release.get("make_run")
        if run and full:
            slowest = ", ".join(
                f"{key} {seconds:.1f}"
                for key, seconds in list(run.get("slowest_steps", {}).items())[:4]
            )
            cells.append(
                f"make run {run['seconds']:.1f} s of {full['seconds']:.1f} s "
                f"({run['fraction']:.2f}{'; slowest steps: ' + slowest if slowest else ''})"
            )
        if "fraction" in parts:
            nodes = section.get("dbt_nodes")
            of_nodes = (
                f", dbt nodes {nodes['after_a_new_file']} of {nodes['full_build']}" if nodes else ""
            )
            cells.append(
                f"ingest + marts alone {parts['incremental_seconds']:.1f} s of "
                f"{parts['full_seconds']:.1f} s ({parts['fraction']:.2f}{of_nodes})"
            )
        ours = "; ".join(cells) or parts.get("failure", "")
        fraction = release.get("fraction")
        rows.append(
            f"| incremental: {RELEASE_NAMES.get(name, name)} ({release['new_file_rows']:,} "
            f"rows) after a full build of {section['rows']:,} rows | {ours} | the full build | "
            f"{'' if fraction is None else f'{fraction:.2f}'} | {section['goal']} | "
            f"{_verdict(release.get('met'))} |"
        )
    return rows


def _scale_rows(section: dict) -> list[str]:
    if not section:
        return []
    lines = [
        f"| largest size completed | {section['largest_completed']} | | | "
        f"{section['goal']} | {_verdict(section['met'])} |",
        "",
        "| size | rows | CSV MB | ingest s | ingest ratio | dbt s | transform ratio | "
        "peak RSS MB (ingest / dbt) | disk MB (warehouse / all) | note |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in section["sizes"]:
        if not row.get("ingest_seconds"):
            lines.append(
                f"| {row['size']} | {row.get('rows', '')} | {row.get('csv_mb', '')} | | | | | | | "
                f"{row.get('note', '')} |"
            )
            continue
        dbt = (
            f"{row['dbt_seconds']:.1f} | {row['transform_ratio']:.2f}x"
            if "dbt_seconds" in row
            else " | "
        )
        dbt_rss = f"{row['dbt_rss_mb']:,.0f}" if "dbt_rss_mb" in row else "-"
        rss = f"{row['ingest_rss_mb']:,.0f} / {dbt_rss}"
        disk = row.get("disk_mb")
        disk_text = f"{disk['warehouse']:,.0f} / {disk['total']:,.0f}" if disk else "-"
        lines.append(
            f"| {row['size']} | {row['rows']:,} | {row['csv_mb']:,.0f} | "
            f"{row['ingest_seconds']:.1f} | {row['ingest_ratio']:.2f}x | {dbt} | {rss} | "
            f"{disk_text} | "
            f"{row.get('note', '')} |"
        )
    return lines
