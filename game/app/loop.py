"""The window, the screen stack and the loop: a fixed 60 Hz step, one event pump, one draw.

In a window, real time feeds an accumulator that runs whole ticks (capped, so a stall never makes
the world jump). Headless, each frame is exactly one tick, so a headless run is deterministic and
``--frames 3600`` is one game minute however fast the machine is.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pygame

from game import i18n, tuning
from game.app.input import InputMapper
from game.app.options import ASSETS_DIR, Options
from game.app.runs import keep_run, record_of
from game.events import Command, write_run
from game.level import Level, load_level
from game.render import Art
from game.screens.base import Pop, Push, Quit, Replace, Screen, TickInput, Transition
from game.screens.title import TitleScreen
from game.sim import World
from game.sim.bot import Bot
from game.sim.cameras import CameraBank

MAX_TICKS_PER_FRAME = 5
TICK_SECONDS = 1.0 / tuning.TICKS_PER_SECOND


@dataclass
class Trace:
    """JSON lines of screen changes and run endings, for tests and the attract-loop checks."""

    stream: IO[str] | None

    def write(self, **entry: object) -> None:
        if self.stream is not None:
            self.stream.write(json.dumps(entry) + "\n")
            self.stream.flush()


@dataclass
class Session:
    """The app's side of the AppContext protocol that screens use."""

    options: Options
    level: Level
    art: Art
    data_dir: Path
    trace: Trace
    frame_source: Callable[[], int]
    stamp_source: Callable[[], str]
    seed_source: Callable[[], int]
    cameras: CameraBank | None = None
    active: tuple[World, list[Command]] | None = None
    finished_runs: int = field(default=0)

    @property
    def autoplay(self) -> bool:
        return self.options.autoplay

    @property
    def kiosk(self) -> bool:
        return self.options.kiosk

    def new_run(self) -> tuple[World, Bot | None]:
        seed = self.options.seed if self.options.seed is not None else self.seed_source()
        if self.cameras is None:
            self.cameras = CameraBank(self.level)
        else:
            self.cameras.reset()
        world = World(self.level, seed, self.options.profile, cameras=self.cameras)
        bot = Bot(self.level, seed) if self.options.autoplay else None
        return world, bot

    def track(self, world: World, commands: list[Command]) -> None:
        """The play screen tells the app which run is in progress, so an exit can still save it."""
        self.active = (world, commands)

    def finish_run(self, world: World, commands: list[Command]) -> bool:
        record = record_of(world, commands)
        self.trace.write(frame=self.frame_source(), ending=world.ending)
        if self.options.run_out is not None:
            write_run(self.options.run_out, record)
        keep_run(self.data_dir / "runs", record, self.stamp_source())
        self.active = None
        self.finished_runs += 1
        return self.options.autoplay and not self.options.kiosk


class App:
    """Owns pygame, the window and the screen stack; runs frames until asked to stop."""

    def __init__(self, options: Options, data_dir: Path,
                 first_screen: Callable[[Session], Screen] = TitleScreen) -> None:
        self.options = options
        self.data_dir = data_dir
        self.first_screen = first_screen
        self.frame = 0
        self.stack: list[Screen] = []

    def _open_display(self) -> pygame.Surface:
        pygame.display.set_caption("Flagged")
        if self.options.fullscreen and not self.options.headless:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        flags = 0 if self.options.headless else pygame.RESIZABLE
        return pygame.display.set_mode(self.options.size, flags)

    def run(self) -> int:
        options = self.options
        i18n.set_language(options.lang or i18n.system_language())
        pygame.init()
        try:
            surface = self._open_display()
            if options.kiosk:
                pygame.mouse.set_visible(False)
            level = load_level(options.level)
            art = Art.load(ASSETS_DIR)
            trace_stream = options.trace.open("w", encoding="utf-8") if options.trace else None
            try:
                session = Session(
                    options=options, level=level, art=art, data_dir=self.data_dir, trace=Trace(trace_stream),
                    frame_source=lambda: self.frame,
                    stamp_source=lambda: time.strftime("%Y%m%d-%H%M%S"),
                    seed_source=lambda: random.SystemRandom().randrange(2**31),
                )
                self.session = session
                return self._loop(surface, session)
            finally:
                if trace_stream is not None:
                    trace_stream.close()
        finally:
            pygame.quit()

    def _apply(self, transition: Transition | None, session: Session) -> bool:
        """Apply a screen's transition; False when the program should stop."""
        if transition is None:
            return True
        if isinstance(transition, Quit):
            return False
        top = self.stack[-1]
        top.on_exit()
        if isinstance(transition, Pop):
            self.stack.pop()
            if not self.stack:
                return False
        elif isinstance(transition, Replace):
            self.stack[-1] = transition.screen
        elif isinstance(transition, Push):
            self.stack.append(transition.screen)
        self.stack[-1].on_enter()
        session.trace.write(frame=self.frame, screen=self.stack[-1].name)
        return True

    def _draw(self, surface: pygame.Surface) -> None:
        first = len(self.stack) - 1
        while first > 0 and not self.stack[first].covers:
            first -= 1
        for screen in self.stack[first:]:
            screen.draw(surface)

    def _loop(self, surface: pygame.Surface, session: Session) -> int:
        options = self.options
        mapper = InputMapper()
        clock = pygame.time.Clock()
        self.stack = [self.first_screen(session)]
        self.stack[0].on_enter()
        session.trace.write(frame=0, screen=self.stack[0].name)
        accumulator = 0.0
        running = True
        while running:
            tick_input = mapper.translate(pygame.event.get())
            if mapper.quit_requested and not options.kiosk:
                break
            mapper.quit_requested = False
            if options.headless:
                ticks = 1
            else:
                elapsed = clock.tick(options.fps) / 1000.0
                accumulator = min(accumulator + elapsed, MAX_TICKS_PER_FRAME * TICK_SECONDS)
                ticks = int(accumulator / TICK_SECONDS)
                accumulator -= ticks * TICK_SECONDS
            for index in range(ticks):
                # Presses belong to the first tick of the frame; later ticks see only what is held.
                this_input = tick_input if index == 0 else TickInput(held=tick_input.held)
                running = self._apply(self.stack[-1].update(this_input), session)
                if not running:
                    break
            self.frame += 1
            last_frame = not running or (options.frames is not None and self.frame >= options.frames)
            if not options.headless or last_frame:
                self._draw(surface)
                if not options.headless:
                    pygame.display.flip()
            if last_frame:
                break
        if options.screenshot is not None:
            options.screenshot.parent.mkdir(parents=True, exist_ok=True)
            pygame.image.save(surface, str(options.screenshot))
        if session.active is not None and options.run_out is not None:
            write_run(options.run_out, record_of(*session.active))
        return 0
