"""Here's deadline matters: a straight walk to the square has a few minutes to spare, a longer way
has fewer, and the bus only pays off for one who hurries (issue 11, item 9).

Why a test: the deadline is a time of day, the walk a number of ticks; if the clock's pace
(``tuning.GAME_SECONDS_PER_TICK``) changes, this says the deadline must be measured again.
"""

from __future__ import annotations

import pytest

from game.app.options import LEVELS_DIR
from game.events import Command
from game.level import Level, load_level
from game.sim import World
from game.sim.bot import Bot


@pytest.fixture(scope="module")
def here() -> Level:
    return load_level(LEVELS_DIR / "here.tmx")


def arrival(level: Level, seed: int, run: bool) -> tuple[str | None, float]:
    """Walk (or run) a bot's route with no errand, no look at the phone and the door answered at
    once: the ending and the minutes to spare (negative: late)."""
    bot = Bot(level, seed)
    bot.answer_at, bot.next_phone_tick = 0, 10**9
    bot.errand = None
    bot._maybe_errand = lambda world: None  # type: ignore[method-assign]  # no detour to a bin
    world = World(level, seed)
    while world.ending is None:
        command = bot.command(world)
        if world.pending_choice is None:
            command = Command(move_x=command.move_x, move_y=command.move_y, run=run, act=command.act)
        world.step(command)
    return world.ending, level.hearing_minutes - world.game_minutes


def test_a_straight_walk_has_a_few_minutes_to_spare(here: Level) -> None:
    ending, spare = arrival(here, 0, run=False)  # seed 0 takes the streets, the shortest way
    assert ending == "spoke_at_square" and 4 <= spare <= 12


def test_a_longer_way_leaves_less_and_the_bus_needs_her_to_hurry(here: Level) -> None:
    straight = arrival(here, 0, run=False)[1]
    ending, spare = arrival(here, 2, run=False)  # seed 2: the ring road's way round
    assert ending == "spoke_at_square" and spare < straight - 2
    assert arrival(here, 1, run=False)[0] == "too_late", "the bus, walked to and from, is too slow"
    assert arrival(here, 1, run=True)[0] == "spoke_at_square"
