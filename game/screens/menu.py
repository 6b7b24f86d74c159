"""A vertical menu that any device drives with UP, DOWN and CONFIRM, and draws as flat cards.

Why: the title and the pause screen choose the same way with a keyboard or a gamepad, and the
chosen item is marked by a card and an arrow, not by colour alone.
"""

from __future__ import annotations

import pygame

from game.i18n import _
from game.render import Art, palette
from game.render.panels import arrow, card, unit
from game.render.text import text, text_size
from game.screens.base import Intent, TickInput


class Menu:
    """A list of items (untranslated keys) and which one is selected."""

    def __init__(self, items: tuple[str, ...]) -> None:
        self.items = items
        self.selected = 0
        self.item_rects: list[pygame.Rect] = []  # where each item was last drawn, for a tap to find

    def update(self, tick_input: TickInput) -> str | None:
        """Move the selection; return the chosen item's key on CONFIRM, or the item tapped."""
        for tap in tick_input.touch.taps:
            tapped = next((index for index, rect in enumerate(self.item_rects) if rect.collidepoint(tap)),
                          None)
            if tapped is not None:
                self.selected = tapped
                return self.items[tapped]
        if tick_input.pressed(Intent.UP):
            self.selected = (self.selected - 1) % len(self.items)
        if tick_input.pressed(Intent.DOWN):
            self.selected = (self.selected + 1) % len(self.items)
        if tick_input.pressed(Intent.CONFIRM):
            return self.items[self.selected]
        return None

    def height(self, surface: pygame.Surface, art: Art, role: str = "heading") -> int:
        """How tall the drawn menu is with items in this font role."""
        u = unit(surface)
        item = text_size(surface, art, role, "Ag")[1] + round(20 * u)
        return len(self.items) * item + (len(self.items) - 1) * round(14 * u)

    def width(self, surface: pygame.Surface, art: Art, role: str = "heading",
              labels: list[str] | None = None) -> int:
        """How wide the drawn menu's cards are (the chosen one's highlight included)."""
        labels = [_(item) for item in self.items] if labels is None else labels
        return max(text_size(surface, art, role, label)[0] for label in labels) + round(160 * unit(surface))

    def fitting_role(self, surface: pygame.Surface, art: Art, room: int,
                     roles: tuple[str, ...] = ("heading", "body", "small")) -> str:
        """The first (largest) of ``roles`` whose menu fits in ``room`` pixels of height."""
        return next((role for role in roles if self.height(surface, art, role) <= room), roles[-1])

    def draw(self, surface: pygame.Surface, art: Art, midtop: tuple[int, int],
             labels: list[str] | None = None, role: str = "heading") -> pygame.Rect:
        """Draw the items as cards from ``midtop`` down; returns the area covered.

        ``labels`` are the words shown, already translated (an item with its value, "Text size:
        125 %"); by default each item's own translation. ``role`` is the font role of the items.
        """
        u = unit(surface)
        labels = [_(item) for item in self.items] if labels is None else labels
        width = self.width(surface, art, role, labels)
        height = text_size(surface, art, role, "Ag")[1] + round(20 * u)
        x, y = midtop
        covered = pygame.Rect(x, y, 0, 0)
        self.item_rects = []
        for index, label in enumerate(labels):
            rect = pygame.Rect(0, 0, width, height)
            rect.midtop = (x, y)
            self.item_rects.append(rect)
            chosen = index == self.selected
            if chosen:
                card(surface, rect, palette.PAPER_DARK, height // 2)
                tip = (rect.left + round(52 * u), rect.centery)
                arrow(surface, tip, 0.0, round(min(22 * u, height / 3)), palette.AMBER, palette.AMBER_DARK)
            ink = palette.TEXT_LIGHT if chosen else palette.INK
            text(surface, art, role, label, ink, center=rect.center)
            covered.union_ip(rect)
            y = rect.bottom + round(14 * u)
        return covered
