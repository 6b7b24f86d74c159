"""Keeping finished runs: the run file, and the data dir's ``runs/`` with the latest 50."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from game import __version__
from game.events import Command, RunRecord, encode_inputs, write_run
from game.sim import World

KEEP_RUNS = 50


def record_of(world: World, commands: Sequence[Command]) -> RunRecord:
    """The run file of a world and the commands that drove it (the run may be unfinished)."""
    return RunRecord(
        game_version=__version__, level=world.level.name, seed=world.seed, profile=dict(world.profile),
        inputs=encode_inputs(list(commands)), ending=world.ending, ticks=world.tick,
        events=tuple(world.events), route=tuple(world.route),
        cameras_on_screen=tuple(sorted(world.cameras_on_screen)),
    )


def keep_run(runs_dir: Path, record: RunRecord, stamp: str) -> Path:
    """Write a finished run into ``runs_dir`` and drop all but the newest KEEP_RUNS files."""
    path = runs_dir / f"{stamp}-{record.level}-seed{record.seed}.json"
    write_run(path, record)
    kept = sorted(runs_dir.glob("*.json"))
    for old in kept[:-KEEP_RUNS]:
        old.unlink(missing_ok=True)
    return path
