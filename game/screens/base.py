"""What every screen is: input in, a transition out, and a draw that changes nothing.

The app translates keyboard and gamepad events once, at the edge, into :class:`Intent` presses and
a :class:`Held` state, and hands both to the top screen once per tick. A screen answers with a
transition (push, pop, replace, quit) instead of reaching for a global; the app applies it and
writes the change of screen to the trace.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    import pygame

    from game.events import Command
    from game.level import Level
    from game.render import Art
    from game.render.compositor import Compositor
    from game.sim import World
    from game.sim.bot import Bot


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


class AppContext(Protocol):
    """What screens may ask of the app; the app implements it (screens never import the app)."""

    level: Level
    art: Art
    autoplay: bool  # the bot plays the runs
    kiosk: bool
    settings: Preferences

    def change_settings(self, **changes: object) -> str | None:
        """Apply and save some settings (language, text size...); a one-line problem, or None."""

    def take_notice(self) -> str | None:
        """A notice for the player (a settings file that could not be read), given out once."""

    def new_attract_run(self) -> tuple[World, Bot]:
        """A fresh world for the attract loop, with a seed that changes each time, and its bot."""

    def new_run(self) -> tuple[World, Bot | None]:
        """A fresh world for the chosen level, seed and profile, and the bot if it plays."""

    def finish_run(self, world: World, commands: list[Command],
                   cameras_on_screen: Collection[str] = ()) -> bool:
        """Keep a finished run (run file, runs/) with the cameras its screens drew; True if the
        program should now quit."""

    def track(self, world: World, commands: list[Command], cameras_on_screen: Collection[str] = ()) -> None:
        """The run now in progress, its growing command list and the cameras drawn so far, so an
        exit can still save it."""


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


class Intent(enum.Enum):
    """A press, from any device: menus and the play screen read the same intents."""

    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    CONFIRM = "confirm"  # Enter, Space, gamepad A
    BACK = "back"  # Esc, gamepad B
    PAUSE = "pause"  # Esc, gamepad Start
    PHONE = "phone"  # Tab, gamepad Y
    ACT = "act"  # E, gamepad A (in play)
    ANY = "any"  # any key or button at all (attract loop, title idle)
    FACILITATOR = "facilitator"  # the facilitator's chord, held long enough (the app opens the menu)


@dataclass(frozen=True)
class Held:
    """What is held down this tick: the movement direction and the run button."""

    move_x: int = 0
    move_y: int = 0
    run: bool = False


Point = tuple[int, int]  # window pixels


@dataclass(frozen=True)
class Touch:
    """A touchscreen (or a mouse's left button) this tick, in window pixels: the taps let go this
    tick, and where the first finger still down is now and where it came down (None: no finger)."""

    taps: tuple[Point, ...] = ()
    point: Point | None = None
    start: Point | None = None
    size: Point = (0, 0)  # the window's size, so a screen can place a point on its map


@dataclass(frozen=True)
class TickInput:
    """One tick's input for the top screen."""

    intents: frozenset[Intent] = field(default_factory=frozenset)
    held: Held = Held()
    touch: Touch = Touch()

    def pressed(self, intent: Intent) -> bool:
        return intent in self.intents


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
