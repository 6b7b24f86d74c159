"""The world as the player sees it: the map, every camera cone, and the people and things in it.

Why it is built this way: a cone on screen is exactly the polygon the simulation tests the player
against (``CameraBank.cone(i).polygon()``), so a player who sees a cone knows where it reaches. All
cones go onto one reused translucent overlay that is blitted once; only the parts that changed are
cleared, so forty cones cost little more than one alpha blit (DESIGN.md, "Budgets").
"""

from __future__ import annotations

import math

import numpy as np
import pygame

from game import tuning
from game.level.model import Level
from game.render import palette
from game.render.art import Art
from game.sim.world import World
from game.vision import Cone

TILE = tuning.TILE_PX
HATCH_SPACING = 14  # pixels between the stripes of a tracking cone
HATCH_WIDTH = 4
PULSE_TICKS = 40  # one pulse of a tracking cone's edge, in ticks (2/3 s)


def view_offset(level: Level, x: float, y: float, size: tuple[int, int]) -> tuple[int, int]:
    """Where the map's top-left corner lands on screen when the view follows a point (in tiles).

    The view stays inside the map; a map smaller than the window is centred in it.
    """
    offset = []
    for centre, view, extent in ((x, size[0], level.width), (y, size[1], level.height)):
        extent_px = extent * TILE
        if extent_px <= view:
            offset.append((view - extent_px) // 2)
        else:
            left = min(max(centre * TILE - view / 2, 0.0), extent_px - view)
            offset.append(-round(left))
    return offset[0], offset[1]


def _dimmed(image: pygame.Surface) -> pygame.Surface:
    """A faded, greyed copy: a bin or rack that has been used already."""
    grey = pygame.transform.grayscale(image)
    grey.set_alpha(None)
    alpha = pygame.surfarray.pixels_alpha(grey)
    alpha[:] = (alpha * 0.45).astype(np.uint8)
    del alpha
    return grey


class WorldView:
    """Draws one level's world onto the screen; keeps only surfaces, never game state."""

    def __init__(self, art: Art, level: Level) -> None:
        self.art = art
        self.level = level
        sprites = art.sprites
        self.cameras = {name[len("camera_"):]: image for name, image in sprites.items()
                        if name.startswith("camera_")}
        self.spot_images = {"bin": sprites["bin"], "rack": sprites["rack"]}
        self.used_images = {kind: _dimmed(image) for kind, image in self.spot_images.items()}
        # The player sprite faces north; eight headings are rotated once, smoothly.
        self.player_images = [pygame.transform.rotozoom(sprites["player"], -45 * step, 1.0)
                              for step in range(8)]
        self.court_marker = pygame.transform.smoothscale(sprites["court_marker"], (56, 56))
        self.court_door_icon = pygame.transform.smoothscale(sprites["court_marker"], (22, 22))
        self.health_marker = pygame.transform.smoothscale(sprites["health_marker"], (44, 44))
        self.barriers = {
            (name, vertical): pygame.transform.rotate(sprites[f"gate_{name}"], 90) if vertical
            else sprites[f"gate_{name}"]
            for name in ("open", "closed") for vertical in (False, True)}
        self._cone_pixels: dict[int, tuple[Cone, np.ndarray]] = {}
        self._size: tuple[int, int] = (0, 0)
        self._overlay: pygame.Surface | None = None
        self._hatch: pygame.Surface | None = None
        self._scratch: pygame.Surface | None = None
        self._mask: pygame.Surface | None = None
        self._dirty: pygame.Rect | None = None  # the overlay's area drawn last frame

    # --- geometry ----------------------------------------------------------------------------

    def offset(self, world: World, size: tuple[int, int]) -> tuple[int, int]:
        """Screen position of the map's top-left corner for this world and window size."""
        return view_offset(self.level, world.player.x, world.player.y, size)

    def _map_pixels(self, cone: Cone) -> np.ndarray:
        """A cone's outline in map pixels, worked out once: cones are shared per (camera, degree)."""
        kept = self._cone_pixels.get(id(cone))
        if kept is None or kept[0] is not cone:
            kept = (cone, cone.polygon() * TILE)
            self._cone_pixels[id(cone)] = kept
        return kept[1]

    def cone_points(self, world: World, index: int, offset: tuple[int, int]) -> np.ndarray:
        """Camera ``index``'s current cone as screen pixels: the polygon that detects, scaled."""
        return self._map_pixels(world.cameras.cone(index)) + offset

    def cameras_on_screen(self, world: World, offset: tuple[int, int], size: tuple[int, int]) -> np.ndarray:
        """Indices of cameras whose range circle touches the window."""
        bank = world.cameras
        if len(bank) == 0:
            return np.zeros(0, dtype=np.int64)
        x = bank.x * TILE + offset[0]
        y = bank.y * TILE + offset[1]
        reach = bank.range * TILE
        visible = (x + reach >= 0) & (x - reach <= size[0]) & (y + reach >= 0) & (y - reach <= size[1])
        return np.flatnonzero(visible)

    # --- surfaces kept between frames ----------------------------------------------------------

    def _prepare(self, size: tuple[int, int]) -> None:
        """(Re)make the overlay and scratch surfaces when the window size changes."""
        if size == self._size and self._overlay is not None:
            return
        self._size = size
        self._overlay = pygame.Surface(size, pygame.SRCALPHA)
        self._overlay.fill((0, 0, 0, 0))
        self._scratch = pygame.Surface(size, pygame.SRCALPHA)
        self._mask = pygame.Surface(size, pygame.SRCALPHA)
        # Stripes one spacing larger than the window, so they can be anchored to the map.
        hatch = pygame.Surface((size[0] + 2 * HATCH_SPACING, size[1] + 2 * HATCH_SPACING), pygame.SRCALPHA)
        hatch.fill((0, 0, 0, 0))
        stripe = (*palette.AMBER_DARK, palette.HATCH_ALPHA)
        span = hatch.get_width() + hatch.get_height()
        for start in range(-hatch.get_height(), span, HATCH_SPACING):
            pygame.draw.line(hatch, stripe, (start, 0), (start + hatch.get_height(), hatch.get_height()),
                             HATCH_WIDTH)
        self._hatch = hatch
        self._dirty = None

    # --- drawing -----------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, world: World) -> tuple[int, int]:
        """Draw map, cones and sprites; returns the view offset so the HUD can place things."""
        size = surface.get_size()
        offset = self.offset(world, size)
        visible = self.cameras_on_screen(world, offset, size)
        self._draw_map(surface, offset, size)
        self.draw_cones(surface, world, offset, visible)
        self._draw_sprites(surface, world, offset, size, visible)
        return offset

    def _draw_map(self, surface: pygame.Surface, offset: tuple[int, int], size: tuple[int, int]) -> None:
        renderer = self.art.map_renderer(self.level, size)
        renderer.center((size[0] // 2 - offset[0], size[1] // 2 - offset[1]))
        renderer.draw(surface, surface.get_rect())
        # A map smaller than the window leaves margins; paint them calm instead of black.
        map_rect = pygame.Rect(offset, (self.level.width * TILE, self.level.height * TILE))
        if not map_rect.contains(surface.get_rect()):
            for margin in (pygame.Rect(0, 0, size[0], map_rect.top),
                           pygame.Rect(0, map_rect.bottom, size[0], size[1] - map_rect.bottom),
                           pygame.Rect(0, 0, map_rect.left, size[1]),
                           pygame.Rect(map_rect.right, 0, size[0] - map_rect.right, size[1])):
                if margin.width > 0 and margin.height > 0:
                    surface.fill(palette.BACKGROUND, margin)

    def draw_cones(self, surface: pygame.Surface, world: World, offset: tuple[int, int],
                   visible: np.ndarray | None = None) -> None:
        """Every cone on screen onto the one overlay, then the overlay's changed part onto the surface."""
        size = surface.get_size()
        self._prepare(size)
        overlay = self._overlay
        assert overlay is not None
        if self._dirty is not None:
            overlay.fill((0, 0, 0, 0), self._dirty)
        if visible is None:
            visible = self.cameras_on_screen(world, offset, size)
        drawn: list[pygame.Rect] = []
        tracking = world.cameras.tracking
        calm_fill = (*palette.CYAN, palette.CONE_ALPHA)
        calm_edge = (*palette.CYAN_EDGE, palette.CONE_EDGE_ALPHA)
        for index in visible.tolist():
            if tracking[index]:
                continue
            points = self.cone_points(world, index, offset).tolist()
            drawn.append(pygame.draw.polygon(overlay, calm_fill, points))
            pygame.draw.lines(overlay, calm_edge, True, points, 1)
        for index in visible.tolist():
            if tracking[index]:
                drawn.append(self._draw_tracking_cone(world, index, offset))
        # Cones overlap, so one fill and one blit of their union beat one per cone.
        self._dirty = drawn[0].unionall(drawn[1:]).clip(surface.get_rect()) if drawn else None
        if self._dirty is not None:
            surface.blit(overlay, self._dirty.topleft, self._dirty)

    def _draw_tracking_cone(self, world: World, index: int, offset: tuple[int, int]) -> pygame.Rect:
        """Amber, hatched, with a pulsing edge; hatch and edge stay inside the detecting polygon."""
        overlay, scratch, mask, hatch = self._overlay, self._scratch, self._mask, self._hatch
        assert overlay is not None and scratch is not None and mask is not None and hatch is not None
        points = self.cone_points(world, index, offset).tolist()
        bounds = pygame.draw.polygon(overlay, (*palette.AMBER, palette.TRACKING_ALPHA), points)
        area = bounds.clip(overlay.get_rect())
        if area.width == 0 or area.height == 0:
            return bounds
        # Stripes anchored to the map, so they do not swim as the view scrolls.
        phase = (-offset[0] % HATCH_SPACING, -offset[1] % HATCH_SPACING)
        scratch.fill((0, 0, 0, 0), area)
        scratch.blit(hatch, area.topleft, area.move(phase))
        pulse = 0.5 + 0.5 * math.sin(2 * math.pi * world.tick / PULSE_TICKS)
        edge_width = 3 + round(4 * pulse)
        pygame.draw.lines(scratch, (*palette.AMBER_DARK, 140 + round(100 * pulse)), True, points, edge_width)
        mask.fill((0, 0, 0, 0), area)
        pygame.draw.polygon(mask, (255, 255, 255, 255), points)
        scratch.blit(mask, area.topleft, area, special_flags=pygame.BLEND_RGBA_MULT)
        overlay.blit(scratch, area.topleft, area)
        return bounds

    def _blit_centred(self, surface: pygame.Surface, image: pygame.Surface, x: float, y: float,
                      offset: tuple[int, int]) -> None:
        rect = image.get_rect(center=(round(x * TILE + offset[0]), round(y * TILE + offset[1])))
        surface.blit(image, rect)

    def _draw_sprites(self, surface: pygame.Surface, world: World, offset: tuple[int, int],
                      size: tuple[int, int], visible: np.ndarray | None = None) -> None:
        level, sprites = self.level, self.art.sprites
        self._blit_centred(surface, self.health_marker, *level.health_station.area.centre, offset)
        self._blit_centred(surface, self.court_marker, *level.court.area.centre, offset)
        for gate in level.gates:
            self._draw_gate(surface, world, gate, offset)
        for crossing in level.crossings:
            light = "traffic_red" if crossing.is_red(world.real_seconds) else "traffic_green"
            area = crossing.area
            self._blit_centred(surface, sprites[light], area.x + area.w + 0.4, area.y + 0.1, offset)
        for spot in level.spots:
            images = self.used_images if spot.object_id in world.used_spots else self.spot_images
            self._blit_centred(surface, images[spot.kind], spot.x, spot.y, offset)
        for x, y in level.officers:
            self._blit_centred(surface, sprites["officer_chair"], x, y, offset)
        tracking = world.cameras.tracking
        if visible is None:
            visible = self.cameras_on_screen(world, offset, size)
        icons: list[tuple[pygame.Surface, pygame.Rect]] = []  # blitted in one call, in the same order
        for index in visible.tolist():
            camera = world.cameras.cameras[index]
            centre = (round(camera.x * TILE + offset[0]), round(camera.y * TILE + offset[1]))
            if tracking[index]:
                surface.blits(icons, doreturn=False)
                icons.clear()
                pygame.draw.circle(surface, palette.AMBER, centre, 20, 4)
            image = self.cameras[camera.kind]
            icons.append((image, image.get_rect(center=centre)))
        surface.blits(icons, doreturn=False)
        player = world.player
        heading = math.degrees(math.atan2(player.facing_x, -player.facing_y))
        image = self.player_images[round(heading / 45) % 8]
        self._blit_centred(surface, image, player.x, player.y, offset)

    def _draw_gate(self, surface: pygame.Surface, world: World, gate, offset: tuple[int, int]) -> None:
        """A checkpoint is a striped barrier across its area; a court door is a wooden door."""
        area = gate.area
        rect = pygame.Rect(round(area.x * TILE + offset[0]), round(area.y * TILE + offset[1]),
                           round(area.w * TILE), round(area.h * TILE))
        is_open = world.inside_gate == gate.name
        if gate.court:
            door = rect.inflate(-6, -6)
            pygame.draw.rect(surface, palette.DOOR_FRAME, door, border_radius=4)
            if not is_open:
                pygame.draw.rect(surface, palette.DOOR, door.inflate(-6, -6), border_radius=3)
            surface.blit(self.court_door_icon, self.court_door_icon.get_rect(center=door.center))
            return
        vertical = area.h > area.w
        image = self.barriers[("open" if is_open else "closed", vertical)]
        steps = max(1, round(area.h if vertical else area.w))
        for step in range(steps):
            x = area.x + (area.w / 2 if vertical else step + 0.5)
            y = area.y + (step + 0.5 if vertical else area.h / 2)
            self._blit_centred(surface, image, x, y, offset)
