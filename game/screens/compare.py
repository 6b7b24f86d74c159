"""The two scenarios side by side, opened from the debrief after both were played in one sitting.

Why a screen of its own: the workshop asks "how different are we, really?" with the two files in
front of it; the page is drawn once per window size, on the app's page canvas (the debrief's, which
this page covers: surfaces made once, not once a visit), and any button goes back to the file.
"""

from __future__ import annotations

import pygame

from game.i18n import current_language
from game.render.compare import draw_scenario_comparison
from game.screens.base import AppContext, Pop, Screen, Transition
from game.screens.ending import page_canvas
from game.screens.intents import Intent, TickInput
from game.system.debrief import Debrief

GUARD_TICKS = 30  # the Tab that opened the page must not close it


class CompareScreen(Screen):
    """'How different are we, really?': the earlier scenario on the left, this run on the right."""

    name = "compare"

    def __init__(self, context: AppContext, left: Debrief, right: Debrief) -> None:
        super().__init__(context)
        self.left, self.right = left, right
        self.ticks = 0
        self.canvas = page_canvas(context)
        self._page_key: tuple[object, ...] = ()

    def update(self, tick_input: TickInput) -> Transition | None:
        self.ticks += 1
        if self.ticks > GUARD_TICKS and tick_input.pressed(Intent.ANY):
            return Pop()
        return None

    def draw(self, surface: pygame.Surface) -> None:
        size = surface.get_size()
        # Drawn again if the facilitator's menu changed the text size or the language over it.
        key = (self.context.art.text_scale, current_language())
        page = self.canvas.kept(self, size) if key == self._page_key else None
        if page is None:
            page = self.canvas.draw(self, size, lambda layout: draw_scenario_comparison(
                layout, self.context.art, self.left, self.right))
            self._page_key = key
        surface.blit(page, (0, 0))
