"""Generate the Dutch city tileset of the level "Here": ``assets/tiles/here.png`` and ``here.tsx``.

Why: "Here" is the same engine in a Dutch city centre (DESIGN.md, "A second scenario: Here"), so it
gets its own ground in the same flat style as ``city.png``: canal water and quays, brick pavement
(klinkers), canal-house roofs in brick reds and browns with their gables to the street, a red
cycle path, a ring road whose tiles carry ``driving`` (a number-plate camera can read the plate
there), a bus lane and platform, the darker paving of the nightlife street and the town-hall
square. The level format (docs/levels.md) reads ``walkable``, ``opaque``, ``speed`` and ``driving``
from the tile properties, so the rules of movement and sight live in the one table at the bottom.
Tile ids are stable (append new tiles at the end) because levels store them.
Run: ``SDL_VIDEODRIVER=dummy python assets/src/make_tiles_here.py``.
"""

from __future__ import annotations

import math

import numpy as np
import pygame
from artkit import (
    TILE,
    Draw,
    S,
    TileSpec,
    bond,
    c,
    canvas,
    init,
    lane,
    noise,
    shift,
    with_shadow,
    write_tileset,
)
from make_tiles import grass, health_floor, home_floor, shade


def top(draw_top: Draw, offset: tuple[int, int] = (8, 10), strength: float = 0.5) -> Draw:
    """Draw something standing on the ground (a tree, a parasol) with its soft shadow."""

    def draw(s: pygame.Surface) -> None:
        layer = canvas(TILE, TILE)
        draw_top(layer)
        s.blit(with_shadow(layer, offset=offset, radius=8, strength=strength), (0, 0))

    return draw


def over(*draws: Draw) -> Draw:
    def draw(s: pygame.Surface) -> None:
        for d in draws:
            d(s)

    return draw


def flip_v(draw_s: Draw) -> Draw:
    """The same tile mirrored north-south (a house front or kerb facing the other way)."""

    def draw(s: pygame.Surface) -> None:
        tmp = canvas(TILE, TILE)
        draw_s(tmp)
        s.blit(pygame.transform.flip(tmp, False, True), (0, 0))

    return draw


def rotate(draw_s: Draw, quarter_turns: int) -> Draw:
    def draw(s: pygame.Surface) -> None:
        tmp = canvas(TILE, TILE)
        draw_s(tmp)
        s.blit(pygame.transform.rotate(tmp, 90 * quarter_turns), (0, 0))

    return draw


# ----------------------------------------------------------------------------------------------
# Ground
# ----------------------------------------------------------------------------------------------
def bricks(base: str, joint: str, rows: int, cols: int, seed: int, var: int = 6) -> Draw:
    """Bricks in stretcher bond, rows offset by half a brick; tiles seamlessly at 32 px."""

    def draw(s: pygame.Surface) -> None:
        bond(s, c(joint), c(base), rows, cols, seed, var)
        noise(s, 2, seed)

    return draw


def klinkers(s: pygame.Surface) -> None:
    """Street bricks in herringbone, the Dutch klinkerbestrating: pale, warm, a little pink."""
    s.fill(c("klinker_joint"))
    rng = np.random.default_rng(41)
    u = S // 8  # half a brick: bricks are 2u x u
    # 90-degree herringbone: an L of one lying and one standing brick, repeated on the lattice
    # (u, u) and (4u, 0), which has a period of 4u both ways and so tiles seamlessly.
    for a in range(-8, 12):
        for b in range(-4, 4):
            ox, oy = (a + 4 * b) * u, a * u
            for rect in ((ox, oy, 2 * u, u), (ox, oy + u, u, 2 * u)):
                tone = shift(c("klinker"), int(rng.integers(-7, 8)))
                pygame.draw.rect(
                    s, tone, (rect[0] + 2, rect[1] + 2, rect[2] - 4, rect[3] - 4), border_radius=2
                )
    noise(s, 2, 42)


