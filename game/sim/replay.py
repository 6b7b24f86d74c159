"""Replaying a run from its inputs, and checking that it reproduces the file it came with.

The simulation is deterministic, so the recorded inputs with the recorded seed and profile must give
the recorded events exactly. A what-if replay changes one hidden attribute of the profile and keeps
every input: the same walk, a different file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.events import Command, RunRecord, decode_inputs
from game.level.model import Level
from game.sim.cameras import CameraBank
from game.sim.world import World


@dataclass(frozen=True)
class Verdict:
    """Whether a replay reproduced its record; ``first_difference`` is the tick where it did not."""

    matches: bool
    first_difference: int | None
    detail: str


class Replay:
    """A world driven by recorded commands, one tick at a time, that can seek back by re-running."""

    def __init__(self, record: RunRecord, level: Level, profile: dict[str, Any] | None = None,
                 cameras: CameraBank | None = None) -> None:
        self.record = record
        self.level = level
        self.commands: list[Command] = decode_inputs(record.inputs)
        self.profile = {**record.profile, **(profile or {})}
        self.cameras = cameras if cameras is not None else CameraBank(level)
        self.world = self._fresh_world()

    def _fresh_world(self) -> World:
        self.cameras.reset()
        return World(self.level, self.record.seed, self.profile, cameras=self.cameras)

    @property
    def finished(self) -> bool:
        return self.world.ending is not None or self.world.tick >= len(self.commands)

    def step(self) -> None:
        if not self.finished:
            self.world.step(self.commands[self.world.tick])

    def seek(self, tick: int) -> None:
        """Go to ``tick``: forward by stepping, back by re-running from the start (it is cheap)."""
        tick = max(0, min(tick, len(self.commands)))
        if tick < self.world.tick:
            self.world = self._fresh_world()
        while self.world.tick < tick and not self.finished:
            self.step()

    def run_to_end(self) -> World:
        while not self.finished:
            self.step()
        return self.world


def compare(recorded: RunRecord, replayed: World) -> Verdict:
    """Compare a replayed world's events with the recorded ones, event by event."""
    expected = [event.to_dict() for event in recorded.events]
    actual = [event.to_dict() for event in replayed.events]
    for index, (want, got) in enumerate(zip(expected, actual, strict=False)):
        if want != got:
            return Verdict(False, int(got["tick"]),
                           f"event {index + 1} differs at tick {got['tick']}: recorded {want['kind']}, "
                           f"replayed {got['kind']}")
    if len(expected) != len(actual):
        shorter = min(len(expected), len(actual))
        tick = (actual or expected)[shorter - 1]["tick"] if shorter else 0
        return Verdict(False, int(tick), f"recorded {len(expected)} events, replayed {len(actual)}")
    return Verdict(True, None, f"replay reproduces all {len(expected)} recorded events")
