"""A vertical menu that any device drives with UP, DOWN and CONFIRM, and draws as flat cards; and
the screen of such a menu whose lines hold values (settings, presets, the facilitator's menu).

Why: the title and the pause screen choose the same way with a keyboard or a gamepad, and the
chosen item is marked by a card and an arrow, not by colour alone. The menus of values all work
alike: left and right step the selected line's value, confirm steps it on or does what the line
says, Back closes; and they are drawn on the same panel over the screen below.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.i18n import _
from game.render import Art, Compositor, palette
from game.render.cache import CachePart
from game.render.panels import arrow, card, unit
from game.render.text import text, text_size
from game.screens.backdrop import dim
from game.screens.base import Pop, Screen, Transition
from game.screens.intents import Intent, TickInput


@dataclass(frozen=True)
class Choice:
    """What one tick did to a menu: an item confirmed (or tapped), or the selected one stepped."""

    item: str  # the item's untranslated key
    step: int  # -1 when LEFT is pressed, else +1 (confirm steps a value forward)
    confirmed: bool  # confirmed or tapped; False: only stepped left or right


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

    def choose(self, tick_input: TickInput) -> Choice | None:
        """As ``update``, and also LEFT or RIGHT on the selected item: what to do with which item."""
        step = -1 if tick_input.pressed(Intent.LEFT) else 1
        sideways = tick_input.pressed(Intent.LEFT) or tick_input.pressed(Intent.RIGHT)
        chosen = self.update(tick_input)
        if chosen is not None:
            return Choice(chosen, step, confirmed=True)
        if sideways:
            return Choice(self.items[self.selected], step, confirmed=False)
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
            ink = mark(surface, rect, index == self.selected, round(52 * u), round(min(22 * u, height / 3)),
                       art.compositor.shadows)
            text(surface, art, role, label, ink, center=rect.center)
            covered.union_ip(rect)
            y = rect.bottom + round(14 * u)
        return covered


def mark(surface: pygame.Surface, rect: pygame.Rect, chosen: bool, tip: int, size: int,
         shadows: CachePart) -> palette.Colour:
    """Mark a menu's line at ``rect`` if it is the ``chosen`` one: a dark card and an arrow whose tip
    stands ``tip`` pixels in from the left, ``size`` long; the ink its words are written in."""
    if not chosen:
        return palette.INK
    card(surface, rect, palette.PAPER_DARK, rect.height // 2, shadows=shadows)
    arrow(surface, (rect.left + tip, rect.centery), 0.0, size, palette.AMBER, palette.AMBER_DARK)
    return palette.TEXT_LIGHT


def menu_panel(surface: pygame.Surface, shade: int, margin: tuple[int, int],
               compositor: Compositor) -> pygame.Rect:
    """Dim what is drawn (``shade``, 0 to 255) and draw the paper panel a menu of values sits on,
    ``margin`` (at 720 lines, across and down) smaller than the window; the panel's rect."""
    u = unit(surface)
    width, height = surface.get_size()
    dim(surface, shade, compositor)
    panel = pygame.Rect(0, 0, width - round(margin[0] * u), height - round(margin[1] * u))
    panel.center = surface.get_rect().center
    card(surface, panel, palette.PAPER, round(28 * u), lift=round(8 * u), shadows=compositor.shadows)
    return panel


class MenuScreen(Screen):
    """A menu of values over the screen below: Back (Esc, gamepad B) closes it, and each choice of
    its ``menu`` goes to ``choose``. Such a menu belongs to the facilitator or to a visitor's
    settings, so the kiosk's idle clock leaves it open."""

    covers = False
    idle_resets = False
    menu: Menu

    def update(self, tick_input: TickInput) -> Transition | None:
        if tick_input.pressed(Intent.BACK):
            return Pop()
        choice = self.menu.choose(tick_input)
        return None if choice is None else self.choose(choice)

    def choose(self, choice: Choice) -> Transition | None:
        """Do what the choice asks; a transition, or None to stay."""
        return None
