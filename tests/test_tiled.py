"""Every shipped level opens in the Tiled editor itself, and Tiled keeps every object.

pytmx is lenient; Tiled is the tool a facilitator will use, so the levels are checked with it too
(``.ci/run`` installs it; on a machine without it the test is skipped, saying so).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

LEVELS = sorted((Path(__file__).resolve().parent.parent / "levels").glob("*.tmx"))
TILED = shutil.which("tiled")


def _objects(node: dict) -> int:
    """Objects in a Tiled JSON map, group layers included."""
    count = 0
    for layer in node.get("layers", []):
        count += len(layer.get("objects", [])) + _objects(layer)
    return count


@pytest.mark.skipif(TILED is None, reason="the Tiled editor is not installed (apt-get install tiled)")
@pytest.mark.parametrize("level", LEVELS, ids=[path.stem for path in LEVELS])
def test_level_opens_in_tiled_and_keeps_every_object(level: Path, tmp_path: Path) -> None:
    out = tmp_path / f"{level.stem}.json"
    result = subprocess.run([TILED, "--export-map", "json", str(level), str(out)], capture_output=True,
                            text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    in_tmx = sum(1 for _ in ElementTree.parse(level).getroot().iter("object"))
    assert _objects(exported) == in_tmx
    assert exported["width"] * exported["height"] == len(exported["layers"][0]["data"])
