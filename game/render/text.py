"""Text for every drawing of game/render: placing a line, wrapping, fitting and laying out lines.

Why one toolkit: the HUD's cards, the phone, the debrief's pages and the comparison all set text the
same way, always placed by an anchor so that longer Dutch strings grow a panel instead of spilling
out of it; ``scale`` (below 1) sets a crowded card's type a step smaller than its role's size. Every
text drawn is noted for the contact sheet's overlap check (``panels.log_text``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pygame

from game.render.art import Art
from game.render.panels import log_text

_BREAKS = re.compile(r"[^\S\u00a0]+")  # any white space but the no-break space, which holds "10 s"


def _font(surface: pygame.Surface, art: Art, role: str, scale: float) -> pygame.font.Font:
    return art.font(role, round(surface.get_height() * scale))


def text(surface: pygame.Surface, art: Art, role: str, message: str, colour: tuple[int, ...],
         scale: float = 1.0, **anchor: tuple[int, int] | int) -> pygame.Rect:
    """Blit text in a font role placed by one pygame Rect anchor (``center=``, ``topleft=``...),
    optionally scaled down (``scale`` < 1) to fit a crowded panel."""
    image = art.text(role, round(surface.get_height() * scale), message, colour)
    rect = image.get_rect(**anchor)
    surface.blit(image, rect)
    log_text(surface, image, rect, message)
    return rect


def text_size(surface: pygame.Surface, art: Art, role: str, message: str) -> tuple[int, int]:
    return art.font(role, surface.get_height()).size(message)


def line_height(surface: pygame.Surface, art: Art, role: str, scale: float = 1.0) -> int:
    """The step from one line of a role to the next."""
    return _font(surface, art, role, scale).get_linesize()


def wrap(surface: pygame.Surface, art: Art, role: str, message: str, max_width: int,
         scale: float = 1.0) -> list[str]:
    """Break a message into lines no wider than ``max_width`` (a long word keeps its own line)."""
    font = _font(surface, art, role, scale)
    lines: list[str] = []
    for word in (piece for piece in _BREAKS.split(message) if piece):
        if lines and font.size(f"{lines[-1]} {word}")[0] <= max_width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def wrap_pieces(surface: pygame.Surface, art: Art, role: str, pieces: Sequence[str], joint: str,
                width: int, scale: float = 1.0) -> list[str]:
    """Pieces joined by ``joint`` in lines no wider than ``width``, broken between pieces (a piece
    wider than a line is broken between its words)."""
    font = _font(surface, art, role, scale)
    lines: list[str] = []
    for piece in pieces:
        if lines and font.size(f"{lines[-1]}{joint}{piece}")[0] <= width:
            lines[-1] = f"{lines[-1]}{joint}{piece}"
        elif font.size(piece)[0] <= width:
            lines.append(piece)
        else:
            lines += wrap(surface, art, role, piece, width, scale)
    return lines


def text_lines(surface: pygame.Surface, art: Art, role: str, message: str, colour: tuple[int, ...],
          topleft: tuple[int, int], width: int, scale: float = 1.0, draw: bool = True) -> int:
    """Left-aligned wrapped text from ``topleft`` (drawn unless ``draw`` is False: measured only);
    returns the height it takes."""
    x, y = topleft
    step = line_height(surface, art, role, scale)
    wrapped = wrap(surface, art, role, message, width, scale)
    if draw:
        for index, line in enumerate(wrapped):
            text(surface, art, role, line, colour, scale, topleft=(x, y + index * step))
    return step * len(wrapped)


def paragraph(surface: pygame.Surface, art: Art, role: str, message: str, colour: tuple[int, ...],
              midtop: tuple[int, int], max_width: int) -> pygame.Rect:
    """Centred, wrapped text from ``midtop`` down; returns the area it covers."""
    x, y = midtop
    covered = pygame.Rect(x, y, 0, 0)
    step = line_height(surface, art, role)
    for line in wrap(surface, art, role, message, max_width):
        covered.union_ip(text(surface, art, role, line, colour, midtop=(x, y)))
        y += step
    return covered


def cut(font: pygame.font.Font, line: str, width: int) -> str:
    """A line with " …" after it, words dropped from its end until the mark fits: never a word cut
    silently."""
    words = line.split()
    while len(words) > 1 and font.size(" ".join(words) + " …")[0] > width:
        words.pop()
    return " ".join(words) + " …"


def fit(measure: Callable[[float], int], available: int, lowest: float = 0.65) -> float:
    """The largest text scale, from 1 down to ``lowest`` in steps of 0.05, at which
    ``measure(scale)`` fits ``available``."""
    scale = 1.0
    while scale > lowest + 1e-9 and measure(scale) > available:
        scale -= 0.05
    return scale
