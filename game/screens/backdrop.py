"""Full-window translucent layers for screens that sit over the play screen (phone, pause).

Why: the dimming surface is as large as the window, so it is made once per window size and reused.
"""

from __future__ import annotations

import pygame

_dims: dict[tuple[int, int, int], pygame.Surface] = {}


def dim(surface: pygame.Surface, alpha: int) -> None:
    """Darken everything drawn so far, so the overlay in front reads clearly."""
    key = (*surface.get_size(), alpha)
    layer = _dims.get(key)
    if layer is None:
        if any(kept[:2] != key[:2] for kept in _dims):
            _dims.clear()  # the window was resized
        layer = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        layer.fill((24, 28, 34, alpha))
        _dims[key] = layer
    surface.blit(layer, (0, 0))
