"""Keeping finished runs: the run file, and the data dir's ``runs/`` with the latest 50."""

from __future__ import annotations

from pathlib import Path

from game.events import RunRecord, write_run
from game.sim.record import record_of

KEEP_RUNS = 50

__all__ = ["KEEP_RUNS", "keep_run", "record_of"]


def keep_run(runs_dir: Path, record: RunRecord, stamp: str) -> Path:
    """Write a finished run into ``runs_dir`` and drop all but the newest KEEP_RUNS files."""
    path = runs_dir / f"{stamp}-{record.level}-seed{record.seed}.json"
    write_run(path, record)
    kept = sorted(runs_dir.glob("*.json"))
    for old in kept[:-KEEP_RUNS]:
        old.unlink(missing_ok=True)
    return path
