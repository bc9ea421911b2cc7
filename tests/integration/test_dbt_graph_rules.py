"""The rules of the dbt project's layers, read from dbt's manifest, so a model that breaks
one fails here rather than in a reviewer's head:

- raw data enters through staging only (source() only in staging models);
- layers flow forward: no staging or intermediate model reads a mart or a quality model;
- one as-of gate per entity: int_targets_as_of is the only reader of int_targets_resolved,
  and int_documents_as_of of staged documents apart from the models that resolve targets;
- currency is conformed once: only staging models read the unit registry;
- published marts are named fct_/dim_, public, with an enforced contract, and the
  exposure published_warehouse declares every mart, quality and reference relation;
- dq_issues is built from the quality policy, which names every domain-check model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orchestration.defs.dbt_project import dbt_project
from orchestration.domain.publish.published_relations import published_relations
from orchestration.domain.quality.policy import quality_policy


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads(Path(dbt_project().manifest_path).read_text(encoding="utf-8"))


def _models(manifest: dict) -> dict[str, dict]:
    return {
        node["name"]: node
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model"
    }


def _layer(node: dict) -> str:
    return node["fqn"][1]


def _parents(manifest: dict, node: dict) -> set[str]:
    """Names of the models and seeds a node reads."""
    return {
        manifest["nodes"][parent]["name"]
        for parent in node["depends_on"]["nodes"]
        if parent in manifest["nodes"]
    }


def test_raw_data_enters_through_staging_only(manifest):
    reading_sources = {
        name
        for name, node in _models(manifest).items()
        if any(p.startswith("source.") for p in node["depends_on"]["nodes"])
    }
    assert reading_sources
    assert {name for name in reading_sources if not name.startswith("stg_")} == set()


def test_layers_only_flow_forward(manifest):
    models = _models(manifest)
    later = {"marts", "quality"}
    backwards = {
        (name, parent)
        for name, node in models.items()
        if _layer(node) in {"staging", "intermediate"}
        for parent in _parents(manifest, node)
        if parent in models and _layer(models[parent]) in later
    }
    assert backwards == set()


def test_one_as_of_gate_per_entity(manifest):
    readers = {name: _parents(manifest, node) for name, node in _models(manifest).items()}
    assert {n for n, p in readers.items() if "int_targets_resolved" in p} == {"int_targets_as_of"}
    # documents: the gate, and what resolves targets before the gate, read staged documents
    documents = {n for n, p in readers.items() if "stg_raw__documents" in p}
    assert documents == {"int_documents_as_of", "int_targets_resolved"}
    # every mart and quality model that reads targets or documents reads them gated
    marts_with_targets = {
        n for n, p in readers.items() if p & {"int_targets_as_of", "int_documents_as_of"}
    }
    assert {"dim_targets", "dim_documents", "dq_missing_statistics"} <= marts_with_targets


def test_currency_is_conformed_in_staging_only(manifest):
    readers = {
        name for name, node in _models(manifest).items() if "units" in _parents(manifest, node)
    }
    assert readers == {"stg_raw__statistics", "stg_raw__targets", "stg_reader__document_claims"}


def test_published_marts_are_named_public_and_contracted(manifest):
    marts = {name: node for name, node in _models(manifest).items() if _layer(node) == "marts"}
    assert len(marts) >= 14
    for name, node in marts.items():
        assert name.startswith(("fct_", "dim_")), name
        assert node["access"] == "public", name
        assert node["config"]["contract"]["enforced"] is True, name
        assert all(column.get("data_type") for column in node["columns"].values()), name


def test_the_exposure_publishes_every_reader_facing_relation(manifest):
    expected = {
        (node["schema"], node["alias"])
        for node in manifest["nodes"].values()
        if node["resource_type"] in {"model", "seed"}
        and node["schema"] in {"marts", "quality", "reference"}
    } | {("quality", "load_rejections")}
    assert set(published_relations(Path(dbt_project().manifest_path))) == expected


def test_dq_issues_unions_every_check_the_policy_names(manifest):
    models = _models(manifest)
    checks = {
        name for name, node in models.items() if _layer(node) == "quality" and name != "dq_issues"
    }
    named = {policy.model for policy in quality_policy().values() if policy.model}
    assert named == checks
    assert _parents(manifest, models["dq_issues"]) == checks | {"quality_policy"}
