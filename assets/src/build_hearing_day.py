"""Build the level "Hearing Day": ``levels/hearing_day.tmx`` plus the Tiled templates and project.

Why: the map is painted in code, district by district, so its layout can be read, changed and
regenerated; the output is a plain Tiled 1.8 map (orthographic, 32 px, CSV layers, external
``city.tsx``, object classes in the ``type`` attribute) that a facilitator can keep editing in
Tiled. The script refuses to write a map whose required routes are broken: a BFS over walkable
tiles checks that the alleys, the G1/G2 street route and the highway all reach the court, and
that every other ground route between districts passes G1 and G2.
Run: ``SDL_VIDEODRIVER=dummy python assets/src/build_hearing_day.py`` (after make_tiles.py).
"""

from __future__ import annotations

import json

import numpy as np
from hearing_day_props import dress
from levelkit import (
    CAMERA_DEFAULTS,
    LEVELS,
    Level,
    Obj,
    Problems,
    Props,
    camera_template,
    class_type,
    reach,
    refuse,
    write_templates,
)
from make_tiles import SHADE_BASE, TILE_IDS, TILES

W, H = 100, 64

ROOFS = ("roof_slate", "roof_sage", "roof_umber", "roof_blue")
CASTERS = {*ROOFS, "roof_court", "wall", "window", "B"}
NO_SHADE = {"highway", "highway_lane", "highway_median", "highway_shoulder"}
CAMERA_KINDS = ("lamp", "tree", "door", "gantry", "traffic", "classroom")  # templates are written for these

# "B": building, toned into roofs at the end.
LEVEL = Level(W, H, "B", TILES, {*TILE_IDS, "B"},
              ("places", "people", "gates", "crossings", "props", "cameras"))
grid, objects = LEVEL.grid, LEVEL.objects
paint, rect, point, cam = LEVEL.paint, LEVEL.rect, LEVEL.point, LEVEL.cam
tile_grid = LEVEL.tile_grid
lots = np.full((H, W), -1, dtype=np.int32)  # which house each roof cell belongs to (-1: none)


# ----------------------------------------------------------------------------------------------
# Painting the ground
# ----------------------------------------------------------------------------------------------
def paint_highway() -> None:
    """North: a four-lane highway with shoulders, a railing, a ramp, an exit and a police lay-by."""
    paint(0, 0, W - 1, 0, "park_tree")
    paint(0, 1, W - 1, 1, "railing")  # the gantries' posts stand behind it: nobody walks above their cones
    paint(0, 2, W - 1, 2, "highway_shoulder")
    paint(0, 3, W - 1, 3, "highway_lane")
    paint(0, 4, W - 1, 4, "highway_median")
    paint(0, 5, W - 1, 5, "highway_lane")
    paint(0, 6, W - 1, 6, "highway")
    paint(0, 7, W - 1, 7, "highway_shoulder")
    paint(0, 8, W - 1, 8, "railing")
    paint(74, 8, 81, 8, "highway_shoulder")  # police lay-by
    paint(74, 9, 81, 9, "railing")
    paint(18, 8, 19, 18, "road")  # ramp from the home district
    paint(86, 8, 87, 18, "road")  # exit into the civic district


def paint_frame() -> None:
    """Outer walls, and the canal and wall that part the districts."""
    paint(0, 9, 0, H - 1, "wall")
    paint(W - 1, 9, W - 1, H - 1, "wall")
    paint(0, H - 1, W - 1, H - 1, "wall")
    paint(27, 9, 28, H - 2, "water")  # canal: home | market
    paint(61, 9, 62, H - 2, "wall")  # wall: market | civic


def main_street(x0: int, x1: int) -> None:
    """The east-west main street: pavement, three lanes, pavement (rows 19-23)."""
    paint(x0, 19, x1, 19, "pavement")
    paint(x0, 20, x1, 20, "road")
    paint(x0, 21, x1, 21, "road_line_h")
    paint(x0, 22, x1, 22, "road")
    paint(x0, 23, x1, 23, "pavement")


