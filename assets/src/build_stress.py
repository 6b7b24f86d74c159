"""Build the benchmark level "Stress": ``levels/stress.tmx``, its rules and its story (a benchmark).

Why: the budgets of DESIGN.md are measured on the busiest level the game must carry: at least 200
cameras, and a view (at the spawn, 1920x1080) with at least 40 cones on screen. The map is a
plain street grid of the city tileset, so it is easy to reason about: blocks of roofs, three-tile
streets between them, a lamp camera on every crossing of streets and door cameras on the blocks
round the player's home. It is a real level (home, front door, officers, gates, crossings, bins,
racks, a health station and a court), written in the same Tiled 1.8 format as Hearing Day (object
classes in ``type``, typed properties, external ``city.tsx``), and the script refuses to write it
unless the court is reachable from the spawn and the spawn view holds enough cameras.
Run: ``SDL_VIDEODRIVER=dummy python assets/src/build_stress.py`` (after make_tiles.py).
"""

from __future__ import annotations

import json

import numpy as np
from levelkit import LEVELS, Level, Problems, Props, T, reach, refuse
from make_tiles import SHADE_BASE, TILE_IDS, TILES

PITCH = 8  # a street three tiles wide, then a block five tiles wide
BLOCKS_X, BLOCKS_Y = 14, 10
# The outer wall, then streets and blocks in turn, then a last street and the wall again.
W, H = 2 + 3 + BLOCKS_X * PITCH, 2 + 3 + BLOCKS_Y * PITCH
VIEW_TILES = (1920 / T, 1080 / T)  # the benchmark's view, in tiles
MIN_CAMERAS, MIN_IN_VIEW = 200, 40

ROOFS = ("roof_slate", "roof_sage", "roof_umber", "roof_blue")
CASTERS = {*ROOFS, "roof_court", "wall"}

LEVEL = Level(W, H, "wall", TILES, TILE_IDS, ("places", "people", "gates", "crossings", "props", "cameras"))
grid, objects = LEVEL.grid, LEVEL.objects
paint, rect, point, cam = LEVEL.paint, LEVEL.rect, LEVEL.point, LEVEL.cam


def street_offset(v: int) -> int | None:
    """0, 1 or 2 across a street (pavement, road, pavement); None inside a block."""
    offset = (v - 1) % PITCH
    return offset if offset < 3 else None


def block_origin(bx: int, by: int) -> tuple[int, int]:
    """Top-left tile of block (bx, by): blocks start after each three-tile street."""
    return 1 + bx * PITCH + 3, 1 + by * PITCH + 3


HOME_BLOCK, COURT_BLOCK, STATION_BLOCK = (3, 5), (12, 4), (8, 2)


def paint_city() -> None:
    """Streets everywhere inside the outer wall, a block of roofs in every gap, toned per block."""
    rng = np.random.default_rng(2024)
    for y in range(1, H - 1):
        for x in range(1, W - 1):
            ox, oy = street_offset(x), street_offset(y)
            if ox is None and oy is None:
                continue
            if ox is not None and oy is not None:
                grid[y][x] = "plaza"
            elif ox is not None:
                grid[y][x] = "road_line_v" if ox == 1 else "pavement"
            else:
                grid[y][x] = "road_line_h" if oy == 1 else "pavement"
    for by in range(BLOCKS_Y):
        for bx in range(BLOCKS_X):
            x0, y0 = block_origin(bx, by)
            paint(x0, y0, x0 + 4, y0 + 4, ROOFS[int(rng.integers(0, len(ROOFS)))])
            if (bx + by) % 5 == 2:  # a small park now and then: trees block sight, grass does not
                paint(x0, y0, x0 + 4, y0 + 4, "grass")
                paint(x0 + 2, y0 + 2, x0 + 2, y0 + 2, "park_tree")


