"""What the window shows from one frame to the next, and every picture kept to draw it.

Why one owner: a frame of the busiest level must cost at most twice the least frame with a
translucent layer (DESIGN.md, "Budgets"), so the play screen keeps last frame's picture and mends
only what changed. That needs to know which screens drew the last frame, where the frame drew over
the kept picture (the HUD, a card) and what it drew again; and the pictures kept to draw fast
(text, cones, the debrief's miniatures, QR codes) must together stay within one budget of memory
for a kiosk that runs for days. The app makes one compositor (on its :class:`Art`) and every screen
and view asks it, never another screen.

Why window pictures stand beside the budget: a layer or canvas as large as the window (the map's
canvas, the HUD's layer, the title's and the overlays' dimming layers) is one per part, replaced
when the window size changes, so it never grows with the run; and one that is drawn every frame
must not be pushed out by text. They count in ``held``; the budget bounds all that does grow.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

import pygame

from game.render.cache import CachePart, SurfaceCache, picture_bytes

# Every kept picture but the window pictures, most recently used first: what the text cache
# (12 MB), the debrief's miniatures, the cones and the QR codes held between them before, with a
# little room (a kiosk holds about 36 MB of them once it has drawn every screen at start), and the
# 24 MB the cards' shadows had to themselves.
PICTURE_BYTES = 64 * 1024 * 1024


class Compositor:
    """The frame's damaged areas and the kept pictures, in named parts under one byte budget."""

    def __init__(self, budget: int = PICTURE_BYTES) -> None:
        self.pictures = SurfaceCache(budget)
        self.shadows = self.part("shadows")  # every card's soft shadow, by size
        self._windows: dict[str, tuple[tuple[int, int], Any, int]] = {}  # by part: size, picture, bytes
        self.damaged: list[pygame.Rect] = []  # what this frame drew again over a kept picture
        self._shown: tuple[Hashable, ...] = ()  # the layers (screens) drawn last frame, bottom first
        self._kept = False  # the window still holds what the only layer drew last frame
        self._over: tuple[Hashable | None, list[pygame.Rect]] = (None, [])  # a layer and what covered it

    # --- the frame ----------------------------------------------------------------------------

    def begin(self, layers: Sequence[Hashable]) -> None:
        """A frame starts; ``layers`` draw it, bottom first. A layer drawn alone then and now finds
        its last frame still on the window (``kept``)."""
        layers = tuple(layers)
        self._kept = len(layers) == 1 and layers == self._shown
        self._shown = layers
        self.damaged = []

    def forget(self) -> None:
        """Nothing of the last frame is on the window (a new window, another monitor)."""
        self._shown, self._kept, self._over = (), False, (None, [])

    def kept(self, layer: Hashable) -> list[pygame.Rect] | None:
        """Where the last frame drew over ``layer``'s own picture, when the window still holds that
        frame (so only those areas and what changed need drawing); None: draw it whole."""
        owner, rects = self._over
        if not self._kept or self._shown != (layer,):
            return None
        return list(rects) if owner is layer else None

    def drew_over(self, layer: Hashable, rects: Sequence[pygame.Rect]) -> None:
        """``layer`` drew these areas over its kept picture this frame (its HUD, a card): the next
        frame mends them. Only a layer that drew the frame alone can find its picture kept, so
        what another (one drawn off the window, say) drew is not noted."""
        if self._shown == (layer,):
            self._over = (layer, list(rects))

    def damage(self, rects: Sequence[pygame.Rect]) -> None:
        """Areas this frame drew again over a kept picture (tests and the benchmark read them)."""
        self.damaged.extend(rects)

    # --- kept pictures ------------------------------------------------------------------------

    def part(self, name: str) -> CachePart:
        """One named part of the kept pictures (``text``, ``cones``, ``hud``...)."""
        return self.pictures.part(name)

    @property
    def held(self) -> int:
        """Bytes of pixels kept now, every part together, the window pictures too."""
        return self.pictures.held + sum(nbytes for _size, _picture, nbytes in self._windows.values())

    def window(self, part: str) -> Any:
        """The window picture of ``part`` as last made, or None."""
        kept = self._windows.get(part)
        return None if kept is None else kept[1]

    def for_window(self, part: str, size: tuple[int, int], make: Callable[[tuple[int, int]], Any],
                   nbytes: int | None = None) -> Any:
        """The one picture of ``part`` for a window of ``size`` (a layer, a canvas): made once; a
        new size lets the old one go before the new one is made. ``nbytes``: what it holds, when
        it is no surface."""
        kept = self._windows.get(part)
        if kept is not None and kept[0] == size:
            return kept[1]
        self._windows.pop(part, None)
        picture = make(size)
        self._windows[part] = (size, picture, picture_bytes(picture) if nbytes is None else nbytes)
        return picture
