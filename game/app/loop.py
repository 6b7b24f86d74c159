"""The window, the screen stack and the loop: a fixed 60 Hz step, one event pump, one draw.

In a window, real time feeds an accumulator that runs whole ticks (capped, so a stall never makes
the world jump). Headless, each frame is exactly one tick, so a headless run is deterministic and
``--frames 3600`` is one game minute however fast the machine is.

The app also keeps what no single screen can: the settings (loaded at start, saved when changed),
the anonymous statistics, the kiosk's idle clock (a run left alone goes back to the title) and the
facilitator's chord, which opens the facilitator's menu over whatever screen is showing.

Nothing is lost: the data dir is checked before anything is played (a temporary fallback and a
notice on screen if it cannot be written), a finished run is on the disk (run file, then its
statistics row) before the trace says it ended, and SIGTERM or SIGINT end the loop cleanly, saving
the run in progress to ``--run-out`` as any other exit does. Under the supervisor the loop beats a
heartbeat, so a hung game is restarted.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import json
import os
import random
import signal
import sys
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

import pygame

from game import i18n, tuning
from game.app.data_dir import usable_data_dir
from game.app.input import InputMapper
from game.app.options import ASSETS_DIR, LEVELS_DIR, Options, check_profile
from game.app.runs import hour_stamp, keep_run, record_of
from game.app.settings import Settings, load_settings, save_settings, settings_path, with_changes
from game.app.stats import StatsDB, StatsError, Summary, count_run, row_from_record, stats_path
from game.app.supervisor import Heartbeat
from game.events import Command, RunRecord, write_run
from game.i18n import N_
from game.level import Level, LevelError, load_level
from game.render import Art, AssetError
from game.screens.base import (
    Held,
    Intent,
    Pop,
    Push,
    Quit,
    Replace,
    Screen,
    TickInput,
    Transition,
    draw_stack,
)
from game.screens.ending import PageCanvas
from game.screens.facilitator import FacilitatorScreen
from game.screens.title import TitleScreen
from game.sim import World
from game.sim.bot import Bot
from game.sim.cameras import CameraBank
from game.system.presets import Preset, apply_preset, load_active, save_active

MAX_TICKS_PER_FRAME = 5
# Headings of the notices the title shows (the settings' own is the title's SETTINGS_NOTICE).
DATA_DIR_NOTICE = N_("The data folder cannot be written, so runs are not kept there.")
STATS_NOTICE = N_("The statistics file was broken: it was put aside and a new one started.")
BENCHMARK_LEVELS = frozenset({"stress"})  # made to load the renderer, not to be played
TICK_SECONDS = 1.0 / tuning.TICKS_PER_SECOND


def ticks_of(seconds: float) -> int:
    """Real seconds (as the settings give timings) in game ticks."""
    return max(1, round(seconds * tuning.TICKS_PER_SECOND))


def notice(line: str) -> None:
    """A line for whoever looks after the program: stderr (the supervisor keeps it in logs/)."""
    if sys.stderr is not None:
        sys.stderr.write(f"flagged: {line}\n")


def display_index(monitor: int, count: int) -> tuple[int, str | None]:
    """SDL's index of ``monitor`` (counted from 1, as the facilitator's menu shows them) among
    ``count``; the first monitor, and a notice saying so, when there is no such monitor."""
    if 1 <= monitor <= max(count, 1):
        return monitor - 1, None
    return 0, f"display: there is no monitor {monitor} (this PC has {count}); using monitor 1"


def monitor_sizes() -> list[tuple[int, int]]:
    """Each monitor's desktop size, monitor 1 first."""
    return [tuple(size) for size in pygame.display.get_desktop_sizes()]  # type: ignore[misc]


