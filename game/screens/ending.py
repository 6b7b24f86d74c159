"""The debrief, 'Your file': after every ending, the file the system kept on the player, opened.

Why the true pass appears only here: during play the player sees the pass as last seen; the file
reveals what it really was, and how often she was watched and judged without being told. The page
is built from the run's own record (``game.sim.record``); the figures and the page itself are drawn
once and kept, so the screen costs one blit a frame while the timeline is not being scrolled.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.events import Command, Observed, RuleFired
from game.i18n import _
from game.render.debrief import draw_file, figures_of, timeline_length
from game.render.debrief_map import prepare
from game.screens.base import AppContext, Intent, Push, Replace, Screen, TickInput, Transition
from game.sim.record import record_of
from game.sim.world import World

# A key still held from play must not skip the file unread.
GUARD_TICKS = 45
# Holding UP or DOWN scrolls one entry, then repeats every few ticks.
REPEAT_DELAY_TICKS = 18
REPEAT_EVERY_TICKS = 5


class EndingScreen(Screen):
    """'Your file': the debrief page; UP and DOWN scroll the timeline, any button returns to the title."""

    name = "debrief"

    def __init__(self, context: AppContext, world: World, commands: Sequence[Command] = ()) -> None:
        super().__init__(context)
        self.world = world
        self.record = record_of(world, commands)
        self.figures = figures_of(self.record, world.level)
        prepare(context.art, world.level)
        self.observed = sum(isinstance(event, Observed) for event in self.record.events)
        self.untold = sum(isinstance(event, RuleFired) and not event.told for event in self.record.events)
        self.entries = timeline_length(self.record)
        self.scroll = 0
        self.ticks = 0
        self._held_ticks = 0
        self._page: pygame.Surface | None = None
        self._page_key: tuple[object, ...] = ()
        # Another scenario finished in this sitting: Tab opens the two side by side.
        kept = getattr(context, "last_records", {})
        self.other = next((run for name, run in kept.items() if name != world.level.name), None)

    def _scroll_by(self, step: int) -> None:
        self.scroll = max(0, min(self.scroll + step, max(0, self.entries - 1)))

    def update(self, tick_input: TickInput) -> Transition | None:
        self.ticks += 1
        if tick_input.pressed(Intent.UP):
            self._scroll_by(-1)
        if tick_input.pressed(Intent.DOWN):
            self._scroll_by(1)
        held = tick_input.held.move_y
        if held and not tick_input.pressed(Intent.UP) and not tick_input.pressed(Intent.DOWN):
            self._held_ticks += 1
            if self._held_ticks >= REPEAT_DELAY_TICKS and self._held_ticks % REPEAT_EVERY_TICKS == 0:
                self._scroll_by(held)
        elif not held:
            self._held_ticks = 0
        if self.other is not None and self.ticks > GUARD_TICKS and tick_input.pressed(Intent.PHONE):
            from game.screens.compare import CompareScreen

            return Push(CompareScreen(self.context, self.other, (self.record, self.world.level)))
        scrolled = tick_input.pressed(Intent.UP) or tick_input.pressed(Intent.DOWN)
        confirmed = tick_input.pressed(Intent.CONFIRM) or (tick_input.pressed(Intent.ANY) and not scrolled)
        if self.ticks > GUARD_TICKS and confirmed:
            from game.screens.title import TitleScreen  # the title leads here: import at use

            return Replace(TitleScreen(self.context))
        return None

    def draw(self, surface: pygame.Surface) -> None:
        ready = self.ticks > GUARD_TICKS
        hint = _("Press any button to close your file")
        if self.other is not None:
            hint = _("Tab: compare with {scenario}").format(
                scenario=_(self.other[1].title))
        key = (surface.get_size(), self.scroll, ready, hint)
        if self._page is None or self._page_key != key:
            page = (
                self._page
                if self._page is not None and self._page.get_size() == surface.get_size()
                else pygame.Surface(surface.get_size())
            )
            hint = key[3] if ready else ""
            draw_file(
                page,
                self.context.art,
                self.record,
                self.world.level,
                self.figures,
                scroll=self.scroll,
                hint=hint,
            )
            self._page, self._page_key = page, key
        surface.blit(self._page, (0, 0))