def paint_home() -> None:
    """West: streets, a park, the player's house with a front door (north) and back door (south)."""
    paint(1, 10, 26, 11, "pavement")  # north street
    paint(2, 10, 3, 35, "pavement")  # west street
    paint(22, 10, 23, 35, "pavement")  # east street
    paint(20, 12, 20, 18, "pavement")  # footpath beside the ramp
    paint(18, 10, 19, 11, "road")
    main_street(1, 26)
    paint(5, 13, 15, 17, "grass")  # park
    for x, y in ((6, 14), (9, 13), (13, 14), (7, 16), (15, 16), (12, 17)):
        paint(x, y, x, y, "park_tree")
    paint(2, 34, 25, 35, "pavement")  # home street
    paint(8, 36, 16, 44, "wall")  # the house
    paint(9, 37, 15, 43, "home_floor")
    paint(12, 36, 12, 36, "door")  # front door, on the home street
    paint(12, 44, 12, 44, "door")  # back door
    paint(10, 45, 14, 46, "grass")  # back yard
    paint(12, 45, 12, 46, "alley_cobbles")
    paint(4, 47, 25, 48, "alley_cobbles")  # back alley behind the house
    paint(24, 36, 25, 46, "alley_cobbles")  # alley mouth onto the home street
    paint(4, 49, 5, 58, "alley_cobbles")
    paint(17, 49, 19, 51, "grass")  # a small yard off the alley
    paint(18, 50, 18, 50, "park_tree")


def paint_alleys() -> None:
    """South: the back alleys, slow and dark, from home to the court's side door."""
    a = "alley_cobbles"
    paint(4, 57, 31, 58, a)  # crosses the canal over a footbridge
    paint(12, 59, 13, 61, a)  # dead end
    paint(30, 55, 31, 58, a)
    paint(30, 55, 45, 56, a)
    paint(36, 57, 40, 60, "grass")  # courtyard
    paint(38, 59, 38, 59, "park_tree")
    paint(44, 55, 44, 60, a)  # a one-tile squeeze
    paint(44, 59, 58, 60, a)
    paint(57, 56, 58, 60, a)
    paint(57, 56, 78, 57, a)  # through a gap in the wall, into the civic district's back
    paint(77, 58, 78, 61, a)  # dead end behind the court
    paint(73, 53, 74, 55, a)  # up to the court's side door


MARKET_SQUARE = (30, 24, 59, 41)  # inclusive tiles: paved in setts by the props pass


def paint_market() -> None:
    """Middle: the main street, a crowded market square of stalls and trees, the health station."""
    paint(27, 20, 27, 22, "gate_floor")  # G1 on its bridge
    paint(28, 20, 28, 22, "pavement")
    main_street(29, 60)
    paint(61, 20, 61, 22, "gate_floor")  # G2 in the wall
    paint(62, 20, 62, 22, "pavement")
    paint(30, 14, 52, 15, "pavement")  # a shopping lane north of the main street
    paint(40, 16, 41, 18, "pavement")
    paint(54, 12, 60, 18, "wall")  # health station
    paint(55, 13, 59, 17, "health_floor")
    paint(57, 18, 57, 18, "door")
    paint(*MARKET_SQUARE, "pavement")  # the square
    for r, y0 in enumerate((25, 29, 33, 37)):
        x = 31 + (3 if r % 2 else 0)
        lengths = (3, 2, 4, 2, 3, 2)
        i = 0
        while True:
            n = lengths[i % len(lengths)]
            if x + n - 1 > 58:
                break
            paint(x, y0, x + n - 1, y0 + 1, "market_stall_red" if (i + r) % 2 else "market_stall_green")
            x += n + 2
            i += 1
    for cx, cy in ((33, 39), (47, 31), (56, 35), (41, 27)):  # trees among the stalls
        paint(cx - 1, cy - 1, cx + 1, cy + 1, "grass")
        paint(cx, cy, cx, cy, "park_tree")
    paint(43, 41, 45, 45, "pavement")  # south exit of the square


def paint_south() -> None:
    """South of the market: a residential street and the school with its classroom camera."""
    paint(30, 46, 59, 47, "pavement")
    paint(31, 43, 41, 45, "grass")  # schoolyard
    paint(34, 44, 34, 44, "park_tree")
    paint(31, 48, 41, 53, "wall")  # school
    paint(32, 49, 40, 52, "classroom_floor")
    paint(32, 48, 39, 48, "window")
    paint(40, 48, 40, 48, "door")
    paint(52, 48, 53, 51, "pavement")  # a short close


def paint_civic() -> None:
    """East: government buildings with door cameras, a wide plaza and the court."""
    paint(63, 10, 98, 11, "pavement")
    main_street(63, 98)
    paint(72, 12, 73, 18, "pavement")
    for x in (68, 80, 94):
        paint(x, 18, x, 18, "door")
    paint(64, 24, 97, 39, "plaza")
    paint(79, 29, 81, 31, "water")  # fountain
    for cx, cy in ((67, 27), (93, 27), (67, 35), (93, 35), (73, 31), (87, 31)):
        paint(cx - 1, cy - 1, cx + 1, cy + 1, "grass")
        paint(cx, cy, cx, cy, "park_tree")
    paint(70, 40, 90, 52, "roof_court")
    paint(76, 39, 84, 39, "court_steps")
    paint(79, 40, 81, 40, "gate_floor")  # main door
    paint(79, 41, 81, 41, "court_floor")
    paint(73, 52, 74, 52, "gate_floor")  # side door
    paint(73, 51, 74, 51, "court_floor")


