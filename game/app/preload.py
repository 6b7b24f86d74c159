"""What a kiosk takes at start: every scenario it offers, and one drawing of every screen it can show.

Why at start: a kiosk runs for days, and memory it takes the first time a visitor picks the second
scenario, opens a menu or finishes a run stays taken (caches keep their entries; the C allocator keeps
what surfaces freed). Taken at start, that memory is the kiosk's size from the first minute, and a
process that grows later is one that leaks. Only the kiosk does this: a game started at home draws
its first frame at once.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import i18n
from game.events import Command
from game.level import Level, LevelError, load_level
from game.render import AssetError
from game.screens.base import Screen, draw_stack
from game.sim.cameras import CameraBank
from game.system.debrief import Debrief

if TYPE_CHECKING:
    from game.app.loop import Services
    from game.screens.play import PlayScreen


def every_cone(bank: CameraBank) -> int:
    """Build the cone of every whole degree each camera can face (the bank keeps them); how many.

    A camera's cones are otherwise built the first time its sweep reaches each degree, in play.
    """
    built = 0
    for index in range(len(bank)):
        half = float(bank.sweep[index]) / 2 if bool(bank.moving[index]) else 0.0
        facing = float(bank.facing[index])
        for degree in range(math.floor(facing - half), math.ceil(facing + half) + 1):
            bank.angle[index] = degree % 360
            bank.cone(index)
            built += 1
    bank.reset()  # every camera back where a run starts
    return built


def preload_scenarios(services: Services) -> list[Path]:
    """Load every level the kiosk offers (the facilitator's list, which holds the title's scenarios) and
    its camera bank, every cone built, into the run service; the paths loaded. A level that does not load,
    or whose map cannot be drawn, is left out (one bad file in ``levels/`` must not stop a kiosk):
    choosing it later says why."""
    loaded = []
    runs = services.runs
    for path in runs.level_paths():
        if runs.level is not None and path == runs.level.path:
            level: Level = runs.level
        else:
            try:
                level = load_level(path)
                services.art.map_data(level)  # a tileset image that does not decode fails here, not in play
            except (LevelError, AssetError) as error:
                first = error.problems[0] if isinstance(error, LevelError) and error.problems else error
                sys.stderr.write(f"flagged: kiosk: left out {path.name}: {first}\n")
                continue
        runs.levels[path] = level
        bank = CameraBank(level)
        every_cone(bank)
        runs.banks[path] = bank
        loaded.append(path)
    return loaded


def draw_every_screen(services: Services, surface: pygame.Surface) -> None:
    """Draw once, onto ``surface``, every screen the kiosk can show, in every language it offers, for
    each preloaded scenario: the title, the attract loop, play (every cone worked out in pixels, in
    both contrasts, and racing to the end), every overlay (pause, phone, the officers' visit, the
    facilitator's menu in its three modes, the settings), the debrief and the comparison of two
    scenarios; so the surfaces and cache entries they keep (cards' shadows are made per size, and a
    card's size follows its words) exist from the start.

    Nothing is kept or counted: the runs drawn are given up at once and never finished, and the
    services are left as they were (level, cameras, contrast, language, attract seeds).
    """
    from game.screens.compare import CompareScreen

    art, runs = services.art, services.runs
    kept = (runs.level, runs.cameras, art.high_contrast, runs.attract_runs)
    language = i18n.current_language()
    try:
        for shown in (*(other for other in i18n.SUPPORTED_LANGUAGES if other != language), language):
            i18n.set_language(shown)
            drawn = [_draw_scenario(services, path, level, surface, kept[2])
                     for path, level in runs.levels.items()]
            if len(drawn) > 1:  # each scenario once on either side of the comparison
                for index in range(len(drawn)):
                    draw_stack([CompareScreen(services, drawn[index - 1], drawn[index])], surface)
    finally:
        i18n.set_language(language)
        runs.level, runs.cameras, art.high_contrast, runs.attract_runs = kept
        runs.active = None
        services.pages.release()
        for bank in runs.banks.values():
            bank.reset()


def _draw_scenario(services: Services, path: Path, level: Level, surface: pygame.Surface,
                   high_contrast: bool) -> Debrief:
    """Every screen of one scenario drawn once (see ``draw_every_screen``); the run it drew, given up."""
    from game.screens.attract import AttractScreen
    from game.screens.ending import EndingScreen
    from game.screens.play import PlayScreen
    from game.screens.title import TitleScreen

    art, runs = services.art, services.runs
    runs.level, runs.cameras = level, runs.banks.get(path)
    title = TitleScreen(services)
    for on_scenarios in (False, True):
        title.on_scenarios = on_scenarios
        title.draw(surface)
    draw_stack([AttractScreen(services)], surface)
    play = PlayScreen(services)
    play.view.prepare(play.world.cameras)  # every cone the bank built, in map pixels, kept per level
    for contrast in (not high_contrast, high_contrast):
        art.high_contrast = contrast
        draw_stack([play], surface)
    for overlays in _overlays(services, play):
        draw_stack([play, *overlays], surface)
    cap, play.cap_ticks = play.cap_ticks, 0  # the card shown while the clock races
    draw_stack([play], surface)
    play.cap_ticks = cap
    world = play.world
    world.step(Command(give_up=True))
    ending = EndingScreen(services, world, [])
    draw_stack([ending], surface)
    return ending.file


def _overlays(services: Services, play: PlayScreen) -> list[list[Screen]]:
    """The screens that open over a run, each as the stack above the play screen."""
    from game.screens.facilitator import FacilitatorScreen
    from game.screens.pause import PauseScreen
    from game.screens.phone import PhoneScreen
    from game.screens.settings_menu import SettingsScreen
    from game.screens.visit import VisitScreen

    facilitator = []
    for mode in ("menu", "statistics", "confirm"):
        screen = FacilitatorScreen(services)
        screen.mode = mode
        screen.summary = services.exhibition.stats_summary() if mode == "statistics" else None
        facilitator.append([screen])
    stacks = [[PauseScreen(services, play)], [PhoneScreen(services, play)], *facilitator,
              [FacilitatorScreen(services), SettingsScreen(services)]]
    if play.world.pending_choice == "visit":
        stacks.append([VisitScreen(services, play)])
    return stacks
