"""A cache of drawn surfaces bounded by the memory they hold, not by how many there are.

Why: a kiosk runs for days. Text and card shadows come in sizes that depend on the run (a debrief's
cards are as tall as what they say), so a cache bounded by count can grow by megabytes long after
the start; one bounded by bytes holds at most its limit, and keeps what is used most recently.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

import pygame


class SurfaceCache:
    """Surfaces by key; once they hold more than ``limit`` bytes, the least recently used go."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.held = 0  # bytes of pixels held now
        self._surfaces: OrderedDict[Hashable, pygame.Surface] = OrderedDict()

    def __len__(self) -> int:
        return len(self._surfaces)

    def get(self, key: Hashable) -> pygame.Surface | None:
        surface = self._surfaces.get(key)
        if surface is not None:
            self._surfaces.move_to_end(key)
        return surface

    def put(self, key: Hashable, surface: pygame.Surface) -> pygame.Surface:
        """Keep ``surface`` under ``key`` (dropping the oldest beyond the limit); returns it."""
        self._surfaces[key] = surface
        self.held += surface.get_pitch() * surface.get_height()
        while self.held > self.limit and len(self._surfaces) > 1:
            _, oldest = self._surfaces.popitem(last=False)
            self.held -= oldest.get_pitch() * oldest.get_height()
        return surface

    def clear(self) -> None:
        self._surfaces.clear()
        self.held = 0
