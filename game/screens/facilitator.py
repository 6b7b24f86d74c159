"""The facilitator's menu, opened over any screen by the chord (F10+F12, or Back+Start on a gamepad).

Why it sits over whatever was showing: "resume" must return a kiosk exactly where it was, a run
included. It is the only way to quit a kiosk; the statistics it shows are the anonymous rows the
kiosk keeps, and resetting them asks first.
"""

from __future__ import annotations

import pygame

from game import i18n
from game.i18n import N_, _
from game.level.story import DEFAULT_STORY, Story
from game.render import palette
from game.render.panels import unit
from game.render.text import paragraph, text, text_size
from game.screens.base import AppContext, Pop, Push, Quit, StatsSummary, Transition
from game.screens.intents import Intent, TickInput
from game.screens.menu import Choice, Menu, MenuScreen, menu_panel
from game.screens.presets import PresetScreen
from game.screens.settings_menu import SettingsScreen

RESUME, LANGUAGE, LEVEL = N_("Resume"), N_("Language"), N_("Level")
RUN_LENGTH, SETTINGS, STATISTICS = N_("Run length"), N_("Settings"), N_("Statistics")
RESET_STATISTICS, QUIT = N_("Reset statistics"), N_("Quit")
MONITOR, RULE_PRESETS = N_("Monitor"), N_("Rule presets")
KEEP, FORGET = N_("No, keep them"), N_("Yes, forget every run")
# Run lengths a facilitator may choose, in minutes (the settings' run_cap, in seconds).
RUN_MINUTES = (2, 3, 4, 6, 8)


