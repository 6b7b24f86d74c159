"""The world as the player sees it: the map, every camera cone, and the people and things in it.

Why it is built this way: a cone on screen is exactly the polygon the simulation tests the player
against (``CameraBank.cone(i).polygon()``), so a player who sees a cone knows where it reaches.

Why it keeps pictures (DESIGN.md, "Budgets"): a frame of the busiest level must cost at most twice
the least frame with a translucent layer. So nothing is drawn that did not change. The map is kept
on a canvas a margin larger than the window; each calm cone has an image of its own, drawn again
only when its camera turns to a new degree; and when the caller says the window still holds the
last frame, the picture is scrolled with the view and drawn again only where something changed: a
cone that turned, a strip the view moved into, a gate that opened, and wherever sprites, tracking
cones or the HUD were drawn over it. Cameras off screen still detect: only drawing is saved. The
pictures are kept by the art's compositor (``game.render.compositor``), under its one budget.

Why it says which cameras it drew (``drawn_cameras``, by their icons: a cone reaching in from a
camera beyond the edge does not show the camera): the file tells how many of the cameras that saw
her were ever on her screen, and that must be what the window showed, not a box round her."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pygame

from game import tuning
from game.events import GateScanned
from game.i18n import _
from game.level.camera_kinds import COUNT
from game.level.model import Level
from game.render import palette
from game.render.art import Art, ConePixels, ViewCanvas
from game.render.panels import log_text
from game.render.phone import pass_symbol
from game.sim.cameras import CameraBank
from game.sim.world import World
from game.vision import Cone

_Image = tuple[pygame.Surface, int, int]  # a calm cone's image and its top-left corner in map pixels

TILE = tuning.TILE_PX
HATCH_SPACING = 14  # pixels between the stripes of a tracking cone
HATCH_WIDTH = 4
WALK_STEP_TICKS = 12  # ticks per step of the player's walk (half that when she runs)
PLAYER_ZOOM = 1.5  # the player is drawn larger than a tile, so she is found at once at 1280x720
PULSE_TICKS = 40  # one pulse of a tracking cone's edge, in ticks (2/3 s)
CALM_HATCH_SPACING = 18  # high contrast: the stripes of a calm cone, the other way from a tracking one
CALM_HATCH_WIDTH = 2
MARGIN = 160  # map pixels kept drawn beyond each side of the window: walking redraws nothing
ALIGN = 16  # the map canvas starts and grows on this grid of pixels
IMAGES_SPARE = 16  # cone images kept for cameras just out of view, beyond twice those in it
LAMP_STEPS = 12  # the smart lamps' light is drawn in this many tints, calm to red
LAMP_GLOW_PX = 58  # radius of a smart lamp's pool of light
FLICKER_TICKS = 23  # a lamp at high tension flickers (never with reduced motion)
LAMP_CALM = (255, 250, 232)
LAMP_AMBER = (240, 168, 48)
LAMP_RED = (222, 60, 48)
SCAN_SECONDS = 1.5  # a gate shows its scan this long: the barrier open or shut, a tick or a cross
OPENS = ("passed", "entered")  # the scans that let her through; any other keeps the barrier shut


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


def recent_scans(world: World) -> dict[str, str]:
    """Each gate's newest scan result of the last SCAN_SECONDS, by gate name."""
    limit = SCAN_SECONDS * tuning.TICKS_PER_SECOND
    scans: dict[str, str] = {}
    for event in reversed(world.events):
        if world.tick - event.tick > limit:
            break
        if isinstance(event, GateScanned):
            scans.setdefault(event.gate, event.result)
    return scans


def gate_open(world: World, scans: dict[str, str], name: str) -> bool:
    """A barrier or court door stands open while she is in it, unless its scan refused her; shut
    while she waits in its queue for the scan."""
    result = scans.get(name)
    queueing = world.waiting is not None and world.waiting.gate == name
    return result in OPENS or (world.inside_gate == name and result is None and not queueing)


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
    # pygame's grayscale drops the per-pixel alpha flag, and a surface without it blits as a black
    # square: the grey is copied into a fresh surface that keeps the sprite's own transparency.
    grey = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    pygame.surfarray.pixels3d(grey)[:] = pygame.surfarray.array3d(pygame.transform.grayscale(image))
    alpha = pygame.surfarray.pixels_alpha(grey)
    alpha[:] = (pygame.surfarray.array_alpha(image) * 0.45).astype(np.uint8)
    del alpha
    return grey


