"""Flat panels with soft shadows, arrows, and the log of what was drawn: the HUD's and the screens'
shapes (their text is ``game.render.text``'s).

Why: every panel in the game looks the same (a flat rounded card with a soft shadow, as in Mini
Motorways), and the contact sheet checks that no text spills out of its card.
"""

from __future__ import annotations

import math

import pygame

from game.render import palette
from game.render.cache import CachePart


class LayoutLog:
    """Every text and card drawn while it is open, for the contact sheet's overlap check: each as
    (surface key, rect on that surface's top parent, message or ""). Texts are kept by the pixels
    their glyphs cover, so lines set close together do not count as touching."""

    def __init__(self) -> None:
        self.texts: list[tuple[int, pygame.Rect, str]] = []
        self.sizes: dict[int, tuple[int, int]] = {}  # each surface key's whole size
        self.cards: list[tuple[int, pygame.Rect]] = []
        self.cards_after: list[int] = []  # how many texts had been drawn when each card was

    def clear(self) -> None:
        self.texts.clear()
        self.cards.clear()
        self.cards_after.clear()
        self.sizes.clear()


layout_log: LayoutLog | None = None  # set by the contact sheet; drawing never reads it otherwise


def _placed(surface: pygame.Surface, rect: pygame.Rect) -> tuple[int, pygame.Rect]:
    parent = surface.get_abs_parent()
    if layout_log is not None:
        layout_log.sizes[id(parent)] = parent.get_size()
    return id(parent), rect.move(surface.get_abs_offset())


def log_forget(surface: pygame.Surface) -> None:
    """A page drawn to be measured and then drawn again: what it drew no longer counts."""
    if layout_log is not None:
        key = id(surface.get_abs_parent())
        kept = [number for number, entry in enumerate(layout_log.texts) if entry[0] != key]
        cards = [(card, sum(1 for number in kept if number < after))
                 for card, after in zip(layout_log.cards, layout_log.cards_after, strict=True)
                 if card[0] != key]
        layout_log.texts[:] = [layout_log.texts[number] for number in kept]
        layout_log.cards[:] = [card for card, _after in cards]
        layout_log.cards_after[:] = [after for _card, after in cards]


def log_text(surface: pygame.Surface, image: pygame.Surface, rect: pygame.Rect, message: str) -> None:
    """Note a text just blitted (a no-op unless the contact sheet listens)."""
    if layout_log is not None and message.strip():
        glyphs = image.get_bounding_rect().move(rect.topleft)
        key, placed = _placed(surface, glyphs)
        layout_log.texts.append((key, placed, message))


def log_card(surface: pygame.Surface, rect: pygame.Rect) -> None:
    """Note a card just drawn: the box its texts must stay in."""
    if layout_log is not None:
        layout_log.cards.append(_placed(surface, rect))
        layout_log.cards_after.append(len(layout_log.texts))


def _blur(radius: int) -> int:
    """How far a card's shadow spreads past the card on every side (before the lift)."""
    return max(4, radius)


def _shadow(width: int, height: int, radius: int, shadows: CachePart) -> pygame.Surface:
    """A blurred rounded rectangle, kept by size in ``shadows``: drawn small and smooth-scaled up."""
    key = (width, height, radius)
    shadow = shadows.get(key)
    if shadow is None:
        blur = _blur(radius)
        big = pygame.Surface((width + 2 * blur, height + 2 * blur), pygame.SRCALPHA)
        big.fill((*palette.SHADOW, 0))
        pygame.draw.rect(big, (*palette.SHADOW, 80), (blur, blur, width, height), border_radius=radius)
        reduced = (max(1, big.get_width() // 6), max(1, big.get_height() // 6))
        small = pygame.transform.smoothscale(big, reduced)
        shadow = shadows.put(key, pygame.transform.smoothscale(small, big.get_size()))
    return shadow


def card_area(rect: pygame.Rect, radius: int, lift: int = 4) -> pygame.Rect:
    """Everything ``card`` covers, its shadow included: what a cache of drawn panels must keep."""
    blur = _blur(radius)
    shadow = pygame.Rect(rect.x - blur + lift, rect.y - blur + lift, rect.width + 2 * blur,
                         rect.height + 2 * blur)
    return shadow.union(rect)


def card_core(rect: pygame.Rect, radius: int) -> pygame.Rect:
    """The largest rectangle of a card that its rounded corners leave whole: opaque, whatever is
    drawn on it, so a cache of drawn panels may copy it rather than blend it."""
    radius = min(radius, rect.width // 2, rect.height // 2)
    return max(rect.inflate(-2 * radius, 0), rect.inflate(0, -2 * radius),
               key=lambda band: band.width * band.height)


def card(surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, ...], radius: int,
         lift: int = 4, *, shadows: CachePart) -> pygame.Rect:
    """A flat rounded card with a soft shadow falling south-east (light from the north-west); returns
    the area it covers (``card_area``), so a caller that caches its panels knows what to keep. The
    shadows are kept by the compositor (``Compositor.shadows``), under its one budget."""
    shadow = _shadow(rect.width, rect.height, radius, shadows)
    blur = _blur(radius)
    surface.blit(shadow, (rect.x - blur + lift, rect.y - blur + lift))
    pygame.draw.rect(surface, colour, rect, border_radius=radius)
    log_card(surface, rect)
    return card_area(rect, radius, lift)


def unit(surface: pygame.Surface) -> float:
    """Layout unit: one pixel at 1080 lines, scaled to the window's height."""
    return surface.get_height() / 1080


def arrow(surface: pygame.Surface, tip: tuple[float, float], angle: float, size: float,
          colour: tuple[int, ...], outline: tuple[int, ...]) -> pygame.Rect:
    """A solid triangle whose tip points along ``angle`` (radians, 0 east, screen y down); returns
    the area it covers."""
    back = size * 1.1
    spread = size * 0.65
    cos, sin = math.cos(angle), math.sin(angle)
    bx, by = tip[0] - cos * back, tip[1] - sin * back
    points = [tip, (bx - sin * spread, by + cos * spread), (bx + sin * spread, by - cos * spread)]
    covered = pygame.draw.polygon(surface, colour, points)
    return covered.union(pygame.draw.polygon(surface, outline, points, max(2, round(size / 10))))


def edge_point(rect: pygame.Rect, origin: tuple[float, float], target: tuple[float, float]
               ) -> tuple[tuple[float, float], float]:
    """Where the line from ``origin`` toward ``target`` leaves ``rect``, and that line's angle."""
    dx, dy = target[0] - origin[0], target[1] - origin[1]
    angle = math.atan2(dy, dx)
    limits = []
    if dx:
        limits.append(((rect.right if dx > 0 else rect.left) - origin[0]) / dx)
    if dy:
        limits.append(((rect.bottom if dy > 0 else rect.top) - origin[1]) / dy)
    scale = min(limits) if limits else 0.0
    return (origin[0] + dx * scale, origin[1] + dy * scale), angle


def scroll_arrow(surface: pygame.Surface, centre: tuple[float, float], size: float, *, up: bool) -> None:
    """A small arrow beside "3 more": there is more to scroll to (the typeface has no arrow glyphs)."""
    cx, cy = centre
    sign = -1 if up else 1
    pygame.draw.polygon(surface, palette.INK_SOFT, [(cx - size, cy - sign * size * 0.6),
                                                    (cx + size, cy - sign * size * 0.6),
                                                    (cx, cy + sign * size * 0.8)])
