"""The title: what the game is, what to do, a menu, and the promise that nothing about you is kept."""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.i18n import N_, _
from game.render import palette
from game.render.panels import paragraph, text, unit
from game.screens.base import AppContext, Quit, Replace, Screen, TickInput, Transition
from game.screens.menu import Menu
from game.screens.play import PlayScreen

PLAY, QUIT = N_("Play"), N_("Quit")
SWEEP_TICKS = 600  # one slow sweep of the title's camera, there and back


class TitleScreen(Screen):
    """Play or Quit; with ``--autoplay`` it starts a run at once."""

    name = "title"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.menu = Menu((PLAY, QUIT))
        self.ticks = 0
        self._cone_layer: pygame.Surface | None = None
        self._icon: pygame.Surface | None = None

    def update(self, tick_input: TickInput) -> Transition | None:
        self.ticks += 1
        if self.context.autoplay:
            return Replace(PlayScreen(self.context))
        chosen = self.menu.update(tick_input)
        if chosen == PLAY:
            return Replace(PlayScreen(self.context))
        if chosen == QUIT:
            return Quit()
        return None

    def _camera_icon(self, size: int) -> pygame.Surface:
        """The lamp camera's sprite enlarged once per window size."""
        if self._icon is None or self._icon.get_width() != size:
            self._icon = pygame.transform.smoothscale(self.context.art.sprites["camera_lamp"], (size, size))
        return self._icon

    def _draw_camera(self, surface: pygame.Surface) -> None:
        """A camera in the corner sweeping a cyan cone over the title: the game's one image."""
        size = surface.get_size()
        if self._cone_layer is None or self._cone_layer.get_size() != size:
            self._cone_layer = pygame.Surface(size, pygame.SRCALPHA)
        layer = self._cone_layer
        layer.fill((0, 0, 0, 0))
        u = unit(surface)
        apex = np.array([size[0] - 90 * u, 50 * u])
        swing = math.sin(2 * math.pi * self.ticks / SWEEP_TICKS)
        facing = math.radians(120 + 16 * swing)
        angles = facing + np.radians(np.linspace(-20, 20, 24))
        reach = size[1] * 0.8
        points = np.vstack((apex, apex + reach * np.column_stack((np.cos(angles), np.sin(angles)))))
        pygame.draw.polygon(layer, (*palette.CYAN, 50), points.tolist())
        pygame.draw.lines(layer, (*palette.CYAN_EDGE, 140), True, points.tolist(), 2)
        surface.blit(layer, (0, 0))
        camera = self._camera_icon(round(80 * u))
        surface.blit(camera, camera.get_rect(center=(round(apex[0]), round(apex[1]))))

    def draw(self, surface: pygame.Surface) -> None:
        art, u = self.context.art, unit(surface)
        width, height = surface.get_size()
        surface.fill(palette.BACKGROUND)
        self._draw_camera(surface)
        title = text(surface, art, "title", _("Flagged"), palette.INK,
                     midtop=(width // 2, round(height * 0.13)))
        level = text(surface, art, "label", _(self.context.level.title), palette.COAT,
                     midtop=(width // 2, title.bottom + round(4 * u)))
        task = paragraph(surface, art, "body",
                         _("Reach the court before 10:00. Your husband's hearing starts then."),
                         palette.INK, (width // 2, level.bottom + round(26 * u)), round(width * 0.8))
        self.menu.draw(surface, art, (width // 2, task.bottom + round(56 * u)))
        text(surface, art, "small", _("This game stores nothing about you: no camera, no names."),
             palette.INK_SOFT, midbottom=(width // 2, height - round(32 * u)))