def _cone_pixels(cone: Cone) -> ConePixels:
    """A cone in map pixels. pygame fills a polygon up to a pixel beyond its right-hand edges, and
    a line is a pixel wide: the fill is drawn half a pixel and the outline a pixel inside the exact
    polygon (each point moved toward the apex), so no pixel outside it is ever painted. What is
    drawn is what detects, edge included."""
    exact = cone.polygon() * TILE
    spokes = exact - exact[0]
    length = np.hypot(spokes[:, 0], spokes[:, 1])
    inward = spokes / np.where(length > 0, length, 1.0)[:, None]
    low, high = exact.min(axis=0), exact.max(axis=0)
    left, top = math.floor(low[0]) - 1, math.floor(low[1]) - 1
    local = exact - (left, top)  # in the pixels of the cone's own image
    return ConePixels(local - inward * np.minimum(length, 0.5)[:, None],
                      local - inward * np.minimum(length, 1.0)[:, None],
                      (left, top, math.ceil(high[0]) + 2, math.ceil(high[1]) + 2))


def _aligned(value: int) -> int:
    """Down to the ``ALIGN`` grid: SDL fills rows that start on it many times faster."""
    return value // ALIGN * ALIGN


def _gained(area: pygame.Rect, dx: int, dy: int) -> list[pygame.Rect]:
    """The strips of ``area`` that its picture, moved by (dx, dy), no longer fills."""
    kept = area.move(dx, dy).clip(area)
    strips = [pygame.Rect(area.left, area.top, kept.left - area.left, area.height),
              pygame.Rect(kept.right, area.top, area.right - kept.right, area.height),
              pygame.Rect(kept.left, area.top, kept.width, kept.top - area.top),
              pygame.Rect(kept.left, kept.bottom, kept.width, area.bottom - kept.bottom)]
    return [strip for strip in strips if strip.width > 0 and strip.height > 0]


def _merged(rects: list[pygame.Rect]) -> list[pygame.Rect]:
    """Overlapping rects joined where drawing their union once costs no more pixels than drawing
    both: what a frame draws again clusters round the player and the cones."""
    merged: list[pygame.Rect] = []
    for rect in rects:
        joined = True
        while joined:
            joined = False
            for index in rect.collidelistall(merged):
                other = merged[index]
                union = rect.union(other)
                if union.w * union.h <= rect.w * rect.h + other.w * other.h:
                    rect = union
                    del merged[index]
                    joined = True
                    break
        merged.append(rect)
    return merged


def _outside(rects: list[pygame.Rect], holes: Sequence[pygame.Rect]) -> list[pygame.Rect]:
    """The parts of ``rects`` that no hole covers, as rects (a rect with a hole in it becomes up to
    four: above, below, left and right of it)."""
    for hole in holes:
        pieces = []
        for rect in rects:
            cut = rect.clip(hole)
            if cut.width <= 0 or cut.height <= 0:
                pieces.append(rect)
                continue
            pieces += [piece for piece in (
                pygame.Rect(rect.left, rect.top, rect.width, cut.top - rect.top),
                pygame.Rect(rect.left, cut.bottom, rect.width, rect.bottom - cut.bottom),
                pygame.Rect(rect.left, cut.top, cut.left - rect.left, cut.height),
                pygame.Rect(cut.right, cut.top, rect.right - cut.right, cut.height),
            ) if piece.width > 0 and piece.height > 0]
        rects = pieces
    return rects


def _cut(image: pygame.Surface, points: list) -> None:
    """Keep only the part of ``image`` inside the polygon ``points`` (in the image's pixels)."""
    mask = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    pygame.draw.polygon(mask, (255, 255, 255, 255), points)
    image.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)


@dataclass(frozen=True)
class _Frame:
    """What a frame left on the surface: the view, the calm cones in it, the still sprites'
    pictures, and where moving sprites and tracking cones were drawn over them (window pixels)."""

    surface: pygame.Surface
    view: pygame.Rect
    calm: dict[int, _Image]
    still: list[pygame.Surface]
    drawn: list[pygame.Rect]


