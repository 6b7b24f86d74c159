"""The settings in use: applied to the art and the language at once, saved when changed, and the
monitor a kiosk shows on.

Why a service of its own: the settings menu, the facilitator's menu and the title change them, and
the app reads them (idle timings, key bindings) without knowing which screen changed what.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game import i18n
from game.app.kiosk_service import notice
from game.app.settings import Settings, save_settings, settings_path, with_changes
from game.render import Art


def monitor_sizes() -> list[tuple[int, int]]:
    """Each monitor's desktop size, monitor 1 first."""
    return [tuple(size) for size in pygame.display.get_desktop_sizes()]  # type: ignore[misc]


@dataclass
class SettingsService:
    """The settings in use (``current``) and the ways to change them."""

    art: Art
    data_dir: Path
    current: Settings = field(default_factory=Settings)
    # The app's way to move the display to another monitor (set by App.run).
    move_to_monitor: Callable[[int], None] | None = None

    def apply(self, settings: Settings, *, language: str | None = None) -> None:
        """Use these settings from now on: language, text size, reduced motion, contrast, volume."""
        self.current = settings
        chosen = language or settings.language
        if chosen is not None:
            i18n.set_language(chosen)
        self.art.text_scale = settings.text_size / 100
        self.art.reduced_motion = settings.reduced_motion
        self.art.high_contrast = settings.high_contrast
        self.art.sounds.volume = settings.volume

    def change(self, **changes: object) -> str | None:
        """Apply and save (atomically) some settings; a one-line problem, or None."""
        try:
            changed = with_changes(self.current, **changes)
        except ValueError as error:
            return str(error)
        self.apply(changed)
        try:
            save_settings(settings_path(self.data_dir), changed)
        except OSError as error:
            notice(f"settings: cannot save ({error})")
            return f"{settings_path(self.data_dir)}: cannot save ({error.strerror or error})"
        return None

    def monitors(self) -> list[tuple[int, int]]:
        """The size of each monitor, monitor 1 first, for the facilitator's menu."""
        return monitor_sizes()

    def choose_monitor(self, monitor: int) -> str | None:
        """Fullscreen on ``monitor`` (from 1), now and at the next start; a one-line problem, or None."""
        problem = self.change(display=monitor)
        if problem is None and self.move_to_monitor is not None:
            self.move_to_monitor(monitor)
        return problem
