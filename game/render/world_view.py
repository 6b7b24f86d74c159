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
from game.i18n import _
from game.level.model import Level
from game.render import palette
from game.render.art import Art
from game.sim.world import World
from game.vision import Cone

# A cone in map pixels: the cone it was made from, its polygon, its outline (a pixel inside), and
# its bounding box (left, top, right, bottom).
_ConePixels = tuple[Cone, np.ndarray, np.ndarray, tuple[float, float, float, float]]

TILE = tuning.TILE_PX
HATCH_SPACING = 14  # pixels between the stripes of a tracking cone
HATCH_WIDTH = 4
PULSE_TICKS = 40  # one pulse of a tracking cone's edge, in ticks (2/3 s)
CALM_HATCH_SPACING = 18  # high contrast: the stripes of a calm cone, the other way from a tracking one
CALM_HATCH_WIDTH = 2
LAMP_STEPS = 12  # the smart lamps' light is drawn in this many tints, calm to red
LAMP_GLOW_PX = 58  # radius of a smart lamp's pool of light
FLICKER_TICKS = 23  # a lamp at high tension flickers (never with reduced motion)
LAMP_CALM = (255, 250, 232)
LAMP_AMBER = (240, 168, 48)
LAMP_RED = (222, 60, 48)


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


def lamp_colour(tension: float) -> tuple[int, int, int]:
    """The smart lamps' light for a tension reading: calm white, through amber, to red at 1."""
    t = min(max(tension, 0.0), 1.0) * 2
    low, high = (LAMP_CALM, LAMP_AMBER) if t <= 1 else (LAMP_AMBER, LAMP_RED)
    t = t if t <= 1 else t - 1
    return tuple(round(a + (b - a) * t) for a, b in zip(low, high, strict=True))  # type: ignore[return-value]


def _lamp_images(sprite: pygame.Surface, colour: tuple[int, int, int]
                 ) -> tuple[pygame.Surface, pygame.Surface]:
    """A smart lamp whose white head shines in ``colour``, and the pool of light it throws."""
    lamp = sprite.copy()
    rgb = pygame.surfarray.pixels3d(lamp)
    head = rgb.min(axis=2) > 225  # the lamp head is drawn near-white, to be tinted here
    rgb[head] = colour
    del rgb
    size = 2 * LAMP_GLOW_PX
    glow = pygame.Surface((size, size), pygame.SRCALPHA)
    yy, xx = np.mgrid[0:size, 0:size]
    falloff = np.clip(1.0 - np.hypot(xx - LAMP_GLOW_PX + 0.5, yy - LAMP_GLOW_PX + 0.5) / LAMP_GLOW_PX, 0, 1)
    pygame.surfarray.pixels3d(glow)[:] = colour
    alpha = pygame.surfarray.pixels_alpha(glow)
    alpha[:] = (falloff.T ** 1.4 * 150).astype(np.uint8)
    del alpha
    return lamp, glow


def _dimmed(image: pygame.Surface) -> pygame.Surface:
    """A faded, greyed copy: a bin or rack that has been used already."""
    grey = pygame.transform.grayscale(image)
    grey.set_alpha(None)
    alpha = pygame.surfarray.pixels_alpha(grey)
    alpha[:] = (alpha * 0.45).astype(np.uint8)
    del alpha
    return grey


