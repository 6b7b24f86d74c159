"""What every screen is: input in, a transition out, and a draw that changes nothing.

The app translates keyboard and gamepad events once, at the edge, into the input vocabulary of
:mod:`game.screens.intents` and hands it to the top screen once per tick. A screen answers with a
transition (push, pop, replace, quit) instead of reaching for a global; the app applies it and
writes the change of screen to the trace. What a screen may ask of the app is the
:class:`AppContext`: the art, and three services, each asked only for what is its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from game.screens.intents import TickInput

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence
    from pathlib import Path

    import pygame

    from game.events import Command
    from game.level import Level
    from game.render import Art
    from game.render.compositor import Compositor
    from game.sim import World
    from game.sim.bot import Bot
    from game.system.debrief import Debrief
    from game.system.presets import Preset


class Preferences(Protocol):
    """The settings screens read (the app's ``Settings`` has these); kiosk timings in real seconds."""

    @property
    def language(self) -> str | None: ...
    @property
    def text_size(self) -> int: ...
    @property
    def reduced_motion(self) -> bool: ...
    @property
    def high_contrast(self) -> bool: ...
    @property
    def volume(self) -> float: ...
    @property
    def attract_after(self) -> float: ...
    @property
    def attract_length(self) -> float: ...
    @property
    def idle_reset(self) -> float: ...
    @property
    def run_cap(self) -> float: ...
    @property
    def display(self) -> int: ...


class Runs(Protocol):
    """The runs (the app's ``RunService``): the level and preset of the next run, and each run from
    its start to its file."""

    level: Level
    data_dir: Path  # where the facilitator's presets are saved
    preset: Preset | None  # the facilitator's rule preset in use, or None
    # The last finished run of each level this sitting, for the debrief's scenario comparison.
    last_records: dict[str, Debrief]

    def new_run(self) -> tuple[World, Bot | None]:
        """A fresh world for the chosen level, seed and profile, and the bot if it plays."""

    def new_attract_run(self) -> tuple[World, Bot]:
        """A fresh world for the attract loop, with a seed that changes each time, and its bot."""

    def track(self, world: World, commands: list[Command], cameras_on_screen: Collection[str] = ()) -> None:
        """The run now in progress, its growing command list and the cameras drawn so far, so an
        exit can still save it."""

    def finish_run(self, file: Debrief) -> bool:
        """Keep a finished run's file (run file, runs/, statistics); True if the program should now quit."""

    def level_paths(self) -> list[Path]:
        """The levels that may be chosen, the one now played among them."""

    def choose_level(self, path: Path) -> str | None:
        """Play ``path`` from the next run on; a one-line problem (the old level stays), or None."""

    def use_preset(self, preset: Preset | None) -> str | None:
        """Use ``preset`` (None: the level as it is) from the next run on; a one-line problem, or None."""


class SettingsControl(Protocol):
    """The settings (the app's ``SettingsService``): the ones in use, changing them, the monitor."""

    @property
    def current(self) -> Preferences: ...

    def change(self, **changes: object) -> str | None:
        """Apply and save some settings (language, text size...); a one-line problem, or None."""

    def monitors(self) -> list[tuple[int, int]]:
        """The size of each monitor, monitor 1 first."""

    def choose_monitor(self, monitor: int) -> str | None:
        """Fullscreen on ``monitor`` (from 1), now and at the next start; a one-line problem, or None."""


class StatsSummary(Protocol):
    """The figures the app's statistics give (``game.app.stats.Summary``)."""

    count: int
    endings: dict[str, int]

    @property
    def pass_turned_share(self) -> float | None: ...

    median_observations: float | None


class Exhibition(Protocol):
    """The exhibition's side (the app's ``KioskService``): who plays and where, the title's notice,
    and the anonymous statistics."""

    @property
    def kiosk(self) -> bool: ...
    @property
    def autoplay(self) -> bool: ...  # the bot plays the runs

    notice_heading: str | None  # what the notice is about, untranslated (None: the settings)

    def take_notice(self) -> str | None:
        """A notice for the player (a settings file that could not be read), given out once."""

    def stats_summary(self) -> StatsSummary | str:
        """The figures of every run counted here, or a one-line problem."""

    def reset_stats(self) -> str | None:
        """Forget every run counted here; a one-line problem, or None."""


class AppContext(Protocol):
    """What screens may ask of the app; the app implements it (screens never import the app)."""

    art: Art
    runs: Runs
    settings: SettingsControl
    exhibition: Exhibition


class RunInPlay(Protocol):
    """The play screen as the screens over it see it (pause, phone, the officers' visit): they step
    its world through it, so every command is recorded, and they need not import the screen that
    opens them."""

    @property
    def world(self) -> World: ...
    @property
    def racing(self) -> bool: ...
    @property
    def leaving(self) -> bool: ...

    def advance(self, command: Command) -> None:
        """Step the world once and record the command."""

    def pausing(self) -> None:
        """One tick in the pause menu: the world stands still, the visitor's time does not."""

    def give_up(self) -> None:
        """The next command gives up ('Stay home')."""

    def leave_to_title(self) -> None:
        """The run is dropped, not kept ('Quit to title')."""


@dataclass(frozen=True)
class Push:
    screen: Screen


@dataclass(frozen=True)
class Pop:
    pass


@dataclass(frozen=True)
class Replace:
    screen: Screen


@dataclass(frozen=True)
class Quit:
    pass


Transition = Push | Pop | Replace | Quit


class Screen:
    """Base screen. ``name`` is what the trace records (``title``, ``play``, ``pause``...)."""

    name = "screen"
    covers = True  # False: the screen below is drawn first (pause and phone overlay play)
    # In kiosk mode, a stack whose screens all allow it goes back to the title after idle_reset s
    # without input; the title, the attract loop and the facilitator's screens do not.
    idle_resets = True

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def on_enter(self) -> None:
        """Called when the screen becomes the top screen (pushed, or uncovered by a pop)."""

    def on_exit(self) -> None:
        """Called when the screen stops being the top screen."""

    def update(self, tick_input: TickInput) -> Transition | None:
        """Advance one tick (1/60 s); return a transition or None."""
        return None

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the screen's current state; must not change the game's state. A screen that keeps
        its last frame asks the art's compositor whether the window still holds it."""


def draw_stack(stack: Sequence[Screen], surface: pygame.Surface,
               compositor: Compositor | None = None) -> None:
    """Draw a screen stack: from the topmost screen that covers the window, up. The compositor (the
    screens' own if none is given) learns which screens draw the frame, so that a screen drawn alone
    then and now finds its last frame still on the surface (``Compositor.kept``)."""
    first = len(stack) - 1
    while first > 0 and not stack[first].covers:
        first -= 1
    drawn = tuple(stack[first:])
    (compositor or stack[-1].context.art.compositor).begin(drawn)
    for screen in drawn:
        screen.draw(surface)