def paint_crosswalks() -> None:
    for x in CROSSINGS_X:
        paint(x, 20, x + 1, 22, "crosswalk_ew")


CROSSINGS_X = (9, 37, 50, 70, 90)


def tone_roofs() -> None:
    """Turn every "B" cell into a roof, in lots of a few tiles so blocks read as separate houses."""
    rng = np.random.default_rng(2023)
    y = 9
    last = ""
    while y < H:
        band = int(rng.integers(2, 5))
        x = 0
        while x < W:
            width = int(rng.integers(2, 6))
            tone = last
            while tone == last:
                tone = ROOFS[int(rng.integers(0, len(ROOFS)))]
            last = tone
            lot = y * W + x
            for yy in range(y, min(H, y + band)):
                for xx in range(x, min(W, x + width)):
                    if grid[yy][xx] == "B":
                        grid[yy][xx] = tone
                        lots[yy, xx] = lot
            x += width
        y += band


def casts(key: str) -> bool:
    """Whether a tile is a building that casts a shadow (a dressed roof is named after its tone)."""
    return key in CASTERS or key.startswith("roof_")


def shade_layer() -> list[list[int]]:
    """Soft shadows that buildings cast to the south-east, as overlay tile ids (0 = none)."""
    return LEVEL.shade_layer(casts, NO_SHADE.__contains__, SHADE_BASE)


