"""Run files recorded before the world/system boundary changed must still replay to the same file.

They were written by the bot on main at commit afa8c7e (the five endings and moments they cover are
named below); a change to the simulation that alters any event, tick or clock shows up here first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.events import read_run
from game.level import load_level
from game.sim.replay import Replay, compare

RUNS = Path(__file__).parent / "data" / "runs"
LEVELS = Path(__file__).parent.parent / "levels"

# file: the ending it reached, and an event kind only that run's path writes
KEPT = {
    "hearing_day_21.json": ("in_courtroom", "gate"),
    "hearing_day_24.json": ("too_late", "station"),
    "hearing_day_27.json": ("pulled_off_highway", "police"),
    "here_3.json": ("spoke_at_square", "footage"),
    "here_8.json": ("spoke_at_square", "tension"),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_run_recorded_before_still_replays_event_for_event(name: str) -> None:
    record = read_run(RUNS / name)
    ending, kind = KEPT[name]
    assert record.ending == ending
    assert kind in {event.kind for event in record.events}
    level = load_level(LEVELS / f"{record.level}.tmx")
    world = Replay(record, level).run_to_end()
    verdict = compare(record, world)
    assert verdict.matches, verdict.detail
    assert world.ending == ending
    assert world.tick == record.ticks