class WorldView:
    """Draws one level's world onto the screen; keeps only pictures of it, never game state.

    A frame is one copy of the map (kept drawn on the art's canvas, ``MARGIN`` pixels beyond the
    window, so walking redraws nothing until the view nears its edge), each calm cone blended from
    an image of its own that is drawn again only when its camera turns to a new degree, then the
    sprites, tracking cones and the player over them.
    """

    def __init__(self, art: Art, level: Level) -> None:
        self.art = art
        self.level = level
        sprites = art.sprites
        self.cameras = {name[len("camera_"):]: image for name, image in sprites.items()
                        if name.startswith("camera_")}
        self.spot_images = {"bin": sprites["bin"], "rack": sprites["rack"]}
        self.used_images = {kind: _dimmed(image) for kind, image in self.spot_images.items()}
        # The player's poses (standing and the two steps of her walk) face north; eight headings
        # of each are rotated once, smoothly.
        self.player_images = {pose: [pygame.transform.rotozoom(sprites[pose], -45 * step, PLAYER_ZOOM)
                                     for step in range(8)]
                              for pose in ("player", "player_walk_a", "player_walk_b")}
        self.court_marker = pygame.transform.smoothscale(sprites["court_marker"], (56, 56))
        self.court_door_icon = pygame.transform.smoothscale(sprites["court_marker"], (22, 22))
        self.health_marker = pygame.transform.smoothscale(sprites["health_marker"], (44, 44))
        self.barriers = {
            (name, vertical): pygame.transform.rotate(sprites[f"gate_{name}"], 90) if vertical
            else sprites[f"gate_{name}"]
            for name in ("open", "closed") for vertical in (False, True)}
        self.badge = sprites["registered_badge"]
        self.townhall_marker = pygame.transform.smoothscale(sprites["townhall_marker"], (64, 64))
        # Pictures made on use are kept by the compositor, under its one budget: the lamps by tint
        # step, stripes by kind, court doors open or shut, and each camera's calm cone.
        self.compositor = art.compositor
        self._lamps = self.compositor.part("lamps")
        self._hatches = self.compositor.part("hatches")
        self._doors = self.compositor.part("doors")
        # The calm cones of this level's view, by (camera, contrast): a part of its own, so a key
        # is two small values (a path in every key cost a hash of it, each camera, each frame).
        self._cones = self.compositor.part(f"cones {level.path}")
        self._pixels = art.cone_pixels(level)
        self._still_images: list[pygame.Surface] = []
        self._still_rects: list[pygame.Rect] = []
        self._changing: list[tuple[int, str, object]] = []
        self._camera_rects: list[pygame.Rect] = []  # each camera's icon, in map pixels
        self._still_sprites()
        self._labels = [camera.label for camera in level.cameras]
        self.drawn_cameras: frozenset[str] = frozenset()  # the cameras whose icon the last frame drew
        self._last: _Frame | None = None  # what the surface showed after the last frame
        self._drawn: list[pygame.Rect] = []  # where this frame drew over the picture (sprites, tracking)
        self._canvas: ViewCanvas | None = None
        self._origin = (0, 0)  # the canvas' top-left corner in map pixels

    # --- geometry ----------------------------------------------------------------------------

    def offset(self, world: World, size: tuple[int, int]) -> tuple[int, int]:
        """Screen position of the map's top-left corner for this world and window size."""
        return view_offset(self.level, world.player.x, world.player.y, size)

    def _map_pixels(self, bank: CameraBank, index: int) -> ConePixels:
        """Camera ``index``'s current cone in map pixels, worked out once per (camera, degree)."""
        key = (index, int(bank.angle[index]))
        kept = self._pixels.get(key)
        if kept is None:
            kept = _cone_pixels(bank.cone(index))
            self._pixels[key] = kept
        return kept

    def prepare(self, bank: CameraBank) -> int:
        """Work out every cone the bank has built, now rather than when each is first shown (a
        kiosk at its start, the benchmark before it times); returns how many there are."""
        for index, angle, cone in bank.built():
            if (index, angle) not in self._pixels:
                self._pixels[(index, angle)] = _cone_pixels(cone)
        return len(self._pixels)

    def cone_points(self, world: World, index: int, offset: tuple[int, int]) -> np.ndarray:
        """Camera ``index``'s current cone as screen pixels: the polygon that detects, scaled."""
        polygon, _, (left, top, _, _) = self._map_pixels(world.cameras, index)
        return polygon + np.array((left + offset[0], top + offset[1]))

    def cameras_in_reach(self, world: World, offset: tuple[int, int], size: tuple[int, int]) -> np.ndarray:
        """Indices of cameras whose range circle touches the window: those whose cone may show
        (what was drawn is ``drawn_cameras``)."""
        bank = world.cameras
        if len(bank) == 0:
            return np.zeros(0, dtype=np.int64)
        x = bank.x * TILE + offset[0]
        y = bank.y * TILE + offset[1]
        reach = bank.range * TILE
        visible = (x + reach >= 0) & (x - reach <= size[0]) & (y + reach >= 0) & (y - reach <= size[1])
        return np.flatnonzero(visible)

    # --- drawing -----------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, world: World, overdrawn: Sequence[pygame.Rect] | None = None,
             covered: Sequence[pygame.Rect] = ()) -> tuple[int, int]:
        """Draw map, cones and sprites; returns the view offset so the HUD can place things.

        ``overdrawn``: the surface still holds this view's last frame, except inside these rects
        (where the caller drew over it since, such as the HUD): then only what changed is drawn
        again, the rest is scrolled along with the view. None: everything is drawn. ``covered``:
        rects the caller will paint opaque over this frame (the HUD cards' middles), which need
        no mending.
        """
        size = surface.get_size()
        offset = self.offset(world, size)
        view = pygame.Rect((-offset[0], -offset[1]), size)
        canvas, moved_in = self._keep_map(view)
        visible = self.cameras_in_reach(world, offset, size)
        calm = self._calm_images(world, view, visible)
        still = self._still_now(world)
        last = self._last
        if (overdrawn is None or moved_in or last is None or last.surface is not surface
                or last.view.size != view.size or not self._scroll(surface, last.view, view)):
            self._draw_all(surface, canvas, view, calm, still)
        else:
            self._draw_changes(surface, canvas, view, calm, still, last, overdrawn, covered)
        self._drawn = []
        for index in visible[world.cameras.tracking[visible]].tolist():
            self._draw_tracking_cone(surface, world, index, offset)
        self._draw_moving(surface, world, offset, visible)
        self._last = _Frame(surface, view, calm, still, self._drawn)
        labels = self._labels
        self.drawn_cameras = frozenset(labels[index] for index in view.collidelistall(self._camera_rects))
        return offset

    def _draw_all(self, surface: pygame.Surface, canvas: ViewCanvas, view: pygame.Rect,
                  calm: dict[int, _Image], still: list[pygame.Surface]) -> None:
        """The whole window: the map, every calm cone in camera order, the still sprites."""
        self.compositor.damage([surface.get_rect()])
        surface.blit(canvas.map, (0, 0), view.move(-self._origin[0], -self._origin[1]))
        surface.blits([(image, (left - view.x, top - view.y)) for image, left, top in calm.values()],
                      doreturn=False)
        surface.blits([(still[i], self._still_rects[i].move(-view.x, -view.y))
                       for i in view.collidelistall(self._still_rects)], doreturn=False)

    def _scroll(self, surface: pygame.Surface, before: pygame.Rect, view: pygame.Rect) -> bool:
        """Move last frame's picture with the view; False when the view jumped further than a window."""
        dx, dy = before.x - view.x, before.y - view.y
        if abs(dx) >= view.width or abs(dy) >= view.height:
            return False
        if dx or dy:
            surface.scroll(dx, dy)
        return True

    def _draw_changes(self, surface: pygame.Surface, canvas: ViewCanvas, view: pygame.Rect,
                      calm: dict[int, _Image], still: list[pygame.Surface], last: _Frame,
                      overdrawn: Sequence[pygame.Rect], covered: Sequence[pygame.Rect]) -> None:
        """Draw again only where the picture changed: the strips the view scrolled into, what was
        drawn over it last frame (sprites, tracking cones, the caller's HUD), and every calm cone
        that turned, appeared or went, as it was and as it is."""
        dx, dy = last.view.x - view.x, last.view.y - view.y
        screen = pygame.Rect((0, 0), view.size)
        damage = [rect.move(dx, dy) for rect in (*last.drawn, *overdrawn)]
        damage += _gained(screen, dx, dy)
        for index, (image, left, top) in last.calm.items():
            now = calm.get(index)
            if now is None or now[0] is not image:
                damage.append(image.get_rect(topleft=(left - view.x, top - view.y)))
        for index, (image, left, top) in calm.items():
            before = last.calm.get(index)
            if before is None or before[0] is not image:
                damage.append(image.get_rect(topleft=(left - view.x, top - view.y)))
        for change in self._changing:
            index = change[0]
            if still[index] is not last.still[index]:
                damage.append(self._still_rects[index].move(-view.x, -view.y))
        if not damage:
            return
        images = list(calm.values())
        places = [image.get_rect(topleft=(left - view.x, top - view.y)) for image, left, top in images]
        source = (view.x - self._origin[0], view.y - self._origin[1])
        mended = [rect for rect in _outside(_merged([rect.clip(screen) for rect in damage]), covered)
                  if rect.width > 0 and rect.height > 0]
        self.compositor.damage(mended)
        for rect in mended:
            surface.set_clip(rect)
            surface.blit(canvas.map, rect, rect.move(source))
            surface.blits([(images[i][0], places[i]) for i in rect.collidelistall(places)], doreturn=False)
            fixed = rect.move(view.topleft).collidelistall(self._still_rects)
            surface.blits([(still[i], self._still_rects[i].move(-view.x, -view.y)) for i in fixed],
                          doreturn=False)
        surface.set_clip(None)

    # --- the map, kept drawn around the view ---------------------------------------------------

    def _keep_map(self, view: pygame.Rect) -> tuple[ViewCanvas, bool]:
        """The canvas, holding the map wherever the window shows it; and whether this view has
        just taken it over (then what is on the screen is not its own picture either)."""
        # An odd width: rows whose length is no multiple of 8 bytes make SDL copy them with memcpy,
        # which does not care where in a row the window starts (its MMX path is 3x slower there).
        width = _aligned(view.width + 2 * MARGIN + ALIGN - 1) + 1
        height = _aligned(view.height + 2 * MARGIN + ALIGN - 1)
        canvas = self.art.view_canvas((width, height))
        origin = (_aligned(view.x - MARGIN), _aligned(view.y - MARGIN))
        if canvas.owner is not self or canvas is not self._canvas:
            canvas.owner, self._canvas, self._origin = self, canvas, origin
            self._paint_map(pygame.Rect(origin, (width, height)))
            return canvas, True
        if not pygame.Rect(self._origin, (width, height)).contains(view):
            self._move_map(canvas, origin)
        return canvas, False

    def _move_map(self, canvas: ViewCanvas, origin: tuple[int, int]) -> None:
        """The view walked off the canvas: shift it so the view is in its middle again, keeping
        what both share and drawing only the strips it gains."""
        size = canvas.map.get_size()
        dx, dy = origin[0] - self._origin[0], origin[1] - self._origin[1]
        self._origin = origin
        bounds = pygame.Rect(origin, size)
        if abs(dx) >= size[0] or abs(dy) >= size[1]:
            self._paint_map(bounds)
            return
        canvas.map.scroll(-dx, -dy)
        for strip in _gained(bounds, -dx, -dy):
            self._paint_map(strip)

    def _paint_map(self, area: pygame.Rect) -> None:
        """The level's tiles (pyscroll's map data) into ``area`` of the canvas, in map pixels."""
        canvas = self._canvas
        assert canvas is not None
        local = area.move(-self._origin[0], -self._origin[1])
        canvas.map.set_clip(local)
        canvas.map.fill(palette.BACKGROUND, local)  # a map smaller than the window: calm margins
        data = self.art.map_data(self.level)
        tile_w, tile_h = data.tile_size
        columns, rows = data.map_size
        left, top = max(area.left // tile_w, 0), max(area.top // tile_h, 0)
        right = min(-(-area.right // tile_w), columns)
        bottom = min(-(-area.bottom // tile_h), rows)
        if right > left and bottom > top:
            ox, oy = self._origin
            tiles = data.get_tile_images_by_rect(pygame.Rect(left, top, right - left, bottom - top))
            canvas.map.blits([(image, (x * tile_w - ox, y * tile_h - oy)) for x, y, _, image in tiles],
                             doreturn=False)
        canvas.map.set_clip(None)

    # --- cones ----------------------------------------------------------------------------------

    def _calm_images(self, world: World, view: pygame.Rect, visible: np.ndarray) -> dict[int, _Image]:
        """The image of every calm cone that reaches the window, by camera, in camera order; an
        image is drawn again only when its camera turned to a new degree (or the style changed)."""
        bank = world.cameras
        window = (view.left, view.top, view.right, view.bottom)
        contrast, cones = self.art.high_contrast, self._cones
        calm: dict[int, _Image] = {}
        for index in visible[~bank.tracking[visible]].tolist():
            angle = int(bank.angle[index])
            key = (index, contrast)
            kept = cones.get(key)  # the camera's calm cone as last shown, with its degree
            if kept is None or kept[0] != angle:
                pixels = self._map_pixels(bank, index)
                box = pixels.box
                if box[0] >= window[2] or box[2] <= window[0] or box[1] >= window[3] or box[3] <= window[1]:
                    continue  # this cone does not reach the window: nothing to draw, nothing to keep
                kept = cones.put(key, (angle, self._draw_calm_cone(pixels, contrast)))
            calm[index] = kept[1]
        if len(cones) > 2 * len(calm) + IMAGES_SPARE:  # forget cameras the view left behind
            shown = {(index, contrast) for index in calm}
            for key in [key for key in cones if key not in shown]:
                cones.drop(key)
        return calm

    def _draw_calm_cone(self, pixels: ConePixels, contrast: bool) -> _Image:
        """Cyan fill and edge (high contrast: a dark edge and sparse stripes) on a surface of its
        own, drawn once per (camera, degree) shown."""
        polygon, outline, (left, top, right, bottom) = pixels
        image = pygame.Surface((right - left, bottom - top), pygame.SRCALPHA)
        points = polygon.tolist()
        pygame.draw.polygon(image, (*palette.CYAN, palette.CONE_ALPHA), points)
        if contrast:
            pygame.draw.lines(image, (*palette.INK, 220), True, outline.tolist(), 3)
            stripes = self._stripes(image.get_size(), (left, top), CALM_HATCH_SPACING, CALM_HATCH_WIDTH,
                                    (*palette.INK, 120), -1)
            _cut(stripes, points)
            image.blit(stripes, (0, 0))
        else:
            pygame.draw.lines(image, (*palette.CYAN_EDGE, palette.CONE_EDGE_ALPHA), True, outline.tolist(), 1)
        return image, left, top

    def _still_sprites(self) -> None:
        """Everything fixed to the map, in drawing order and placed in map pixels: markers, the smart
        lamps' light and posts, bus stops, gates, crossing lights, bins and racks, officers at their
        desks, and every camera's icon (with its badge if registered). Most never change; those
        whose picture follows the world (a gate opens, a light turns, a bin is used, the lamps'
        tint) are listed in ``self._changing`` with how to pick their picture."""
        level, sprites = self.level, self.art.sprites
        images: list[pygame.Surface] = []
        rects: list[pygame.Rect] = []
        changing: list[tuple[int, str, object]] = []

        def place(image: pygame.Surface, x: float, y: float, kind: str = "", key: object = None,
                  nudge: tuple[int, int] = (0, 0)) -> None:
            if kind:
                changing.append((len(images), kind, key))
            images.append(image)
            rects.append(image.get_rect(center=(round(x * TILE) + nudge[0], round(y * TILE) + nudge[1])))

        if level.gates:  # a level without gates scans no pass: its health station plays no part
            place(self.health_marker, *level.health_station.area.centre)
        if level.goal is None:
            place(self.court_marker, *level.court.area.centre)
        else:
            outline, rect = self._goal_outline()
            images.append(outline)
            rects.append(rect)
            place(self.townhall_marker, *level.goal.area.centre)
        lamp, glow = self._lamp(0.0)
        for x, y in level.smart_lamps:
            place(glow, x, y, "glow", nudge=(2, -2))
        for x, y in level.smart_lamps:
            place(lamp, x, y, "post")
        for stop in level.bus_stops:
            place(sprites["bus_stop"], stop.x, stop.y)
        for gate in level.gates:
            area = gate.area
            if gate.court:
                changing.append((len(images), "door", gate.name))
                images.append(self._door(gate.name, False))
                rects.append(pygame.Rect(round(area.x * TILE), round(area.y * TILE), round(area.w * TILE),
                                         round(area.h * TILE)))
                continue
            vertical = area.h > area.w
            for step in range(max(1, round(area.h if vertical else area.w))):
                x = area.x + (area.w / 2 if vertical else step + 0.5)
                y = area.y + (step + 0.5 if vertical else area.h / 2)
                place(self.barriers[("closed", vertical)], x, y, "barrier", (gate.name, vertical))
        for crossing in level.crossings:
            area = crossing.area
            place(sprites["traffic_green"], area.x + area.w + 0.4, area.y + 0.1, "light", crossing)
        for spot in level.spots:
            place(self.spot_images[spot.kind], spot.x, spot.y, "spot", spot)
        for x, y in level.officers:
            place(sprites["officer_chair"], x, y)
        for camera in level.cameras:
            place(self.cameras[camera.kind], camera.x, camera.y)
            self._camera_rects.append(rects[-1])
            if camera.registered:  # the police-blue badge at the icon's upper right
                place(self.badge, camera.x + 11 / TILE, camera.y - 11 / TILE)
        self._still_images, self._still_rects, self._changing = images, rects, changing

    def _still_now(self, world: World) -> list[pygame.Surface]:
        """The still sprites' pictures for this state of the world."""
        if not self._changing:
            return self._still_images
        images = list(self._still_images)
        lamp, glow = self._lamp(self._lamp_tension(world))
        scans = recent_scans(world)
        for index, kind, key in self._changing:
            if kind == "glow":
                images[index] = glow
            elif kind == "post":
                images[index] = lamp
            elif kind == "barrier":
                name, vertical = key  # type: ignore[misc]
                shown = "open" if gate_open(world, scans, name) else "closed"
                images[index] = self.barriers[(shown, vertical)]
            elif kind == "door":
                images[index] = self._door(str(key), gate_open(world, scans, str(key)))
            elif kind == "light":
                red = key.is_red(world.real_seconds)  # type: ignore[attr-defined]
                images[index] = self.art.sprites["traffic_red" if red else "traffic_green"]
            else:
                used = key.object_id in world.used_spots  # type: ignore[attr-defined]
                images[index] = (self.used_images if used else self.spot_images)[key.kind]  # type: ignore[attr-defined]
        return images

    def _door(self, name: str, is_open: bool) -> pygame.Surface:
        """A court door: a wooden door in its frame, open or shut, with the court's mark."""
        key = (self.level.path, name, is_open)
        door = self._doors.get(key)
        if door is None:
            gate = next(gate for gate in self.level.gates if gate.name == name)
            size = (round(gate.area.w * TILE), round(gate.area.h * TILE))
            door = pygame.Surface(size, pygame.SRCALPHA)
            frame = pygame.Rect((0, 0), size).inflate(-6, -6)
            pygame.draw.rect(door, palette.DOOR_FRAME, frame, border_radius=4)
            if not is_open:
                pygame.draw.rect(door, palette.DOOR, frame.inflate(-6, -6), border_radius=3)
            door.blit(self.court_door_icon, self.court_door_icon.get_rect(center=frame.center))
            self._doors.put(key, door)
        return door

    def _goal_outline(self) -> tuple[pygame.Surface, pygame.Rect]:
        """Where the run is won: a thin dashed outline round the goal area, in map pixels."""
        goal = self.level.goal
        assert goal is not None
        area = goal.area
        rect = pygame.Rect(round(area.x * TILE), round(area.y * TILE), round(area.w * TILE),
                           round(area.h * TILE))
        image = pygame.Surface(rect.inflate(4, 4).size, pygame.SRCALPHA)
        box = pygame.Rect(2, 2, rect.width, rect.height)
        dash, gap = 14, 10
        for (x0, y0), (x1, y1) in ((box.topleft, box.topright), (box.topright, box.bottomright),
                                   (box.bottomright, box.bottomleft), (box.bottomleft, box.topleft)):
            length = max(abs(x1 - x0), abs(y1 - y0))
            for start in range(0, length, dash + gap):
                end = min(start + dash, length)
                a, b = start / length, end / length
                pygame.draw.line(image, palette.COURT_GOLD, (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                                 (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b), 3)
        return image, rect.inflate(4, 4)

    # --- drawn every frame ---------------------------------------------------------------------

    def _stripes(self, size: tuple[int, int], topleft: tuple[int, int], spacing: int, width: int,
                 colour: tuple[int, ...], slope: int) -> pygame.Surface:
        """Stripes for an area whose corner is ``topleft`` in map pixels, anchored to the map so they
        do not swim as the view scrolls and line up where two cones meet."""
        pattern = self._hatch(size, spacing, width, colour, slope)
        stripes = pygame.Surface(size, pygame.SRCALPHA)
        stripes.blit(pattern, (0, 0), pygame.Rect(topleft[0] % spacing, topleft[1] % spacing, *size))
        return stripes

    def _hatch(self, size: tuple[int, int], spacing: int, width: int, colour: tuple[int, ...],
               slope: int) -> pygame.Surface:
        """Diagonal stripes at least ``size`` plus one spacing large, made once per kind and grown
        when a larger cone needs them."""
        key = (spacing, slope, colour)
        hatch = self._hatches.get(key)
        if hatch is None or hatch.get_width() < size[0] + spacing or hatch.get_height() < size[1] + spacing:
            side = max(size[0], size[1], hatch.get_width() if hatch else 0) + 2 * spacing
            side = -(-side // spacing) * spacing
            hatch = pygame.Surface((side, side), pygame.SRCALPHA)
            for start in range(-side, 2 * side, spacing):
                pygame.draw.line(hatch, colour, (start, 0), (start + slope * side, side), width)
            self._hatches.put(key, hatch)
        return hatch

    def _draw_tracking_cone(self, surface: pygame.Surface, world: World, index: int,
                            offset: tuple[int, int]) -> None:
        """Amber, hatched, with a pulsing edge; hatch and edge stay inside the detecting polygon."""
        polygon, _, (left, top, right, bottom) = self._map_pixels(world.cameras, index)
        size = (right - left, bottom - top)
        points = polygon.tolist()
        image = pygame.Surface(size, pygame.SRCALPHA)
        pygame.draw.polygon(image, (*palette.AMBER, palette.TRACKING_ALPHA), points)
        if self.art.reduced_motion:
            pulse = 0.5  # a steady edge, as wide as the pulse's middle
        else:
            pulse = 0.5 + 0.5 * math.sin(2 * math.pi * world.tick / PULSE_TICKS)
        marks = self._stripes(size, (left, top), HATCH_SPACING, HATCH_WIDTH,
                              (*palette.AMBER_DARK, palette.HATCH_ALPHA), 1)
        edge = (*(palette.INK if self.art.high_contrast else palette.AMBER_DARK), 140 + round(100 * pulse))
        pygame.draw.lines(marks, edge, True, points, 3 + round(4 * pulse))
        _cut(marks, points)
        image.blit(marks, (0, 0))
        self._drawn.append(surface.blit(image, (left + offset[0], top + offset[1])))

    def _blit_centred(self, surface: pygame.Surface, image: pygame.Surface, x: float, y: float,
                      offset: tuple[int, int]) -> None:
        rect = image.get_rect(center=(round(x * TILE + offset[0]), round(y * TILE + offset[1])))
        self._drawn.append(surface.blit(image, rect))

    def _draw_moving(self, surface: pygame.Surface, world: World, offset: tuple[int, int],
                     visible: np.ndarray) -> None:
        """What moves: the visitors at the door, the rings round tracking cameras, the counting
        camera's dot, and the player."""
        if world.pending_choice == "visit":
            self._draw_visitors(surface, offset)
        if world.waiting is not None and world.waiting.kind == "held":
            self._draw_holding_officers(surface, world, offset)
        self._draw_scans(surface, world, offset)
        tracking = visible[world.cameras.tracking[visible]].tolist()
        for index in tracking:
            camera = world.cameras.cameras[index]
            centre = (round(camera.x * TILE + offset[0]), round(camera.y * TILE + offset[1]))
            self._drawn.append(pygame.draw.circle(surface, palette.AMBER, centre, 20, 4))
            self._blit_centred(surface, self.cameras[camera.kind], camera.x, camera.y, offset)
            if camera.registered:
                self._blit_centred(surface, self.badge, camera.x + 11 / TILE, camera.y - 11 / TILE, offset)
        counting = [index for index in tracking if world.cameras.cameras[index].senses == COUNT]
        if counting:
            self._draw_dot(surface, world, counting[0], offset)
        player = world.player
        heading = math.degrees(math.atan2(player.facing_x, -player.facing_y))
        pose = "player"
        if player.moving:  # a step every few ticks, quicker when she runs
            step_ticks = WALK_STEP_TICKS // 2 if player.running else WALK_STEP_TICKS
            pose = "player_walk_a" if (world.tick // step_ticks) % 2 else "player_walk_b"
        image = self.player_images[pose][round(heading / 45) % 8]
        self._blit_centred(surface, image, player.x, player.y, offset)

    def _lamp(self, tension: float) -> tuple[pygame.Surface, pygame.Surface]:
        """The lamp and its light for a tension reading, one pair per tint step, made once."""
        step = round(min(max(tension, 0.0), 1.0) * (LAMP_STEPS - 1))
        kept = self._lamps.get(step)
        if kept is None:
            kept = self._lamps.put(step, _lamp_images(self.art.sprites["smart_lamp"],
                                                      lamp_colour(step / (LAMP_STEPS - 1))))
        return kept

    def _lamp_tension(self, world: World) -> float:
        """The smart lamps' light follows the tension reading, flickering a little once it is high
        (unless motion is reduced)."""
        tension = world.tension
        flicker = not self.art.reduced_motion and world.tick % FLICKER_TICKS < 3
        if flicker and tension >= tuning.TENSION_BANDS[1]:
            tension = max(tension - 0.25, 0.0)
        return tension

    def _draw_scans(self, surface: pygame.Surface, world: World, offset: tuple[int, int]) -> None:
        """Over each gate that just scanned: a green tick (through) or a red cross (refused), as a
        gate's light would show it, so the scan is seen as well as heard."""
        scans = recent_scans(world)
        if not scans:
            return
        radius = round(TILE * 0.5)
        for gate in self.level.gates:
            result = scans.get(gate.name)
            if result is None:
                continue
            area = gate.area
            centre = (round((area.x + area.w / 2) * TILE + offset[0]),
                      round(area.y * TILE + offset[1]) - radius - 4)
            ring = pygame.draw.circle(surface, palette.PAPER_DARK, centre, radius + 3)
            pass_symbol(surface, "green" if result in OPENS else "red", centre, radius)
            self._drawn.append(ring)

    def _draw_visitors(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        """Two officers outside the front door while they wait for her answer."""
        door, home = self.level.front_door.area.centre, self.level.home.area.centre
        dx, dy = door[0] - home[0], door[1] - home[1]
        length = math.hypot(dx, dy) or 1.0
        dx, dy = dx / length, dy / length
        out = (door[0] + dx * 1.1, door[1] + dy * 1.1)
        image = self.art.sprites["officer_standing"]
        for side in (-0.7, 0.7):  # the officers are 1.4 tiles wide: side by side, not overlapping
            self._blit_centred(surface, image, out[0] - dy * side, out[1] + dx * side, offset)

    def _draw_holding_officers(self, surface: pygame.Surface, world: World, offset: tuple[int, int]) -> None:
        """Pulled over: two officers stand at her sides while the morning runs out."""
        image = self.art.sprites["officer_standing"]
        player = world.player
        for side in (-1.2, 1.2):  # clear of her ring, so she is still found between them
            self._blit_centred(surface, image, player.x + side, player.y, offset)

    def _draw_dot(self, surface: pygame.Surface, world: World, index: int, offset: tuple[int, int]) -> None:
        """A counting camera has her: above its icon, a bubble with what it sees of her, a plain dot."""
        camera = world.cameras.cameras[index]
        centre = (round(camera.x * TILE + offset[0]), round(camera.y * TILE + offset[1]))
        message = _("you, to this camera")
        words = self.art.text("small", 720, message, palette.TEXT_LIGHT)
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
        place = words.get_rect(midleft=(dot[0] + dot_r + 8, bubble.centery))
        surface.blit(words, place)
        log_text(surface, words, place, message)
        self._drawn.append(bubble.union(pygame.Rect(centre[0] - 6, bubble.bottom - 1, 13, 9)))
