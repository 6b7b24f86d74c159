"""The settings menu: language, text size, reduced motion, high-contrast cones and volume.

Why every change applies at once: a visitor or facilitator sees the effect of a choice while still
in the menu (a larger text, the other language), and the app saves the file atomically each time.
"""

from __future__ import annotations

import pygame

from game import i18n
from game.i18n import N_, _
from game.render import palette
from game.render.panels import unit
from game.render.text import text, text_size
from game.screens.base import AppContext, Pop, Transition
from game.screens.menu import Choice, Menu, MenuScreen, menu_panel

LANGUAGE, TEXT_SIZE = N_("Language"), N_("Text size")
REDUCED_MOTION, HIGH_CONTRAST, BACK = N_("Reduced motion"), N_("High-contrast cones"), N_("Back")
ON, OFF, VOLUME = N_("on"), N_("off"), N_("Volume")
TEXT_SIZES = (100, 125, 150)
VOLUMES = (0.0, 0.4, 0.8, 1.0)


def _next(values: tuple[object, ...], current: object, step: int) -> object:
    index = values.index(current) if current in values else 0
    return values[(index + step) % len(values)]


class SettingsScreen(MenuScreen):
    """Left, right or confirm changes the selected setting; Back (or Esc, gamepad B) closes."""

    name = "settings"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.menu = Menu((LANGUAGE, TEXT_SIZE, REDUCED_MOTION, HIGH_CONTRAST, VOLUME, BACK))
        self.problem: str | None = None

    def choose(self, choice: Choice) -> Transition | None:
        if choice.confirmed and choice.item == BACK:
            return Pop()
        self._change(choice.item, choice.step)
        return None

    def _change(self, item: str, step: int) -> None:
        settings = self.context.settings.current
        changes: dict[str, object] = {}
        if item == LANGUAGE:
            changes["language"] = _next(i18n.SUPPORTED_LANGUAGES, i18n.current_language(), step)
        elif item == TEXT_SIZE:
            changes["text_size"] = _next(TEXT_SIZES, settings.text_size, step)
        elif item == REDUCED_MOTION:
            changes["reduced_motion"] = not settings.reduced_motion
        elif item == HIGH_CONTRAST:
            changes["high_contrast"] = not settings.high_contrast
        elif item == VOLUME:
            changes["volume"] = _next(VOLUMES, settings.volume, step)
        if changes:
            self.problem = self.context.settings.change(**changes)

    def labels(self) -> list[str]:
        """Each item with its value, in the current language."""
        settings = self.context.settings.current
        return [
            f"{_(LANGUAGE)}: {i18n.LANGUAGE_NAMES[i18n.current_language()]}",
            f"{_(TEXT_SIZE)}: {settings.text_size} %",
            f"{_(REDUCED_MOTION)}: {_(ON) if settings.reduced_motion else _(OFF)}",
            f"{_(HIGH_CONTRAST)}: {_(ON) if settings.high_contrast else _(OFF)}",
            f"{_(VOLUME)}: {round(settings.volume * 100)} %",
            _(BACK),
        ]

    def draw(self, surface: pygame.Surface) -> None:
        art, u = self.context.art, unit(surface)
        panel = menu_panel(surface, 170, (120, 80), self.context.art.compositor)
        heading = text(surface, art, "heading", _("Settings"), palette.INK,
                       midtop=(panel.centerx, panel.top + round(30 * u)))
        hint = text(surface, art, "small", _("Left and right change a setting. It is saved at once."),
                    palette.INK_SOFT, midtop=(panel.centerx, heading.bottom + round(4 * u)))
        top = (panel.centerx, hint.bottom + round(28 * u))
        room = panel.bottom - top[1] - text_size(surface, art, "small", "Ag")[1] * 2
        role = self.menu.fitting_role(surface, art, room, ("heading", "body", "small"))
        menu = self.menu.draw(surface, art, top, self.labels(), role)
        if self.problem:
            text(surface, art, "small", self.problem, palette.SCORE_DOWN,
                 midtop=(panel.centerx, menu.bottom + round(16 * u)))
