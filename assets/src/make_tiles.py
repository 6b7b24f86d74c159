"""Generate the city tileset: ``assets/tiles/city.png`` and its external Tiled tileset ``city.tsx``.

Why: the level format (docs/levels.md) reads ``walkable``, ``opaque`` and ``speed`` from tile
properties, so the art and the rules of movement and sight live in one table here. Run it with
``SDL_VIDEODRIVER=dummy python assets/src/make_tiles.py``; tile ids are stable (append new tiles
at the end) because levels store them.
"""

from __future__ import annotations

import math

import numpy as np
import pygame
from artkit import (
    SCALE,
    TILE,
    Draw,
    S,
    TileSpec,
    bond,
    c,
    canvas,
    init,
    lane,
    mottle,
    noise,
    shift,
    speckle,
    with_shadow,
    write_tileset,
)


def fill(name: str, seed: int = 0, grain: int = 3) -> Draw:
    def draw(s: pygame.Surface) -> None:
        s.fill(c(name))
        if grain:
            noise(s, grain, seed)

    return draw


def slabs(base: str, joint: str, n: int, seed: int) -> Draw:
    """Square paving slabs, ``n`` to a tile, each a little different in tone, with a lit north-west
    edge and a worn joint; the joints fall on the tile's edges, so slabs tile without a seam."""

    def draw(s: pygame.Surface) -> None:
        s.fill(c(joint))
        rng = np.random.default_rng(seed)
        step = S // n
        for row in range(n):
            for col in range(n):
                tone = shift(c(base), int(rng.integers(-6, 7)))
                x, y = col * step + 2, row * step + 2
                pygame.draw.rect(s, tone, (x, y, step - 4, step - 4))
                pygame.draw.line(s, shift(tone, 7), (x, y), (x + step - 5, y), 2)
                pygame.draw.line(s, shift(tone, 7), (x, y), (x, y + step - 5), 2)
        noise(s, 3, seed)
        mottle(s, 5, 10, seed)

    return draw


pavement = slabs("pavement", "pavement_joint", 2, 1)


