"""Full-window translucent layers for screens that sit over the play screen (phone, pause).

Why: the dimming surface is as large as the window, so it is made once per window size and kept by
the compositor with the other pictures.
"""

from __future__ import annotations

import pygame

from game.render.compositor import Compositor


def dim(surface: pygame.Surface, alpha: int, compositor: Compositor) -> None:
    """Darken everything drawn so far, so the overlay in front reads clearly."""

    def layer(size: tuple[int, int]) -> pygame.Surface:
        dimmer = pygame.Surface(size, pygame.SRCALPHA)
        dimmer.fill((24, 28, 34, alpha))
        return dimmer

    surface.blit(compositor.for_window(f"dim {alpha}", surface.get_size(), layer), (0, 0))
