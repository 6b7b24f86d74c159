"""What the window shows from one frame to the next, and every picture kept to draw it.

Why one owner: a frame of the busiest level must cost at most twice the least frame with a
translucent layer (DESIGN.md, "Budgets"), so the play screen keeps last frame's picture and mends
only what changed. That needs to know which screens drew the last frame, where the frame drew over
the kept picture (the HUD, a card) and what it drew again; and the pictures kept to draw fast
(text, cones, card pieces, the map canvas, the debrief's miniature) must together stay within one
budget of memory for a kiosk that runs for days. The app makes one compositor (on its :class:`Art`)
and every screen and view asks it, never another screen.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

import pygame

from game.render.cache import CachePart, SurfaceCache

PICTURE_BYTES = 96 * 1024 * 1024  # every kept picture together, most recently used first


class Compositor:
    """The frame's damaged areas and the kept pictures, in named parts under one byte budget."""

    def __init__(self, budget: int = PICTURE_BYTES) -> None:
        self.pictures = SurfaceCache(budget)
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
        """Bytes of pixels kept now, every part together."""
        return self.pictures.held

    def for_window(self, part: str, size: tuple[int, int], make: Callable[[tuple[int, int]], Any],
                   nbytes: int | None = None) -> Any:
        """The one picture of ``part`` for a window of ``size`` (a layer, a canvas): made once; a
        new size lets the old one go before the new one is made."""
        kept = self.pictures.get(size, part)
        if kept is None:
            self.pictures.drop(part)
            kept = self.pictures.put(size, make(size), part, nbytes)
        return kept
