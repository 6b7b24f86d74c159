"""A run as its file: the record of a world and the commands that drove it.

Why it lives in the simulation layer: the app keeps run files, and the debrief screen draws one, and
screens may not import the app; both read the world the same way through this one function.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from game import __version__
from game.events import Command, RunRecord, encode_inputs
from game.sim.world import World


def record_of(world: World, commands: Sequence[Command], cameras_on_screen: Iterable[str] = ()) -> RunRecord:
    """The run file of a world and the commands that drove it (the run may be unfinished).
    ``cameras_on_screen``: the labels of the cameras the app drew while it ran (the play screen
    gathers them from its world view); a run that was never drawn has none."""
    return RunRecord(
        game_version=__version__, level=world.level.name, seed=world.seed, profile=dict(world.profile),
        inputs=encode_inputs(list(commands)), ending=world.ending, ticks=world.tick,
        events=tuple(world.events), route=tuple(world.route),
        cameras_on_screen=tuple(sorted(set(cameras_on_screen))), preset=world.level.preset,
    )
