"""The window, the screen stack and the loop: a fixed 60 Hz step, one event pump, one draw.

In a window, real time feeds an accumulator that runs whole ticks (capped, so a stall never makes
the world jump). Headless, each frame is exactly one tick, so a headless run is deterministic and
``--frames 3600`` is one game minute however fast the machine is.

The app also keeps what no single screen can: the settings (loaded at start, saved when changed),
the anonymous statistics, the kiosk's idle clock (a run left alone goes back to the title) and the
facilitator's chord, which opens the facilitator's menu over whatever screen is showing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pygame

from game import i18n, tuning
from game.app.input import InputMapper
from game.app.options import ASSETS_DIR, LEVELS_DIR, Options
from game.app.runs import keep_run, record_of
from game.app.settings import Settings, load_settings, save_settings, settings_path, with_changes
from game.app.stats import StatsDB, StatsError, Summary, row_from_record, stats_path
from game.events import Command, RunRecord, write_run
from game.level import Level, LevelError, load_level
from game.render import Art
from game.screens.base import Held, Intent, Pop, Push, Quit, Replace, Screen, TickInput, Transition
from game.screens.ending import PageCanvas
from game.screens.facilitator import FacilitatorScreen
from game.screens.title import TitleScreen
from game.sim import World
from game.sim.bot import Bot
from game.sim.cameras import CameraBank
from game.system.presets import Preset, apply_preset, load_active, save_active

MAX_TICKS_PER_FRAME = 5
BENCHMARK_LEVELS = frozenset({"stress"})  # made to load the renderer, not to be played
TICK_SECONDS = 1.0 / tuning.TICKS_PER_SECOND


def ticks_of(seconds: float) -> int:
    """Real seconds (as the settings give timings) in game ticks."""
    return max(1, round(seconds * tuning.TICKS_PER_SECOND))


def notice(line: str) -> None:
    """A line for whoever looks after the program: stderr (the supervisor keeps it in logs/)."""
    sys.stderr.write(f"flagged: {line}\n")


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter: blocks this large or larger are mappings of their own
LARGE_BLOCK = 1 << 20  # a megabyte: surfaces, and the scratch buffers pygame makes to scale them


@functools.cache
def _libc_function(name: str) -> Callable[..., int] | None:
    """A function of glibc (``malloc_trim``, ``mallopt``), looked up once; None where there is none."""
    library = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(library), name) if library else None
    except (OSError, AttributeError):
        return None


def release_freed_memory() -> None:
    """Hand memory freed since the last screen change back to the system (glibc keeps it otherwise).

    A kiosk runs for days: building and first drawing a screen (the debrief's figures, a page's text)
    takes memory for a moment, and without this the process keeps each peak for good. Elsewhere than
    glibc this does nothing.
    """
    trim = _libc_function("malloc_trim")
    if trim is not None:
        trim(0)


def return_large_blocks_at_once() -> None:
    """From now on every block of LARGE_BLOCK or more is a mapping of its own, handed back to the
    system the moment it is freed (a kiosk sets this at start).

    Why: glibc raises that limit by itself to the largest block freed so far (a page surface of many
    megabytes), after which large short-lived blocks, such as the scratch buffer pygame's smoothscale
    makes on every page drawn, come from the heap and stay in the process until the next trim.
    Elsewhere than glibc this does nothing.
    """
    mallopt = _libc_function("mallopt")
    if mallopt is not None:
        mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK)


def draw_stack(stack: Sequence[Screen], surface: pygame.Surface,
               previous: tuple[Screen, ...] = ()) -> tuple[Screen, ...]:
    """Draw a screen stack: from the topmost screen that covers the window, up. ``previous`` are
    the screens drawn last frame: a screen drawn alone then and now is told that its last frame is
    still on the surface (``frame_kept``). Returns the screens drawn."""
    first = len(stack) - 1
    while first > 0 and not stack[first].covers:
        first -= 1
    drawn = tuple(stack[first:])
    kept = len(drawn) == 1 and drawn == previous
    for screen in drawn:
        screen.frame_kept = kept
        screen.draw(surface)
    return drawn


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
    settings: Settings = field(default_factory=Settings)
    notice: str | None = None  # what was wrong with the settings file, for the title to show
    hour_source: Callable[[], int] = field(default=lambda: time.localtime().tm_hour)
    cameras: CameraBank | None = None
    active: tuple[World, list[Command]] | None = None
    finished_runs: int = field(default=0)
    attract_runs: int = field(default=0)
    idle_ticks: int = field(default=0)  # ticks since the last input, for the kiosk's idle reset
    # The last finished run of each level this sitting, so the debrief can offer the scenario comparison.
    last_records: dict[str, tuple[RunRecord, Level]] = field(default_factory=dict)
    # What a kiosk loads at start (``game.app.preload``): every level it offers and its camera bank, by
    # path, so choosing a scenario later loads nothing.
    levels: dict[Path, Level] = field(default_factory=dict)
    banks: dict[Path, CameraBank] = field(default_factory=dict)
    # The surfaces the debrief and the comparison are drawn on, made once per window size.
    pages: PageCanvas = field(default_factory=PageCanvas)
    # The facilitator's rule preset (``game.system.presets``), applied to every new run of its level.
    preset: Preset | None = None

    @property
    def autoplay(self) -> bool:
        return self.options.autoplay

    @property
    def kiosk(self) -> bool:
        return self.options.kiosk

    def _camera_bank(self) -> CameraBank:
        """The level's cameras, ready for a new run: the preloaded bank if there is one, else made now
        and kept until the level changes."""
        if self.cameras is None:
            kept = self.banks.get(self.level.path)
            preloaded = kept is not None and self.levels.get(self.level.path) is self.level
            self.cameras = kept if kept is not None and preloaded else CameraBank(self.level)
        self.cameras.reset()
        return self.cameras

    def new_run(self) -> tuple[World, Bot | None]:
        seed = self.options.seed if self.options.seed is not None else self.seed_source()
        world = World(self.run_level(), seed, self.options.profile, cameras=self._camera_bank())
        bot = Bot(self.level, seed) if self.options.autoplay else None
        return world, bot

    def run_level(self) -> Level:
        """The level of the next run: the chosen one, set up by the facilitator's preset if it is for
        this level (the camera bank is the level's own either way)."""
        if self.preset is None or self.preset.level != self.level.name:
            return self.level
        return apply_preset(self.level, self.preset)

    def use_preset(self, preset: Preset | None) -> str | None:
        """Use ``preset`` (None: the level as it is) from the next run on, and remember it across
        restarts; a one-line problem, or None."""
        self.preset = preset
        try:
            save_active(self.data_dir, preset)
        except OSError as error:
            notice(f"presets: cannot save the choice ({error})")
            return f"{self.data_dir}: cannot save the preset choice ({error.strerror or error})"
        return None

    def new_attract_run(self) -> tuple[World, Bot]:
        """A bot's run for the attract loop: a new seed each time, so each loop walks another route."""
        seed = self.attract_runs
        self.attract_runs += 1
        world = World(self.level, seed, self.options.profile, cameras=self._camera_bank())
        return world, Bot(self.level, seed)

    def track(self, world: World, commands: list[Command]) -> None:
        """The play screen tells the app which run is in progress, so an exit can still save it."""
        self.active = (world, commands)

    def finish_run(self, world: World, commands: list[Command]) -> bool:
        record = record_of(world, commands)
        self.trace.write(frame=self.frame_source(), ending=world.ending)
        if self.options.run_out is not None:
            write_run(self.options.run_out, record)
        keep_run(self.data_dir / "runs", record, self.stamp_source())
        self.last_records[record.level] = (record, world.level)
        self.active = None
        self.finished_runs += 1
        self._count(record)
        return self.options.autoplay and not self.options.kiosk

    def _count(self, record: RunRecord) -> None:
        """One anonymous row in the statistics; a broken database is logged, never a crash."""
        try:
            row = row_from_record(record, i18n.current_language(), self.hour_source())
            with StatsDB(stats_path(self.data_dir)) as db:
                db.add_run(row)
        except (StatsError, ValueError) as error:
            notice(f"statistics: {error}")

    # --- settings -------------------------------------------------------------------------------

    def apply_settings(self, settings: Settings, *, language: str | None = None) -> None:
        """Use these settings from now on: language, text size, reduced motion, contrast, volume."""
        self.settings = settings
        chosen = language or settings.language
        if chosen is not None:
            i18n.set_language(chosen)
        self.art.text_scale = settings.text_size / 100
        self.art.reduced_motion = settings.reduced_motion
        self.art.high_contrast = settings.high_contrast
        self.art.sounds.volume = settings.volume

    def change_settings(self, **changes: object) -> str | None:
        """Apply and save (atomically) some settings; a one-line problem, or None."""
        try:
            changed = with_changes(self.settings, **changes)
        except ValueError as error:
            return str(error)
        self.apply_settings(changed)
        try:
            save_settings(settings_path(self.data_dir), changed)
        except OSError as error:
            notice(f"settings: cannot save ({error})")
            return f"{settings_path(self.data_dir)}: cannot save ({error.strerror or error})"
        return None

    def take_notice(self) -> str | None:
        kept, self.notice = self.notice, None
        return kept

    # --- the facilitator's menu -----------------------------------------------------------------

    def level_paths(self) -> list[Path]:
        """The levels a facilitator may choose: every map in ``levels/`` (a workshop may add its own)
        but the benchmark's, and the one now played."""
        found = sorted(path for path in LEVELS_DIR.glob("*.tmx") if path.stem not in BENCHMARK_LEVELS)
        if self.level is not None and self.level.path not in found:
            found.insert(0, self.level.path)
        return found

    def choose_level(self, path: Path) -> str | None:
        """Play ``path`` from the next run on; a one-line problem (the old level stays), or None.

        A level the kiosk preloaded is taken as it is; any other is read from its file now."""
        level = self.levels.get(path)
        if level is None:
            try:
                level = load_level(path)
            except LevelError as error:
                return str(error.problems[0])
        self.level = level
        self.cameras = None
        return None

    def stats_summary(self) -> Summary | str:
        """The figures of every run counted here, or a one-line problem."""
        try:
            with StatsDB(stats_path(self.data_dir)) as db:
                return db.summary()
        except StatsError as error:
            return str(error)

    def reset_stats(self) -> str | None:
        try:
            with StatsDB(stats_path(self.data_dir)) as db:
                db.reset()
        except StatsError as error:
            return str(error)
        return None


class App:
    """Owns pygame, the window and the screen stack; runs frames until asked to stop."""

    def __init__(self, options: Options, data_dir: Path,
                 first_screen: Callable[[Session], Screen] = TitleScreen,
                 event_source: Callable[[int], list[pygame.event.Event]] | None = None) -> None:
        """``event_source(frame)`` gives each frame's events (tests script input with it); by
        default the one ``pygame.event.get()`` of the frame."""
        self.options = options
        self.data_dir = data_dir
        self.first_screen = first_screen
        self.event_source = event_source or (lambda frame: pygame.event.get())
        self.frame = 0
        self.stack: list[Screen] = []
        self._drawn: tuple[Screen, ...] = ()  # the screens drawn last frame, bottom first
        self._settling = False  # a screen changed this frame: release freed memory once it is drawn

    def _open_display(self) -> pygame.Surface:
        pygame.display.set_caption("Flagged")
        if self.options.fullscreen and not self.options.headless:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        flags = 0 if self.options.headless else pygame.RESIZABLE
        return pygame.display.set_mode(self.options.size, flags)

    def run(self) -> int:
        options = self.options
        settings, settings_notice = load_settings(settings_path(self.data_dir))
        if settings_notice is not None:
            notice(settings_notice)
        i18n.set_language(options.lang or settings.language or i18n.system_language())
        if options.kiosk:
            return_large_blocks_at_once()
        pygame.init()
        try:
            surface = self._open_display()
            if options.kiosk:
                pygame.mouse.set_visible(False)
            level = self._load_level()
            art = Art.load(ASSETS_DIR)
            trace_stream = options.trace.open("w", encoding="utf-8") if options.trace else None
            try:
                session = Session(
                    options=options, level=level, art=art, data_dir=self.data_dir, trace=Trace(trace_stream),
                    frame_source=lambda: self.frame,
                    stamp_source=lambda: time.strftime("%Y%m%d-%H%M%S"),
                    seed_source=lambda: random.SystemRandom().randrange(2**31),
                    notice=settings_notice,
                )
                # --lang wins over the saved language for this session; the file keeps its choice.
                session.apply_settings(settings, language=options.lang)
                if level is not None:
                    session.preset, preset_notice = load_active(self.data_dir, level)
                    if preset_notice is not None:
                        notice(f"presets: {preset_notice}")
                self.session = session
                if options.kiosk and not options.out_of_order:
                    self._preload(session, surface)
                return self._loop(surface, session)
            finally:
                if trace_stream is not None:
                    trace_stream.close()
        finally:
            pygame.quit()

    def _preload(self, session: Session, surface: pygame.Surface) -> None:
        """A kiosk takes at start all the memory its scenarios and screens need (``game.app.preload``):
        headless, only the levels and cameras, since nothing but the last frame is drawn."""
        from game.app.preload import draw_every_screen, preload_scenarios

        preload_scenarios(session)
        if not self.options.headless:
            draw_every_screen(session, surface)
        release_freed_memory()

    def _load_level(self) -> Level:
        """The chosen level; the out-of-order screen shows even when the level is what breaks."""
        if not self.options.out_of_order:
            return load_level(self.options.level)
        try:
            return load_level(self.options.level)
        except Exception as error:  # the screen must show whatever broke
            notice(f"out of order: the level does not load ({error})")
            return None  # type: ignore[return-value]  # the out-of-order screen never reads it

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
        self._settling = True
        return True

    def _draw(self, surface: pygame.Surface) -> None:
        self._drawn = draw_stack(self.stack, surface, self._drawn)

    def _tick(self, tick_input: TickInput, session: Session) -> bool:
        """One tick: the facilitator's chord, the kiosk's idle clock, then the top screen."""
        active = bool(tick_input.intents) or tick_input.held != Held()
        session.idle_ticks = 0 if active else session.idle_ticks + 1
        if tick_input.pressed(Intent.FACILITATOR) and not isinstance(self.stack[-1], FacilitatorScreen):
            return self._apply(Push(FacilitatorScreen(session)), session)
        if (self.options.kiosk and not self.options.autoplay
                and session.idle_ticks >= ticks_of(session.settings.idle_reset)
                and all(screen.idle_resets for screen in self.stack)):
            self._reset_to_title(session)
            return True
        return self._apply(self.stack[-1].update(tick_input), session)

    def _reset_to_title(self, session: Session) -> None:
        """A visitor walked away: drop the run in progress (it is not counted) and show the title."""
        self.stack[-1].on_exit()
        session.active = None
        session.idle_ticks = 0
        self.stack = [TitleScreen(session)]
        self.stack[0].on_enter()
        session.trace.write(frame=self.frame, screen=self.stack[0].name)
        self._settling = True

    def _loop(self, surface: pygame.Surface, session: Session) -> int:
        options = self.options
        settings = session.settings
        mapper = InputMapper(settings.key_bindings, kiosk=options.kiosk,
                             chord_ticks=(ticks_of(settings.chord_keyboard_hold),
                                          ticks_of(settings.chord_gamepad_hold)))
        clock = pygame.time.Clock()
        self.stack = [self.first_screen(session)]
        self.stack[0].on_enter()
        session.trace.write(frame=0, screen=self.stack[0].name)
        accumulator = 0.0
        waiting: frozenset[Intent] = frozenset()  # presses of a frame too short to hold a tick
        running = True
        while running:
            if options.headless:
                ticks = 1
            else:
                elapsed = clock.tick(options.fps) / 1000.0
                accumulator = min(accumulator + elapsed, MAX_TICKS_PER_FRAME * TICK_SECONDS)
                ticks = int(accumulator / TICK_SECONDS)
                accumulator -= ticks * TICK_SECONDS
            tick_input = mapper.translate(self.event_source(self.frame), ticks)
            if mapper.quit_requested and not options.kiosk:
                break
            mapper.quit_requested = False
            if ticks == 0:
                waiting |= tick_input.intents
            elif waiting:
                tick_input = TickInput(intents=tick_input.intents | waiting, held=tick_input.held)
                waiting = frozenset()
            for index in range(ticks):
                # Presses belong to the first tick of the frame; later ticks see only what is held.
                this_input = tick_input if index == 0 else TickInput(held=tick_input.held)
                running = self._tick(this_input, session)
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
            if self._settling:  # the new screen is built and drawn: what that took for a moment goes
                release_freed_memory()
                self._settling = False
        if options.screenshot is not None:
            options.screenshot.parent.mkdir(parents=True, exist_ok=True)
            pygame.image.save(surface, str(options.screenshot))
        if session.active is not None and options.run_out is not None:
            write_run(options.run_out, record_of(*session.active))
        return 0
