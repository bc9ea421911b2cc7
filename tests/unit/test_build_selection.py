"""Which dbt nodes a build after a raw-data change leaves as they are
(orchestration/domain/transform/selection.py); tests/e2e/test_rebuild_cost.py checks
that dbt builds exactly the rest and that a full build then writes the same rows."""

from __future__ import annotations

from orchestration.domain.transform.selection import exclude_args, kept_nodes


def _node(kind: str, name: str, folder: str, parents: tuple[str, ...] = ()) -> dict:
    return {
        "resource_type": kind,
        "fqn": ["proj", folder, name],
        "depends_on": {"nodes": list(parents)},
    }


MANIFEST = {
    "nodes": {
        "seed.proj.units": _node("seed", "units", "seeds"),
        "model.proj.stg_fx": _node("model", "stg_fx", "staging"),
        "model.proj.stg_stats": _node("model", "stg_stats", "staging"),
        "model.proj.fct_usd": _node(
            "model", "fct_usd", "marts", ("model.proj.stg_fx", "model.proj.stg_stats")
        ),
        "test.proj.unique_stg_fx": _node(
            "test", "unique_stg_fx", "staging", ("model.proj.stg_fx",)
        ),
        "test.proj.not_null_stg_stats": _node(
            "test", "not_null_stg_stats", "staging", ("model.proj.stg_stats",)
        ),
        "test.proj.relationships_usd_fx": _node(
            "test", "relationships_usd_fx", "marts", ("model.proj.stg_fx", "model.proj.fct_usd")
        ),
        "operation.proj.on_run_end": _node("operation", "on_run_end", "hooks"),
    }
}


def test_a_statistics_change_keeps_the_fx_model_its_seed_and_its_own_tests():
    rebuilt = {"model.proj.stg_stats", "model.proj.fct_usd"}
    kept = kept_nodes(MANIFEST, rebuilt)
    # the relationships test reads a rebuilt model too: it runs; hooks are not nodes dbt
    # builds
    assert kept == ["model.proj.stg_fx", "seed.proj.units", "test.proj.unique_stg_fx"]
    assert exclude_args(MANIFEST, kept) == [
        "--exclude",
        "fqn:proj.staging.stg_fx fqn:proj.seeds.units fqn:proj.staging.unique_stg_fx",
        "--indirect-selection",
        "empty",
    ]


def test_nothing_left_as_built_is_a_plain_build():
    every_model = {uid for uid in MANIFEST["nodes"] if uid.startswith(("model.", "seed."))}
    assert kept_nodes(MANIFEST, every_model) == []
    assert exclude_args(MANIFEST, []) == []


def test_no_change_leaves_every_node_as_built():
    """Built but never published: dbt has nothing to build, publish still runs."""
    kept = kept_nodes(MANIFEST, set())
    assert len(kept) == 7
    assert "operation.proj.on_run_end" not in kept


def test_a_test_on_a_changed_source_runs_and_one_on_an_unchanged_source_is_kept():
    manifest = {
        "nodes": {
            **MANIFEST["nodes"],
            "test.proj.not_null_raw_stats": _node(
                "test", "not_null_raw_stats", "sources", ("source.proj.raw.statistics",)
            ),
            "test.proj.not_null_raw_fx": _node(
                "test", "not_null_raw_fx", "sources", ("source.proj.raw.fx_rates",)
            ),
        }
    }
    rebuilt = {"source.proj.raw.statistics", "model.proj.stg_stats", "model.proj.fct_usd"}
    kept = kept_nodes(manifest, rebuilt)
    assert "test.proj.not_null_raw_stats" not in kept
    assert "test.proj.not_null_raw_fx" in kept
