"""Build the level "Here": ``levels/here.tmx``, ``levels/here.rules.json`` and the new templates.

Why: the second scenario (DESIGN.md, "A second scenario: Here"; issue 6) is the same morning in a
Dutch city centre. The map is painted in code, band by band, so its layout can be read and changed,
and written as a plain Tiled 1.8 map (orthographic, 32 px, CSV layers, external ``here.tsx``,
object classes in the ``type`` attribute, typed properties) that a facilitator can keep editing.
Every camera kind rests on a checked fact in ``../shared/sources/dutch-parallels.md``:
- doorbell and shop cameras, many registered with the police (Camera in Beeld, section 1): the
  police cannot watch them live but can order their footage afterwards;
- the nightlife street after Stratumseind (section 2): 5 counting cameras, 5 sound sensors and 22
  lamp posts whose light can change;
- number-plate (ANPR) cameras on the ring road that keep every passage for 28 days (section 5);
- the police visit at the door before a demonstration (section 6) is a map property, not officers.
Nothing in this level stops the player: no gates. The script refuses to write a map whose routes
are broken: a BFS over walkable tiles checks that the canals, the nightlife street, the ring road
by car and the bus each take the player from home to the town-hall square on their own.
Run: ``SDL_VIDEODRIVER=dummy python assets/src/build_here.py [--preview OUT.png]``
(after make_tiles_here.py and make_sprites_here.py).
"""

from __future__ import annotations

import heapq
import json
import sys
from pathlib import Path

import numpy as np
from levelkit import (
    LEVELS,
    ROOT,
    Level,
    Obj,
    Problems,
    Props,
    T,
    camera_template,
    class_type,
    member,
    reach,
    refuse,
    write_templates,
)
from make_tiles_here import ROOF_COLOURS, SHADE_BASE, TILE_IDS, TILES

W, H = 100, 64

# Bands of the map, north to south (rows). The canal city lies inside the ring road.
RING_N, RING_S = 2, 59  # first row of the three-row ring road in the north and the south
RING_W, RING_E = 2, 95  # first column of the ring road in the west and the east
CANAL_A, CANAL_B = 16, 40  # first row of each three-row canal
NIGHT = 27  # first row of the five-row nightlife street (and its quiet west end)
CITY_X0, CITY_X1 = 6, 63  # the canal city; east of it the town hall, its square and the clinic
NIGHT_X0 = 24  # where the nightlife street begins (west of it: a quiet back street)
HOME = (10, 21, 16, 26)  # walls of the player's canal house (x0, y0, x1, y1)

CASTER_PREFIXES = (
    "roof_",
    "gable_",
    "house_door_",
    "awning_",
    "townhall_roof",
    "townhall_edge",
    "townhall_tower",
    "brick_wall",
    "clinic_roof",
)
NO_SHADE_PREFIXES = ("ring_", "parking", "shade_")
# The new camera kinds of this level: a template each (the lamp's is the first level's).
CAMERA_KINDS = ("doorbell", "shop", "counting", "sound", "anpr")

LEVEL = Level(W, H, "grass", TILES, TILE_IDS, ("places", "people", "transport", "street", "cameras"))
grid, objects = LEVEL.grid, LEVEL.objects
paint, rect, point, cam = LEVEL.paint, LEVEL.rect, LEVEL.point, LEVEL.cam
tile_grid, key_mask = LEVEL.tile_grid, LEVEL.key_mask


# ----------------------------------------------------------------------------------------------
# Painting the ground
# ----------------------------------------------------------------------------------------------
def paint_ring() -> None:
    """The ring road round the centre: three rows of asphalt, a hedge on the city side."""
    paint(0, 0, W - 1, 0, "tree_grass")
    paint(0, H - 1, W - 1, H - 1, "tree_grass")
    paint(0, 0, 0, H - 1, "tree_grass")
    paint(W - 1, 0, W - 1, H - 1, "tree_grass")
    for y0 in (RING_N, RING_S):
        paint(RING_W, y0, RING_E + 2, y0, "ring_edge_n")
        paint(RING_W, y0 + 1, RING_E + 2, y0 + 1, "ring_lane_h")
        paint(RING_W, y0 + 2, RING_E + 2, y0 + 2, "ring_edge_s")
    for x0 in (RING_W, RING_E):
        paint(x0, RING_N, x0, RING_S + 2, "ring_edge_w")
        paint(x0 + 1, RING_N, x0 + 1, RING_S + 2, "ring_lane_v")
        paint(x0 + 2, RING_N, x0 + 2, RING_S + 2, "ring_edge_e")
    for x0 in (RING_W, RING_E):
        for y0 in (RING_N, RING_S):
            paint(x0, y0, x0 + 2, y0 + 2, "ring_road")
    # The hedge keeps walkers off the ring: the only ways on are the car parks' access roads.
    paint(RING_W + 3, RING_N + 3, RING_E - 1, RING_N + 3, "hedge")
    paint(RING_W + 3, RING_S - 1, RING_E - 1, RING_S - 1, "hedge")
    paint(RING_W + 3, RING_N + 3, RING_W + 3, RING_S - 1, "hedge")
    paint(RING_E - 1, RING_N + 3, RING_E - 1, RING_S - 1, "hedge")


