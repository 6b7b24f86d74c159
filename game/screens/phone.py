"""The phone screen: the health pass held up in front of the city, while time keeps running.

Why the world keeps stepping: looking at the phone costs time in the story as in the street, so
this screen sends idle commands through the play screen (which records them) every tick.
"""

from __future__ import annotations

import pygame

from game.events import IDLE
from game.i18n import _
from game.render import palette
from game.render.hud import pending_review
from game.render.panels import card, unit
from game.render.phone import draw_messages, draw_phone
from game.render.text import text, text_size
from game.screens.backdrop import dim
from game.screens.base import AppContext, Pop, RunInPlay, Screen, Transition
from game.screens.intents import Intent, TickInput

CLOSE = (Intent.PHONE, Intent.BACK, Intent.CONFIRM)


class PhoneScreen(Screen):
    """The phone over the play screen; the pass shown is the one just seen on it."""

    name = "phone"
    covers = False

    def __init__(self, context: AppContext, play: RunInPlay) -> None:
        super().__init__(context)
        self.play = play

    def update(self, tick_input: TickInput) -> Transition | None:
        if any(tick_input.pressed(intent) for intent in CLOSE) or tick_input.touch.taps:
            return Pop()
        self.play.advance(IDLE)
        if self.play.world.ending is not None:
            return Pop()  # the play screen keeps the run and shows the ending
        return None

    def draw(self, surface: pygame.Surface) -> None:
        world, art = self.play.world, self.context.art
        u = unit(surface)
        dim(surface, 150, self.context.art.compositor)
        letters = [notice.text for notice in world.system.notices if notice.kind == "letter"]
        if world.level.checks_pass:
            phone = draw_phone(surface, art, world.system.shown_pass, world.clock_text, letters,
                               pending=pending_review(world))
        else:
            phone = draw_messages(surface, art, world.clock_text, letters)
        hint = _("Tab: put the phone away")
        width, height = text_size(surface, art, "label", hint)
        pill = pygame.Rect(0, 0, width + round(40 * u), height + round(12 * u))
        pill.midtop = (phone.centerx, phone.bottom + round(14 * u))
        pill.bottom = min(pill.bottom, surface.get_height() - round(6 * u))
        card(surface, pill, palette.PAPER, pill.height // 2, lift=2, shadows=art.compositor.shadows)
        text(surface, art, "label", hint, palette.INK, center=pill.center)
