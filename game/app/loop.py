"""The window, the screen stack and the loop: a fixed 60 Hz step, one event pump, one draw.

In a window, real time feeds an accumulator that runs whole ticks (capped, so a stall never makes
the world jump). Headless, each frame is exactly one tick, so a headless run is deterministic and
``--frames 3600`` is one game minute however fast the machine is.

The app also keeps what no single screen can, in three services the screens reach through their
``AppContext``: the runs (``run_service``: level, preset, camera bank, run files), the settings
(``settings_service``: loaded at start, saved when changed, the monitor) and the exhibition's side
(``kiosk_service``: the notice, the anonymous statistics, the kiosk's idle clock, by which a run left
alone goes back to the title); and the facilitator's chord, which opens the facilitator's menu over
whatever screen is showing.

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
import os
import random
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pygame

from game import i18n, tuning
from game.app.data_dir import usable_data_dir
from game.app.input import InputMapper
from game.app.kiosk_service import DATA_DIR_NOTICE, KioskService, notice
from game.app.options import ASSETS_DIR, Options, check_profile
from game.app.run_service import RunService, Trace
from game.app.runs import hour_stamp
from game.app.settings import load_settings, settings_path
from game.app.settings_service import SettingsService
from game.app.supervisor import Heartbeat
from game.level import Level, load_level
from game.render import Art
from game.screens.base import Pop, Push, Quit, Replace, Screen, Transition, draw_stack
from game.screens.ending import PageCanvas
from game.screens.facilitator import FacilitatorScreen
from game.screens.intents import Held, Intent, TickInput
from game.screens.title import TitleScreen
from game.system.presets import load_active

MAX_TICKS_PER_FRAME = 5
TICK_SECONDS = 1.0 / tuning.TICKS_PER_SECOND


def ticks_of(seconds: float) -> int:
    """Real seconds (as the settings give timings) in game ticks."""
    return max(1, round(seconds * tuning.TICKS_PER_SECOND))


def display_index(monitor: int, count: int) -> tuple[int, str | None]:
    """SDL's index of ``monitor`` (counted from 1, as the facilitator's menu shows them) among
    ``count``; the first monitor, and a notice saying so, when there is no such monitor."""
    if 1 <= monitor <= max(count, 1):
        return monitor - 1, None
    return 0, f"display: there is no monitor {monitor} (this PC has {count}); using monitor 1"


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
class Services:
    """The app's side of the AppContext protocol that screens use: the art, the pages, and the three
    services a screen asks (the runs, the settings, the exhibition's side)."""

    art: Art
    runs: RunService
    settings: SettingsService
    exhibition: KioskService
    # The surfaces the debrief and the comparison are drawn on, made once per window size.
    pages: PageCanvas = field(default_factory=PageCanvas)

    @classmethod
    def start(cls, options: Options, level: Level, art: Art, data_dir: Path, trace: Trace, *,
              frame_source: Callable[[], int], stamp_source: Callable[[], str],
              seed_source: Callable[[], int], notice: str | None = None,
              notice_heading: str | None = None) -> Services:
        """The services of one sitting, wired to each other (a run is kept as the settings say and
        counted by the exhibition's side)."""
        settings = SettingsService(art=art, data_dir=data_dir)
        exhibition = KioskService(options=options, data_dir=data_dir, notice=notice,
                                  notice_heading=notice_heading)
        runs = RunService(options=options, level=level, art=art, data_dir=data_dir, trace=trace,
                          settings=settings, exhibition=exhibition, frame_source=frame_source,
                          stamp_source=stamp_source, seed_source=seed_source)
        return cls(art=art, runs=runs, settings=settings, exhibition=exhibition)


class App:
    """Owns pygame, the window and the screen stack; runs frames until asked to stop."""

    def __init__(self, options: Options, data_dir: Path,
                 first_screen: Callable[[Services], Screen] = TitleScreen,
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
        self.services.art.compositor.forget()  # nothing of the last frame is on the new window
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
                services = Services.start(
                    options, level, art, self.data_dir, Trace(trace_stream),
                    frame_source=lambda: self.frame,
                    stamp_source=hour_stamp,
                    seed_source=lambda: random.SystemRandom().randrange(2**31),
                    notice=settings_notice, notice_heading=heading,
                )
                # --lang wins over the saved language for this session; the file keeps its choice.
                services.settings.apply(settings, language=options.lang)
                services.settings.move_to_monitor = self._move_to_monitor
                if level is not None:
                    services.runs.preset, preset_notice = load_active(self.data_dir, level)
                    if preset_notice is not None:
                        notice(f"presets: {preset_notice}")
                self.services = services
                if options.kiosk and not options.out_of_order:
                    self._preload(services, surface)
                return self._loop(surface, services)
            finally:
                if trace_stream is not None:
                    trace_stream.close()
        finally:
            for number, handler in previous_handlers.items():
                signal.signal(number, handler)  # type: ignore[arg-type]
            pygame.quit()

    def _preload(self, services: Services, surface: pygame.Surface) -> None:
        """A kiosk takes at start all the memory its scenarios and screens need (``game.app.preload``):
        headless, only the levels and cameras, since nothing but the last frame is drawn."""
        from game.app.preload import draw_every_screen, preload_scenarios

        preload_scenarios(services)
        if not self.options.headless:
            draw_every_screen(services, surface)
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

    def _apply(self, transition: Transition | None, services: Services) -> bool:
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
        services.runs.trace.write(frame=self.frame, screen=self.stack[-1].name)
        self._settling = True
        return True

    def _draw(self, surface: pygame.Surface) -> None:
        draw_stack(self.stack, surface, self.services.art.compositor)

    def _tick(self, tick_input: TickInput, services: Services) -> bool:
        """One tick: the facilitator's chord, the kiosk's idle clock, then the top screen."""
        active = bool(tick_input.intents) or tick_input.held != Held() or tick_input.touch.point is not None
        kiosk = services.exhibition
        kiosk.idle_ticks = 0 if active else kiosk.idle_ticks + 1
        if tick_input.pressed(Intent.FACILITATOR) and not isinstance(self.stack[-1], FacilitatorScreen):
            return self._apply(Push(FacilitatorScreen(services)), services)
        if (self.options.kiosk and not self.options.autoplay
                and kiosk.idle_ticks >= ticks_of(services.settings.current.idle_reset)
                and all(screen.idle_resets for screen in self.stack)):
            self._reset_to_title(services)
            return True
        return self._apply(self.stack[-1].update(tick_input), services)

    def _reset_to_title(self, services: Services) -> None:
        """A visitor walked away: drop the run in progress (it is not counted) and show the title."""
        self.stack[-1].on_exit()
        services.runs.active = None
        services.exhibition.idle_ticks = 0
        self.stack = [TitleScreen(services)]
        self.stack[0].on_enter()
        services.runs.trace.write(frame=self.frame, screen=self.stack[0].name)
        self._settling = True

    def _loop(self, surface: pygame.Surface, services: Services) -> int:
        options = self.options
        settings = services.settings.current
        mapper = InputMapper(settings.key_bindings, kiosk=options.kiosk,
                             chord_ticks=(ticks_of(settings.chord_keyboard_hold),
                                          ticks_of(settings.chord_gamepad_hold)))
        clock = pygame.time.Clock()
        self.stack = [self.first_screen(services)]
        self.stack[0].on_enter()
        services.runs.trace.write(frame=0, screen=self.stack[0].name)
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
                running = self._tick(this_input, services)
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
        services.runs.save_in_progress()
        if self.stop_signal is not None:
            notice(f"stopped by {signal.Signals(self.stop_signal).name}")
            return 128 + self.stop_signal
        return 0
