"""Playing by touch: a finger on the map leads her toward it, a tap sends her there, a tap on her
acts, a tap on the phone badge looks at the phone.

Why it makes the keys' commands and nothing else: the run file replays a run from its commands,
and a touch run must replay like any other. So the walk is quantised to the eight directions the
keys give, and the world never hears that a finger was involved. She walks, never runs, by touch:
running is a choice the cameras read ("hurrying"), and a finger cannot say it by accident.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game import tuning
from game.level import Level
from game.render.world_view import view_offset
from game.screens.intents import Held, Point, Touch

TILE = tuning.TILE_PX
# A direction within this angle of an axis is that axis alone (the keys' eight directions).
_AXIS_SHARE = math.tan(math.radians(22.5))


@dataclass(frozen=True)
class TouchOrders:
    """What a tick's touch asks of her: where to walk (None: the touch says nothing), act, the phone."""

    held: Held | None = None
    act: bool = False
    phone: bool = False


def eight_way(dx: float, dy: float) -> Held:
    """The keys' direction nearest to (dx, dy)."""
    move_x = (1 if dx > 0 else -1) if abs(dx) > abs(dy) * _AXIS_SHARE else 0
    move_y = (1 if dy > 0 else -1) if abs(dy) > abs(dx) * _AXIS_SHARE else 0
    return Held(move_x=move_x, move_y=move_y)


class TouchWalk:
    """Follows one run's walk target (in tiles) from tick to tick."""

    def __init__(self, level: Level) -> None:
        self.level = level
        self.target: tuple[float, float] | None = None
        self._last: tuple[float, float] | None = None
        self._still = 0

    def _to_tiles(self, point: Point, here: tuple[float, float], size: Point) -> tuple[float, float]:
        offset = view_offset(self.level, here[0], here[1], size)
        return (point[0] - offset[0]) / TILE, (point[1] - offset[1]) / TILE

    def orders(self, touch: Touch, here: tuple[float, float], keys: Held,
               badge: pygame.Rect | None) -> TouchOrders:
        """This tick's orders from ``touch``, with her at ``here`` (tiles); keys held win over a walk."""
        if keys != Held():
            self.target = None
            return TouchOrders()
        act = phone = False
        for tap in touch.taps:
            if badge is not None and badge.collidepoint(tap):
                phone, self.target = True, None
                continue
            where = self._to_tiles(tap, here, touch.size)
            if math.dist(where, here) <= tuning.TOUCH_ACT_TILES:
                act, self.target = True, None
                continue
            self.target = where
        on_badge = badge is not None and touch.start is not None and badge.collidepoint(touch.start)
        if touch.point is not None and not on_badge:
            self.target = self._to_tiles(touch.point, here, touch.size)
        return TouchOrders(held=self._toward(here), act=act, phone=phone)

    def _toward(self, here: tuple[float, float]) -> Held | None:
        """The direction to the target, until she is there or a wall holds her."""
        if self.target is None:
            self._last, self._still = None, 0
            return None
        self._still = self._still + 1 if self._last is not None and math.dist(self._last, here) < 1e-3 else 0
        self._last = here
        dx, dy = self.target[0] - here[0], self.target[1] - here[1]
        if math.hypot(dx, dy) <= tuning.TOUCH_ARRIVE_TILES or self._still >= tuning.TOUCH_STUCK_TICKS:
            self.target, self._last, self._still = None, None, 0
            return None
        return eight_way(dx, dy)
