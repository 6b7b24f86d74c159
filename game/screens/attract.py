"""The attract loop: while nobody plays a kiosk, the bot does, under a big "press any button".

Why a fresh world each time (a new seed from the app): the bot takes route styles in turn by seed,
so a passer-by who watches a while sees the alleys, the streets and the highway. Attract runs are
never kept or counted: they are not a visitor's run.
"""

from __future__ import annotations

import pygame

from game import tuning
from game.i18n import N_, _
from game.render import Hud, WorldView, palette
from game.render.panels import card, card_core, unit
from game.render.text import text, text_size
from game.screens import registry
from game.screens.base import AppContext, Replace, Screen, Transition
from game.screens.intents import Intent, TickInput

PRESS_ANY_BUTTON = N_("Press any button")
WHAT_TO_DO = N_("Reach the court before 10:00.")
# A bot's run that ends before the loop does shows its last moment this long, then a new one starts.
ENDED_HOLD_SECONDS = 2
CAPTION_ROLE = "score"  # the largest type short of the title's: read from across the room


class AttractScreen(Screen):
    """The bot plays for ``attract_length`` seconds; any button, or the time, returns to the title."""

    name = "attract"
    idle_resets = False

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.length = round(context.settings.current.attract_length * tuning.TICKS_PER_SECOND)
        self.ticks = 0
        self.ended_ticks = 0
        self.hud = Hud(context.art)
        self._start()

    def _start(self) -> None:
        self.world, self.bot = self.context.runs.new_attract_run()
        self.view = WorldView(self.context.art, self.world.level)
        self.ended_ticks = 0

    def update(self, tick_input: TickInput) -> Transition | None:
        if tick_input.intents - {Intent.FACILITATOR}:
            return self._to_title()
        self.ticks += 1
        if self.ticks >= self.length:
            return self._to_title()
        if self.world.ending is None:
            self.world.step(self.bot.command(self.world))
        else:
            self.ended_ticks += 1
            if self.ended_ticks >= ENDED_HOLD_SECONDS * tuning.TICKS_PER_SECOND:
                self._start()
        return None

    def _to_title(self) -> Transition:
        return Replace(registry.make("title", self.context))  # the title leads here

    def draw(self, surface: pygame.Surface) -> None:
        art, u = self.context.art, unit(surface)
        width, height = surface.get_size()
        caption, line = _(PRESS_ANY_BUTTON), _(WHAT_TO_DO)
        caption_w, caption_h = text_size(surface, art, CAPTION_ROLE, caption)
        line_w, line_h = text_size(surface, art, "body", line)
        pad, radius = round(28 * u), round(32 * u)
        box = pygame.Rect(0, 0, max(caption_w, line_w) + 4 * pad, caption_h + line_h + 2 * pad)
        box.midbottom = (width // 2, height - round(40 * u))
        # As the play screen: with the last frame still on the window, the world view mends only
        # what changed, except under the opaque middles of the HUD's cards and of this one.
        solid = [*self.hud.solid(surface, self.world), card_core(box, radius)]
        offset = self.view.draw(surface, self.world, art.compositor.kept(self), solid)
        drawn = self.hud.draw(surface, self.world, offset)
        drawn.append(card(surface, box, palette.PAPER_DARK, radius, lift=round(8 * u),
                          shadows=art.compositor.shadows))
        said = text(surface, art, CAPTION_ROLE, caption, palette.TEXT_LIGHT,
                    midtop=(box.centerx, box.top + pad))
        text(surface, art, "body", line, palette.TEXT_LIGHT, midtop=(box.centerx, said.bottom - round(6 * u)))
        art.compositor.drew_over(self, drawn)
