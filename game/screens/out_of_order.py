"""The calm screen a kiosk shows after crashing again and again: out of order, please tell the staff.

Why both languages at once: nobody is there to choose one, and a visitor reads whichever is theirs.
It ignores every input; only the facilitator's chord (handled by the app) opens the menu over it.
"""

from __future__ import annotations

import pygame

from game import i18n
from game.i18n import N_
from game.render import palette
from game.render.panels import card, unit
from game.render.text import paragraph, wrap
from game.screens.base import AppContext, Screen, Transition
from game.screens.intents import TickInput

OUT_OF_ORDER = N_("Out of order. Please tell the staff.")


def in_every_language(message: str) -> list[str]:
    """``message`` in each supported language, once each (an untranslated one is not repeated)."""
    said: list[str] = []
    for lang in i18n.SUPPORTED_LANGUAGES:
        try:
            words = i18n.load_catalogue(lang).gettext(message)
        except ValueError:  # a broken catalogue: the English still says it
            words = message
        if words not in said:
            said.append(words)
    return said


class OutOfOrderScreen(Screen):
    """Nothing to do but be read; the app's chord still reaches the facilitator's menu."""

    name = "out_of_order"
    idle_resets = False

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.lines = in_every_language(OUT_OF_ORDER)

    def update(self, tick_input: TickInput) -> Transition | None:
        """Every input is ignored: a visitor cannot change anything here."""
        return None

    def draw(self, surface: pygame.Surface) -> None:
        art, u = self.context.art, unit(surface)
        width, height = surface.get_size()
        surface.fill(palette.BACKGROUND)
        panel_w = min(width - round(120 * u), round(1200 * u))
        inner = panel_w - round(120 * u)
        line_h = art.font("heading", height).get_linesize()
        blocks = [len(wrap(surface, art, "heading", line, inner)) * line_h for line in self.lines]
        gap, pad = round(40 * u), round(60 * u)
        panel = pygame.Rect(0, 0, panel_w, sum(blocks) + gap * (len(blocks) - 1) + 2 * pad)
        panel.center = (width // 2, height // 2)
        card(surface, panel, palette.PAPER, round(28 * u), lift=round(8 * u), shadows=art.compositor.shadows)
        y = panel.top + pad
        for index, (line, block) in enumerate(zip(self.lines, blocks, strict=True)):
            ink = palette.INK if index == 0 else palette.INK_SOFT
            paragraph(surface, art, "heading", line, ink, (panel.centerx, y), inner)
            y += block + gap
