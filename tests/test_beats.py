"""The opening moment: the world waits, a fresh key ends it, and keys held through it do not walk her."""

from __future__ import annotations

import pygame

from game import tuning
from game.events import Command
from game.screens import PlayScreen, TitleScreen
from game.screens.base import Replace
from game.screens.intents import Held, Intent
from game.screens.play import OPENING_BEAT_TICKS
from tests.test_screens import FakeApp, level, press  # noqa: F401  (fixtures)


def test_a_run_from_the_title_opens_with_the_beat(level, art):  # noqa: F811
    started = TitleScreen(FakeApp(level, art)).update(press(Intent.CONFIRM))
    assert isinstance(started, Replace) and started.screen.opening_ticks == OPENING_BEAT_TICKS


def test_the_opening_withholds_control_and_a_held_key_neither_skips_it_nor_walks_her(level, art):  # noqa: F811
    play = PlayScreen(FakeApp(level, art), opening=True)
    start = (play.world.player.x, play.world.player.y)
    east = press(held=Held(move_x=1))
    for _ in range(OPENING_BEAT_TICKS // 2):
        assert play.update(east) is None
    assert play.world.tick == 0 and play.commands == [] and play.opening_ticks > 0
    surface = pygame.Surface((1280, 720))
    play.draw(surface)  # the card is drawn over the view while it waits
    assert play.update(press(Intent.ANY, held=Held(move_x=1))) is None
    assert play.opening_ticks == 0 and play.world.tick == 0
    for _ in range(20):  # still held from the opening: she stands
        play.update(east)
    assert (play.world.player.x, play.world.player.y) == start
    assert play.commands[-1] == Command()
    play.update(press())  # let go; pressed again, she walks
    for _ in range(10):
        play.update(east)
    assert play.world.player.x > start[0]


def test_the_opening_ends_by_itself_in_under_ten_seconds(level, art):  # noqa: F811
    play = PlayScreen(FakeApp(level, art), opening=True)
    for _ in range(OPENING_BEAT_TICKS):
        play.update(press())
    assert play.opening_ticks == 0 and play.world.tick == 0
    assert OPENING_BEAT_TICKS < 10 * tuning.TICKS_PER_SECOND
    play.update(press())
    assert play.world.tick == 1


def test_the_bot_skips_the_opening(level, art):  # noqa: F811
    play = PlayScreen(FakeApp(level, art, autoplay=True), opening=True)
    play.update(press())
    assert play.world.tick == 1


def test_the_opening_points_at_the_officers_and_the_open_back_door(art):
    """On Hearing Day the opening rings the officers at the front door and names the back door."""
    from pathlib import Path

    from game.level import load_level
    from game.render.notices import back_doors, draw_opening_marks, opening_marks

    hearing_day = load_level(Path(__file__).resolve().parents[1] / "levels" / "hearing_day.tmx")
    assert back_doors(hearing_day) == [(12.5, 44.5)], "the house's one other way out"
    surface = pygame.Surface((1280, 720))
    tile, up = tuning.TILE_PX, 900  # the house in the middle of the surface
    marks = draw_opening_marks(surface, opening_marks(surface, art, hearing_day, (0, -up), tile), art)
    officers = [(round(x * tile), round(y * tile) - up) for x, y in hearing_day.officers]
    assert any(rect.collidepoint(point) for rect in marks for point in officers)
    assert any(rect.collidepoint(12.5 * tile, 44.5 * tile - up) for rect in marks)
