"""The debrief, 'Your file': after every ending, the file the system kept on the player, opened.

Why the true pass appears only here: during play the player sees the pass as last seen; the file
reveals what it really was, and how often she was watched and judged without being told. The page
is built from the run's own record (``game.sim.record``); the figures and the page itself are drawn
once and kept, so the screen costs one blit a frame while the timeline is not being scrolled.

The page's surfaces are the app's (:class:`PageCanvas`), not the screen's: a kiosk opens a file after
every run, and surfaces made afresh each time leave the process larger after each one (the C
allocator keeps what they freed); kept, the second file costs no more memory than the first.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Collection, Sequence

import pygame

from game.events import Command, Observed, RuleFired
from game.i18n import _, current_language
from game.render import palette
from game.render.debrief import PAGE_LINES, draw_file, figures_of, timeline_length
from game.render.debrief_map import prepare
from game.screens import registry
from game.screens.base import AppContext, Intent, Push, Replace, Screen, TickInput, Transition
from game.sim.record import record_of
from game.sim.world import World

# A key still held from play must not skip the file unread.
GUARD_TICKS = 45
# Holding UP or DOWN scrolls one entry, then repeats every few ticks.
REPEAT_DELAY_TICKS = 18
REPEAT_EVERY_TICKS = 5


def layout_size(size: tuple[int, int]) -> tuple[int, int]:
    """The size a page is laid out at for a window of ``size``: the window itself when it has at least
    PAGE_LINES lines and is 16:9 or wider, else at least PAGE_LINES lines and 16:9 (as
    ``game.render.debrief`` lays out a page drawn onto a smaller surface)."""
    width, height = size
    wide = width * 9 >= height * 16
    if wide and height >= PAGE_LINES:
        return size
    page_h = max(PAGE_LINES, height if wide else round(width * 9 / 16))
    page_w = round(page_h * width / height) if wide else round(page_h * 16 / 9)
    return page_w, page_h


class PageCanvas:
    """The surfaces a full-window page is drawn on (the debrief and the comparison), kept for reuse.

    ``window`` is the page at the window's size, blitted every frame; ``layout`` is the larger page it
    is laid out on when the window is small, drawn on and scaled down into ``window``. One canvas
    serves every page of the program, since one page shows at a time: the owner is the screen whose
    page ``window`` now holds (weakly: a closed screen is not kept alive by it), and a screen that
    finds another's page there draws its own again.
    """

    def __init__(self) -> None:
        self.window: pygame.Surface | None = None
        self.layout: pygame.Surface | None = None
        self._owner: Callable[[], object | None] = lambda: None

    def kept(self, owner: object, size: tuple[int, int]) -> pygame.Surface | None:
        """``owner``'s page at this size if ``window`` still holds it, else None (draw it again)."""
        if self._owner() is owner and self.window is not None and self.window.get_size() == size:
            return self.window
        return None

    def release(self) -> None:
        """No screen's page is held any more; the surfaces stay, for the next page."""
        self._owner = lambda: None

    def draw(self, owner: object, size: tuple[int, int],
             draw: Callable[[pygame.Surface], None]) -> pygame.Surface:
        """Draw a page with ``draw(surface)`` for a window of ``size``; returns the window-size page.

        ``draw`` is a page function of ``game.render`` (``draw_file`` and the like), handed a surface
        large enough that it lays the page out directly; the result is scaled into ``window`` here,
        into surfaces made once per window size instead of once per drawing.
        """
        size = (int(size[0]), int(size[1]))
        if self.window is None or self.window.get_size() != size:
            self.window = self.layout = None  # let the old surfaces go before the new ones are made
            self.window = pygame.Surface(size)
        layout = layout_size(size)
        if layout == size:
            self.layout = None
            draw(self.window)
        else:
            if self.layout is None or self.layout.get_size() != layout:
                self.layout = None
                self.layout = pygame.Surface(layout)
            draw(self.layout)
            width, height = size
            wide = width * 9 >= height * 16
            fitted = (width, height) if wide else (width, round(width * layout[1] / layout[0]))
            self.window.fill(palette.BACKGROUND)
            area = self.window.subsurface(pygame.Rect((0, (height - fitted[1]) // 2), fitted))
            if fitted == layout:
                area.blit(self.layout, (0, 0))
            else:
                pygame.transform.smoothscale(self.layout, fitted, area)
        self._owner = weakref.ref(owner)
        return self.window


def page_canvas(context: object) -> PageCanvas:
    """The app's page canvas if it keeps one (``context.pages``), else a new one for this screen."""
    canvas = getattr(context, "pages", None)
    return canvas if isinstance(canvas, PageCanvas) else PageCanvas()


class EndingScreen(Screen):
    """'Your file': the debrief page; UP and DOWN scroll the timeline, Enter or A returns to the title."""

    name = "debrief"

    def __init__(self, context: AppContext, world: World, commands: Sequence[Command] = (),
                 cameras_on_screen: Collection[str] = ()) -> None:
        """``cameras_on_screen``: the cameras the play screen drew in the run (its file tells them)."""
        super().__init__(context)
        self.world = world
        self.record = record_of(world, commands, cameras_on_screen)
        self.figures = figures_of(self.record, world.level)
        prepare(context.art, world.level)
        self.observed = sum(isinstance(event, Observed) for event in self.record.events)
        self.untold = sum(isinstance(event, RuleFired) and not event.told for event in self.record.events)
        self.entries = timeline_length(self.record)
        self.scroll = 0
        self.ticks = 0
        self._held_ticks = 0
        self._repeat_step = 0  # the direction a fresh press started; held, it repeats
        self.canvas = page_canvas(context)
        self._page_key: tuple[object, ...] = ()
        # Another scenario finished in this sitting: Tab opens the two side by side.
        kept = getattr(context, "last_records", {})
        self.other = next((run for name, run in kept.items() if name != world.level.name), None)

    def _scroll_by(self, step: int) -> None:
        self.scroll = max(0, min(self.scroll + step, max(0, self.entries - 1)))

    def update(self, tick_input: TickInput) -> Transition | None:
        """Scroll on fresh presses of UP and DOWN (held, they repeat); close only on a fresh Enter or A.

        Keys held from play send no press here, so they neither scroll nor close; Esc does nothing,
        so a file is never lost by accident."""
        self.ticks += 1
        step = int(tick_input.pressed(Intent.DOWN)) - int(tick_input.pressed(Intent.UP))
        if step:
            self._scroll_by(step)
            self._repeat_step, self._held_ticks = step, 0
        elif self._repeat_step and tick_input.held.move_y == self._repeat_step:
            self._held_ticks += 1
            if self._held_ticks >= REPEAT_DELAY_TICKS and self._held_ticks % REPEAT_EVERY_TICKS == 0:
                self._scroll_by(self._repeat_step)
        else:
            self._repeat_step = 0
        if self.other is not None and self.ticks > GUARD_TICKS and tick_input.pressed(Intent.PHONE):
            return Push(registry.make("compare", self.context, self.other, (self.record, self.world.level)))
        if self.ticks > GUARD_TICKS and tick_input.pressed(Intent.CONFIRM):
            return Replace(registry.make("title", self.context))  # the title leads here
        return None

    def draw(self, surface: pygame.Surface) -> None:
        ready = self.ticks > GUARD_TICKS
        hint = _("Enter: close your file")
        if self.other is not None:
            hint = _("Tab: compare with {scenario}").format(
                scenario=_(self.other[1].title)) + " · " + hint
        # The text size and language too: the facilitator's menu may change them over the file.
        key = (surface.get_size(), self.scroll, ready, hint, self.context.art.text_scale, current_language())
        size = surface.get_size()
        page = self.canvas.kept(self, size) if self._page_key == key else None
        if page is None:
            shown = key[3] if ready else ""
            page = self.canvas.draw(self, size, lambda layout: draw_file(
                layout, self.context.art, self.record, self.world.level, self.figures, scroll=self.scroll,
                hint=shown))
            self._page_key = key
        surface.blit(page, (0, 0))
