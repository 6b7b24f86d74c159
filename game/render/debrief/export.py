"""The debrief's pages as pictures, drawn with no window: ``main.py debrief RUN.json --png``.

Why apart from the pages: a picture needs fonts and sprites with no window open, and a page drawn on
a surface of its own size; the pages themselves know nothing of files on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame

from game.render.art import Art
from game.render.debrief.page import draw_file
from game.render.debrief.whatif import draw_comparison
from game.system.debrief import Debrief


def offscreen_art() -> Art:
    """Fonts and sprites with no window: a 1x1 dummy display if none exists (images need a display)."""
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    return Art.load()


def save_picture(draw: Callable[[pygame.Surface, Art], None], out: Path, size: tuple[int, int]) -> None:
    """A page drawn by ``draw(surface, art)`` on a picture of ``size`` pixels, written to ``out``."""
    art = offscreen_art()
    surface = pygame.Surface(size)
    draw(surface, art)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(out))


def render_debrief_png(file: Debrief, out: Path, size: tuple[int, int] = (1920, 1080)) -> None:
    """The debrief as one picture of ``size`` pixels, written to ``out``; needs no window."""
    save_picture(lambda surface, art: draw_file(surface, art, file), out, size)


def render_comparison_png(left: Debrief, right: Debrief, out: Path,
                          size: tuple[int, int] = (2560, 1440)) -> None:
    """Two files of the same walk side by side as one picture of ``size`` pixels; needs no window."""
    save_picture(lambda surface, art: draw_comparison(surface, art, left, right), out, size)
