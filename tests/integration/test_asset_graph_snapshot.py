"""The asset graph, written down: every asset's key, group, kinds and upstream keys, and
every asset check with whether it blocks. A change to the graph (a renamed model, a
dropped check, a dependency that appears) fails here and shows as a diff of
snapshots/asset_graph.json in review.

After an intended change, rewrite the snapshot and commit it with the change:

    UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/integration/test_asset_graph_snapshot.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from orchestration.definitions import definitions_for
from orchestration.domain.core.layout import WarehouseLayout

SNAPSHOT = Path(__file__).parent / "snapshots" / "asset_graph.json"


def _graph_snapshot(tmp_path: Path) -> dict:
    graph = definitions_for(WarehouseLayout.in_folder(tmp_path)).resolve_asset_graph()
    assets = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        assets[key.to_user_string()] = {
            "group": node.group_name,
            "kinds": sorted(node.kinds),
            "deps": sorted(parent.to_user_string() for parent in node.parent_keys),
        }
    checks = {}
    for check_key in sorted(graph.asset_check_keys, key=lambda k: k.to_user_string()):
        spec = graph.get_check_spec(check_key)
        checks[check_key.to_user_string()] = {"blocking": spec.blocking}
    return {"assets": assets, "checks": checks}


def test_the_asset_graph_matches_its_snapshot(tmp_path):
    current = _graph_snapshot(tmp_path)
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n")
    recorded = json.loads(SNAPSHOT.read_text())
    assert set(current["assets"]) == set(recorded["assets"]), "assets added or removed"
    assert set(current["checks"]) == set(recorded["checks"]), "checks added or removed"
    assert current == recorded
    # what the snapshot must hold, whatever else changes
    assert current["assets"]["publish/warehouse"]["group"] == "publish"
    assert "raw/statistics" in current["assets"]["staging/stg_raw__statistics"]["deps"]
    assert current["checks"]["raw/statistics:raw_contracts"]["blocking"] is True
