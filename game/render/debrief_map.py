"""The level in miniature with the route walked, where the player was seen, and the gates passed.

Why the map is faded toward paper: on a projector the route and the marks must carry the picture,
so the city stays recognisable but quiet. Each camera kind has its own shape as well as its own
colour, so the marks read in black and white and for anyone who does not tell colours apart.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

import numpy as np
import pygame

from game.events import Footage, GateScanned, Observed, Passage, PoliceAction, RunRecord
from game.level.camera_kinds import KINDS
from game.level.model import Level
from game.render import palette
from game.render.art import Art, AssetError
from game.render.panels import log_text
from game.render.phone import pass_symbol

FADE = 0.5  # how far the city is faded toward paper
ROUTE = palette.INK
FOOTAGE_BLUE: palette.Colour = (38, 66, 128)  # the police blue of the "registered" badge
JUMP_TILES = 6.0  # a step longer than this between route samples was not walked: the player was moved
_MASTER_WIDTH = 1600  # the miniature is drawn once at this width, then scaled per view


def _from_grids(level: Level) -> pygame.Surface:
    """The level from its grids alone: walls dark, ground light, the rest mid (a map with no art)."""
    colours = np.empty((level.height, level.width, 3), dtype=np.uint8)
    colours[:] = (150, 154, 150)
    colours[level.walkable] = (226, 222, 212)
    colours[level.opaque] = (92, 98, 108)
    return pygame.surfarray.make_surface(colours.transpose(1, 0, 2))


def _from_tiles(art: Art, level: Level) -> pygame.Surface:
    """Every visible tile layer of the Tiled map, each tile drawn small (the master's own scale).

    Drawn small rather than at full size and shrunk: a full-size map of the largest level is tens of
    megabytes that the allocator keeps after it is freed, and the debrief opens after every run.
    """
    tmx = art.map_data(level).tmx
    side = max(2, -(-_MASTER_WIDTH // tmx.width))  # tile pixels so the map is about the master's width
    small = pygame.Surface((tmx.width * side, tmx.height * side))
    small.blit(pygame.transform.scale(_from_grids(level), small.get_size()), (0, 0))
    shrunk: dict[int, pygame.Surface] = {}
    for layer in tmx.visible_layers:
        if hasattr(layer, "tiles"):
            tiles = []
            for x, y, image in layer.tiles():
                tile = shrunk.get(id(image))
                if tile is None:
                    tile = shrunk[id(image)] = pygame.transform.smoothscale(image, (side, side))
                tiles.append((tile, (x * side, y * side)))
            small.fblits(tiles)
    return small


def _master(art: Art, level: Level) -> pygame.Surface:
    """The faded miniature of a level, drawn once per level file."""
    key = level.path
    master = art.compositor.part("map masters").get(key)
    if master is None:
        try:
            full = _from_tiles(art, level)
        except (AssetError, AttributeError, pygame.error):
            full = _from_grids(level)
        width = min(_MASTER_WIDTH, max(full.get_width(), level.width * 8))
        height = max(1, round(width * level.height / level.width))
        master = pygame.transform.smoothscale(
            full.convert() if pygame.display.get_surface() else full, (width, height)
        )
        veil = pygame.Surface(master.get_size())
        veil.fill(palette.PAPER)
        veil.set_alpha(round(255 * FADE))
        master.blit(veil, (0, 0))
        art.compositor.part("map masters").put(key, master)
    return master


def prepare(art: Art, level: Level) -> None:
    """Draw the level's miniature now (about a tenth of a second), so the first frame of the file does not."""
    _master(art, level)


def miniature(art: Art, level: Level, size: tuple[int, int]) -> pygame.Surface:
    """The faded level scaled to ``size``, cached: the debrief screen redraws it every frame."""
    key = (level.path, int(size[0]), int(size[1]))
    image = art.compositor.part("maps").get(key)
    if image is None:
        image = pygame.transform.smoothscale(_master(art, level), (max(1, key[1]), max(1, key[2])))
        art.compositor.part("maps").put(key, image)
    return image


def map_rect(level: Level, area: pygame.Rect) -> pygame.Rect:
    """The largest rect of the level's shape that fits ``area``, centred in it."""
    scale = min(area.width / level.width, area.height / level.height)
    rect = pygame.Rect(0, 0, round(level.width * scale), round(level.height * scale))
    rect.center = area.center
    return rect


def _polygon(cx: float, cy: float, r: float, sides: int, reach: float = 1.0) -> list[tuple[float, float]]:
    return [(cx + r * reach * math.cos(math.radians(a)), cy + r * reach * math.sin(math.radians(a)))
            for a in range(-90, 270, 360 // sides)]


def _plus(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    a, b = r * 0.4, r * 1.1
    return [(cx - a, cy - b), (cx + a, cy - b), (cx + a, cy - a), (cx + b, cy - a), (cx + b, cy + a),
            (cx + a, cy + a), (cx + a, cy + b), (cx - a, cy + b), (cx - a, cy + a), (cx - b, cy + a),
            (cx - b, cy - a), (cx - a, cy - a)]


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    return [(cx + (r * 1.2 if i % 2 == 0 else r * 0.55) * math.cos(math.radians(-90 + 36 * i)),
             cy + (r * 1.2 if i % 2 == 0 else r * 0.55) * math.sin(math.radians(-90 + 36 * i)))
            for i in range(10)]


# The outline of each mark a camera kind may have (``game.level.camera_kinds.MARKS``); a circle and a
# ring are drawn round, not as polygons.
MARK_POINTS: dict[str, Callable[[float, float, float], list[tuple[float, float]]]] = {
    "triangle": lambda cx, cy, r: [(cx, cy - r * 1.15), (cx + r * 1.05, cy + r * 0.8),
                                   (cx - r * 1.05, cy + r * 0.8)],
    "square": lambda cx, cy, r: [(cx - r * 0.85, cy - r * 0.85), (cx + r * 0.85, cy - r * 0.85),
                                 (cx + r * 0.85, cy + r * 0.85), (cx - r * 0.85, cy + r * 0.85)],
    "diamond": lambda cx, cy, r: [(cx, cy - r * 1.2), (cx + r * 1.2, cy), (cx, cy + r * 1.2),
                                  (cx - r * 1.2, cy)],
    "hexagon": lambda cx, cy, r: _polygon(cx, cy, r, 6),
    "pentagon": lambda cx, cy, r: _polygon(cx, cy, r, 5, 1.1),  # a house's front
    "point_down": lambda cx, cy, r: [(cx - r * 1.05, cy - r * 0.8), (cx + r * 1.05, cy - r * 0.8),
                                     (cx, cy + r * 1.15)],  # a shop's: a triangle standing on its point
    "plus": _plus,  # it counts heads
    "wide_diamond": lambda cx, cy, r: [(cx, cy - r * 0.9), (cx + r * 1.4, cy), (cx, cy + r * 0.9),
                                       (cx - r * 1.4, cy)],  # the motorway's number-plate reader
    "star": _star,
}
ROUND_MARKS = ("circle", "ring")  # a ring is a circle with a hole: it listens


def kind_mark(surface: pygame.Surface, kind: str | None, centre: tuple[float, float], radius: float) -> None:
    """The mark of one camera kind (``game.level.camera_kinds``): its own shape in its own colour, with
    a light halo and dark edge; a kind this game does not know (an old file's) is a plain grey circle."""
    cx, cy = centre
    r = radius
    entry = KINDS.get(kind or "")
    mark, colour = (entry.mark, entry.colour) if entry is not None else ("circle", palette.INK_SOFT)
    edge = max(2, round(r / 4))
    if mark in ROUND_MARKS:
        pygame.draw.circle(surface, palette.PAPER, (cx, cy), r * 1.35)
        pygame.draw.circle(surface, colour, (cx, cy), r)
        pygame.draw.circle(surface, palette.INK, (cx, cy), r, edge)
        if mark == "ring":
            pygame.draw.circle(surface, palette.PAPER, (cx, cy), r * 0.4)
        return
    points = MARK_POINTS[mark](cx, cy, r)
    halo = [(cx + (x - cx) * 1.35, cy + (y - cy) * 1.35) for x, y in points]
    pygame.draw.polygon(surface, palette.PAPER, halo)
    pygame.draw.polygon(surface, colour, points)
    pygame.draw.polygon(surface, palette.INK, points, edge)


def dashed_line(
    surface: pygame.Surface,
    colour: palette.Colour,
    start: tuple[float, float],
    end: tuple[float, float],
    width: int,
    dash: float,
) -> None:
    length = math.dist(start, end)
    steps = max(1, int(length / dash))
    for step in range(0, steps, 2):
        a, b = step / steps, min(1.0, (step + 1) / steps)
        pygame.draw.line(
            surface,
            colour,
            (start[0] + (end[0] - start[0]) * a, start[1] + (end[1] - start[1]) * a),
            (start[0] + (end[0] - start[0]) * b, start[1] + (end[1] - start[1]) * b),
            width,
        )


def footage_route(record: RunRecord) -> list[Footage]:
    """The footage handed over, in the order it was recorded: the route the police pieced together."""
    footage = [event for event in record.events if isinstance(event, Footage)]
    return sorted(footage, key=lambda event: (event.seen_at, event.tick))  # a stable sort keeps file order


def draw_footage_route(surface: pygame.Surface, record: RunRecord, level: Level, at, unit: float) -> None:
    """The route as the footage tells it (police blue, dashed, over the walked route) and plates read."""
    points = [at(event.x, event.y) for event in footage_route(record)]
    width = max(3, round(5 * unit))
    for start, end in itertools.pairwise(points):
        dashed_line(surface, palette.PAPER, start, end, width + max(3, round(4 * unit)), 12 * unit)
        dashed_line(surface, FOOTAGE_BLUE, start, end, width, 12 * unit)
    for point in points:
        pygame.draw.circle(surface, palette.PAPER, point, 10 * unit)
        pygame.draw.circle(surface, FOOTAGE_BLUE, point, 7 * unit)
    kinds = {camera.label: camera.kind for camera in level.cameras}
    for event in record.events:
        if isinstance(event, Passage):
            kind_mark(surface, kinds.get(event.camera), at(event.x, event.y), 11 * unit)


def draw_guessed_cameras(surface: pygame.Surface, art: Art, level: Level,
                         at: Callable[[float, float], tuple[float, float]], unit: float) -> None:
    """A map imported from OpenStreetMap marks each camera whose aim or reach it had to guess (OSM
    said nothing) with a hollow ring and a question mark, so a group never reads a guess as a fact."""
    for camera in level.cameras:
        if not camera.guessed:
            continue
        centre = at(camera.x, camera.y)
        pygame.draw.circle(surface, palette.PAPER, centre, 12 * unit)
        pygame.draw.circle(surface, palette.INK_SOFT, centre, 12 * unit, max(2, round(3 * unit)))
        mark = art.text("small", round(surface.get_height() * 0.6), "?", palette.INK_SOFT)
        place = mark.get_rect(center=(round(centre[0]), round(centre[1])))
        surface.blit(mark, place)
        log_text(surface, mark, place, "?")


def draw_map(
    surface: pygame.Surface, art: Art, record: RunRecord, level: Level, area: pygame.Rect, unit: float
) -> pygame.Rect:
    """The level in miniature inside ``area``: route, observations, gates; returns the map's rect."""
    rect = map_rect(level, area)
    surface.blit(miniature(art, level, rect.size), rect)
    pygame.draw.rect(surface, palette.INK_SOFT, rect, max(1, round(2 * unit)))
    scale = rect.width / level.width

    def at(x: float, y: float) -> tuple[float, float]:
        return rect.x + x * scale, rect.y + y * scale

    court = (level.goal or level.court).area  # where the run was headed
    court_rect = pygame.Rect(*at(court.x, court.y), round(court.w * scale), round(court.h * scale))
    pygame.draw.rect(
        surface, palette.COURT_GOLD, court_rect, max(2, round(4 * unit)), border_radius=round(4 * unit)
    )

    width = max(3, round(6 * unit))
    legs: list[list[tuple[float, float]]] = [[]]
    jumps: list[tuple[tuple[float, float], tuple[float, float]]] = []
    previous: tuple[float, float] | None = None
    for _, x, y, _ in record.route:
        if previous is not None and math.dist(previous, (x, y)) > JUMP_TILES:
            jumps.append((at(*previous), at(x, y)))
            legs.append([])
        legs[-1].append(at(x, y))
        previous = (x, y)
    for start, end in jumps:
        dashed_line(surface, palette.INK_SOFT, start, end, max(2, round(3 * unit)), 10 * unit)
    for leg in legs:
        if len(leg) >= 2:
            pygame.draw.lines(surface, palette.PAPER, False, leg, width + max(4, round(6 * unit)))
    for leg in legs:
        if len(leg) >= 2:
            pygame.draw.lines(surface, ROUTE, False, leg, width)
            for point in leg:  # round joins, so a thick line has no notches at its corners
                pygame.draw.circle(surface, ROUTE, point, width / 2)

    start = at(*level.spawn)
    pygame.draw.circle(surface, palette.PAPER, start, 14 * unit)
    pygame.draw.circle(surface, ROUTE, start, 14 * unit, max(3, round(5 * unit)))

    gates = {gate.name: gate for gate in level.gates}
    for event in record.events:
        if isinstance(event, GateScanned) and event.gate in gates:
            centre = at(*gates[event.gate].area.centre)
            pygame.draw.circle(surface, palette.INK, centre, 17 * unit)
            pass_symbol(surface, event.pass_colour, (round(centre[0]), round(centre[1])), round(15 * unit))
    for event in record.events:
        if isinstance(event, Observed):
            kind_mark(surface, event.camera_kind, at(event.x, event.y), 11 * unit)
        elif isinstance(event, PoliceAction) and event.action == "pulled_over":
            centre = at(event.x, event.y)
            pygame.draw.circle(
                surface, palette.PASS_COLOURS["red"], centre, 22 * unit, max(3, round(5 * unit))
            )
    draw_guessed_cameras(surface, art, level, at, unit)
    draw_footage_route(surface, record, level, at, unit)
    if record.route:
        _, x, y, _ = record.route[-1]
        end = at(x, y)
        pygame.draw.circle(surface, palette.PAPER, end, 13 * unit)
        pygame.draw.circle(surface, palette.COAT, end, 10 * unit)
        pygame.draw.circle(surface, palette.INK, end, 10 * unit, max(2, round(3 * unit)))
    return rect