# ----------------------------------------------------------------------------------------------
# Objects
# ----------------------------------------------------------------------------------------------
def place_objects() -> None:
    # The player, home and the officers at the front door.
    point("people", "spawn", "Spawn", 12.5, 40.5)
    rect("places", "home", "Home", 9, 37, 7, 7)
    rect("places", "front_door", "Front door", 12, 36, 1, 1)
    point("people", "officer", "Officer 1", 11.5, 35.5)
    point("people", "officer", "Officer 2", 13.5, 35.5)
    rect("places", "court", "Court", 70, 40, 21, 13)
    rect("places", "health_station", "Health station", 55, 13, 5, 5)
    for name, x, y, w, h in (
        ("Highway", 0, 0, 100, 9),
        ("Home", 0, 9, 29, 45),
        ("Market", 29, 9, 33, 33),
        ("South", 29, 42, 33, 12),
        ("Civic", 62, 9, 38, 45),
        ("Alleys", 0, 54, 100, 10),
    ):
        rect("places", "district", name, x, y, w, h)

    rect("gates", "gate", "G1", 27, 20, 1, 3, court=False)
    rect("gates", "gate", "G2", 61, 20, 1, 3, court=False)
    rect("gates", "gate", "Court door", 79, 40, 3, 1, court=True)
    rect("gates", "gate", "Side door", 73, 52, 2, 1, court=True)

    for i, (x, period, green) in enumerate(
        zip(CROSSINGS_X, (12.0, 12.0, 10.0, 12.0, 14.0), (6.0, 6.0, 5.0, 6.0, 7.0), strict=True)
    ):
        rect("crossings", "crossing", f"X{i + 1}", x, 20, 2, 3, period=period, green=green)

    for i, (x, y) in enumerate(
        (
            (32.5, 24.5),
            (45.5, 28.5),
            (58.5, 32.5),
            (38.5, 36.5),
            (52.5, 40.5),
            (23.5, 13.5),
            (66.5, 24.5),
            (96.5, 38.5),
            (49.5, 46.5),
            (77.5, 60.5),
        )
    ):
        point("props", "bin", f"Bin {i + 1}", x, y)
    for i, (x, y) in enumerate(
        ((30.5, 28.5), (55.5, 24.5), (44.5, 14.5), (3.5, 13.5), (64.5, 37.5), (57.5, 46.5), (53.5, 50.5))
    ):
        point("props", "rack", f"Rack {i + 1}", x, y)

    # Highway gantries: fixed, straight down over every lane from a post behind the railing.
    for x in (36.5, 58.5, 78.5, 94.5):
        cam("gantry", x, 1.5, 90)
    # Home: few cameras, one aimed at the front door.
    cam("door", 14.5, 34.5, 135, sweep=0.0, sweep_speed=0.0, range=5.0)
    cam("traffic", 11.5, 19.5, 125)
    cam("lamp", 22.5, 27.5, 90, sweep=100.0, range=7.0)
    cam("tree", 10.5, 15.5, 90, range=7.0)
    cam("lamp", 20.5, 13.5, 180, fov=45.0, range=6.0, sweep=60.0)
    cam("lamp", 3.5, 22.5, 0, range=7.0, sweep=70.0, sweep_speed=12.0)
    # Market: tree cameras in the square, traffic cameras on the crossings, the health station.
    cam("traffic", 39.5, 23.5, 240)
    cam("traffic", 52.5, 19.5, 120)
    cam("tree", 32.5, 39.5, 315, range=7.0)
    cam("tree", 47.5, 30.5, 90, sweep=120.0)
    cam("tree", 55.5, 35.5, 200, sweep=110.0)
    cam("tree", 41.5, 26.5, 0, sweep=80.0, sweep_speed=20.0)
    cam("lamp", 45.5, 15.5, 180, fov=45.0, range=7.0, sweep=60.0)
    cam("door", 58.5, 19.5, 180, range=7.0, sweep=50.0)
    cam("lamp", 30.5, 23.5, 0, range=7.0, sweep=70.0, sweep_speed=14.0)
    # South: the classroom camera that reads emotion, and a lamp on the street.
    cam("classroom", 35.5, 49.5, 270)
    cam("lamp", 58.5, 46.5, 180, range=9.0, sweep=60.0, sweep_speed=10.0)
    cam("tree", 33.5, 45.5, 0, fov=45.0, sweep=60.0)
    # Civic: lamp posts round the plaza, door cameras, traffic cameras, the court's doors.
    cam("lamp", 64.5, 24.5, 45, range=9.0, sweep=90.0)
    cam("lamp", 97.5, 24.5, 135, range=9.0, sweep=90.0)
    cam("lamp", 64.5, 39.5, 315, range=9.0, sweep=80.0, sweep_speed=15.0)
    cam("lamp", 97.5, 39.5, 225, range=9.0, sweep=80.0, sweep_speed=15.0)
    cam("lamp", 80.5, 27.5, 90, fov=40.0, range=8.0, sweep=120.0, sweep_speed=25.0)
    cam("door", 67.5, 19.5, 90, range=5.0)
    cam("door", 79.5, 19.5, 90, range=5.0)
    cam("door", 93.5, 19.5, 90, range=5.0)
    cam("traffic", 72.5, 23.5, 225)
    cam("traffic", 89.5, 23.5, 305)
    cam("door", 77.5, 38.5, 300, range=7.0, sweep=60.0)
    cam("door", 83.5, 38.5, 240, range=7.0, sweep=60.0)
    cam("lamp", 88.5, 10.5, 90, fov=45.0, range=7.0, sweep=60.0, sweep_speed=12.0)
    # Alleys: few cameras; a door camera sweeps past the court's side door.
    cam("lamp", 20.5, 57.5, 0, fov=45.0, range=7.0, sweep=120.0, sweep_speed=12.0)
    cam("tree", 37.5, 57.5, 0, fov=45.0, range=6.0, sweep=90.0)
    cam("lamp", 64.5, 57.5, 0, fov=50.0, range=7.0, sweep=90.0, sweep_speed=14.0)
    cam("door", 77.5, 56.5, 225, fov=60.0, range=8.0, sweep=40.0, sweep_speed=8.0)
    # The last stretch to the side door: a lamp sweeps the alley; a patient player times it.
    cam("lamp", 72.5, 57.5, 180, fov=45.0, range=9.0, sweep=70.0, sweep_speed=14.0)


