"""The title: what the game is, what to do, a menu, the language, and what the game keeps.

The scenario row sits under the menu, beside the language: DOWN from the last item reaches it, and
there LEFT and RIGHT choose the scenario (elsewhere they choose the language). The chosen scenario is
the next run's level, through the same ``choose_level`` the facilitator's menu uses.

In kiosk mode it is also where the exhibition waits: after ``attract_after`` seconds with no input it
gives way to the attract loop, and it offers no way to quit (only the facilitator's menu quits).
"""

from __future__ import annotations

import copy
import math
from functools import lru_cache
from pathlib import Path

import numpy as np
import pygame

from game import i18n, tuning
from game.i18n import N_, _
from game.level.errors import Problem
from game.level.model import fill_goal_label
from game.level.story import DEFAULT_STORY, Story, load_story
from game.render import palette
from game.render.panels import arrow, card, unit
from game.render.text import paragraph, text, text_size, wrap
from game.screens.attract import AttractScreen
from game.screens.base import AppContext, Push, Quit, Replace, Screen, Transition
from game.screens.intents import Intent, TickInput
from game.screens.menu import Menu
from game.screens.play import PlayScreen
from game.screens.settings_menu import SettingsScreen

PLAY, SETTINGS, QUIT = N_("Play"), N_("Settings"), N_("Quit")
PRIVACY = N_("This game stores nothing about you: no camera, no names. "
             "Only anonymous results (ending, score, time) are counted on this computer.")
SETTINGS_NOTICE = N_("The settings file could not be read, so the game uses the default settings.")
SWEEP_TICKS = 600  # one slow sweep of the title's camera, there and back
NOTICE_SECONDS = 30  # how long a notice about the settings file stays on the title
SCENARIO_LABEL = N_("Scenario")


@lru_cache(maxsize=64)
def story_beside(path: Path) -> Story:
    """The story beside a level's map, read once (the title asks every frame); the default if it has
    none or it does not pass its check (choosing that level says why)."""
    problems: list[Problem] = []
    story = load_story(path, problems)
    return DEFAULT_STORY if problems else story


