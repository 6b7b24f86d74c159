"""The benchmark's and the soak's machinery, at tiny sizes and with no thresholds (figures: README)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from game.bench import BUDGETS, over_budget, percentile

REPO = Path(__file__).resolve().parent.parent
KEYS = ("floor_ms", "frame_ms_p50", "frame_ms_p99", "frame_ratio", "tick_ms_p50", "load_ms", "first_frame_ms",
        "peak_rss_mb")


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert percentile([3.0], 0.99) == 3.0


def test_over_budget_names_each_missed_budget():
    sound = {key: limit / 2 for key, limit, _ in BUDGETS}
    assert over_budget(sound) == []
    assert over_budget({**sound, "frame_ratio": 2.0}) == [], "the frame ratio may equal its budget"
    missed = over_budget({**sound, "tick_ms_p50": 1.0, "peak_rss_mb": 900.0})
    assert [line.split(" ")[0] for line in missed] == ["tick_ms_p50", "peak_rss_mb"]


def test_the_bench_runs_at_a_tiny_size_and_reports_every_figure():
    done = subprocess.run(
        [sys.executable, "-m", "game.bench", "--json", "--size", "320x240", "--warmup", "2", "--frames", "6",
         "--floor-frames", "3", "--ticks", "5", "--loads", "1", "--first-frame-runs", "1"],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    for key in KEYS:
        assert isinstance(result[key], (int, float)) and result[key] > 0, key
    assert result["frames"] == 6
    assert result["level"] == "stress.tmx" and result["cameras"] >= 200
    assert result["cones_on_screen_min"] >= 1


def test_a_short_soak_passes_and_says_what_it_did(tmp_path):
    out = tmp_path / "soak.json"
    # Seconds are too few to judge memory (caches still fill): no threshold here, the 30-minute soak judges.
    # How many frames fit in six seconds depends on how busy the machine is, so only "some" is asserted.
    done = subprocess.run([sys.executable, "-m", "game.soak", "--minutes", "0.1", "--seed", "5",
                           "--out", str(out), "--data-dir", str(tmp_path / "data"), "--max-growth", "100000"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr + done.stdout
    result = json.loads(done.stdout)
    assert result["status"] == "passed" and result["error"] is None
    assert result["frames"] >= 1 and result["app_starts"] == 1
    assert result["screens"].get("title", 0) >= 1, result["screens"]
    assert json.loads(out.read_text())["status"] == "passed"
