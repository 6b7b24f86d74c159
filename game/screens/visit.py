"""The police visit: two officers at the door "to talk about your plans", and the player's answer.

Why it sends its answer through the play screen: the answer is a command (``Command.choice``, 1 to
talk, 2 to decline) so the run file records it and a replay gives the same answer at the same tick.
While the dialog is open the world keeps stepping with idle commands, also recorded: time passes at
the door as it would in the street. The world itself holds her at the door until she answers.
"""

from __future__ import annotations

import pygame

from game.events import Command
from game.i18n import N_, _
from game.render import palette
from game.render.panels import card, unit
from game.render.text import paragraph, text, text_size, wrap
from game.screens.base import AppContext, Pop, Push, RunInPlay, Screen, Transition
from game.screens.intents import Intent, TickInput
from game.screens.menu import Menu
from game.screens.pause import PauseScreen

KNOCK = N_("Two officers at the door: they would like to talk about your plans for today.")
TALK, DECLINE = N_("Talk to them"), N_("Decline")
CHOICES = {TALK: 1, DECLINE: 2}  # the answer as Command.choice
HINT = N_("Up and down: choose · Enter: answer")
OFFICER_PX = 96  # the officer's sprite on the dialog, at 1080 lines


class VisitScreen(Screen):
    """Over the play screen while ``world.pending_choice == "visit"``; pops once she has answered."""

    name = "visit"
    covers = False

    def __init__(self, context: AppContext, play: RunInPlay) -> None:
        super().__init__(context)
        self.play = play
        self.menu = Menu((TALK, DECLINE))
        self._officer: pygame.Surface | None = None

    def update(self, tick_input: TickInput) -> Transition | None:
        play = self.play
        world = play.world
        if (world.ending is not None or world.pending_choice != "visit" or play.racing
                or play.leaving):
            return Pop()  # the play screen races the clock, keeps the run, gives up or shows the ending
        play.pausing()  # the world waits for her answer; a kiosk visitor's turn does not
        if tick_input.pressed(Intent.PAUSE):
            return Push(PauseScreen(self.context, play))
        if tick_input.pressed(Intent.LEFT):
            self.menu.selected = 0
        if tick_input.pressed(Intent.RIGHT):
            self.menu.selected = len(self.menu.items) - 1
        chosen = self.menu.update(tick_input)
        if chosen is None:
            return None  # they wait at the door; the clock waits with them
        play.advance(Command(choice=CHOICES[chosen]))
        return Pop()

    # --- drawing ------------------------------------------------------------------------------

    def _officer_image(self, size: int) -> pygame.Surface:
        if self._officer is None or self._officer.get_width() != size:
            sprite = self.context.art.sprites["officer_standing"]
            self._officer = pygame.transform.smoothscale(sprite, (size, size))
        return self._officer

    def draw(self, surface: pygame.Surface) -> None:
        art, u = self.context.art, unit(surface)
        width, height = surface.get_size()
        officer = self._officer_image(round(OFFICER_PX * u))
        inner = min(round(width * 0.62), round(1100 * u))
        words = _(KNOCK)
        line_h = art.font("body", height).get_linesize()
        lines = len(wrap(surface, art, "body", words, inner))
        role = self.menu.fitting_role(surface, art, round(height * 0.3), ("body", "small"))
        hint_h = text_size(surface, art, "small", "Ag")[1]
        pad = round(32 * u)
        panel_h = (officer.get_height() // 2 + lines * line_h + round(28 * u)
                   + self.menu.height(surface, art, role) + round(20 * u) + hint_h + 2 * pad)
        panel = pygame.Rect(0, 0, inner + 2 * pad, panel_h)
        panel.midbottom = (width // 2, height - round(90 * u))
        card(surface, panel, palette.PAPER, round(24 * u), lift=round(8 * u), shadows=art.compositor.shadows)
        pygame.draw.rect(surface, palette.INK, (panel.x, panel.y, panel.width, round(10 * u)),
                         border_top_left_radius=round(24 * u), border_top_right_radius=round(24 * u))
        # Two officers standing over the top edge of the card, as at the door.
        for dx in (-0.6, 0.6):
            spot = officer.get_rect(center=(panel.centerx + round(dx * officer.get_width()), panel.top))
            surface.blit(officer, spot)
        said = paragraph(surface, art, "body", words, palette.INK,
                         (panel.centerx, panel.top + pad + officer.get_height() // 2), inner)
        menu = self.menu.draw(surface, art, (panel.centerx, said.bottom + round(28 * u)), role=role)
        text(surface, art, "small", _(HINT), palette.INK_SOFT,
             midtop=(panel.centerx, menu.bottom + round(16 * u)))