def plaza(s: pygame.Surface) -> None:
    """The court square: larger pale flags in a running bond."""
    s.fill(c("plaza_joint"))
    rng = np.random.default_rng(2)
    for row in range(2):
        off = S // 4 if row % 2 else 0
        for k in range(-1, 2):
            tone = shift(c("plaza"), int(rng.integers(-5, 6)))
            pygame.draw.rect(s, tone, (k * S // 2 + off + 2, row * S // 2 + 2, S // 2 - 4, S // 2 - 4))
    noise(s, 3, 2)
    mottle(s, 4, 10, 2)


def asphalt(name: str, seed: int) -> Draw:
    """Asphalt: grain, soft wear patches and light and dark stone chips."""

    def draw(s: pygame.Surface) -> None:
        s.fill(c(name))
        noise(s, 4, seed)
        mottle(s, 7, 8, seed)
        speckle(s, [shift(c(name), 22), shift(c(name), -20)], 70, 2, seed)

    return draw


road = asphalt("road", 3)


def crosswalk(bars_horizontal: bool) -> Draw:
    """Zebra bars on whole pixels (edges a multiple of the 4x scale), so they stay crisp."""

    def draw(s: pygame.Surface) -> None:
        road(s)
        bar = pygame.Surface((S, S), pygame.SRCALPHA)
        for i in range(4):
            a = i * S // 4 + 8
            rect = (8, a, S - 16, S // 8) if bars_horizontal else (a, 8, S // 8, S - 16)
            pygame.draw.rect(bar, c("marking"), rect)
        noise(bar, 5, 31)
        s.blit(bar, (0, 0))

    return draw


highway = asphalt("highway", 4)


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
    """The alleys' cobbles: large rounded stones in stretcher bond."""
    bond(s, c("cobble_gap"), c("cobble"), 4, 4, 6, 8, gap=3, radius=9)


def grass(s: pygame.Surface) -> None:
    """Grass with uneven patches and blades in two greens, lit from the north-west."""
    s.fill(c("grass"))
    noise(s, 4, 7)
    mottle(s, 9, 12, 7)
    rng = np.random.default_rng(8)
    for k in range(46):
        x, y = (int(v) for v in rng.integers(6, S - 6, 2))
        colour = c("grass_dark") if k % 3 else shift(c("grass"), 16)
        pygame.draw.line(s, colour, (x, y), (x + int(rng.integers(-3, 4)), y - 7), 2)
    speckle(s, [(236, 232, 214), (226, 204, 120)], 3, 2, 9)


def tree(s: pygame.Surface) -> None:
    """A tree from above: a canopy of leaf clumps, dark on the south-east, lit on the north-west,
    and a soft shadow cast onto the grass."""
    grass(s)
    top = canvas(TILE, TILE)
    cx = cy = S // 2 - 4
    dark, mid, light = shift(c("tree"), -16), c("tree"), c("tree_light")
    clumps = [(-20, -14), (16, -20), (24, 12), (-4, 24), (-24, 14), (0, -2)]
    for dx, dy in clumps:
        pygame.draw.circle(top, dark, (cx + dx + 3, cy + dy + 4), 26)
    for dx, dy in clumps:
        pygame.draw.circle(top, mid, (cx + dx, cy + dy), 22)
    for dx, dy in clumps:
        pygame.draw.circle(top, light, (cx + dx - 7, cy + dy - 8), 11)
    pygame.draw.circle(top, shift(c("tree_light"), 18), (cx - 24, cy - 24), 6)
    s.blit(with_shadow(top, offset=(12, 14), radius=9, strength=0.55), (0, 0))


def water(s: pygame.Surface) -> None:
    """Canal water: slow light and dark swells under the ripples."""
    s.fill(c("water"))
    noise(s, 3, 9)
    mottle(s, 8, 14, 9)
    for i, y in enumerate((S // 4, 3 * S // 4)):
        x0 = S // 8 + (S // 3 if i else 0)
        pts = [(x0 + k * 6, y + int(5 * math.sin(k * 0.9))) for k in range(9)]
        pygame.draw.lines(s, c("water_light"), False, pts, 4)


def roof(name: str, seed: int, ridge: str) -> Draw:
    """One small house under a hipped roof, seen from above: four slopes that meet at a ridge
    running east-west (``ridge="ew"``), north-south (``"ns"``) or at a point (``"point"``); the
    north and west slopes catch the light, the south and east ones are in shade, with courses of
    tiles and a dark gutter round the eaves, so a block of these reads as a quarter of houses."""

    def draw(s: pygame.Surface) -> None:
        half = S // 4 if ridge != "point" else 0
        xs = np.arange(S, dtype=np.float32)[:, None].repeat(S, axis=1)  # indexed [x, y]
        ys = xs.T
        north, south, west, east = ys, S - 1 - ys, xs, S - 1 - xs
        if ridge == "ew":
            west, east = west + half, east + half
        elif ridge == "ns":
            north, south = north + half, south + half
        slopes = np.stack([north, west, east, south])
        facet = np.argmin(slopes, axis=0)
        height = np.min(slopes, axis=0)
        second = np.sort(slopes, axis=0)[1]
        tones = np.array([shift(c(name), d) for d in (24, 8, -14, -24)], dtype=np.float32)
        rgb = tones[facet]
        rgb[(height % 12) < 2] -= 14  # courses of tiles, parallel to each eave
        hip = (second - height) < 2.5
        rgb[hip & (facet < 2)] += 22  # the hips and ridge catch the light on the lit side
        rgb[hip & (facet >= 2)] -= 10
        rgb[height < 6] = shift(c(name), -44)  # gutter
        rgb[height < 2] = shift(c(name), -60)
        pygame.surfarray.pixels3d(s)[:] = np.clip(rgb, 0, 255).astype(np.uint8)
        pygame.surfarray.pixels_alpha(s)[:] = 255
        noise(s, 3, seed)

    return draw


def court_roof(s: pygame.Surface) -> None:
    """The court's long metal roof: standing seams running north-south, each lit on its west side
    and casting a thin shade to the east, so the big building reads as one roof and not as paving."""
    base = c("roof_court")
    s.fill(base)
    noise(s, 3, 18)
    mottle(s, 6, 10, 18)
    for x in range(0, S, S // 2):
        pygame.draw.rect(s, shift(base, -22), (x + 4, 0, 8, S))
        pygame.draw.rect(s, shift(base, 30), (x, 0, 4, S))


def wall(s: pygame.Surface) -> None:
    """A dark stone wall in courses, each block lit along its top."""
    s.fill(shift(c("wall"), -8))
    rng = np.random.default_rng(19)
    for r in range(4):
        off = S // 4 if r % 2 else 0
        for k in range(-1, 3):
            tone = shift(c("wall"), int(rng.integers(-5, 6)))
            x, y = k * S // 2 + off + 2, r * S // 4 + 2
            pygame.draw.rect(s, tone, (x, y, S // 2 - 4, S // 4 - 4))
            pygame.draw.line(s, c("wall_top"), (x, y), (x + S // 2 - 5, y), 3)
    noise(s, 3, 19)


def fence(s: pygame.Surface) -> None:
    s.fill(c("grass"))
    noise(s, 4, 20)
    top = canvas(TILE, TILE)
    pygame.draw.rect(top, c("fence"), (0, S // 2 - 8, S, 10))
    pygame.draw.rect(top, c("fence"), (0, S // 2 + 12, S, 6))
    for x in (S // 4, 3 * S // 4):
        pygame.draw.rect(top, c("fence"), (x - 6, S // 2 - 16, 12, 40), border_radius=4)
    s.blit(with_shadow(top, offset=(4, 8), radius=6, strength=0.45), (0, 0))


def market_setts(s: pygame.Surface) -> None:
    """The market square's own paving: small warm setts in a stretcher bond, paler than the
    alleys' cobbles, so the market reads as a place of its own and not as more pavement."""
    bond(s, shift(c("plaza_joint"), -8), (212, 196, 172), 8, 4, 80, 9)
    noise(s, 3, 80)
    mottle(s, 5, 10, 80)


def stall(colour: str, seed: int) -> Draw:
    """A market stall under a striped awning: two slopes from a ridge, the north one lit, a
    scalloped valance on the south side and a soft shadow on the market's setts."""

    def draw(s: pygame.Surface) -> None:
        market_setts(s)
        top = canvas(TILE, TILE)
        m = 8
        rect = pygame.Rect(m, m, S - 2 * m, S - 2 * m - 10)
        w = rect.width // 6
        for k, d in enumerate((12, -22)):
            y0 = rect.y + k * rect.height // 2
            for i in range(6):
                col = c(colour) if i % 2 == 0 else c("stall_cream")
                pygame.draw.rect(top, shift(col, d), (rect.x + i * w, y0, w, rect.height // 2))
        for i in range(6):  # the valance
            col = c(colour) if i % 2 == 0 else c("stall_cream")
            pygame.draw.circle(top, shift(col, -30), (rect.x + i * w + w // 2, rect.bottom), w // 2)
        ridge = shift(c(colour), -40)
        pygame.draw.line(top, ridge, (rect.x, rect.centery), (rect.right - 1, rect.centery), 4)
        pygame.draw.rect(top, shift(c(colour), -45), rect, 3)
        s.blit(with_shadow(top, offset=(10, 12), radius=8, strength=0.55), (0, 0))
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
        pygame.surfarray.pixels_alpha(s)[:] = (a * 0.38 * 255).astype(np.uint8)

    return draw


# Edge bits of the dressed tiles (hearing_day_props.py picks them): the sides where a roof's eaves,
# a kerb or a band of paving run. North 1, east 2, south 4, west 8.
SIDES = ((1, "n"), (2, "e"), (4, "s"), (8, "w"))


def side_distance(side: str) -> np.ndarray:
    """Distance in 4x pixels from one side of the tile, indexed [x, y]."""
    xs = np.arange(S, dtype=np.float32)[:, None].repeat(S, axis=1)
    ys = xs.T
    return {"n": ys, "s": S - 1 - ys, "w": xs, "e": S - 1 - xs}[side]


def eaves(rgb: np.ndarray, base: tuple[int, ...], edges: int) -> None:
    """A dark gutter round the sides where the house ends, so each house reads as one roof."""
    for bit, side in SIDES:
        if edges & bit:
            d = side_distance(side)
            rgb[d < 7] = shift(base, -44)
            rgb[d < 2] = shift(base, -62)


def gable(name: str, horizontal: bool, slope: str, edges: int, seed: int) -> Draw:
    """One tile of a house under a gabled roof that spans several tiles: its ridge runs east-west
    (``horizontal``) or north-south through the middle of the house. ``slope`` says which part
    this tile is: ``lit`` (the north or west slope), ``shade`` (south or east), ``ridge`` (the
    ridge through the tile's middle) or ``ridge_edge`` (the ridge along its north or west side)."""

    def draw(s: pygame.Surface) -> None:
        base = c(name)
        across = side_distance("n" if horizontal else "w")  # from the ridge's north (west) side
        lit = {"lit": np.ones_like(across, dtype=bool), "shade": np.zeros_like(across, dtype=bool),
               "ridge": across < S / 2, "ridge_edge": np.zeros_like(across, dtype=bool)}[slope]
        tones = np.array([shift(base, -22), shift(base, 26 if horizontal else 18)], dtype=np.float32)
        rgb = tones[lit.astype(int)]
        rgb[(across % 12) < 3] -= 16  # courses of tiles, parallel to the ridge
        if slope == "ridge":
            rgb[np.abs(across - S / 2) < 3] = shift(base, 34)
        elif slope == "ridge_edge":
            rgb[across < 4] = shift(base, 30)
        eaves(rgb, base, edges)
        pygame.surfarray.pixels3d(s)[:] = np.clip(rgb, 0, 255).astype(np.uint8)
        pygame.surfarray.pixels_alpha(s)[:] = 255
        noise(s, 3, seed)

    return draw


def flat_roof(name: str, detail: int, edges: int, seed: int) -> Draw:
    """A flat roof of gravel inside a pale parapet, with now and then a ventilation unit
    (``detail`` 1) or a skylight (2): the shops and offices among the gabled houses."""

    def draw(s: pygame.Surface) -> None:
        base = c(name)
        s.fill(base)
        noise(s, 4, seed)
        mottle(s, 5, 8, seed)
        speckle(s, [shift(base, 18), shift(base, -16)], 40, 2, seed)
        for bit, side in SIDES:
            if edges & bit:
                band = {"n": (0, 0, S, 12), "s": (0, S - 12, S, 12),
                        "w": (0, 0, 12, S), "e": (S - 12, 0, 12, S)}
                pygame.draw.rect(s, shift(base, 26), band[side])
        rgb = pygame.surfarray.pixels3d(s)
        for bit, side in SIDES:
            if edges & bit:
                d = side_distance(side)
                rgb[(d >= 11) & (d < 13)] = shift(base, -24)  # the parapet's inner edge
                rgb[d < 2] = shift(base, -50)
        del rgb
        if detail:
            top = canvas(TILE, TILE)
            if detail == 1:
                box = pygame.Rect(S // 2 - 26, S // 2 - 22, 52, 44)
                pygame.draw.rect(top, (168, 172, 174), box, border_radius=5)
                pygame.draw.circle(top, (112, 116, 120), (box.centerx, box.centery), 15)
                pygame.draw.line(top, (168, 172, 174), (box.centerx - 14, box.centery),
                                 (box.centerx + 14, box.centery), 3)
            else:
                pane = pygame.Rect(S // 2 - 30, S // 2 - 18, 60, 36)
                pygame.draw.rect(top, shift(c("wall"), 10), pane.inflate(8, 8), border_radius=4)
                pygame.draw.rect(top, c("glass"), pane)
                pygame.draw.line(top, c("camera_light"), (pane.x + 8, pane.y + 8),
                                 (pane.x + 26, pane.y + 8), 3)
            s.blit(with_shadow(top, offset=(6, 8), radius=5, strength=0.5), (0, 0))

    return draw


def kerb(edges: int) -> Draw:
    """Pavement with a kerb of pale stones where it meets the road, and the drop's dark line."""

    def draw(s: pygame.Surface) -> None:
        pavement(s)
        rgb = pygame.surfarray.pixels3d(s)
        for bit, side in SIDES:
            if edges & bit:
                d = side_distance(side)
                rgb[d < 16] = (236, 233, 224)
                rgb[(d >= 16) & (d < 19)] = shift(c("pavement_joint"), -10)
                rgb[d < 5] = shift(c("road"), -50)
                along = side_distance("w" if side in "ns" else "n")
                rgb[(d < 16) & (along % (S // 2) < 2)] = c("pavement_joint")  # the joints between stones
        del rgb
        noise(s, 2, 40 + edges)

    return draw


def plaza_edge(edges: int) -> Draw:
    """The square's pale flags with a band of darker setts along its edges and round its beds
    and fountain, so the open plaza has a frame."""

    def draw(s: pygame.Surface) -> None:
        plaza(s)
        rgb = pygame.surfarray.pixels3d(s)
        band = shift(c("plaza_joint"), -14)
        for bit, side in SIDES:
            if edges & bit:
                d = side_distance(side)
                along = side_distance("w" if side in "ns" else "n")
                rgb[d < 22] = band
                rgb[(d < 22) & ((along % 11) < 2)] = shift(band, -12)
                rgb[(d >= 22) & (d < 24)] = shift(band, -18)
        del rgb
        noise(s, 2, 60 + edges)

    return draw


def bench(s: pygame.Surface) -> None:
    """A park bench on the plaza's band, under a tree's bed: wooden slats on dark legs."""
    plaza_edge(1)(s)
    top = canvas(TILE, TILE)
    seat = pygame.Rect(10, 34, S - 20, 40)
    for x in (seat.x + 8, seat.right - 14):
        pygame.draw.rect(top, c("chair_frame"), (x, seat.y - 4, 6, seat.height + 8), border_radius=2)
    for k in range(4):
        pygame.draw.rect(top, shift(c("chair_seat"), 8 - 6 * k), (seat.x, seat.y + k * 10, seat.width, 8),
                         border_radius=3)
    s.blit(with_shadow(top, offset=(6, 8), radius=5, strength=0.5), (0, 0))


def flowers(s: pygame.Surface) -> None:
    """Grass with beds of small flowers in the palette's warm colours."""
    grass(s)
    rng = np.random.default_rng(70)
    for _ in range(5):
        cx, cy = (int(v) for v in rng.integers(20, S - 20, 2))
        colour = [(232, 196, 92), (226, 150, 140), (244, 240, 228), (186, 150, 206)][int(rng.integers(4))]
        for _k in range(7):
            dx, dy = (int(v) for v in rng.integers(-12, 13, 2))
            pygame.draw.circle(s, shift(c("grass_dark"), -12), (cx + dx + 1, cy + dy + 2), 4)
            pygame.draw.circle(s, colour, (cx + dx, cy + dy), 4)


def street_lamp(edges: int) -> Draw:
    """Kerb with a street lamp at the road's edge: a grey post's foot, its arm over the road and
    the lamp's head (light only: the lamp cameras keep their own icon)."""

    def draw(s: pygame.Surface) -> None:
        kerb(edges)(s)
        top = canvas(TILE, TILE)
        toward = 1 if edges & 4 else -1  # the road lies south (1) or north (-1)
        foot = (S // 2, S // 2 + toward * 24)
        head = (S // 2, S // 2 + toward * 50)
        pygame.draw.line(top, (80, 86, 92), foot, head, 8)
        pygame.draw.circle(top, (80, 86, 92), foot, 12)
        pygame.draw.circle(top, (150, 156, 160), foot, 6)
        pygame.draw.ellipse(top, (80, 86, 92), (head[0] - 22, head[1] - 12, 44, 24))
        pygame.draw.ellipse(top, (244, 238, 214), (head[0] - 18, head[1] - 8, 36, 16))
        s.blit(with_shadow(top, offset=(6, 8), radius=5, strength=0.5), (0, 0))

    return draw


ROOF_KINDS = {"roof_slate": "ew", "roof_blue": "ew", "roof_sage": "ns", "roof_umber": "flat"}
SLOPES = ("lit", "shade", "ridge", "ridge_edge")


def dressed_tiles() -> list[TileSpec]:
    """The tiles hearing_day_props.py dresses the first level with, each walking and seeing as
    the tile it replaces (a house's roof, pavement, plaza, grass), so no route or view changes."""
    out: list[TileSpec] = []
    for k, (name, kind) in enumerate(ROOF_KINDS.items()):
        for edges in range(16):
            if kind == "flat":
                for detail in range(3):
                    out.append(TileSpec(f"{name}_flat_{detail}_{edges}", False, True, 1.0,
                                        flat_roof(name, detail, edges, 100 + k)))
            else:
                for slope in SLOPES:
                    out.append(TileSpec(f"{name}_{slope}_{edges}", False, True, 1.0,
                                        gable(name, kind == "ew", slope, edges, 100 + k)))
    out += [TileSpec(f"pavement_kerb_{edges}", True, False, 1.0, kerb(edges)) for edges in range(1, 16)]
    out += [TileSpec(f"plaza_edge_{edges}", True, False, 1.0, plaza_edge(edges)) for edges in range(1, 16)]
    out += [TileSpec("plaza_bench", True, False, 1.0, bench),
            TileSpec("grass_flowers", True, False, 1.0, flowers),
            TileSpec("market_setts", True, False, 1.0, market_setts),
            TileSpec("pavement_lamp_4", True, False, 1.0, street_lamp(4)),
            TileSpec("pavement_lamp_1", True, False, 1.0, street_lamp(1))]
    return out


TILES: list[TileSpec] = [
    TileSpec("pavement", True, False, 1.0, pavement),
    TileSpec("road", True, False, 1.0, road),
    TileSpec("road_line_h", True, False, 1.0, lane(road, True)),
    TileSpec("road_line_v", True, False, 1.0, lane(road, False)),
    TileSpec("crosswalk_ew", True, False, 1.0, crosswalk(True)),
    TileSpec("crosswalk_ns", True, False, 1.0, crosswalk(False)),
    TileSpec("highway", True, False, 1.6, highway),
    TileSpec("highway_lane", True, False, 1.6, highway_lane),
    TileSpec("highway_median", True, False, 1.6, highway_median),
    TileSpec("highway_shoulder", True, False, 1.6, shoulder),
    TileSpec("alley_cobbles", True, False, 0.6, cobbles),
    TileSpec("grass", True, False, 1.0, grass),
    TileSpec("park_tree", False, True, 1.0, tree),
    TileSpec("water", False, False, 1.0, water),
    TileSpec("roof_slate", False, True, 1.0, roof("roof_slate", 14, "ew")),
    TileSpec("roof_sage", False, True, 1.0, roof("roof_sage", 15, "ns")),
    TileSpec("roof_umber", False, True, 1.0, roof("roof_umber", 16, "point")),
    TileSpec("roof_blue", False, True, 1.0, roof("roof_blue", 17, "ns")),
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
    *dressed_tiles(),  # appended: the ids above are stored in levels
]

TILE_IDS: dict[str, int] = {spec.key: i for i, spec in enumerate(TILES)}
SHADE_BASE = TILE_IDS["shade_1"] - 1  # shade tile id = SHADE_BASE + bits (west 1, north 2, north-west 4)


def main() -> None:
    init()
    write_tileset("city", TILES)


if __name__ == "__main__":
    main()
