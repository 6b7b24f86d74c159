"""The input vocabulary: what a tick's input is, whatever device it came from.

Why a module of its own: the app's input mapping writes these and every screen reads them, and
neither needs the screens' protocols or transitions to do so.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


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
