"""A run's file (``game.system.debrief.Debrief``) from the world that played it, or from a run file.

Why here and not in the system: the file's cameras' reach is the sight the simulation's camera bank
built (``CameraBank.profiles``), and only the layers above the simulation may ask it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from game.events import Command, RunRecord
from game.level.model import Level
from game.sim.cameras import CameraBank
from game.sim.record import record_of
from game.sim.world import World
from game.system.debrief import Debrief, debrief_of


def file_of(world: World, commands: Sequence[Command],
            cameras_on_screen: Collection[str] = ()) -> Debrief:
    """The file of a run just played: its record (``record_of``, once, with the cameras its screens
    drew) and the figures, from the world's own camera bank."""
    record = record_of(world, commands, cameras_on_screen)
    return debrief_of(record, world.level, world.cameras.profiles)


def file_of_run(record: RunRecord, level: Level, cameras: CameraBank | None = None) -> Debrief:
    """The file of a recorded run on its level (a run file read back, a replay's what-if), its reach
    from ``cameras`` if a bank of this level is at hand, else from a bank built for it."""
    bank = cameras if cameras is not None else CameraBank(level)
    return debrief_of(record, level, bank.profiles)