def paint_places() -> None:
    """The player's house, the court and the health station take one block each."""
    x0, y0 = block_origin(*HOME_BLOCK)
    paint(x0, y0, x0 + 4, y0 + 4, "wall")
    paint(x0 + 1, y0 + 1, x0 + 3, y0 + 3, "home_floor")
    paint(x0 + 2, y0, x0 + 2, y0, "door")  # front door, north
    paint(x0 + 2, y0 + 4, x0 + 2, y0 + 4, "door")  # back door, south
    x0, y0 = block_origin(*COURT_BLOCK)
    paint(x0, y0, x0 + 4, y0 + 4, "roof_court")
    paint(x0 + 1, y0 + 1, x0 + 3, y0 + 3, "court_floor")
    paint(x0, y0 + 2, x0, y0 + 2, "gate_floor")  # the court's door, west
    x0, y0 = block_origin(*STATION_BLOCK)
    paint(x0, y0, x0 + 4, y0 + 4, "health_floor")


def place_objects() -> None:
    hx, hy = block_origin(*HOME_BLOCK)
    point("people", "spawn", "Spawn", hx + 2.5, hy + 2.5)
    rect("places", "home", "Home", hx, hy, 5, 5)
    rect("places", "front_door", "Front door", hx + 2, hy, 1, 1)
    point("people", "officer", "Officer 1", hx + 1.5, hy - 1.5)
    point("people", "officer", "Officer 2", hx + 3.5, hy - 1.5)
    cx, cy = block_origin(*COURT_BLOCK)
    rect("places", "court", "Court", cx, cy, 5, 5)
    rect("gates", "gate", "Court door", cx, cy + 2, 1, 1, court=True)
    sx, sy = block_origin(*STATION_BLOCK)
    rect("places", "health_station", "Health station", sx, sy, 5, 5)
    third = W // 3
    for i, name in enumerate(("West", "Centre", "East")):
        rect("places", "district", name, i * third, 0, third, H)
    # Checkpoints across two north-south streets, one between each pair of districts.
    for i, bx in enumerate((5, 10)):
        x, y = 1 + bx * PITCH, block_origin(bx, 6)[1] + 2
        paint(x, y, x + 2, y, "gate_floor")
        rect("gates", "gate", f"G{i + 1}", x, y, 3, 1, court=False)
    # Crossings with lights on the east-west street north of home, and near the court.
    for i, (bx, by) in enumerate(((2, 5), (4, 5), (9, 4), (11, 4))):
        x0, y0 = block_origin(bx, by)
        paint(x0 + 1, y0 - 3, x0 + 2, y0 - 1, "crosswalk_ew")
        rect("crossings", "crossing", f"X{i + 1}", x0 + 1, y0 - 3, 2, 3, period=12.0, green=6.0)
    rng = np.random.default_rng(7)
    for i in range(12):
        bx, by = int(rng.integers(0, BLOCKS_X)), int(rng.integers(0, BLOCKS_Y))
        x0, y0 = block_origin(bx, by)
        point("props", "bin" if i % 2 else "rack", f"{'Bin' if i % 2 else 'Rack'} {i // 2 + 1}",
              x0 + 2.5, y0 - 0.5 if i % 4 < 2 else y0 + 5.5)
    # A lamp camera on every crossing of streets, sweeping out of step; their cones fill the streets.
    for j in range(BLOCKS_Y + 1):
        for i in range(BLOCKS_X + 1):
            x, y = 1 + i * PITCH + 1.5, 1 + j * PITCH + 1.5
            cam("lamp", x, y, (45 + 90 * ((i + 2 * j) % 4)) % 360, range=7.0 + (i * j) % 3,
                sweep=90.0 + 10 * ((i + j) % 4), sweep_speed=14.0 + (i + 3 * j) % 9)
    # Door cameras on the blocks of the east, on the way to the court, and on the home street.
    hbx, hby = HOME_BLOCK
    blocks = [(bx, by) for by in range(BLOCKS_Y) for bx in range(9, BLOCKS_X)]
    blocks += [(bx, by) for by in (hby - 1, hby) for bx in range(hbx - 3, hbx + 4)]
    for bx, by in blocks:
        if (bx, by) in (COURT_BLOCK, HOME_BLOCK) or not 0 <= bx < BLOCKS_X:
            continue
        x0, y0 = block_origin(bx, by)
        facing, y = (270.0, y0 - 0.5) if (bx + by) % 2 else (90.0, y0 + 5.5)
        cam("door", x0 + 2.5, y, facing, range=5.0 + (bx % 2), sweep=40.0, sweep_speed=10.0 + by % 4)


