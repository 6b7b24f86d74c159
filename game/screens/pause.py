"""The pause screen: the world stops; resume, stay home (give up), or quit to the title.

In kiosk mode there is no "quit to the title": a visitor may give up (the run ends and is counted),
and a run left alone goes back to the title by itself.
"""

from __future__ import annotations

import pygame

from game.i18n import N_, _
from game.render import palette
from game.render.panels import card, unit
from game.render.text import text, text_size
from game.screens.backdrop import dim
from game.screens.base import AppContext, Pop, RunInPlay, Screen, Transition
from game.screens.intents import Intent, TickInput
from game.screens.menu import Menu

RESUME, STAY_HOME, QUIT_TO_TITLE = N_("Resume"), N_("Stay home"), N_("Quit to title")


class PauseScreen(Screen):
    """Over the play screen; never steps the world, so time stands still."""

    name = "pause"
    covers = False

    def __init__(self, context: AppContext, play: RunInPlay) -> None:
        super().__init__(context)
        self.play = play
        items = (RESUME, STAY_HOME) if context.exhibition.kiosk else (RESUME, STAY_HOME, QUIT_TO_TITLE)
        self.menu = Menu(items)

    def update(self, tick_input: TickInput) -> Transition | None:
        self.play.pausing()
        if tick_input.pressed(Intent.PAUSE) or tick_input.pressed(Intent.BACK):
            return Pop()
        chosen = self.menu.update(tick_input)
        if chosen == STAY_HOME:
            self.play.give_up()
        elif chosen == QUIT_TO_TITLE:
            self.play.leave_to_title()
        return Pop() if chosen is not None else None

    def draw(self, surface: pygame.Surface) -> None:
        art, u = self.context.art, unit(surface)
        dim(surface, 140, self.context.art.compositor)
        # The panel is measured from what it holds, so a larger text size or a longer language
        # grows it (up to the window) and the menu's type steps down only when the window is full.
        title, note = _("Paused"), _("The clock stops while you decide.")
        margin = round(40 * u)
        head_h = text_size(surface, art, "heading", title)[1] + round(8 * u) + text_size(
            surface, art, "small", note)[1] + round(44 * u)
        room = surface.get_height() - 2 * margin - 2 * round(40 * u) - head_h
        role = self.menu.fitting_role(surface, art, room)
        inner = max(self.menu.width(surface, art, role), text_size(surface, art, "heading", title)[0],
                    text_size(surface, art, "small", note)[0])
        panel_w = min(surface.get_width() - 2 * margin, max(round(760 * u), inner + 2 * margin))
        panel = pygame.Rect(0, 0, panel_w, head_h + self.menu.height(surface, art, role) + 2 * round(40 * u))
        panel.center = surface.get_rect().center
        card(surface, panel, palette.PAPER, round(28 * u), lift=round(8 * u), shadows=art.compositor.shadows)
        heading = text(surface, art, "heading", title, palette.INK,
                       midtop=(panel.centerx, panel.top + round(40 * u)))
        shown = text(surface, art, "small", note, palette.INK_SOFT,
                     midtop=(panel.centerx, heading.bottom + round(8 * u)))
        self.menu.draw(surface, art, (panel.centerx, shown.bottom + round(44 * u)), role=role)
