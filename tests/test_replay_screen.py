"""The replay screen: pause, speed, seeking both ways, the verdict, and the what-if view."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import main
from game.app.commands import load_run
from game.render import Art
from game.screens.base import Quit
from game.screens.intents import Intent, TickInput
from game.screens.replay import ReplayScreen
from game.sim.replay import Replay


class Context:
    def __init__(self, art: Art) -> None:
        self.art = art


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("replay")
    out = folder / "run.json"
    assert main(["--headless", "--autoplay", "--seed", "3", "--run-out", str(out),
                 "--data-dir", str(folder / "data")]) == 0
    return out


@pytest.fixture
def screen_for(recorded: Path):
    pygame.display.init()
    surface = pygame.display.set_mode((1280, 720))
    art = Art.load()

    def make(profile: dict[str, object] | None = None, system_view: bool = True) -> ReplayScreen:
        record, level = load_run(recorded)
        return ReplayScreen(Context(art), Replay(record, level, profile), system_view, bool(profile))

    yield make, surface
    pygame.display.quit()


def press(screen: ReplayScreen, *intents: Intent) -> object:
    return screen.update(TickInput(intents=frozenset(intents)))


def test_pause_speed_and_seek(screen_for) -> None:
    make, _ = screen_for
    screen = make()
    press(screen)
    assert screen.replay.world.tick == 1
    press(screen, Intent.CONFIRM)
    assert screen.paused and screen.replay.world.tick == 1
    press(screen, Intent.UP)
    press(screen, Intent.UP)
    assert screen.speed == 4
    press(screen, Intent.CONFIRM)
    assert screen.replay.world.tick == 5
    press(screen, Intent.RIGHT)
    assert screen.replay.world.tick == 5 + 600 + 4
    press(screen, Intent.LEFT)
    assert screen.replay.world.tick == 5 + 4 + 4, "seeking back re-runs the world from the start"
    assert isinstance(press(screen, Intent.BACK), Quit)


def test_a_finished_replay_says_it_matches(screen_for) -> None:
    make, surface = screen_for
    screen = make()
    while not screen.replay.finished:
        press(screen, Intent.RIGHT)
    press(screen)
    assert screen.verdict is not None and screen.verdict.matches
    screen.draw(surface)


def test_what_if_shows_both_files_when_the_inputs_run_out(screen_for) -> None:
    make, surface = screen_for
    screen = make({"relative_of_detainee": False})
    while not screen.replay.finished:
        press(screen, Intent.RIGHT)
    press(screen)
    assert screen.verdict is None, "a what-if is not expected to reproduce the record"
    assert screen.what_if_files is not None
    played, changed = screen.what_if_files
    assert played.record is screen.replay.record
    assert changed.record.profile["relative_of_detainee"] is False
    screen.draw(surface)
    colours = {tuple(surface.get_at((x, y))) for x in range(0, 1280, 32) for y in range(0, 720, 32)}
    assert len(colours) > 10
