"""Generate the city tileset: ``assets/tiles/city.png`` and its external Tiled tileset ``city.tsx``.

Why: the level format (docs/levels.md) reads ``walkable``, ``opaque`` and ``speed`` from tile
properties, so the art and the rules of movement and sight live in one table here. Run it with
``SDL_VIDEODRIVER=dummy python assets/src/make_tiles.py``; tile ids are stable (append new tiles
at the end) because levels store them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

import numpy as np
import pygame
from artkit import ASSETS, SCALE, TILE, c, canvas, down, init, noise, with_shadow

S = TILE * SCALE  # a tile on the 4x canvas
COLUMNS = 8

Draw = Callable[[pygame.Surface], None]


@dataclass(frozen=True)
class TileSpec:
    """One tile: its key (used by level scripts), Tiled properties and how to draw it."""

    key: str
    walkable: bool
    opaque: bool
    speed: float
    draw: Draw


def fill(name: str, seed: int = 0, grain: int = 3) -> Draw:
    def draw(s: pygame.Surface) -> None:
        s.fill(c(name))
        if grain:
            noise(s, grain, seed)

    return draw


def pavement(s: pygame.Surface) -> None:
    s.fill(c("pavement"))
    noise(s, 3, 1)
    for i in (0, S // 2):
        pygame.draw.line(s, c("pavement_joint"), (0, i), (S, i), 3)
        pygame.draw.line(s, c("pavement_joint"), (i, 0), (i, S), 3)


def plaza(s: pygame.Surface) -> None:
    s.fill(c("plaza"))
    noise(s, 3, 2)
    pygame.draw.rect(s, c("plaza_joint"), (0, 0, S, S), 3)
    pygame.draw.line(s, c("plaza_joint"), (0, S // 2), (S, S // 2), 2)


def road(s: pygame.Surface) -> None:
    s.fill(c("road"))
    noise(s, 4, 3)


def road_line(horizontal: bool) -> Draw:
    def draw(s: pygame.Surface) -> None:
        road(s)
        for i in range(2):
            a = i * S // 2 + S // 8
            rect = (a, S // 2 - 4, S // 4, 8) if horizontal else (S // 2 - 4, a, 8, S // 4)
            pygame.draw.rect(s, c("marking"), rect, border_radius=3)

    return draw


def crosswalk(bars_horizontal: bool) -> Draw:
    def draw(s: pygame.Surface) -> None:
        road(s)
        for i in range(4):
            a = i * S // 4 + 6
            rect = (6, a, S - 12, S // 8) if bars_horizontal else (a, 6, S // 8, S - 12)
            pygame.draw.rect(s, c("marking"), rect, border_radius=4)

    return draw


def highway(s: pygame.Surface) -> None:
    s.fill(c("highway"))
    noise(s, 4, 4)


def highway_lane(s: pygame.Surface) -> None:
    highway(s)
    pygame.draw.rect(s, c("marking"), (S // 8, S - 6, S // 2, 6))


def highway_median(s: pygame.Surface) -> None:
    highway(s)
    pygame.draw.rect(s, c("median"), (0, S - 16, S, 5))
    pygame.draw.rect(s, c("median"), (0, S - 6, S, 5))


def shoulder(s: pygame.Surface) -> None:
    s.fill(c("highway_shoulder"))
    noise(s, 4, 5)
    for i in range(-1, 3):
        x = i * S // 2
        pygame.draw.line(s, c("highway"), (x, S), (x + S // 2, 0), 6)


def cobbles(s: pygame.Surface) -> None:
    s.fill(c("cobble_gap"))
    rng = np.random.default_rng(6)
    n = 4
    step = S // n
    for row in range(n):
        off = (step // 2) if row % 2 else 0
        for col in range(-1, n + 1):
            x = col * step + off
            y = row * step
            shade = int(rng.integers(-8, 9))
            base = tuple(max(0, min(255, v + shade)) for v in c("cobble"))
            pygame.draw.rect(s, base, (x + 3, y + 3, step - 6, step - 6), border_radius=9)


def grass(s: pygame.Surface) -> None:
    s.fill(c("grass"))
    noise(s, 4, 7)
    rng = np.random.default_rng(8)
    for _ in range(10):
        x, y = (int(v) for v in rng.integers(8, S - 8, 2))
        pygame.draw.line(s, c("grass_dark"), (x, y), (x + 3, y - 8), 3)


def tree(s: pygame.Surface) -> None:
    grass(s)
    top = canvas(TILE, TILE)
    r = S // 2 - 10
    cx = cy = S // 2 - 4
    pygame.draw.circle(top, c("tree"), (cx, cy), r)
    pygame.draw.circle(top, c("tree_light"), (cx - r // 3, cy - r // 3), r // 2)
    pygame.draw.circle(top, c("tree"), (cx + r // 4, cy + r // 5), r // 3)
    s.blit(with_shadow(top, offset=(8, 10), radius=8, strength=0.5), (0, 0))


def water(s: pygame.Surface) -> None:
    s.fill(c("water"))
    noise(s, 3, 9)
    for i, y in enumerate((S // 4, 3 * S // 4)):
        x0 = S // 8 + (S // 3 if i else 0)
        pts = [(x0 + k * 6, y + int(5 * math.sin(k * 0.9))) for k in range(9)]
        pygame.draw.lines(s, c("water_light"), False, pts, 4)


def roof(name: str, seed: int) -> Draw:
    def draw(s: pygame.Surface) -> None:
        s.fill(c(name))
        noise(s, 3, seed)

    return draw


def court_roof(s: pygame.Surface) -> None:
    s.fill(c("roof_court"))
    noise(s, 3, 18)
    darker = tuple(v - 12 for v in c("roof_court"))
    pygame.draw.rect(s, darker, (0, 0, S, S), 4)


def wall(s: pygame.Surface) -> None:
    s.fill(c("wall"))
    noise(s, 3, 19)
    for y in (S // 4, 3 * S // 4):
        pygame.draw.line(s, c("wall_top"), (0, y), (S, y), 3)
    for x, y0 in ((S // 4, 0), (3 * S // 4, S // 4), (S // 4, S // 2), (3 * S // 4, 3 * S // 4)):
        pygame.draw.line(s, c("wall_top"), (x, y0), (x, y0 + S // 4), 3)


def fence(s: pygame.Surface) -> None:
    s.fill(c("grass"))
    noise(s, 4, 20)
    top = canvas(TILE, TILE)
    pygame.draw.rect(top, c("fence"), (0, S // 2 - 8, S, 10))
    pygame.draw.rect(top, c("fence"), (0, S // 2 + 12, S, 6))
    for x in (S // 4, 3 * S // 4):
        pygame.draw.rect(top, c("fence"), (x - 6, S // 2 - 16, 12, 40), border_radius=4)
    s.blit(with_shadow(top, offset=(4, 8), radius=6, strength=0.45), (0, 0))


def stall(colour: str, seed: int) -> Draw:
    def draw(s: pygame.Surface) -> None:
        pavement(s)
        top = canvas(TILE, TILE)
        m = 10
        rect = pygame.Rect(m, m, S - 2 * m, S - 2 * m)
        pygame.draw.rect(top, c("stall_cream"), rect, border_radius=10)
        w = rect.width // 5
        for i in range(0, 5, 2):
            pygame.draw.rect(top, c(colour), (rect.x + i * w, rect.y, w, rect.height))
        pygame.draw.rect(top, c(colour), rect, 5, border_radius=10)
        pygame.draw.line(top, c("stall_cream"), (rect.x, rect.centery), (rect.right, rect.centery), 3)
        s.blit(with_shadow(top, offset=(8, 10), radius=8, strength=0.5), (0, 0))
        noise(s, 2, seed)

    return draw


def home_floor(s: pygame.Surface) -> None:
    s.fill(c("home_floor"))
    noise(s, 3, 23)
    for i in range(4):
        y = i * S // 4
        pygame.draw.line(s, c("home_plank"), (0, y), (S, y), 3)
        x = (i * 37) % S
        pygame.draw.line(s, c("home_plank"), (x, y), (x, y + S // 4), 3)


def court_steps(s: pygame.Surface) -> None:
    s.fill(c("court_floor"))
    for i in range(4):
        y = i * S // 4
        pygame.draw.rect(s, c("court_step"), (0, y + S // 4 - 8, S, 8))


def court_floor(s: pygame.Surface) -> None:
    s.fill(c("court_floor"))
    noise(s, 2, 25)
    pygame.draw.rect(s, c("court_step"), (0, 0, S, S), 3)
    pygame.draw.polygon(
        s, c("court_step"), [(S // 2, 12), (S - 12, S // 2), (S // 2, S - 12), (12, S // 2)], 3
    )


def health_floor(s: pygame.Surface) -> None:
    s.fill(c("health_floor"))
    for i in range(0, S, S // 4):
        pygame.draw.line(s, c("health_grid"), (i, 0), (i, S), 2)
        pygame.draw.line(s, c("health_grid"), (0, i), (S, i), 2)


def gate_floor(s: pygame.Surface) -> None:
    s.fill(c("gate_floor"))
    noise(s, 2, 27)
    for i in range(-2, 6):
        x = i * S // 4
        pygame.draw.polygon(s, c("gate_stripe"), [(x, 0), (x + 14, 0), (x + 14 + 20, 22), (x + 20, 22)])
        pygame.draw.polygon(s, c("gate_stripe"), [(x, S - 22), (x + 14, S - 22), (x + 34, S), (x + 20, S)])
    pygame.draw.line(s, c("camera"), (S // 2, 30), (S // 2, S - 30), 4)


def door(s: pygame.Surface) -> None:
    s.fill(c("door"))
    for i in range(1, 4):
        pygame.draw.line(s, c("door_frame"), (i * S // 4, 10), (i * S // 4, S - 10), 3)
    pygame.draw.rect(s, c("door_frame"), (0, 0, S, S), 10)


def window(s: pygame.Surface) -> None:
    s.fill(c("wall"))
    pygame.draw.rect(s, c("glass"), (12, S // 2 - 22, S - 24, 44))
    pygame.draw.line(s, c("camera_light"), (24, S // 2 - 12), (56, S // 2 - 12), 4)
    pygame.draw.line(s, c("wall_top"), (S // 2, S // 2 - 22), (S // 2, S // 2 + 22), 4)


def classroom(s: pygame.Surface) -> None:
    s.fill(c("classroom"))
    noise(s, 2, 31)
    pygame.draw.rect(s, c("court_step"), (28, 36, S - 56, S - 72), border_radius=6)


def shade(bits: int) -> Draw:
    """A soft shadow overlay cast from a building to the west (1), north (2), north-west (4)."""

    def draw(s: pygame.Surface) -> None:
        depth = 14 * SCALE
        ramp = np.clip(1.0 - np.arange(S) / depth, 0.0, 1.0) ** 1.5
        west = np.repeat(ramp[:, None], S, axis=1)  # indexed [x, y]
        north = west.T
        a = np.zeros((S, S), dtype=np.float32)
        if bits & 1:
            a = np.maximum(a, west)
        if bits & 2:
            a = np.maximum(a, north)
        if bits & 4:
            a = np.maximum(a, west * north)
        s.fill((*c("shadow"), 0))
        pygame.surfarray.pixels_alpha(s)[:] = (a * 0.32 * 255).astype(np.uint8)

    return draw


TILES: list[TileSpec] = [
    TileSpec("pavement", True, False, 1.0, pavement),
    TileSpec("road", True, False, 1.0, road),
    TileSpec("road_line_h", True, False, 1.0, road_line(True)),
    TileSpec("road_line_v", True, False, 1.0, road_line(False)),
    TileSpec("crosswalk_ew", True, False, 1.0, crosswalk(True)),
    TileSpec("crosswalk_ns", True, False, 1.0, crosswalk(False)),
    TileSpec("highway", True, False, 2.5, highway),
    TileSpec("highway_lane", True, False, 2.5, highway_lane),
    TileSpec("highway_median", True, False, 2.5, highway_median),
    TileSpec("highway_shoulder", True, False, 2.5, shoulder),
    TileSpec("alley_cobbles", True, False, 0.6, cobbles),
    TileSpec("grass", True, False, 1.0, grass),
    TileSpec("park_tree", False, True, 1.0, tree),
    TileSpec("water", False, False, 1.0, water),
    TileSpec("roof_slate", False, True, 1.0, roof("roof_slate", 14)),
    TileSpec("roof_sage", False, True, 1.0, roof("roof_sage", 15)),
    TileSpec("roof_umber", False, True, 1.0, roof("roof_umber", 16)),
    TileSpec("roof_blue", False, True, 1.0, roof("roof_blue", 17)),
    TileSpec("roof_court", False, True, 1.0, court_roof),
    TileSpec("wall", False, True, 1.0, wall),
    TileSpec("railing", False, False, 1.0, fence),
    TileSpec("market_stall_red", False, True, 1.0, stall("stall_a", 21)),
    TileSpec("market_stall_green", False, True, 1.0, stall("stall_b", 22)),
    TileSpec("home_floor", True, False, 1.0, home_floor),
    TileSpec("court_steps", True, False, 1.0, court_steps),
    TileSpec("court_floor", True, False, 1.0, court_floor),
    TileSpec("health_floor", True, False, 1.0, health_floor),
    TileSpec("gate_floor", True, False, 1.0, gate_floor),
    TileSpec("door", True, False, 1.0, door),
    TileSpec("plaza", True, False, 1.0, plaza),
    TileSpec("window", False, False, 1.0, window),
    TileSpec("classroom_floor", True, False, 1.0, classroom),
    *(TileSpec(f"shade_{bits}", True, False, 1.0, shade(bits)) for bits in range(1, 8)),
]

TILE_IDS: dict[str, int] = {spec.key: i for i, spec in enumerate(TILES)}
SHADE_BASE = TILE_IDS["shade_1"] - 1  # shade tile id = SHADE_BASE + bits (west 1, north 2, north-west 4)


def render_png(tiles: list[TileSpec] = TILES) -> pygame.Surface:
    """Draw every tile onto one sheet, ``COLUMNS`` tiles wide (the second tileset reuses this)."""
    rows = math.ceil(len(tiles) / COLUMNS)
    sheet = pygame.Surface((COLUMNS * TILE, rows * TILE), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for i, spec in enumerate(tiles):
        big = canvas(TILE, TILE)
        spec.draw(big)
        sheet.blit(down(big), ((i % COLUMNS) * TILE, (i // COLUMNS) * TILE))
    return sheet


def tsx_text(image_w: int, image_h: int) -> str:
    """The external tileset in Tiled 1.8 format, properties typed."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.8" tiledversion="1.8.2" name="city" tilewidth="{TILE}" tileheight="{TILE}"'
        f' tilecount="{len(TILES)}" columns="{COLUMNS}">',
        f' <image source="city.png" width="{image_w}" height="{image_h}"/>',
    ]
    for i, spec in enumerate(TILES):
        lines += [
            f' <tile id="{i}">',
            "  <properties>",
            f'   <property name="name" value={quoteattr(spec.key)}/>',
            f'   <property name="opaque" type="bool" value="{str(spec.opaque).lower()}"/>',
            f'   <property name="speed" type="float" value="{spec.speed:g}"/>',
            f'   <property name="walkable" type="bool" value="{str(spec.walkable).lower()}"/>',
            "  </properties>",
            " </tile>",
        ]
    lines.append("</tileset>")
    return "\n".join(lines) + "\n"


def main() -> None:
    init()
    sheet = render_png()
    out = ASSETS / "tiles"
    out.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out / "city.png"))
    (out / "city.tsx").write_text(tsx_text(*sheet.get_size()), encoding="utf-8")
    print(f"wrote {out / 'city.png'} and city.tsx with {len(TILES)} tiles")


if __name__ == "__main__":
    main()