class TitleScreen(Screen):
    """Play, settings or quit, and the language; with ``--autoplay`` it starts a run at once."""

    name = "title"
    idle_resets = False

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        items = (PLAY,) if context.exhibition.kiosk else (PLAY, SETTINGS, QUIT)
        self.menu = Menu(items)
        self.ticks = 0
        self.idle_ticks = 0
        self.notice: str | None = None
        self.notice_ticks = 0
        self._icon: pygame.Surface | None = None
        self.on_scenarios = False  # the scenario row has the focus, not the menu

    # --- scenarios ----------------------------------------------------------------------------

    def scenario_paths(self) -> list[Path]:
        """The scenarios' level files, in the order shown."""
        offered = [(story.scenario, path) for path in self.context.runs.level_paths()
                   if (story := self._story(path)).scenario is not None]
        return [path for _order, path in sorted(offered)]

    def _story(self, path: Path) -> Story:
        """The story of the level at ``path``: the loaded level's, else read from beside its map."""
        level = self.context.runs.level
        return level.story if level is not None and level.path == path else story_beside(path)

    def _switch_scenario(self, step: int) -> None:
        """Left and right choose the scenario: the level of the next run."""
        paths = self.scenario_paths()
        if not paths:
            return
        runs = self.context.runs
        current = runs.level.path if runs.level is not None else None
        index = paths.index(current) if current in paths else (-1 if step > 0 else 0)
        target = paths[(index + step) % len(paths)]
        if target != current:
            runs.choose_level(target)  # a problem keeps the old level

    def on_enter(self) -> None:
        """The idle clock starts again; a notice the app has for the player is shown for a while."""
        self.idle_ticks = 0
        notice = self.context.exhibition.take_notice()
        if notice:
            self.notice, self.notice_ticks = notice, NOTICE_SECONDS * tuning.TICKS_PER_SECOND

    def update(self, tick_input: TickInput) -> Transition | None:
        self.ticks += 1
        self.notice_ticks = max(0, self.notice_ticks - 1)
        if self.context.exhibition.autoplay:
            return Replace(PlayScreen(self.context))
        if tick_input.intents:
            self.idle_ticks = 0
        elif self.context.exhibition.kiosk:
            self.idle_ticks += 1
            if self.idle_ticks >= self.context.settings.current.attract_after * tuning.TICKS_PER_SECOND:
                return Replace(AttractScreen(self.context))
        step = -1 if tick_input.pressed(Intent.LEFT) else 1
        sideways = tick_input.pressed(Intent.LEFT) or tick_input.pressed(Intent.RIGHT)
        if self.on_scenarios:
            if tick_input.pressed(Intent.UP):
                self.on_scenarios = False
            elif sideways or tick_input.pressed(Intent.CONFIRM):
                self._switch_scenario(step)
            return None
        last = len(self.menu.items) - 1
        if tick_input.pressed(Intent.DOWN) and self.menu.selected == last and self.scenario_paths():
            self.on_scenarios = True
            return None
        if sideways:
            self._switch_language(step)
        chosen = self.menu.update(tick_input)
        if chosen == PLAY:
            return Replace(PlayScreen(self.context, opening=True))
        if chosen == SETTINGS:
            return Push(SettingsScreen(self.context))
        if chosen == QUIT:
            return Quit()
        return None

    def _switch_language(self, step: int) -> None:
        """Left and right choose among the languages, at once and for good (saved in the settings)."""
        languages = list(i18n.SUPPORTED_LANGUAGES)
        index = languages.index(i18n.current_language()) + step
        if 0 <= index < len(languages):
            self.context.settings.change(language=languages[index])

    # --- drawing ------------------------------------------------------------------------------

    def _camera_icon(self, size: int) -> pygame.Surface:
        """The lamp camera's sprite enlarged once per window size."""
        if self._icon is None or self._icon.get_width() != size:
            self._icon = pygame.transform.smoothscale(self.context.art.sprites["camera_lamp"], (size, size))
        return self._icon

    def _draw_camera(self, surface: pygame.Surface) -> None:
        """A camera in the corner sweeping a cyan cone over the title: the game's one image."""
        size = surface.get_size()
        # The layer the sweeping cone is drawn on, as large as the window: one for the program (the
        # compositor keeps it), not one per title (a kiosk makes a new title after every run).
        layer = self.context.art.compositor.for_window(
            "title cone", size, lambda size: pygame.Surface(size, pygame.SRCALPHA))
        layer.fill((0, 0, 0, 0))
        u = unit(surface)
        apex = np.array([size[0] - 90 * u, 50 * u])
        swing = 0.0 if self.context.art.reduced_motion else math.sin(2 * math.pi * self.ticks / SWEEP_TICKS)
        facing = math.radians(120 + 16 * swing)
        angles = facing + np.radians(np.linspace(-20, 20, 24))
        reach = size[1] * 0.8
        points = np.vstack((apex, apex + reach * np.column_stack((np.cos(angles), np.sin(angles)))))
        pygame.draw.polygon(layer, (*palette.CYAN, 50), points.tolist())
        pygame.draw.lines(layer, (*palette.CYAN_EDGE, 140), True, points.tolist(), 2)
        surface.blit(layer, (0, 0))
        camera = self._camera_icon(round(80 * u))
        surface.blit(camera, camera.get_rect(center=(round(apex[0]), round(apex[1]))))

    def _draw_languages(self, surface: pygame.Surface, midtop: tuple[int, int]) -> pygame.Rect:
        """Each language named in itself; the one in use is a dark card with a tick, not a colour only."""
        names = [i18n.LANGUAGE_NAMES[lang] for lang in i18n.SUPPORTED_LANGUAGES]
        chosen = i18n.SUPPORTED_LANGUAGES.index(i18n.current_language())
        return self._draw_choice(surface, midtop, names, chosen, arrows=not self.on_scenarios)

    def _draw_scenarios(self, surface: pygame.Surface, midtop: tuple[int, int]) -> pygame.Rect | None:
        """'Scenario:' and each scenario by name; the chosen one a dark card with a tick."""
        paths = self.scenario_paths()
        if not paths:
            return None
        art, u = self.context.art, unit(surface)
        current = self.context.runs.level.path if self.context.runs.level is not None else None
        chosen = paths.index(current) if current in paths else -1
        names = [_(self._story(path).title or path.stem) for path in paths]
        label = _(SCENARIO_LABEL) + ":"
        label_w = text_size(surface, art, "label", label)[0] + round(80 * u)  # room for the left arrow
        row = self._draw_choice(surface, (0, midtop[1]), names, chosen, probe=True)
        left = midtop[0] - (label_w + row.width) // 2
        row = self._draw_choice(surface, (left + label_w + row.width // 2, midtop[1]), names, chosen,
                                arrows=self.on_scenarios)
        text(surface, art, "label", label, palette.INK_SOFT, midleft=(left, row.centery))
        return row

    def _draw_choice(self, surface: pygame.Surface, midtop: tuple[int, int], names: list[str], chosen: int,
                     arrows: bool = True, probe: bool = False) -> pygame.Rect:
        """A row of pill cards; ``chosen`` is a dark card with a tick; amber arrows at both ends when
        LEFT and RIGHT change this row. ``probe`` only measures."""
        art, u = self.context.art, unit(surface)
        pad, gap = round(36 * u), round(18 * u)
        label_h = text_size(surface, art, "label", "Ag")[1]
        tick_w, tick_gap = round(label_h * 0.7), round(12 * u)
        name_w = [text_size(surface, art, "label", name)[0] for name in names]
        widths = [w + 2 * pad + tick_w + tick_gap for w in name_w]
        height = label_h + round(18 * u)
        total = sum(widths) + gap * (len(names) - 1)
        x = midtop[0] - total // 2
        covered = pygame.Rect(x, midtop[1], total, height)
        if probe:
            return covered
        for index, (name, width, words_w) in enumerate(zip(names, widths, name_w, strict=True)):
            rect = pygame.Rect(x, midtop[1], width, height)
            if index == chosen:
                card(surface, rect, palette.PAPER_DARK, height // 2, shadows=art.compositor.shadows)
                start = rect.centerx - (tick_w + tick_gap + words_w) // 2
                _tick(surface, (start + tick_w // 2, rect.centery), tick_w // 2, palette.TEXT_LIGHT)
                text(surface, art, "label", name, palette.TEXT_LIGHT,
                     midleft=(start + tick_w + tick_gap, rect.centery))
            else:
                outline = max(2, round(3 * u))
                pygame.draw.rect(surface, palette.INK_SOFT, rect, outline, border_radius=height // 2)
                text(surface, art, "label", name, palette.INK, center=rect.center)
            x = rect.right + gap
        if not arrows:
            return covered
        size = round(min(18 * u, height / 3))
        arrow(surface, (covered.left - round(14 * u) - size * 1.2, covered.centery), math.pi, size,
              palette.AMBER, palette.AMBER_DARK)
        arrow(surface, (covered.right + round(14 * u) + size * 1.2, covered.centery), 0.0, size,
              palette.AMBER, palette.AMBER_DARK)
        return covered

    def _draw_notice(self, surface: pygame.Surface) -> None:
        """The settings file was unreadable, or the data folder or statistics were not usable: say so at
        the top, for a while, with the details."""
        if not self.notice or self.notice_ticks <= 0:
            return
        art, u = self.context.art, unit(surface)
        width = surface.get_width()
        # The app names what the notice is about (the settings, the data folder, the statistics).
        heading = self.context.exhibition.notice_heading or SETTINGS_NOTICE
        lines = [_(heading), self.notice]
        pad = round(16 * u)
        line_h = text_size(surface, art, "small", "Ag")[1]
        fits = max(text_size(surface, art, "small", line)[0] for line in lines)
        rect = pygame.Rect(0, round(12 * u), min(width - 2 * pad, fits + 2 * pad), 2 * line_h + 2 * pad)
        rect.centerx = width // 2
        card(surface, rect, palette.AMBER, round(12 * u), lift=2, shadows=art.compositor.shadows)
        head = text(surface, art, "small", lines[0], palette.INK, midtop=(rect.centerx, rect.top + pad))
        detail = lines[1]
        while len(detail) > 8 and text_size(surface, art, "small", detail)[0] > rect.width - 2 * pad:
            detail = "…" + detail[len(detail) // 8:]  # the end of a long path says most
        text(surface, art, "small", detail, palette.INK, midtop=(rect.centerx, head.bottom))

    def _draw_credit(self, surface: pygame.Surface, bottom: int) -> int:
        """A level built from others' data (OpenStreetMap) names them above the privacy note; returns
        where the rest of the page must end."""
        credit = self.context.runs.level.credit if self.context.runs.level is not None else None
        if not credit:
            return bottom
        art = self.context.art
        top = bottom - art.font("small", surface.get_height()).get_linesize()
        text(surface, art, "small", _("Map data {credit}").format(credit=credit), palette.INK_SOFT,
             midtop=(surface.get_width() // 2, top))
        return top

    def task(self) -> str:
        """What to do in the chosen scenario, translated."""
        level = self.context.runs.level
        minutes = level.hearing_minutes if level is not None else 10 * 60
        story = level.story if level is not None else DEFAULT_STORY
        return fill_goal_label(_(story.task), f"{minutes // 60:02d}:{minutes % 60:02d}")

    def _layout(self, surface: pygame.Surface, bottom: int) -> tuple[int, str, str]:
        """Where the title starts and the font roles of title and menu: the largest that fit above
        ``bottom`` (at 150 % text on a 720-line window the title and menu step down a size)."""
        art, u = self.context.art, unit(surface)
        width, height = surface.get_size()
        task_lines = len(wrap(surface, art, "body", self.task(), round(width * 0.8)))
        task_h = task_lines * art.font("body", height).get_linesize()
        rows = 3 if self.scenario_paths() else 2  # the level's name, the scenarios, the languages
        fixed = (text_size(surface, art, "label", "Ag")[1] * rows + task_h
                 + round((4 + 22 + 40 + 36 + 18 + 20 + (30 + 18) * (rows - 2)) * u))
        items = len(self.menu.items)
        # The menu's last step is the label type: smaller, but bold like the larger ones.
        choice = (round(height * 0.04), "heading", "label")
        for top_share, title_role, menu_role in (
                (0.11, "title", "heading"), (0.05, "title", "heading"), (0.05, "heading", "heading"),
                (0.04, "heading", "label")):
            item_h = text_size(surface, art, menu_role, "Ag")[1] + round(20 * u)
            needed = (text_size(surface, art, title_role, "Flagged")[1] + fixed
                      + items * item_h + (items - 1) * round(14 * u))
            if round(height * top_share) + needed <= bottom:
                choice = (round(height * top_share), title_role, menu_role)
                break
        return choice

    def draw(self, surface: pygame.Surface) -> None:
        art, u = self.context.art, unit(surface)
        width, height = surface.get_size()
        surface.fill(palette.BACKGROUND)
        self._draw_camera(surface)
        privacy_w = round(width * 0.86)
        lines = max(1, len(wrap(surface, art, "small", _(PRIVACY), privacy_w)))
        privacy_top = height - round(24 * u) - lines * art.font("small", height).get_linesize()
        paragraph(surface, art, "small", _(PRIVACY), palette.INK_SOFT, (width // 2, privacy_top), privacy_w)
        privacy_top = self._draw_credit(surface, privacy_top)
        top, title_role, menu_role = self._layout(surface, privacy_top - round(16 * u))
        title = text(surface, art, title_role, _("Flagged"), palette.INK, midtop=(width // 2, top))
        level = text(surface, art, "label", _(self.context.runs.level.title), palette.COAT,
                     midtop=(width // 2, title.bottom + round(4 * u)))
        task = paragraph(surface, art, "body", self.task(), palette.INK,
                         (width // 2, level.bottom + round(22 * u)), round(width * 0.8))
        shown = self.menu
        if self.on_scenarios:  # the focus is on the scenarios: no menu item is marked
            shown = copy.copy(self.menu)
            shown.selected = -1
        menu = shown.draw(surface, art, (width // 2, task.bottom + round(40 * u)), role=menu_role)
        scenarios = self._draw_scenarios(surface, (width // 2, menu.bottom + round(30 * u)))
        below = scenarios.bottom + round(18 * u) if scenarios is not None else menu.bottom + round(36 * u)
        self._draw_languages(surface, (width // 2, below))
        self._draw_notice(surface)


def _tick(surface: pygame.Surface, centre: tuple[int, int], radius: int, colour: tuple[int, ...]) -> None:
    """A tick mark (the font has no such glyph)."""
    cx, cy = centre
    r = radius
    points = [(cx - r, cy), (cx - r * 0.3, cy + r * 0.7), (cx + r, cy - r * 0.7)]
    pygame.draw.lines(surface, colour, False, points, max(3, r // 3))