def quay(s: pygame.Surface) -> None:
    """The canal-side street: worn, rounded setts (slow-ish)."""
    s.fill(c("quay_gap"))
    rng = np.random.default_rng(43)
    n = 5
    step = S // n
    for row in range(n + 1):
        off = step // 2 if row % 2 else 0
        for col in range(-1, n + 1):
            tone = shift(c("quay"), int(rng.integers(-8, 9)))
            pygame.draw.ellipse(
                s, tone, (col * step + off + 3, row * step - step // 2 + 3, step - 6, step - 6)
            )
    noise(s, 2, 44)


def quay_edge(s: pygame.Surface) -> None:
    """Quay setts with the stone kerb of the canal wall along the south edge, and a bollard."""
    quay(s)
    kerb = pygame.Rect(0, S - 30, S, 30)
    pygame.draw.rect(s, c("kerb"), kerb)
    pygame.draw.line(s, shift(c("kerb"), -16), (0, kerb.y), (S, kerb.y), 3)
    for x in (S // 3, 2 * S // 3):
        pygame.draw.line(s, shift(c("kerb"), -12), (x, kerb.y), (x, S), 2)
    pygame.draw.rect(s, c("kerb_edge"), (0, S - 5, S, 5))
    post = canvas(TILE, TILE)
    pygame.draw.circle(post, c("bollard"), (S // 4, S - 48), 9)
    pygame.draw.circle(post, shift(c("bollard"), 30), (S // 4 - 3, S - 51), 3)
    s.blit(with_shadow(post, offset=(5, 6), radius=4, strength=0.4), (0, 0))


def canal(s: pygame.Surface) -> None:
    s.fill(c("canal"))
    noise(s, 3, 45)
    for i, y in enumerate((S // 4, 3 * S // 4)):
        x0 = S // 10 + (S // 3 if i else 0)
        pts = [(x0 + k * 6, y + int(4 * math.sin(k * 0.9))) for k in range(9)]
        pygame.draw.lines(s, c("canal_light"), False, pts, 4)


def boat(end: str) -> Draw:
    """Half of a small canal boat lying east-west (two tiles: the bow end ``w`` and the stern ``e``)."""

    def draw(s: pygame.Surface) -> None:
        canal(s)
        hull = canvas(TILE * 2, TILE)
        r = pygame.Rect(10, 26, 2 * S - 20, S - 52)
        pygame.draw.ellipse(hull, c("boat"), (r.x, r.y, 2 * r.height, r.height))
        pygame.draw.rect(
            hull, c("boat"), (r.x + r.height, r.y, r.width - r.height, r.height), border_radius=14
        )
        inner = r.inflate(-16, -16)
        pygame.draw.rect(
            hull, c("boat_deck"), (inner.x + 30, inner.y, inner.width - 40, inner.height), border_radius=10
        )
        pygame.draw.rect(
            hull, shift(c("boat"), 40), (r.x + r.width - 70, r.y + 12, 40, r.height - 24), border_radius=6
        )  # the cabin at the stern
        shadowed = with_shadow(hull, offset=(6, 8), radius=6, strength=0.4)
        s.blit(shadowed, (0 if end == "w" else -S, 0))

    return draw


def bridge(s: pygame.Surface) -> None:
    """A brick bridge deck running north-south, with iron railings on both sides."""
    bricks("klinker", "klinker_joint", 8, 4, 46)(s)
    for x in (0, S - 14):
        pygame.draw.rect(s, c("kerb"), (x, 0, 14, S))
    rail = canvas(TILE, TILE)
    for x in (4, S - 10):
        pygame.draw.rect(rail, c("iron"), (x, 0, 6, S))
        for y in range(8, S, 32):
            pygame.draw.circle(rail, c("iron"), (x + 3, y), 6)
    s.blit(with_shadow(rail, offset=(5, 6), radius=4, strength=0.45), (0, 0))


def cycle_path(s: pygame.Surface) -> None:
    """The red asphalt of a Dutch cycle path, with a broken white edge on the south side."""
    s.fill(c("cycle"))
    noise(s, 4, 47)
    for x in (S // 8, 5 * S // 8):
        pygame.draw.rect(s, c("marking"), (x, S - 10, S // 4, 5))


def asphalt(name: str, seed: int) -> Draw:
    def draw(s: pygame.Surface) -> None:
        s.fill(c(name))
        noise(s, 4, seed)

    return draw


ring_road = asphalt("asphalt", 48)


def ring_edge(s: pygame.Surface) -> None:
    """Ring road with a solid edge line on the south side (rotated for the other sides)."""
    ring_road(s)
    pygame.draw.rect(s, c("marking"), (0, S - 14, S, 6))


def parking(s: pygame.Surface) -> None:
    asphalt("parking", 49)(s)
    pygame.draw.rect(s, c("marking"), (0, 0, 6, S))
    pygame.draw.rect(s, c("marking"), (0, S // 2 - 3, 24, 6))


def bus_lane(text: bool) -> Draw:
    def draw(s: pygame.Surface) -> None:
        asphalt("bus_lane", 50)(s)
        for x in (0, S // 2):
            pygame.draw.rect(s, c("marking"), (x + 6, 4, S // 2 - 12, 10))  # broken block line
        if text:
            font = pygame.font.Font(None, 64)
            label = font.render("BUS", True, c("marking"))
            s.blit(label, label.get_rect(center=(S // 2, S // 2 + 10)))

    return draw


def platform(s: pygame.Surface) -> None:
    """A raised bus platform: pale slabs, a ribbed yellow guide strip along the lane (north)."""
    s.fill(c("platform"))
    noise(s, 2, 51)
    pygame.draw.line(s, shift(c("platform"), -18), (0, S // 2), (S, S // 2), 2)
    pygame.draw.line(s, shift(c("platform"), -18), (S // 2, 0), (S // 2, S), 2)
    pygame.draw.rect(s, shift(c("platform"), 18), (0, 0, S, 12))
    pygame.draw.rect(s, c("tactile"), (0, 22, S, 18))
    for x in range(6, S, 14):
        pygame.draw.line(s, shift(c("tactile"), -30), (x, 24), (x, 37), 3)


def night(s: pygame.Surface) -> None:
    """The nightlife street: dark basalt setts, laid in rows."""
    bricks("night", "night_joint", 4, 4, 52, var=5)(s)


def parasol(colour: str) -> Draw:
    """A café terrace: a round parasol (seen from above) over a table, chairs peeping out."""

    def draw(layer: pygame.Surface) -> None:
        m = S // 2
        for dx, dy in ((-40, -34), (38, -30), (-36, 40), (40, 36)):
            pygame.draw.rect(layer, c("chair"), (m + dx - 9, m + dy - 9, 18, 18), border_radius=4)
        r = S // 2 - 16
        pts = [(m + r * math.cos(a * math.pi / 4), m + r * math.sin(a * math.pi / 4)) for a in range(8)]
        pygame.draw.polygon(layer, c("stall_cream"), pts)
        for a in range(0, 8, 2):
            pygame.draw.polygon(layer, c(colour), [(m, m), pts[a], pts[(a + 1) % 8]])
        pygame.draw.polygon(layer, shift(c(colour), -20), pts, 3)
        pygame.draw.circle(layer, c("stall_cream"), (m, m), 5)

    return draw


def square(s: pygame.Surface) -> None:
    """The town-hall square: large pale slabs."""
    s.fill(c("square"))
    noise(s, 2, 53)
    pygame.draw.rect(s, c("square_joint"), (0, 0, S, S), 3)
    pygame.draw.line(s, c("square_joint"), (S // 2, 0), (S // 2, S // 2), 2)
    pygame.draw.line(s, c("square_joint"), (0, S // 2), (S, S // 2), 2)
    pygame.draw.line(s, c("square_joint"), (S // 4, S // 2), (S // 4, S), 2)


def square_band(s: pygame.Surface) -> None:
    """A band of red bricks set into the square (its edges and the path to the town hall)."""
    bricks("square_band", "square_joint", 8, 4, 54, var=8)(s)


def hedge(s: pygame.Surface) -> None:
    """A low hedge on the verge between the ring road and the city: blocks walking, not sight."""
    grass(s)
    layer = canvas(TILE, TILE)
    for k, x in enumerate(range(8, S, 28)):
        pygame.draw.circle(layer, c("hedge"), (x + 8, S // 2 + (6 if k % 2 else -6)), 30)
    for x in range(8, S, 28):
        pygame.draw.circle(layer, c("hedge_light"), (x, S // 2 - 10), 10)
    s.blit(with_shadow(layer, offset=(6, 8), radius=6, strength=0.45), (0, 0))


def tree_top(layer: pygame.Surface) -> None:
    """A canal elm from above, as in the city tileset but a little fuller."""
    r = S // 2 - 8
    cx = cy = S // 2 - 4
    pygame.draw.circle(layer, c("tree"), (cx, cy), r)
    pygame.draw.circle(layer, c("tree_light"), (cx - r // 3, cy - r // 3), r // 2)
    pygame.draw.circle(layer, c("tree"), (cx + r // 4, cy + r // 5), r // 3)


def bikes(layer: pygame.Surface) -> None:
    """Bikes parked against the canal railing: a row of thin frames, wheels and saddles."""
    colours = ((60, 64, 70), (150, 96, 82), (72, 112, 150), (60, 64, 70))
    for i, col in enumerate(colours):
        x = 18 + i * 30
        pygame.draw.line(layer, col, (x, 16), (x + 6, S - 40), 7)
        pygame.draw.ellipse(layer, (40, 40, 40), (x - 5, 8, 10, 26))
        pygame.draw.ellipse(layer, (40, 40, 40), (x + 1, S - 58, 10, 26))
        pygame.draw.line(layer, col, (x - 8, 30), (x + 10, 30), 5)


# ----------------------------------------------------------------------------------------------
# Buildings
# ----------------------------------------------------------------------------------------------
ROOF_STYLE = {"red": "step", "brown": "neck", "anthracite": "spout", "ochre": "step"}


def roof_slope(colour: str, side: str) -> Draw:
    """One slope of a canal-house roof whose ridge runs north-south (the gable faces the street).

    A house is two tiles wide: the west slope (``w``, lit from the north-west) and the east slope
    (``e``, in shade); the ridge is the seam between them.
    """

    def draw(s: pygame.Surface) -> None:
        base = shift(c(f"roof_{colour}"), 10 if side == "w" else -12)
        s.fill(base)
        noise(s, 3, 60 + len(colour) + (1 if side == "w" else 2))
        for k, y in enumerate(range(0, S, 16)):
            pygame.draw.line(s, shift(base, -16), (0, y), (S, y), 3)
            for x in range(8 * (k % 2), S, 16):
                pygame.draw.line(s, shift(base, -10), (x, y), (x, y + 14), 2)
        ridge = shift(c(f"roof_{colour}"), -28)
        x = S - 6 if side == "w" else 0
        pygame.draw.rect(s, ridge, (x, 0, 6, S))
        eave = 0 if side == "w" else S - 5
        pygame.draw.rect(s, shift(base, -22), (eave, 0, 5, S))

    return draw


def gable_polygon(style: str) -> list[tuple[float, float]]:
    """The gable's outline on a two-tile house front, as (x, depth from the street edge)."""
    w = 2 * S
    if style == "step":
        pts = [(0, 0), (0, 14)]
        for k in range(1, 5):
            x = k * w / 10
            d = 14 + k * 12
            pts += [(x, pts[-1][1]), (x, d)]
        pts += [(w / 2, 74)]
        return pts + [(w - x, d) for x, d in reversed(pts[:-1])]
    if style == "neck":
        return [
            (0, 0),
            (0, 16),
            (w * 0.28, 20),
            (w * 0.36, 52),
            (w * 0.36, 78),
            (w * 0.64, 78),
            (w * 0.64, 52),
            (w * 0.72, 20),
            (w, 16),
            (w, 0),
        ]
    return [(0, 0), (0, 14), (w / 2, 70), (w, 14), (w, 0)]  # spout: a plain pointed gable


def gable(colour: str, side: str) -> Draw:
    """The street end of a canal-house roof: the brick gable rising above it, stone coping on top.

    Drawn with the street to the south; ``flip_v`` makes the houses that face north.
    """

    def draw(s: pygame.Surface) -> None:
        roof_slope(colour, side)(s)
        layer = canvas(TILE, TILE)
        dx = 0 if side == "w" else -S
        pts = [(x + dx, S - d) for x, d in gable_polygon(ROOF_STYLE[colour])]
        pygame.draw.polygon(layer, c("gable"), pts)
        pygame.draw.lines(layer, c("coping"), False, pts[1:-1], 5)
        pygame.draw.rect(layer, shift(c("gable"), -20), (0, S - 6, S, 6))
        s.blit(with_shadow(layer, offset=(4, 6), radius=5, strength=0.35), (0, 0))

    return draw


DOOR_OF_ROOF = {"red": "door_green", "brown": "door_blue", "anthracite": "door_red", "ochre": "door_green"}


def gable_door(colour: str, side: str) -> Draw:
    """The street end of a canal house with its front door in the facade and a white stone step.

    Not walkable (the door is shut) and not opaque, so a doorbell camera on it looks out.
    """

    def draw(s: pygame.Surface) -> None:
        gable(colour, side)(s)
        leaf = pygame.Rect(S // 2 - 22, S - 34, 44, 26)
        pygame.draw.rect(s, shift(c("gable"), -30), leaf.inflate(10, 8), border_radius=4)
        pygame.draw.rect(s, c(DOOR_OF_ROOF[colour]), leaf, border_radius=3)
        pygame.draw.line(s, shift(c(DOOR_OF_ROOF[colour]), -25), (S // 2, leaf.y), (S // 2, leaf.bottom), 3)
        pygame.draw.circle(s, c("gold"), (S // 2 + 12, leaf.centery), 4)
        pygame.draw.rect(s, c("step"), (S // 2 - 30, S - 8, 60, 8))

    return draw


def roof_flat(s: pygame.Surface) -> None:
    """A flat roof of a shop, café or the clinic: gravel with a raised rim."""
    s.fill(c("roof_flat"))
    noise(s, 6, 70)
    pygame.draw.rect(s, c("roof_flat_rim"), (0, 0, S, S), 5)


def awning(colour: str) -> Draw:
    """A shop's flat roof with its striped awning over the pavement on the south side."""

    def draw(s: pygame.Surface) -> None:
        roof_flat(s)
        layer = canvas(TILE, TILE)
        a = pygame.Rect(0, S - 46, S, 46)
        pygame.draw.rect(layer, c("stall_cream"), a)
        for x in range(0, S, 32):
            pygame.draw.rect(layer, c(colour), (x, a.y, 16, a.height))
        pygame.draw.rect(layer, shift(c(colour), -30), (0, S - 8, S, 8))
        s.blit(with_shadow(layer, offset=(0, 8), radius=5, strength=0.4), (0, 0))

    return draw


def townhall_roof(s: pygame.Surface) -> None:
    """The town hall's slate roof, with a copper-green border along its edges."""
    s.fill(c("roof_townhall"))
    noise(s, 3, 71)
    for y in range(0, S, 16):
        pygame.draw.line(s, shift(c("roof_townhall"), -12), (0, y), (S, y), 2)


def townhall_roof_lit(s: pygame.Surface) -> None:
    """The town hall's north slope, in the light; the ridge runs along its south edge."""
    s.fill(shift(c("roof_townhall"), 16))
    noise(s, 3, 74)
    for y in range(0, S, 16):
        pygame.draw.line(s, shift(c("roof_townhall"), 4), (0, y), (S, y), 2)


def townhall_ridge(s: pygame.Surface) -> None:
    townhall_roof_lit(s)
    pygame.draw.rect(s, c("copper"), (0, S - 10, S, 10))


def townhall_edge_band(s: pygame.Surface) -> None:
    pygame.draw.rect(s, c("copper"), (0, S - 16, S, 16))
    pygame.draw.line(s, c("copper_light"), (0, S - 16), (S, S - 16), 3)


def townhall_edge(s: pygame.Surface) -> None:
    townhall_roof(s)
    townhall_edge_band(s)


def tower(quarter: str) -> Draw:
    """A quarter of the town hall's octagonal copper tower, drawn 2x2 tiles and cut."""

    def draw(s: pygame.Surface) -> None:
        townhall_roof(s)
        big = canvas(2 * TILE, 2 * TILE)
        m = S
        for r, col in ((S - 14, "copper"), (S - 44, "copper_light"), (S - 78, "copper")):
            pts = [
                (m + r * math.cos((k + 0.5) * math.pi / 4), m + r * math.sin((k + 0.5) * math.pi / 4))
                for k in range(8)
            ]
            pygame.draw.polygon(big, c(col), pts)
            pygame.draw.polygon(big, shift(c(col), -24), pts, 3)
        for k in range(8):
            a = (k + 0.5) * math.pi / 4
            pygame.draw.line(
                big,
                shift(c("copper"), -20),
                (m, m),
                (m + (S - 14) * math.cos(a), m + (S - 14) * math.sin(a)),
                2,
            )
        pygame.draw.circle(big, c("gold"), (m, m), 12)
        big = with_shadow(big, offset=(12, 16), radius=10, strength=0.5)
        dx = 0 if quarter[1] == "w" else -S
        dy = 0 if quarter[0] == "n" else -S
        s.blit(big, (dx, dy))

    return draw


def townhall_steps(s: pygame.Surface) -> None:
    """The broad stone steps in front of the town hall (walkable, south of its facade)."""
    s.fill(c("square"))
    for y in range(0, S, S // 4):
        pygame.draw.rect(s, c("square_joint"), (0, y + S // 4 - 8, S, 8))


def brick_wall(s: pygame.Surface) -> None:
    """A brick wall seen from above: the home's and the clinic's walls."""
    bricks("brick", "brick_joint", 4, 2, 72, var=6)(s)
    pygame.draw.rect(s, shift(c("brick"), 16), (0, 0, S, S), 3)


def door(colour: str, walk_in: bool) -> Draw:
    """A canal-house front door in its brick facade, with white stone steps down to the south.

    ``walk_in`` doors (home, clinic) stand open a little: the floor shows inside.
    """

    def draw(s: pygame.Surface) -> None:
        s.fill(c("brick"))
        noise(s, 3, 73)
        for y in range(0, S // 2, 16):
            pygame.draw.line(s, c("brick_joint"), (0, y), (S, y), 2)
        steps = pygame.Rect(18, S // 2, S - 36, S // 2)
        pygame.draw.rect(s, c("step"), steps)
        for y in range(steps.y + 20, S, 20):
            pygame.draw.line(s, shift(c("step"), -20), (steps.x, y), (steps.right, y), 3)
        leaf = pygame.Rect(26, 10, S - 52, S // 2 - 6)
        pygame.draw.rect(s, c(colour), leaf, border_radius=6)
        pygame.draw.rect(s, shift(c(colour), -25), leaf, 4, border_radius=6)
        pygame.draw.line(s, shift(c(colour), -25), (S // 2, leaf.y), (S // 2, leaf.bottom), 3)
        pygame.draw.circle(s, c("gold"), (S // 2 + 14, leaf.centery + 6), 5)
        if walk_in:
            pygame.draw.rect(s, c("home_floor"), (leaf.x + 8, leaf.y + 6, 18, leaf.height - 12))

    return draw


def clinic_sign(s: pygame.Surface) -> None:
    roof_flat(s)
    pygame.draw.circle(s, c("marking"), (S // 2, S // 2), 34)
    pygame.draw.rect(s, c("green"), (S // 2 - 8, S // 2 - 24, 16, 48), border_radius=3)
    pygame.draw.rect(s, c("green"), (S // 2 - 24, S // 2 - 8, 48, 16), border_radius=3)


ROOF_COLOURS = ("red", "brown", "anthracite", "ochre")

TILES: list[TileSpec] = [
    TileSpec("klinkers", True, False, 1.0, klinkers),
    TileSpec("quay", True, False, 0.8, quay),
    TileSpec("quay_edge_s", True, False, 0.8, quay_edge),
    TileSpec("quay_edge_n", True, False, 0.8, flip_v(quay_edge)),
    TileSpec("canal", False, False, 1.0, canal),
    TileSpec("boat_w", False, False, 1.0, boat("w")),
    TileSpec("boat_e", False, False, 1.0, boat("e")),
    TileSpec("bridge_ns", True, False, 1.0, bridge),
    TileSpec("bridge_ew", True, False, 1.0, rotate(bridge, 1)),
    TileSpec("cycle_path", True, False, 1.0, cycle_path),
    TileSpec("ring_road", True, False, 2.5, ring_road, driving=True),
    TileSpec("ring_lane_h", True, False, 2.5, lane(ring_road, True), driving=True),
    TileSpec("ring_lane_v", True, False, 2.5, lane(ring_road, False), driving=True),
    TileSpec("ring_edge_s", True, False, 2.5, ring_edge, driving=True),
    TileSpec("ring_edge_n", True, False, 2.5, flip_v(ring_edge), driving=True),
    TileSpec("ring_edge_e", True, False, 2.5, rotate(ring_edge, 1), driving=True),
    TileSpec("ring_edge_w", True, False, 2.5, rotate(ring_edge, -1), driving=True),
    TileSpec("parking", True, False, 1.0, parking, driving=True),
    TileSpec("bus_lane", True, False, 1.0, bus_lane(False)),
    TileSpec("bus_lane_text", True, False, 1.0, bus_lane(True)),
    TileSpec("bus_platform", True, False, 1.0, platform),
    TileSpec("nightlife", True, False, 1.0, night),
    TileSpec("terrace_red", False, False, 1.0, over(night, top(parasol("stall_a")))),
    TileSpec("terrace_green", False, False, 1.0, over(night, top(parasol("stall_b")))),
    TileSpec("square", True, False, 1.0, square),
    TileSpec("square_band", True, False, 1.0, square_band),
    TileSpec("townhall_steps", True, False, 1.0, townhall_steps),
    TileSpec("grass", True, False, 1.0, grass),
    TileSpec("hedge", False, False, 1.0, hedge),
    TileSpec("tree_grass", False, True, 1.0, over(grass, top(tree_top))),
    TileSpec("tree_klinkers", False, True, 1.0, over(klinkers, top(tree_top))),
    TileSpec("tree_quay_s", False, True, 1.0, over(quay_edge, top(tree_top))),
    TileSpec("tree_quay_n", False, True, 1.0, over(flip_v(quay_edge), top(tree_top))),
    TileSpec("tree_square", False, True, 1.0, over(square, top(tree_top))),
    TileSpec("bikes_s", False, False, 1.0, over(quay_edge, top(bikes, (5, 6), 0.4))),
    TileSpec("bikes_n", False, False, 1.0, over(flip_v(quay_edge), top(bikes, (5, 6), 0.4))),
    *(
        TileSpec(f"{part}_{colour}_{side}", False, True, 1.0, draw)
        for colour in ROOF_COLOURS
        for side in ("w", "e")
        for part, draw in (
            ("roof", roof_slope(colour, side)),
            ("gable_s", gable(colour, side)),
            ("gable_n", flip_v(gable(colour, side))),
        )
    ),
    *(
        TileSpec(f"house_door_{front}_{colour}_{side}", False, False, 1.0, draw)
        for colour in ROOF_COLOURS
        for side in ("w", "e")
        for front, draw in (("s", gable_door(colour, side)), ("n", flip_v(gable_door(colour, side))))
    ),
    TileSpec("roof_flat", False, True, 1.0, roof_flat),
    *(
        TileSpec(f"awning_{colour}_{facing}", False, True, 1.0, rotate(awning(stall), turns))
        for colour, stall in (("red", "stall_a"), ("green", "stall_b"))
        for facing, turns in (("s", 0), ("n", 2), ("e", 1), ("w", -1))
    ),
    TileSpec("townhall_roof", False, True, 1.0, townhall_roof),
    TileSpec("townhall_roof_lit", False, True, 1.0, townhall_roof_lit),
    TileSpec("townhall_ridge", False, True, 1.0, townhall_ridge),
    TileSpec("townhall_edge_s", False, True, 1.0, townhall_edge),
    TileSpec("townhall_edge_n", False, True, 1.0, flip_v(over(townhall_roof_lit, townhall_edge_band))),
    *(TileSpec(f"townhall_tower_{q}", False, True, 1.0, tower(q)) for q in ("nw", "ne", "sw", "se")),
    TileSpec("brick_wall", False, True, 1.0, brick_wall),
    TileSpec("home_floor", True, False, 1.0, home_floor),
    TileSpec("clinic_floor", True, False, 1.0, health_floor),
    TileSpec("clinic_roof", False, True, 1.0, clinic_sign),
    TileSpec("door_home_n", True, False, 1.0, flip_v(door("door_green", True))),
    TileSpec("door_home_s", True, False, 1.0, door("door_green", True)),
    *(TileSpec(f"shade_{bits}", True, False, 1.0, shade(bits)) for bits in range(1, 8)),
]

TILE_IDS: dict[str, int] = {spec.key: i for i, spec in enumerate(TILES)}
SHADE_BASE = TILE_IDS["shade_1"] - 1  # shade tile id = SHADE_BASE + bits (west 1, north 2, north-west 4)


def main() -> None:
    init()
    pygame.font.init()
    write_tileset("here", TILES)


if __name__ == "__main__":
    main()