def paint_streets() -> None:
    """The north street with its bus lane, the south street, the west wall street and a park."""
    x0, x1 = RING_W + 4, RING_E - 2
    paint(x0, 6, x1, 6, "cycle_path")
    paint(x0, 7, x1, 7, "bus_lane")
    for x in range(x0 + 4, x1, 12):
        paint(x, 7, x, 7, "bus_lane_text")
    paint(x0, 8, x1, 8, "klinkers")
    paint(x0, 57, x1, 57, "cycle_path")
    paint(x0, 51, x1, 51, "klinkers")  # Zuidstraat
    paint(x0, 52, x1, 56, "grass")  # the park along the south
    rng = np.random.default_rng(11)
    for x in range(x0 + 1, x1, 3):
        y = 52 + int(rng.integers(0, 5))
        paint(x, y, x, y, "tree_grass")
    paint(x0, 54, x1, 54, "klinkers")  # a path through the park
    paint(6, 8, 7, 31, "klinkers")  # Westwal, from the north street to the back street


def paint_canal(y0: int) -> None:
    """A canal three rows wide with a quay on each side: a kerb row (trees, bikes) and a street row."""
    paint(CITY_X0, y0 - 2, CITY_X1, y0 - 2, "quay")
    paint(CITY_X0, y0 - 1, CITY_X1, y0 - 1, "quay_edge_s")
    paint(CITY_X0, y0, CITY_X1, y0 + 2, "canal")
    paint(CITY_X0, y0 + 3, CITY_X1, y0 + 3, "quay_edge_n")
    paint(CITY_X0, y0 + 4, CITY_X1, y0 + 4, "quay")
    rng = np.random.default_rng(y0)
    for x in range(CITY_X0 + 2, CITY_X1, 5):  # canal elms on the kerbs, bikes between them
        paint(x, y0 - 1, x, y0 - 1, "tree_quay_s")
        paint(x + 2, y0 + 3, x + 2, y0 + 3, "tree_quay_n")
        if rng.random() < 0.45:
            paint(x + 3, y0 - 1, x + 3, y0 - 1, "bikes_s")
        if rng.random() < 0.45:
            paint(x, y0 + 3, x, y0 + 3, "bikes_n")
    for x in range(CITY_X0 + 5, CITY_X1 - 2, 11):  # moored boats
        row = y0 if (x // 11) % 2 else y0 + 2
        paint(x, row, x, row, "boat_w")
        paint(x + 1, row, x + 1, row, "boat_e")


doors: list[tuple[int, int, str]] = []  # canal-house doors (x, y, facing "s" or "n")


def houses(x0: int, x1: int, y0: int, y1: int, front: str, seed: int, with_doors: bool = True) -> None:
    """A row of canal houses two tiles wide, gables and doors to the street on the ``front`` side."""
    rng = np.random.default_rng(seed)
    front_y = y1 if front == "s" else y0
    last = ""
    x = x0
    while x <= x1:
        if x == x1:  # one tile left over: a flat-roofed annexe
            paint(x, y0, x, y1, "roof_flat")
            break
        colour = last
        while colour == last:
            colour = ROOF_COLOURS[int(rng.integers(0, len(ROOF_COLOURS)))]
        last = colour
        for side, xx in (("w", x), ("e", x + 1)):
            paint(xx, y0, xx, y1, f"roof_{colour}_{side}")
            paint(xx, front_y, xx, front_y, f"gable_{front}_{colour}_{side}")
        if with_doors:
            dx = x + int(rng.integers(0, 2))
            paint(dx, front_y, dx, front_y, f"house_door_{front}_{colour}_{'w' if dx == x else 'e'}")
            doors.append((dx, front_y, front))
        x += 2


def shops(x0: int, x1: int, y0: int, y1: int, front: str, seed: int) -> None:
    """Flat-roofed shops and cafés with striped awnings over the pavement on the ``front`` side."""
    rng = np.random.default_rng(seed)
    paint(x0, y0, x1, y1, "roof_flat")
    colour = ("red", "green")[int(rng.integers(0, 2))]
    if front in "sn":
        y = y1 if front == "s" else y0
        paint(x0, y, x1, y, f"awning_{colour}_{front}")
    else:
        x = x1 if front == "e" else x0
        paint(x, y0, x, y1, f"awning_{colour}_{front}")


def paint_blocks() -> None:
    """The houses between the streets and canals, with the lanes that cross them."""
    # North block: canal houses with their fronts on canal A's north quay.
    houses(CITY_X0 + 2, CITY_X1, 9, 13, "s", 1)
    # Block between canal A and the nightlife street: canal houses north, cafés south.
    houses(CITY_X0 + 2, CITY_X1, 21, 23, "n", 2)  # Westwal keeps its two columns
    x = CITY_X0 + 2
    seed = 30
    while x <= CITY_X1:
        seed += 1
        width = 2 if seed % 3 else 3
        if x + width - 1 > CITY_X1:
            width = CITY_X1 - x + 1
        if x >= NIGHT_X0 and seed % 2:
            shops(x, x + width - 1, 24, 26, "s", seed)
        else:
            houses(x, x + width - 1, 24, 26, "s", seed, with_doors=x < NIGHT_X0)
        x += width
    # Block between the nightlife street and canal B: cafés north, canal houses south.
    x = CITY_X0
    while x <= CITY_X1:
        seed += 1
        width = 2 if seed % 3 else 3
        if x + width - 1 > CITY_X1:
            width = CITY_X1 - x + 1
        if x >= NIGHT_X0 and seed % 2 == 0:
            shops(x, x + width - 1, 32, 34, "n", seed)
        else:
            houses(x, x + width - 1, 32, 34, "n", seed, with_doors=False)
        x += width
    houses(CITY_X0, CITY_X1, 35, 37, "s", 3)
    # South block: canal houses on canal B's south quay, houses on Zuidstraat behind them.
    houses(CITY_X0, CITY_X1, 45, 47, "n", 4)
    houses(CITY_X0, CITY_X1, 48, 50, "s", 5)
    # The shopping street (Winkelstraat) from canal A to canal B across the nightlife street.
    for y0, y1 in ((21, 26), (32, 37)):
        paint(44, y0, 45, y1, "klinkers")
        shops(41, 43, y0, y1, "e", y0)
        shops(46, 48, y0, y1, "w", y0 + 1)
    # Lanes (stegen) through the blocks; they line up with the bridges.
    for x in (20, 52):
        paint(x, 9, x + 1, 13, "klinkers")
    paint(18, 32, 18, 37, "klinkers")  # from the quiet back street to canal B
    for x in (30, 56):
        paint(x, 45, x, 50, "klinkers")  # from canal B's south quay to Zuidstraat
    # Bridges over the canals.
    for x in (6, 20, 36, 52):
        paint(x, CANAL_A - 1, x + 1, CANAL_A + 3, "bridge_ns")
    for x in (28, 44, 58):
        paint(x, CANAL_B - 1, x + 1, CANAL_B + 3, "bridge_ns")


def paint_home() -> None:
    """The player's canal house on canal A's south quay: front door north, back door south."""
    x0, y0, x1, y1 = HOME
    paint(x0, y0, x1, y1, "brick_wall")
    paint(x0 + 1, y0 + 1, x1 - 1, y1 - 1, "home_floor")
    paint(13, y0, 13, y0, "door_home_n")
    paint(13, y1, 13, y1, "door_home_s")


def paint_nightlife() -> None:
    """The quiet back street west of the nightlife street, then the nightlife street itself."""
    paint(CITY_X0, NIGHT, NIGHT_X0 - 1, NIGHT + 4, "klinkers")
    for x in range(9, NIGHT_X0, 4):  # a row of trees down the middle of the quiet back street
        paint(x, NIGHT + 2, x, NIGHT + 2, "tree_klinkers")
    paint(NIGHT_X0, NIGHT, CITY_X1, NIGHT + 4, "nightlife")
    keep = {x for x, _ in LAMPS} | {int(p[0]) for p in COUNTING + SOUND} | {29, 39, 44, 45, 57}
    for y in (NIGHT, NIGHT + 4):
        for x in range(NIGHT_X0 + 1, CITY_X1):
            if x in keep or (x + y) % 5 in (0, 1):
                continue
            paint(x, y, x, y, "terrace_red" if (x // 3 + y) % 2 else "terrace_green")


def paint_civic() -> None:
    """East: the town hall, its square, the clinic, and the car park on the ring road."""
    paint(CITY_X1 + 1, 8, RING_E - 2, 56, "klinkers")
    paint(CITY_X1 + 1, 52, RING_E - 2, 56, "grass")
    paint(CITY_X1 + 1, 54, RING_E - 2, 54, "klinkers")
    for x in range(CITY_X1 + 2, RING_E - 2, 3):
        paint(x, 52 + (x % 2) * 3, x, 52 + (x % 2) * 3, "tree_grass")
    # The town hall: slate roof, copper edges, a copper tower; steps down to the square.
    paint(70, 10, 89, 19, "townhall_roof")
    paint(70, 11, 89, 13, "townhall_roof_lit")
    paint(70, 14, 89, 14, "townhall_ridge")
    paint(70, 10, 89, 10, "townhall_edge_n")
    paint(70, 19, 89, 19, "townhall_edge_s")
    for q, dx, dy in (("nw", 0, 0), ("ne", 1, 0), ("sw", 0, 1), ("se", 1, 1)):
        paint(79 + dx, 14 + dy, 79 + dx, 14 + dy, f"townhall_tower_{q}")
    paint(74, 20, 85, 20, "townhall_steps")
    # The square: pale slabs, a brick band round it and up to the steps, trees on two sides.
    paint(CITY_X1 + 1, 21, RING_E - 2, 39, "square")
    paint(CITY_X1 + 1, 40, RING_E - 2, 40, "square_band")
    paint(79, 21, 80, 39, "square_band")
    paint(CITY_X1 + 1, 30, RING_E - 2, 30, "square_band")
    for y in range(23, 39, 4):
        paint(66, y, 66, y, "tree_square")
        paint(91, y, 91, y, "tree_square")
    # The clinic (unused here: the health station the loader requires).
    paint(66, 45, 76, 50, "brick_wall")
    paint(67, 46, 75, 49, "clinic_floor")
    paint(71, 45, 71, 45, "door_home_n")
    # The east car park and its access road through the hedge to the ring.
    paint(80, 45, 92, 50, "parking")
    paint(RING_E - 2, 47, RING_E - 1, 48, "ring_road")
    paint(80, 51, 92, 51, "hedge")
    paint(RING_E - 2, 44, RING_E - 2, 51, "hedge")  # walkers keep off the access road
    paint(RING_E - 2, 47, RING_E - 1, 48, "ring_road")


def paint_west_car_park() -> None:
    """The west car park by the player's home, with its access road to the ring."""
    paint(CITY_X0, 32, 12, 36, "parking")
    paint(CITY_X0, 37, 12, 37, "hedge")
    paint(RING_W + 3, 34, RING_W + 3, 35, "ring_road")


def paint_platforms() -> None:
    for x0, x1 in BUS_PLATFORMS:
        paint(x0, 8, x1, 8, "bus_platform")


BUS_PLATFORMS = ((9, 12), (65, 69))
# The smart street after Stratumseind: 22 lamp posts, 5 counting cameras, 5 sound sensors.
LAMPS = [(25 + int(k * 3.7), NIGHT) for k in range(11)] + [(27 + int(k * 3.6), NIGHT + 4) for k in range(11)]
COUNTING = [
    (25.5, 27.5, 20.0),
    (34.5, 31.5, 340.0),
    (42.5, 27.5, 20.0),
    (51.5, 31.5, 340.0),
    (61.5, 27.5, 160.0),
]
SOUND = [(30.5, 29.5), (38.5, 29.5), (46.5, 29.5), (54.5, 29.5), (60.5, 29.5)]


def shade_layer() -> list[list[int]]:
    """Soft shadows that buildings cast to the south-east, as overlay tile ids (0 = none)."""
    return LEVEL.shade_layer(lambda k: k.startswith(CASTER_PREFIXES),
                             lambda k: k.startswith(NO_SHADE_PREFIXES), SHADE_BASE)


# ----------------------------------------------------------------------------------------------
# Objects
# ----------------------------------------------------------------------------------------------
def place_objects() -> None:
    # The player at home; the visit of the police is a dialog (map property), not officers here.
    point("people", "spawn", "Spawn", 13.5, 23.5)
    x0, y0, x1, y1 = HOME
    rect("places", "home", "Home", x0 + 1, y0 + 1, x1 - x0 - 1, y1 - y0 - 1)
    rect("places", "front_door", "Front door", 13, y0, 1, 1)
    rect("places", "goal", "Town hall square", 70, 24, 20, 13)
    rect("places", "court", "Town hall", 70, 10, 20, 10)
    rect("places", "health_station", "GP practice", 67, 46, 9, 4)
    # Districts: later rectangles win where they overlap, so the ring road is the whole map first.
    for name, x, y, w, h in (
        ("Ring road", 0, 0, W, H),
        ("Canals", CITY_X0, 6, CITY_X1 - CITY_X0 + 1, 52),
        ("Town hall square", CITY_X1 + 1, 6, RING_E - 1 - CITY_X1 - 1, 52),
        ("Nightlife", NIGHT_X0, 24, CITY_X1 - NIGHT_X0 + 1, 11),
        ("Home", CITY_X0, 21, NIGHT_X0 - CITY_X0, 17),
    ):
        rect("places", "district", name, x, y, w, h)

    # The bus: the way round that reads no number plate.
    (a0, a1), (b0, b1) = BUS_PLATFORMS
    point("transport", "bus_stop", "Westwal", (a0 + a1 + 1) / 2, 8.5, to="Stadhuis", minutes=12.0)
    point("transport", "bus_stop", "Stadhuis", (b0 + b1 + 1) / 2, 8.5, to="Westwal", minutes=12.0)
    for i, (x, y) in enumerate(LAMPS):
        point("street", "smart_lamp", f"L-{i + 1}", x + 0.5, y + 0.5)

    # Doorbell cameras on about half the canal-house doors; about half of those registered.
    rng = np.random.default_rng(2026)
    n = 0
    for x, y, front in doors:
        if not grid[y][x].startswith("house_door") or rng.random() < 0.7:
            continue
        n += 1
        facing = (90.0 if front == "s" else 270.0) + float(rng.integers(-2, 3)) * 10.0
        cam(
            "doorbell",
            x + 0.5,
            y + 0.5,
            facing,
            fov=float(rng.choice([70.0, 80.0, 90.0])),
            range=float(rng.choice([4.0, 4.5, 5.0])),
            registered=bool(n % 2 == 0),
        )
    # Shop cameras on the shopping street, the cafés and round the square; most registered.
    for i, (x, y, facing) in enumerate(
        (
            (44.2, 22.5, 60.0),
            (45.8, 24.5, 120.0),
            (44.2, 33.5, 60.0),
            (45.8, 35.5, 120.0),
            (44.2, 25.5, 300.0),
            (45.8, 21.5, 240.0),
            (29.5, 27.2, 110.0),
            (39.5, 31.8, 250.0),
            (57.5, 27.2, 70.0),
            (64.5, 22.5, 45.0),
            (64.5, 38.5, 315.0),
        )
    ):
        cam("shop", x, y, facing, registered=i % 4 != 3)
    # The smart street: counting cameras see dots; sound sensors hear all round.
    for x, y, facing in COUNTING:
        cam("counting", x, y, facing)
    for x, y in SOUND:
        cam("sound", x, y, 0.0)
    # Number-plate cameras over the ring road and its two access roads: 28 days.
    for x, y, facing in (
        (30.5, 1.5, 90.0),
        (72.5, 1.5, 90.0),
        (30.5, 62.5, 270.0),
        (72.5, 62.5, 270.0),
        (1.5, 18.5, 0.0),
        (1.5, 46.5, 0.0),
        (98.5, 18.5, 180.0),
        (98.5, 40.5, 180.0),
        (5.5, 33.5, 90.0),
        (93.5, 46.5, 90.0),
    ):
        cam("anpr", x, y, facing, fov=60.0 if x in (5.5, 93.5) else 80.0)
    # A few lamp-post cameras of the municipality.
    cam("lamp", 7.5, 9.5, 90.0, range=7.0, sweep=80.0, owner="state")
    cam("lamp", 65.5, 21.5, 45.0, range=9.0, owner="state")
    cam("lamp", 92.5, 39.5, 225.0, range=9.0, owner="state")


# ----------------------------------------------------------------------------------------------
# Checks
# ----------------------------------------------------------------------------------------------
def travel(walk: np.ndarray, speed: np.ndarray, start: tuple[int, int], goal: np.ndarray) -> float:
    """Least tile-lengths divided by speed from ``start`` into the ``goal`` mask (inf: none)."""
    best = np.full(walk.shape, np.inf)
    sx, sy = start
    best[sy, sx] = 0.0
    todo = [(0.0, sx, sy)]
    while todo:
        d, x, y = heapq.heappop(todo)
        if goal[y, x]:
            return d
        if d > best[y, x]:
            continue
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < W and 0 <= ny < H and walk[ny, nx]:
                nd = d + 0.5 / speed[y, x] + 0.5 / speed[ny, nx]
                if nd < best[ny, nx]:
                    best[ny, nx] = nd
                    heapq.heappush(todo, (nd, nx, ny))
    return float("inf")


ROUTES: dict[str, float] = {}


def check() -> list[str]:
    """Problems that make the map differ from the design (an empty list: none)."""
    problems = Problems()
    need = problems.need

    walk = tile_grid("walkable")
    speed = tile_grid("speed")
    driving = tile_grid("driving")
    one = {o.cls: o for objs in objects.values() for o in objs}
    spawn = (int(one["spawn"].x), int(one["spawn"].y))
    g = one["goal"]
    goal = np.zeros_like(walk)
    goal[int(g.y) : int(g.y + (g.h or 0)), int(g.x) : int(g.x + (g.w or 0))] = True
    need(bool((goal & walk).any()), "the goal has no walkable tile")

    night = key_mask(lambda k: k.startswith(("nightlife", "terrace")))
    quays = key_mask(lambda k: k.startswith(("quay", "tree_quay", "bikes")))
    north_street = np.zeros_like(walk)
    north_street[6:9, :] = True
    south = np.zeros_like(walk)
    south[51:, :] = True
    centre = np.zeros_like(walk)
    centre[:, 17 : CITY_X1 + 1] = True
    east = np.zeros_like(walk)
    east[:, CITY_X1 + 1 :] = True

    def route(name: str, allowed: np.ndarray, start: tuple[int, int] = spawn, to: np.ndarray = goal) -> None:
        cost = travel(allowed, speed, start, to)
        ROUTES[name] = cost
        need(cost < np.inf, f"route {name}: the goal cannot be reached")

    foot = walk & ~driving
    route(
        "canals (no nightlife street, no north or south street, no car)",
        foot & ~night & ~north_street & ~south,
    )
    route(
        "nightlife street (no quays east of home, no north or south street, no car)",
        foot & ~(quays & centre) & ~north_street & ~south,
    )
    route("ring road by car (no walking through the centre)", walk & ~(centre & ~driving))
    stops = [o for o in objects["transport"] if o.cls == "bus_stop"]
    a, b = (int(stops[0].x), int(stops[0].y)), (int(stops[1].x), int(stops[1].y))
    at_a = np.zeros_like(walk)
    at_a[a[1], a[0]] = True
    route("bus: home to the Westwal stop on foot", foot & ~centre & ~night, to=at_a)
    route("bus: Stadhuis stop to the square on foot", foot & east, start=b)
    # Every drive between the car parks passes a number-plate camera on an access road.
    by_car = driving.copy()
    for o in objects["cameras"]:
        if o.props["kind"] == "anpr" and o.x in (5.5, 93.5):
            by_car[int(o.y) : int(o.y) + 3, int(o.x)] = False
    need(not reach(by_car, (8, 34))[48, 85], "the car parks meet without an access-road ANPR camera")
    no_car_park = walk & ~key_mask(lambda k: k == "parking")
    need(not reach(no_car_park, spawn)[RING_N + 1, 50], "the ring road can be reached without a car park")
    # Objects stand where they should.
    problems += LEVEL.misplaced(("transport", "street", "people"))
    for o in objects["cameras"]:
        if o.props["kind"] == "doorbell":
            need(grid[int(o.y)][int(o.x)].startswith("house_door"), f"{o.name} is not on a door")
    classes = [o.cls for objs in objects.values() for o in objs]
    for single in ("spawn", "home", "front_door", "court", "health_station", "goal"):
        need(classes.count(single) == 1, f"there must be exactly one {single}")
    need("gate" not in classes and "officer" not in classes, "no gates and no officers in this level")
    need(classes.count("camera") >= 40, "fewer than 40 cameras")
    kinds = [o.props["kind"] for o in objects["cameras"]]
    need(kinds.count("counting") == 5 and kinds.count("sound") == 5, "the smart street has 5 + 5 sensors")
    need(classes.count("smart_lamp") == 22, "the smart street has 22 lamp posts")
    return problems


# ----------------------------------------------------------------------------------------------
# Writing Tiled files
# ----------------------------------------------------------------------------------------------
MAP_PROPERTIES: Props = {
    "title": "Here",
    "rules": "here.rules.json",
    "start_time": "10:00",
    "hearing_time": "10:20",
    "goal_label": "Speech at {time}",
    "goal_ending": "spoke_at_square",
    "date": "2026-12-10",  # Human Rights Day
    "police_visit": True,
}


def tmx_text() -> str:
    return LEVEL.tmx_text(MAP_PROPERTIES, "../assets/tiles/here.tsx", shade_layer())


RULES = {
    "profile": {"second_nationality": True, "organiser": True},
    "rules": [
        {"id": "H-1", "on": "start", "when": {"profile": "second_nationality"}, "then": {"risk": 1},
         "reason": "Second nationality: weighed as a risk factor, as the tax office's benefits model did.",
         "told": False},
        {"id": "H-2", "on": "minute", "when": {"clock_at_least": "10:05", "risk_at_least": 1},
         "then": {"letter": "You have been selected for an additional check."},
         "reason": "Risk score over the threshold: a letter, with no reason given.", "told": False},
        {"id": "H-3", "on": "visit", "when": {"choice": "decline"}, "then": {"risk": 1},
         "reason": "Declined to talk to the police: noted in the file.", "told": False},
        {"id": "H-5", "on": "goal", "when": {}, "then": {"order_footage": 60},
         "reason": ("The demonstration was reported: the police ordered footage from registered cameras"
                    " nearby."), "told": False},
        {"id": "H-6", "on": "tension", "when": {"tension_at_least": 0.6}, "then": {"order_footage": 12},
         "reason": "Raised tension on the smart street: footage ordered from registered cameras nearby.",
         "told": False},
    ],
}


def rules_text() -> str:
    """The rules file, one rule to a line or two like the first level's."""
    lines = ["{", f'  "profile": {json.dumps(RULES["profile"])},', '  "rules": [']
    rules = RULES["rules"]
    for i, r in enumerate(rules):  # type: ignore[arg-type]
        head = {k: r[k] for k in ("id", "on", "when")}
        tail = {k: r[k] for k in ("then", "reason", "told")}
        comma = "," if i < len(rules) - 1 else ""  # type: ignore[arg-type]
        lines.append(f"    {json.dumps(head)[:-1]},")
        lines.append(f"     {json.dumps(tail)[1:]}{comma}")
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


NEW_CLASSES: dict[str, Props] = {"goal": {}, "bus_stop": {"to": "", "minutes": 12.0}, "smart_lamp": {}}
NEW_CAMERA_MEMBERS: Props = {"owner": "state", "registered": False, "retention_days": 0.0}


def templates() -> dict[str, Obj]:
    """New templates only: one per new camera kind, and the goal, bus stop and smart lamp."""
    return {
        **{f"camera_{kind}": camera_template(kind) for kind in CAMERA_KINDS},
        "goal": Obj("goal", "Goal", 0, 0, 4, 4),
        "bus_stop": Obj("bus_stop", "Stop", 0, 0, props={"to": "", "minutes": 12.0}),
        "smart_lamp": Obj("smart_lamp", "L-", 0, 0),
    }


def updated_project(text: str) -> str:
    """The Tiled project with the new classes and camera properties added, keeping what is there."""
    project = json.loads(text)
    types = project.setdefault("propertyTypes", [])
    by_name = {t["name"]: t for t in types}
    camera = by_name.get("camera")
    if camera is not None:
        have = {m["name"] for m in camera["members"]}
        camera["members"] += [member(k, v) for k, v in NEW_CAMERA_MEMBERS.items() if k not in have]
        camera["members"].sort(key=lambda m: m["name"])
    next_id = max((t["id"] for t in types), default=0) + 1
    for name, props in NEW_CLASSES.items():
        if name in by_name:
            continue
        types.append(class_type(next_id, name, props))
        next_id += 1
    return json.dumps(project, indent=4) + "\n"


def update_project() -> None:
    """Add this level's classes to the project the first level's builder wrote."""
    path = LEVELS / "flagged.tiled-project"
    path.write_text(updated_project(path.read_text(encoding="utf-8")), encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# A preview of the whole map, for looking at it without the game
# ----------------------------------------------------------------------------------------------
def preview(path: Path) -> None:
    """Ground, shade and sprites of the whole map at 1:2 scale, with each camera's reach."""
    import math

    import pygame
    from artkit import init

    init()
    sheet = pygame.image.load(str(ROOT / "assets/tiles/here.png")).convert_alpha()
    cols = sheet.get_width() // T
    full = pygame.Surface((W * T, H * T))
    shade = shade_layer()
    for y in range(H):
        for x in range(W):
            for gid in (TILE_IDS[grid[y][x]] + 1, shade[y][x]):
                if gid:
                    i = gid - 1
                    full.blit(sheet, (x * T, y * T), ((i % cols) * T, (i // cols) * T, T, T))
    sprites = ROOT / "assets/sprites"

    def sprite(name: str) -> pygame.Surface:
        return pygame.image.load(str(sprites / f"{name}.png")).convert_alpha()

    badge = sprite("registered_badge")
    cones = pygame.Surface(full.get_size(), pygame.SRCALPHA)
    for o in objects["cameras"]:
        p = o.props
        cx, cy = o.x * T, o.y * T
        r = float(p["range"]) * T
        fov = float(p["fov"]) + float(p["sweep"])
        if fov >= 360:
            pygame.draw.circle(cones, (92, 196, 212, 50), (cx, cy), r)
        else:
            a0 = math.radians(float(p["facing"]) - fov / 2)
            pts = [(cx, cy)] + [
                (
                    cx + r * math.cos(a0 + math.radians(fov) * k / 16),
                    cy + r * math.sin(a0 + math.radians(fov) * k / 16),
                )
                for k in range(17)
            ]
            pygame.draw.polygon(cones, (92, 196, 212, 60), pts)
    full.blit(cones, (0, 0))
    for o in objects["street"] + objects["transport"]:
        full.blit(sprite(o.cls), (o.x * T - 16, o.y * T - 16))
    for o in objects["cameras"]:
        icon = sprite(f"camera_{o.props['kind']}")
        full.blit(icon, (o.x * T - 16, o.y * T - 16))
        if o.props.get("registered"):
            full.blit(badge, (o.x * T + 2, o.y * T - 18))
    full.blit(sprite("player"), (13.5 * T - 16, 23.5 * T - 16))
    full.blit(sprite("townhall_marker"), (79.5 * T - 16, 30.5 * T - 16))
    g = next(o for o in objects["places"] if o.cls == "goal")
    pygame.draw.rect(full, (232, 170, 56), (g.x * T, g.y * T, (g.w or 0) * T, (g.h or 0) * T), 4)
    pygame.image.save(pygame.transform.smoothscale(full, (W * T // 2, H * T // 2)), str(path))
    pygame.image.save(
        full.subsurface((0, 12 * T, 40 * T, 22 * T)), str(path.with_name(path.stem + "_crop.png"))
    )
    print("wrote", path)


def build() -> None:
    paint_ring()
    paint_streets()
    paint_canal(CANAL_A)
    paint_canal(CANAL_B)
    paint_blocks()
    paint_home()
    paint_nightlife()
    paint_civic()
    paint_west_car_park()
    paint_platforms()
    place_objects()


def main() -> None:
    build()
    problems = check()
    for name, cost in ROUTES.items():
        print(f"route {name}: {cost:.0f} tile-lengths at walking pace")
    if "--preview" in sys.argv:
        preview(Path(sys.argv[sys.argv.index("--preview") + 1]))
    refuse(problems)
    LEVELS.mkdir(exist_ok=True)
    (LEVELS / "here.tmx").write_text(tmx_text(), encoding="utf-8")
    (LEVELS / "here.rules.json").write_text(rules_text(), encoding="utf-8")
    write_templates(templates())
    update_project()
    print("wrote levels/here.tmx:", LEVEL.counts())


if __name__ == "__main__":
    main()