# ----------------------------------------------------------------------------------------------
# Checks
# ----------------------------------------------------------------------------------------------
def check() -> list[str]:
    """Problems that make the map's routes differ from the design (an empty list: none)."""
    problems = Problems()
    need = problems.need

    walk = tile_grid("walkable")
    every = reach(walk, (12, 40))
    must = {
        "back door": (12, 44),
        "alley end": (73, 53),
        "side door": (73, 52),
        "front door": (12, 36),
        "G1": (27, 21),
        "G2": (61, 21),
        "court main door": (80, 40),
        "ramp": (18, 8),
        "highway": (50, 5),
        "exit": (86, 8),
        "plaza": (80, 25),
        "market": (45, 28),
        "school street": (40, 46),
        "health station": (57, 15),
    }
    for what, (x, y) in must.items():
        need(every[y, x], f"{what} at {(x, y)} is not reachable from the spawn")

    highway = np.zeros_like(walk)
    highway[:9, :] = True
    alleys = LEVEL.key_mask(lambda k: k == "alley_cobbles")

    def without(*masks: np.ndarray) -> np.ndarray:
        w = walk.copy()
        for m in masks:
            w &= ~m
        return w

    gate_mask = np.zeros_like(walk)
    for g in objects["gates"]:
        gate_mask[int(g.y) : int(g.y + (g.h or 1)), int(g.x) : int(g.x + (g.w or 1))] = True
    # Without gates, highway and alleys, the districts are islands.
    closed = without(gate_mask, highway, alleys)
    home = reach(closed, (12, 35))
    market = reach(closed, (45, 28))
    civic = reach(closed, (80, 25))
    need(not (home & market).any(), "home and market meet without G1")
    need(not (market & civic).any(), "market and civic meet without G2")
    need(not (home & civic).any(), "home and civic meet without a gate")
    # The alleys join only home and the court's side door: the market stays sealed from them.
    market_alleys = reach(without(gate_mask, highway), (45, 28))
    need(not market_alleys[57, 20], "the market reaches the alleys")
    # The highway joins home and civic but never the market.
    hw_no_alley = reach(without(gate_mask, alleys), (50, 5))
    need(not hw_no_alley[28, 45], "the highway reaches the market without a gate")
    need(hw_no_alley[25, 80] and hw_no_alley[35, 12], "the highway must join home and civic")
    # Cameras stand on tiles they can see from; objects of one are unique.
    problems += LEVEL.misplaced(("props", "people"))
    classes = [o.cls for objs in objects.values() for o in objs]
    for one in ("spawn", "home", "front_door", "court", "health_station"):
        need(classes.count(one) == 1, f"there must be exactly one {one}")
    need(classes.count("camera") >= 30, "fewer than 30 cameras")
    return problems


# ----------------------------------------------------------------------------------------------
# Writing Tiled files
# ----------------------------------------------------------------------------------------------
def tmx_text() -> str:
    properties: Props = {"title": "Hearing Day", "rules": "hearing_day.rules.json", "start_time": "08:00",
                         "hearing_time": "10:00"}
    return LEVEL.tmx_text(properties, "../assets/tiles/city.tsx", shade_layer())


def templates() -> dict[str, Obj]:
    """One template per camera kind (with its defaults), plus gate, court door, bin, rack, crossing."""
    return {
        **{f"camera_{kind}": camera_template(kind) for kind in CAMERA_KINDS},
        "gate": Obj("gate", "G", 0, 0, 1, 3, {"court": False}),
        "court_door": Obj("gate", "Court door", 0, 0, 3, 1, {"court": True}),
        "bin": Obj("bin", "Bin", 0, 0),
        "rack": Obj("rack", "Rack", 0, 0),
        "crossing": Obj("crossing", "X", 0, 0, 2, 3, {"period": 12.0, "green": 6.0}),
        "officer": Obj("officer", "Officer", 0, 0),
    }


def project_text() -> str:
    """A Tiled project: the levels folder, plus the object classes and their properties."""
    camera_props: Props = {"kind": "lamp", "facing": 0.0, **CAMERA_DEFAULTS["lamp"], "reads_emotion": False}
    classes: dict[str, Props] = {
        "camera": camera_props,
        "gate": {"court": False},
        "crossing": {"period": 12.0, "green": 6.0},
        "spawn": {},
        "home": {},
        "front_door": {},
        "officer": {},
        "court": {},
        "health_station": {},
        "district": {},
        "bin": {},
        "rack": {},
    }
    types = [class_type(i + 1, name, props) for i, (name, props) in enumerate(classes.items())]
    project = {
        "automappingRulesFile": "",
        "commands": [],
        "extensionsPath": "extensions",
        "folders": ["."],
        "objectTypesFile": "",
        "propertyTypes": types,
    }
    return json.dumps(project, indent=4) + "\n"


def build() -> None:
    paint_highway()
    paint_frame()
    paint_home()
    paint_alleys()
    paint_market()
    paint_south()
    paint_civic()
    paint_crosswalks()
    tone_roofs()
    place_objects()
    occupied = {(int(o.x), int(o.y)) for objs in objects.values() for o in objs if o.w is None}
    dress(grid, lots, occupied, [MARKET_SQUARE])


def main() -> None:
    build()
    refuse(check())
    LEVELS.mkdir(exist_ok=True)
    (LEVELS / "hearing_day.tmx").write_text(tmx_text(), encoding="utf-8")
    write_templates(templates())
    (LEVELS / "flagged.tiled-project").write_text(project_text(), encoding="utf-8")
    print("wrote levels/hearing_day.tmx:", LEVEL.counts())


if __name__ == "__main__":
    main()
