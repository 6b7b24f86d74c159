"""The README's pictures of a run's moments, drawn by the play screen itself from bot runs.

Why a module: the opening beat, a gate's queue, the health station and the endings' moments happen
at ticks a headless ``--screenshot`` cannot aim at (the opening only follows the title's Play), so
``python -m game.docs_shots --out docs`` plays the bot to each moment and saves what the screen
shows, in English and Dutch at 1280x720. The same seeds give the same pictures.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pygame

from game import i18n
from game.app.settings import Settings
from game.contact_sheet import LEVELS_DIR, SheetContext
from game.level import Level, load_level
from game.level.story import first_scenario
from game.render import Art
from game.screens import PlayScreen
from game.screens.intents import Held, TickInput
from game.sim.bot import Bot
from game.sim.world import World

SIZE = (1280, 720)
TICK_LIMIT = 60 * 60 * 20
# (picture, seed, what the run must be doing when it is taken)
MOMENTS: tuple[tuple[str, int, Callable[[World], bool]], ...] = (
    ("queue", 21, lambda world: world.waiting is not None and world.waiting.kind == "queue"
     and world.waiting.game_seconds < 200),
    ("station", 22, lambda world: world.waiting is not None and world.waiting.kind == "station"
     and world.waiting.game_seconds < 500),
    ("held", 23, lambda world: world.waiting is not None and world.waiting.kind == "held"
     and world.waiting.game_seconds < 3000),
    ("ending_too_late", 22, lambda world: world.ending == "too_late"),
    ("ending_courtroom", 21, lambda world: world.ending == "in_courtroom"),
)


def _still() -> TickInput:
    return TickInput(intents=frozenset(), held=Held())


def _opening(context: SheetContext) -> pygame.Surface:
    play = PlayScreen(context, opening=True)
    for _tick in range(60):
        play.update(_still())
    surface = pygame.Surface(SIZE)
    play.draw(surface)
    return surface


def _moment(context: SheetContext, level: Level, seed: int, at: Callable[[World], bool]) -> pygame.Surface:
    """Play the bot with this seed until ``at`` holds, then draw the play screen as it is."""
    play = PlayScreen(context)
    play.world, play.bot = World(level, seed), Bot(level, seed)
    while not at(play.world):
        assert play.world.tick < TICK_LIMIT and (play.world.ending is None or at(play.world)), seed
        play.world.step(play.bot.command(play.world))
    surface = pygame.Surface(SIZE)
    play.draw(surface)
    return surface


def shots(level: Level, art: Art) -> Iterator[tuple[str, pygame.Surface]]:
    """(name, picture) of every moment in both languages."""
    for language in ("en", "nl"):
        i18n.set_language(language)
        context = SheetContext(level, art, Settings(language=language))
        suffix = "" if language == "en" else "_nl"
        yield f"moment_opening{suffix}", _opening(context)
        for name, seed, at in MOMENTS:
            yield f"moment_{name}{suffix}", _moment(context, level, seed, at)
    i18n.set_language("en")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.docs_shots", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNGs")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    pygame.display.init()
    pygame.display.set_mode((1, 1), pygame.HIDDEN)
    level = load_level(LEVELS_DIR / f"{first_scenario(LEVELS_DIR)}.tmx")  # the seeds above are its
    for name, surface in shots(level, Art.load()):
        pygame.image.save(surface, str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