class FacilitatorScreen(MenuScreen):
    """Resume, language, level, run length, settings, statistics, monitor, reset statistics, quit."""

    name = "facilitator"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.menu = Menu((RESUME, LANGUAGE, LEVEL, RUN_LENGTH, SETTINGS, STATISTICS, MONITOR, RULE_PRESETS,
                          RESET_STATISTICS, QUIT))
        self.confirm = Menu((KEEP, FORGET))
        self.mode = "menu"  # or "statistics", "confirm"
        self.summary: StatsSummary | str | None = None
        self.message: str | None = None

    def update(self, tick_input: TickInput) -> Transition | None:
        if self.mode == "statistics":
            if tick_input.pressed(Intent.BACK) or tick_input.pressed(Intent.CONFIRM) or tick_input.touch.taps:
                self.mode = "menu"
            return None
        if self.mode == "confirm":
            if tick_input.pressed(Intent.BACK):
                self.mode = "menu"
                return None
            answer = self.confirm.update(tick_input)
            if answer == FORGET:
                problem = self.context.exhibition.reset_stats()
                self.message = problem or _("The statistics were reset.")
            if answer is not None:
                self.mode = "menu"
            return None
        return super().update(tick_input)

    def choose(self, choice: Choice) -> Transition | None:
        confirmed = choice.item if choice.confirmed else None
        if confirmed == RESUME:
            return Pop()
        if confirmed == QUIT:
            return Quit()
        if confirmed == SETTINGS:
            return Push(SettingsScreen(self.context))
        if confirmed == RULE_PRESETS and self.context.runs.level is not None:
            return Push(PresetScreen(self.context))
        if confirmed == STATISTICS:
            self.summary = self.context.exhibition.stats_summary()
            self.mode = "statistics"
        elif confirmed == RESET_STATISTICS:
            self.confirm.selected = 0
            self.mode = "confirm"
        elif choice.item in (LANGUAGE, LEVEL, RUN_LENGTH, MONITOR):
            self._cycle(choice.item, choice.step)
        return None

    def _cycle(self, item: str, step: int) -> None:
        """Left, right or confirm steps through a choice; it is used from the next run on."""
        self.message = None
        if item == LANGUAGE:
            languages = i18n.SUPPORTED_LANGUAGES
            index = languages.index(i18n.current_language())
            self.message = self.context.settings.change(language=languages[(index + step) % len(languages)])
        elif item == LEVEL:
            runs = self.context.runs
            paths = runs.level_paths()
            current = runs.level.path if runs.level is not None else None
            index = paths.index(current) if current in paths else -1
            for offset in range(1, len(paths) + 1):  # skip a level that does not load, say why
                path = paths[(index + step * offset) % len(paths)]
                problem = runs.choose_level(path)
                if problem is None:
                    break
                self.message = problem
        elif item == RUN_LENGTH:
            minutes = round(self.context.settings.current.run_cap / 60)
            index = RUN_MINUTES.index(minutes) if minutes in RUN_MINUTES else RUN_MINUTES.index(6)
            chosen = RUN_MINUTES[(index + step) % len(RUN_MINUTES)]
            self.message = self.context.settings.change(run_cap=chosen * 60)
        elif item == MONITOR:
            settings = self.context.settings
            count = len(settings.monitors())
            current = min(settings.current.display, max(count, 1))
            self.message = settings.choose_monitor((current - 1 + step) % max(count, 1) + 1)

    def monitor_list(self) -> str:
        """Every monitor by number and size, the chosen one marked: "1: 1920×1080 · [2: 2560×1440]"."""
        chosen = self.context.settings.current.display
        sizes = [f"{number}: {width}×{height}"
                 for number, (width, height) in enumerate(self.context.settings.monitors(), start=1)]
        marked = (f"[{size}]" if number == chosen else size for number, size in enumerate(sizes, start=1))
        return " · ".join(marked)

    # --- drawing ------------------------------------------------------------------------------

    def labels(self) -> list[str]:
        level, settings = self.context.runs.level, self.context.settings
        minutes = settings.current.run_cap / 60
        values = {
            LANGUAGE: i18n.LANGUAGE_NAMES[i18n.current_language()],
            LEVEL: _(level.title) if level is not None else "-",
            RUN_LENGTH: _("{minutes} minutes").format(minutes=i18n.format_number(minutes)),
            MONITOR: _("{number} of {count}").format(number=settings.current.display,
                                                     count=len(settings.monitors())),
        }
        return [f"{_(item)}: {values[item]}" if item in values else _(item) for item in self.menu.items]

    def _panel(self, surface: pygame.Surface) -> tuple[pygame.Rect, pygame.Rect]:
        art, u = self.context.art, unit(surface)
        panel = menu_panel(surface, 190, (120, 60), self.context.art.compositor)
        # A long menu at a large text size takes the heading's room: the heading steps down first.
        below_heading = panel.height - round(24 * u) - 2 * text_size(surface, art, "small", "Ag")[1]
        roomy = self.menu.height(surface, art, "small") + text_size(surface, art, "heading", "Ag")[1] \
            + round(18 * u) <= below_heading
        heading = text(surface, art, "heading" if roomy else "label", _("Facilitator"), palette.INK,
                       midtop=(panel.centerx, panel.top + round(24 * u if roomy else 12 * u)))
        return panel, heading

    def draw(self, surface: pygame.Surface) -> None:
        art, u = self.context.art, unit(surface)
        panel, heading = self._panel(surface)
        top = heading.bottom + round(18 * u)
        if self.mode == "statistics":
            self._draw_statistics(surface, panel, top)
            return
        if self.mode == "confirm":
            said = paragraph(surface, art, "body", _("Forget every run counted on this computer?"),
                             palette.INK, (panel.centerx, top), panel.width - round(120 * u))
            self.confirm.draw(surface, art, (panel.centerx, said.bottom + round(28 * u)), role="body")
            return
        room = panel.bottom - top - text_size(surface, art, "small", "Ag")[1] * 2
        role = self.menu.fitting_role(surface, art, room, ("body", "small"))
        menu = self.menu.draw(surface, art, (panel.centerx, top), self.labels(), role)
        if not self.message and self.menu.items[self.menu.selected] == MONITOR:
            text(surface, art, "small", self.monitor_list(), palette.INK_SOFT,
                 midtop=(panel.centerx, menu.bottom + round(10 * u)))
        elif self.message:
            paragraph(surface, art, "small", self.message, palette.INK_SOFT,
                      (panel.centerx, menu.bottom + round(10 * u)), panel.width - round(120 * u))

    def _draw_statistics(self, surface: pygame.Surface, panel: pygame.Rect, top: int) -> None:
        """How the runs here ended, whose pass turned, how often they were seen: in words and numbers."""
        art, u = self.context.art, unit(surface)
        summary = self.summary
        inner = panel.width - round(160 * u)
        if isinstance(summary, str) or summary is None:
            paragraph(surface, art, "body", summary or "-", palette.SCORE_DOWN, (panel.centerx, top), inner)
            return
        share = summary.pass_turned_share
        median = summary.median_observations
        rows = [(_("Runs"), str(summary.count))]
        story = self.context.runs.level.story
        rows += [(_ending_name(ending, story), str(count))
                 for ending, count in summary.endings.items() if count]
        rows += [
            (_("Pass not green at the end"), "-" if share is None else f"{share:.0%}"),
            (_("Median observations per run"), "-" if median is None else i18n.format_number(median)),
        ]
        room = panel.bottom - top - round(60 * u)
        role = next((role for role in ("body", "small")
                     if len(rows) * (text_size(surface, art, role, "Ag")[1] + round(8 * u)) <= room), "small")
        line = text_size(surface, art, role, "Ag")[1] + round(8 * u)
        left, right = panel.left + round(80 * u), panel.right - round(80 * u)
        y = top
        for label, value in rows:
            text(surface, art, role, label, palette.INK, topleft=(left, y))
            text(surface, art, role, value, palette.INK, topright=(right, y))
            y += line
        text(surface, art, "small", _("Anonymous run outcomes, kept on this computer. Back: the menu."),
             palette.INK_SOFT, midtop=(panel.centerx, y + round(10 * u)))


def _ending_name(ending: str, story: Story) -> str:
    """An ending's title in the current language, in the level's story (the statistics count every
    level's runs: an ending it does not tell, in the default story's words, else as it is)."""
    title = story.ending_title(ending) or DEFAULT_STORY.ending_title(ending)
    return _(title) if title else ending.replace("_", " ")