def keep_screen_awake() -> None:
    """A kiosk's screen must not blank during opening hours: SDL holds off the screen saver (and, on
    Windows, display sleep) for as long as the window is open."""
    pygame.display.set_allow_screensaver(False)


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
    notice_heading: str | None = None  # what the notice is about, untranslated (None: the settings)
    hour_source: Callable[[], int] = field(default=lambda: time.localtime().tm_hour)
    cameras: CameraBank | None = None
    active: tuple[World, list[Command], Collection[str]] | None = None
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
    # The app's way to move the display to another monitor (set by App.run).
    move_to_monitor: Callable[[int], None] | None = None
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

    def track(self, world: World, commands: list[Command], cameras_on_screen: Collection[str] = ()) -> None:
        """The play screen tells the app which run is in progress, so an exit can still save it."""
        self.active = (world, commands, cameras_on_screen)

    def finish_run(self, world: World, commands: list[Command],
                   cameras_on_screen: Collection[str] = ()) -> bool:
        """Keep a finished run: its file, its statistics row, and only then the trace's word that it
        ended (a kill between them must not leave a trace that tells of a run that is not kept)."""
        record = record_of(world, commands, cameras_on_screen)
        if self.options.run_out is not None:
            self._write("run file", lambda: write_run(self.options.run_out, record))  # type: ignore[arg-type]
        if self.settings.keep_runs:
            self._write("runs", lambda: keep_run(self.data_dir / "runs", record, self.stamp_source()))
        self.active = None
        self._count(record)
        self.trace.write(frame=self.frame_source(), ending=world.ending)
        self.last_records[record.level] = (record, world.level)
        self.finished_runs += 1
        return self.options.autoplay and not self.options.kiosk

    @staticmethod
    def _write(what: str, write: Callable[[], object]) -> None:
        """A write that must not end a kiosk: a full disk is a notice, never a crash."""
        try:
            write()
        except OSError as error:
            notice(f"{what}: cannot write ({error.strerror or error})")

    def _count(self, record: RunRecord) -> None:
        """One anonymous row in the statistics; a broken database is moved aside, never a crash."""
        try:
            row = row_from_record(record, i18n.current_language(), self.hour_source())
            moved = count_run(stats_path(self.data_dir), row)
            if moved:
                notice(f"statistics: {moved}")
                self.notice, self.notice_heading = moved, STATS_NOTICE
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

    # --- monitors ---------------------------------------------------------------------------------

    def monitors(self) -> list[tuple[int, int]]:
        """The size of each monitor, monitor 1 first, for the facilitator's menu."""
        return monitor_sizes()

    def choose_monitor(self, monitor: int) -> str | None:
        """Fullscreen on ``monitor`` (from 1), now and at the next start; a one-line problem, or None."""
        problem = self.change_settings(display=monitor)
        if problem is None and self.move_to_monitor is not None:
            self.move_to_monitor(monitor)
        return problem

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
                self.art.map_data(level)  # a tileset image that does not decode is refused here
            except LevelError as error:
                return str(error.problems[0])
            except AssetError as error:
                return str(error)
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
        self._settling = False  # a screen changed this frame: release freed memory once it is drawn
        self.stop_signal: int | None = None  # SIGTERM or SIGINT arrived: end the loop cleanly
        self.heartbeat = Heartbeat.from_environment() if options.supervised else Heartbeat(None)

    def _open_display(self, monitor: int) -> pygame.Surface:
        """The window, or fullscreen on ``monitor`` (counted from 1; the first if there is no such one)."""
        pygame.display.set_caption("Flagged")
        index, problem = display_index(monitor, pygame.display.get_num_displays())
        if problem is not None:
            notice(problem)
        if self.options.fullscreen and not self.options.headless:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN, display=index)
        flags = 0 if self.options.headless else pygame.RESIZABLE
        return pygame.display.set_mode(self.options.size, flags, display=index)

    def _move_to_monitor(self, monitor: int) -> None:
        """The facilitator chose another monitor: open the window there now, as at start (a window
        that exists is not moved to another monitor by every platform), and the loop draws on the
        surface pygame gives from then on. Images, fonts and sounds outlive the window."""
        if self.options.headless:
            return
        pygame.display.quit()
        pygame.display.init()
        self._open_display(monitor)
        self.session.art.compositor.forget()  # nothing of the last frame is on the new window
        if self.options.kiosk:
            pygame.mouse.set_visible(False)
            keep_screen_awake()

    def _on_stop_signal(self, number: int, frame: object) -> None:
        self.stop_signal = number

    def _catch_stop_signals(self) -> dict[int, object]:
        """SIGTERM and SIGINT end the loop at the next frame (SDL would make them a quit, which a
        kiosk refuses); the handlers they replace, to put back."""
        if threading.current_thread() is not threading.main_thread():
            return {}
        previous = {}
        for number in (signal.SIGTERM, signal.SIGINT):
            previous[number] = signal.getsignal(number)
            signal.signal(number, self._on_stop_signal)
        return previous

    def run(self) -> int:
        options = self.options
        settings, settings_notice = load_settings(settings_path(self.data_dir))
        self.data_dir, data_notice = usable_data_dir(self.data_dir)
        for said in (settings_notice, data_notice):
            if said is not None:
                notice(said)
        heading = DATA_DIR_NOTICE if data_notice else None
        settings_notice = data_notice or settings_notice  # the title shows one: losing runs matters more
        i18n.set_language(options.lang or settings.language or i18n.system_language())
        if options.kiosk:
            return_large_blocks_at_once()
        os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")
        pygame.init()
        previous_handlers = self._catch_stop_signals()
        try:
            surface = self._open_display(options.display or settings.display)
            if options.kiosk:
                pygame.mouse.set_visible(False)
                keep_screen_awake()
            level = self._load_level()
            if level is not None:
                check_profile(level.name, level.profile, options.profile)
            art = Art.load(ASSETS_DIR)
            trace_stream = options.trace.open("w", encoding="utf-8") if options.trace else None
            try:
                session = Session(
                    options=options, level=level, art=art, data_dir=self.data_dir, trace=Trace(trace_stream),
                    frame_source=lambda: self.frame,
                    stamp_source=hour_stamp,
                    seed_source=lambda: random.SystemRandom().randrange(2**31),
                    notice=settings_notice, notice_heading=heading,
                )
                # --lang wins over the saved language for this session; the file keeps its choice.
                session.apply_settings(settings, language=options.lang)
                session.move_to_monitor = self._move_to_monitor
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
            for number, handler in previous_handlers.items():
                signal.signal(number, handler)  # type: ignore[arg-type]
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
        draw_stack(self.stack, surface, self.session.art.compositor)

    def _tick(self, tick_input: TickInput, session: Session) -> bool:
        """One tick: the facilitator's chord, the kiosk's idle clock, then the top screen."""
        active = bool(tick_input.intents) or tick_input.held != Held() or tick_input.touch.point is not None
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
        waiting_taps: tuple[tuple[int, int], ...] = ()  # and its taps
        running = True
        while running and self.stop_signal is None:
            self.heartbeat.beat()
            if options.headless:
                ticks = 1
            else:
                elapsed = clock.tick(options.fps) / 1000.0
                accumulator = min(accumulator + elapsed, MAX_TICKS_PER_FRAME * TICK_SECONDS)
                ticks = int(accumulator / TICK_SECONDS)
                accumulator -= ticks * TICK_SECONDS
            surface = pygame.display.get_surface() or surface  # another monitor gives another surface
            mapper.window_size = surface.get_size()
            tick_input = mapper.translate(self.event_source(self.frame), ticks)
            if mapper.quit_requested and not options.kiosk:
                break
            mapper.quit_requested = False
            if ticks == 0:
                waiting |= tick_input.intents
                waiting_taps += tick_input.touch.taps
            elif waiting or waiting_taps:
                taps = waiting_taps + tick_input.touch.taps
                tick_input = replace(tick_input, intents=tick_input.intents | waiting,
                                     touch=replace(tick_input.touch, taps=taps))
                waiting, waiting_taps = frozenset(), ()
            for index in range(ticks):
                # Presses and taps belong to the first tick of the frame; later ticks see what is held.
                this_input = tick_input if index == 0 else TickInput(
                    held=tick_input.held, touch=replace(tick_input.touch, taps=()))
                running = self._tick(this_input, session)
                if not running:
                    break
            self.frame += 1
            last_frame = not running or (options.frames is not None and self.frame >= options.frames)
            if not options.headless or last_frame:
                surface = pygame.display.get_surface() or surface  # a tick may have moved the window
                self._draw(surface)
                if not options.headless:
                    pygame.display.flip()
            if last_frame:
                break
            if self._settling:  # the new screen is built and drawn: what that took for a moment goes
                release_freed_memory()
                self._settling = False
        if options.screenshot is not None:
            try:
                options.screenshot.parent.mkdir(parents=True, exist_ok=True)
                pygame.image.save(surface, str(options.screenshot))
            except (OSError, pygame.error) as error:  # checked at start; the disk may fill since
                notice(f"{options.screenshot}: cannot save the screenshot ({error})")
        if session.active is not None and options.run_out is not None:
            run_out, active = options.run_out, session.active
            session._write("run file", lambda: write_run(run_out, record_of(*active)))
        if self.stop_signal is not None:
            notice(f"stopped by {signal.Signals(self.stop_signal).name}")
            return 128 + self.stop_signal
        return 0