def _pulled_in(polygon: np.ndarray, pixels: float) -> np.ndarray:
    """The polygon with every outline point moved ``pixels`` toward the apex (its first point)."""
    spokes = polygon[1:] - polygon[0]
    length = np.hypot(spokes[:, 0], spokes[:, 1])
    keep = np.where(length > pixels, (length - pixels) / np.where(length > 0, length, 1.0), 0.0)
    return np.vstack((polygon[:1], polygon[0] + spokes * keep[:, None]))


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
        self.badge = sprites["registered_badge"]
        self.townhall_marker = pygame.transform.smoothscale(sprites["townhall_marker"], (64, 64))
        self._lamps: dict[int, tuple[pygame.Surface, pygame.Surface]] = {}  # by tint step, made on use
        self._cone_pixels: dict[int, _ConePixels] = {}
        self._size: tuple[int, int] = (0, 0)
        self._overlay: pygame.Surface | None = None
        self._hatch: pygame.Surface | None = None
        self._calm_hatch: pygame.Surface | None = None  # high contrast only, made on first use
        self._scratch: pygame.Surface | None = None
        self._mask: pygame.Surface | None = None
        self._dirty: pygame.Rect | None = None  # the overlay's area drawn last frame

    # --- geometry ----------------------------------------------------------------------------

    def offset(self, world: World, size: tuple[int, int]) -> tuple[int, int]:
        """Screen position of the map's top-left corner for this world and window size."""
        return view_offset(self.level, world.player.x, world.player.y, size)

    def _map_pixels(self, cone: Cone) -> _ConePixels:
        """A cone in map pixels, worked out once: cones are shared per (camera, degree)."""
        kept = self._cone_pixels.get(id(cone))
        if kept is None or kept[0] is not cone:
            exact = cone.polygon() * TILE
            # pygame fills a polygon up to a pixel beyond its right-hand edges, and a line is a pixel
            # wide: the fill is drawn half a pixel and the outline a pixel inside the exact polygon,
            # so no pixel outside it is ever painted. What is drawn is what detects, edge included.
            polygon, outline = _pulled_in(exact, 0.5), _pulled_in(exact, 1.0)
            low, high = exact.min(axis=0), exact.max(axis=0)
            kept = (cone, polygon, outline, (low[0], low[1], high[0], high[1]))
            self._cone_pixels[id(cone)] = kept
        return kept

    def cone_points(self, world: World, index: int, offset: tuple[int, int]) -> np.ndarray:
        """Camera ``index``'s current cone as screen pixels: the polygon that detects, scaled."""
        return self._map_pixels(world.cameras.cone(index))[1] + offset

    def cones_on_screen(self, world: World, offset: tuple[int, int], size: tuple[int, int]) -> list[int]:
        """Cameras whose cone (not just its range) reaches into the window this frame."""
        left, top = -offset[0], -offset[1]
        right, bottom = left + size[0], top + size[1]
        shown = []
        for index in self.cameras_on_screen(world, offset, size).tolist():
            x0, y0, x1, y1 = self._map_pixels(world.cameras.cone(index))[3]
            if x1 >= left and x0 <= right and y1 >= top and y0 <= bottom:
                shown.append(index)
        return shown

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
        self._calm_hatch = None
        self._dirty = None

    # --- drawing -----------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, world: World) -> tuple[int, int]:
        """Draw map, cones and sprites; returns the view offset so the HUD can place things."""
        size = surface.get_size()
        offset = self.offset(world, size)
        visible = self.cameras_on_screen(world, offset, size)
        self._draw_map(surface, offset, size)
        self.draw_cones(surface, world, offset)
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
                   visible: list[int] | None = None) -> None:
        """Every cone on screen onto the one overlay, then the overlay's changed part onto the surface."""
        size = surface.get_size()
        self._prepare(size)
        overlay = self._overlay
        assert overlay is not None
        if self._dirty is not None:
            overlay.fill((0, 0, 0, 0), self._dirty)
        if visible is None:
            visible = self.cones_on_screen(world, offset, size)
        drawn: list[pygame.Rect] = []
        tracking = world.cameras.tracking
        calm_fill = (*palette.CYAN, palette.CONE_ALPHA)
        calm_edge = (*palette.CYAN_EDGE, palette.CONE_EDGE_ALPHA)
        contrast = self.art.high_contrast
        edge_width = 3 if contrast else 1
        if contrast:
            calm_edge = (*palette.INK, 220)
        calm: list[list] = []
        for index in visible:
            if tracking[index]:
                continue
            _, polygon, outline, _ = self._map_pixels(world.cameras.cone(index))
            points = (polygon + offset).tolist()
            drawn.append(pygame.draw.polygon(overlay, calm_fill, points))
            pygame.draw.lines(overlay, calm_edge, True, (outline + offset).tolist(), edge_width)
            if contrast:
                calm.append(points)
        if calm:
            self._hatch_calm(calm, drawn, offset)
        for index in visible:
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
        if self.art.reduced_motion:
            pulse = 0.5  # a steady edge, as wide as the pulse's middle
        else:
            pulse = 0.5 + 0.5 * math.sin(2 * math.pi * world.tick / PULSE_TICKS)
        edge_width = 3 + round(4 * pulse)
        edge = (*(palette.INK if self.art.high_contrast else palette.AMBER_DARK), 140 + round(100 * pulse))
        pygame.draw.lines(scratch, edge, True, points, edge_width)
        mask.fill((0, 0, 0, 0), area)
        pygame.draw.polygon(mask, (255, 255, 255, 255), points)
        scratch.blit(mask, area.topleft, area, special_flags=pygame.BLEND_RGBA_MULT)
        overlay.blit(scratch, area.topleft, area)
        return bounds

    def _hatch_calm(self, cones: list[list], drawn: list[pygame.Rect], offset: tuple[int, int]) -> None:
        """High contrast: calm cones get stripes too (the other way and sparser than a tracking cone's),
        so a cone reads by its pattern and its outline, not by its colour alone."""
        overlay, scratch, mask = self._overlay, self._scratch, self._mask
        assert overlay is not None and scratch is not None and mask is not None
        if self._calm_hatch is None:
            width, height = self._size
            hatch = pygame.Surface((width + 2 * CALM_HATCH_SPACING, height + 2 * CALM_HATCH_SPACING),
                                   pygame.SRCALPHA)
            hatch.fill((0, 0, 0, 0))
            side = hatch.get_height()
            for start in range(0, hatch.get_width() + side, CALM_HATCH_SPACING):
                pygame.draw.line(hatch, (*palette.INK, 120), (start, 0), (start - side, side),
                                 CALM_HATCH_WIDTH)
            self._calm_hatch = hatch
        area = drawn[0].unionall(drawn[1:]).clip(overlay.get_rect())
        if area.width == 0 or area.height == 0:
            return
        phase = (-offset[0] % CALM_HATCH_SPACING, -offset[1] % CALM_HATCH_SPACING)
        scratch.fill((0, 0, 0, 0), area)
        scratch.blit(self._calm_hatch, area.topleft, area.move(phase))
        mask.fill((0, 0, 0, 0), area)
        for points in cones:
            pygame.draw.polygon(mask, (255, 255, 255, 255), points)
        scratch.blit(mask, area.topleft, area, special_flags=pygame.BLEND_RGBA_MULT)
        overlay.blit(scratch, area.topleft, area)

    def _blit_centred(self, surface: pygame.Surface, image: pygame.Surface, x: float, y: float,
                      offset: tuple[int, int]) -> None:
        rect = image.get_rect(center=(round(x * TILE + offset[0]), round(y * TILE + offset[1])))
        surface.blit(image, rect)

    def _draw_sprites(self, surface: pygame.Surface, world: World, offset: tuple[int, int],
                      size: tuple[int, int], visible: np.ndarray | None = None) -> None:
        level, sprites = self.level, self.art.sprites
        if level.gates:  # a level without gates scans no pass: its health station plays no part
            self._blit_centred(surface, self.health_marker, *level.health_station.area.centre, offset)
        if level.goal is None:
            self._blit_centred(surface, self.court_marker, *level.court.area.centre, offset)
        else:
            self._draw_goal(surface, offset)
        self._draw_lamps(surface, world, offset, size)
        for stop in level.bus_stops:
            self._blit_centred(surface, sprites["bus_stop"], stop.x, stop.y, offset)
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
        if world.pending_choice == "visit":
            self._draw_visitors(surface, offset)
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
            if camera.registered:  # the police-blue badge at the icon's upper right
                icons.append((self.badge, self.badge.get_rect(center=(centre[0] + 11, centre[1] - 11))))
        surface.blits(icons, doreturn=False)
        counting = [index for index in visible.tolist()
                    if tracking[index] and world.cameras.cameras[index].kind == "counting"]
        if counting:
            self._draw_dot(surface, world, counting[0], offset)
        player = world.player
        heading = math.degrees(math.atan2(player.facing_x, -player.facing_y))
        image = self.player_images[round(heading / 45) % 8]
        self._blit_centred(surface, image, player.x, player.y, offset)

    def _draw_goal(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        """Where the run is won: a thin dashed outline round the goal area and the town hall marker."""
        goal = self.level.goal
        assert goal is not None
        area = goal.area
        rect = pygame.Rect(round(area.x * TILE + offset[0]), round(area.y * TILE + offset[1]),
                           round(area.w * TILE), round(area.h * TILE))
        if rect.colliderect(surface.get_rect()):
            dash, gap = 14, 10
            for (x0, y0), (x1, y1) in ((rect.topleft, rect.topright), (rect.topright, rect.bottomright),
                                       (rect.bottomright, rect.bottomleft), (rect.bottomleft, rect.topleft)):
                length = max(abs(x1 - x0), abs(y1 - y0))
                for start in range(0, length, dash + gap):
                    end = min(start + dash, length)
                    a, b = start / length, end / length
                    pygame.draw.line(surface, palette.COURT_GOLD, (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                                     (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b), 3)
        self._blit_centred(surface, self.townhall_marker, *area.centre, offset)

    def _lamp(self, tension: float) -> tuple[pygame.Surface, pygame.Surface]:
        """The lamp and its light for a tension reading, one pair per tint step, made once."""
        step = round(min(max(tension, 0.0), 1.0) * (LAMP_STEPS - 1))
        kept = self._lamps.get(step)
        if kept is None:
            kept = _lamp_images(self.art.sprites["smart_lamp"], lamp_colour(step / (LAMP_STEPS - 1)))
            self._lamps[step] = kept
        return kept

    def _draw_lamps(self, surface: pygame.Surface, world: World, offset: tuple[int, int],
                    size: tuple[int, int]) -> None:
        """The smart street's lamp posts, their light following the tension reading (and flickering a
        little once it is high, unless motion is reduced)."""
        if not self.level.smart_lamps:
            return
        tension = world.tension
        flicker = not self.art.reduced_motion and world.tick % FLICKER_TICKS < 3
        if flicker and tension >= tuning.TENSION_BANDS[1]:
            tension = max(tension - 0.25, 0.0)
        lamp, glow = self._lamp(tension)
        reach = LAMP_GLOW_PX + TILE
        lights, posts = [], []
        for x, y in self.level.smart_lamps:
            sx, sy = round(x * TILE + offset[0]), round(y * TILE + offset[1])
            if -reach <= sx <= size[0] + reach and -reach <= sy <= size[1] + reach:
                lights.append((glow, glow.get_rect(center=(sx + 2, sy - 2))))
                posts.append((lamp, lamp.get_rect(center=(sx, sy))))
        surface.blits(lights, doreturn=False)
        surface.blits(posts, doreturn=False)

    def _draw_visitors(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        """Two officers outside the front door while they wait for her answer."""
        door, home = self.level.front_door.area.centre, self.level.home.area.centre
        dx, dy = door[0] - home[0], door[1] - home[1]
        length = math.hypot(dx, dy) or 1.0
        dx, dy = dx / length, dy / length
        out = (door[0] + dx * 1.1, door[1] + dy * 1.1)
        image = self.art.sprites["officer_standing"]
        for side in (-0.55, 0.55):
            self._blit_centred(surface, image, out[0] - dy * side, out[1] + dx * side, offset)

    def _draw_dot(self, surface: pygame.Surface, world: World, index: int, offset: tuple[int, int]) -> None:
        """A counting camera has her: above its icon, a bubble with what it sees of her, a plain dot."""
        camera = world.cameras.cameras[index]
        centre = (round(camera.x * TILE + offset[0]), round(camera.y * TILE + offset[1]))
        words = self.art.text("small", 720, _("you, to this camera"), palette.TEXT_LIGHT)
        dot_r = 7
        bubble = pygame.Rect(0, 0, words.get_width() + 4 * dot_r + 18,
                             max(words.get_height(), 2 * dot_r) + 10)
        bubble.midbottom = (centre[0], centre[1] - 22)
        pygame.draw.rect(surface, palette.PAPER_DARK, bubble, border_radius=bubble.height // 2)
        pygame.draw.polygon(surface, palette.PAPER_DARK, [(centre[0] - 6, bubble.bottom - 1),
                                                          (centre[0] + 6, bubble.bottom - 1),
                                                          (centre[0], bubble.bottom + 7)])
        dot = (bubble.x + 9 + dot_r, bubble.centery)
        pygame.draw.circle(surface, palette.TEXT_LIGHT, dot, dot_r)
        surface.blit(words, words.get_rect(midleft=(dot[0] + dot_r + 8, bubble.centery)))

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