def shade_layer() -> list[list[int]]:
    """Soft shadows to the south-east of roofs and walls, as overlay tile ids (0 = none)."""
    return LEVEL.shade_layer(CASTERS.__contains__, lambda k: not TILES[TILE_IDS[k]].walkable, SHADE_BASE)


def cameras_in_view(cx: float, cy: float) -> int:
    """Cameras standing inside a view centred at (cx, cy), clamped to the map like the game's view."""
    half_w, half_h = VIEW_TILES[0] / 2, VIEW_TILES[1] / 2
    left = min(max(cx - half_w, 0.0), W - VIEW_TILES[0])
    top = min(max(cy - half_h, 0.0), H - VIEW_TILES[1])
    return sum(1 for o in objects["cameras"]
               if left <= o.x <= left + VIEW_TILES[0] and top <= o.y <= top + VIEW_TILES[1])


def check() -> list[str]:
    problems = Problems()
    spawn = next(o for o in objects["people"] if o.cls == "spawn")
    every = reach(LEVEL.tile_grid("walkable"), (int(spawn.x), int(spawn.y)))
    court_door = next(o for o in objects["gates"] if o.props.get("court"))
    problems.need(bool(every[int(court_door.y), int(court_door.x)]),
                  "the court door is not reachable from the spawn")
    problems += LEVEL.misplaced(("props", "people"))
    n_cameras = len(objects["cameras"])
    problems.need(n_cameras >= MIN_CAMERAS, f"{n_cameras} cameras, fewer than {MIN_CAMERAS}")
    in_view = cameras_in_view(spawn.x, spawn.y)
    problems.need(in_view >= MIN_IN_VIEW, f"{in_view} cameras in the spawn's view, fewer than {MIN_IN_VIEW}")
    return problems


# Not a scenario: the kiosk and the facilitator's menu leave a benchmark out.
STORY = {"benchmark": True}
RULES = {
    "profile": {"relative_of_detainee": True},
    "rules": [
        {"id": "R-1", "on": "start", "when": {"profile": "relative_of_detainee"}, "then": {"risk": 1},
         "reason": "Relative of a detainee: higher risk on a hearing day.", "told": False},
        {"id": "R-3", "on": "observed", "when": {"anxious_cameras_at_least": 3}, "then": {"pass_worse": 1},
         "reason": "Seen looking anxious by three cameras.", "told": False},
        {"id": "R-5", "on": "front_door", "when": {}, "then": {"walk_home": True},
         "reason": "Left by the front door: the officers walk you back home.", "told": True, "once": False},
        {"id": "R-6", "on": "score", "when": {"score_below": 950}, "then": {"pass": "yellow"},
         "reason": "Your score is too low.", "told": True},
    ],
}


def tmx_text() -> str:
    properties: Props = {"title": "Stress", "rules": "stress.rules.json", "start_time": "08:00",
                         "hearing_time": "10:00"}
    return LEVEL.tmx_text(properties, "../assets/tiles/city.tsx", shade_layer())


def build() -> None:
    paint_city()
    paint_places()
    place_objects()


def main() -> None:
    build()
    refuse(check())
    LEVELS.mkdir(exist_ok=True)
    (LEVELS / "stress.tmx").write_text(tmx_text(), encoding="utf-8")
    (LEVELS / "stress.rules.json").write_text(json.dumps(RULES, indent=2) + "\n", encoding="utf-8")
    (LEVELS / "stress.story.json").write_text(json.dumps(STORY, indent=2) + "\n", encoding="utf-8")
    spawn = next(o for o in objects["people"] if o.cls == "spawn")
    print(f"wrote levels/stress.tmx: {len(objects['cameras'])} cameras, "
          f"{cameras_in_view(spawn.x, spawn.y)} in the spawn's 1920x1080 view")


if __name__ == "__main__":
    main()
