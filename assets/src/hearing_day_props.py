"""Dress the map of "Hearing Day" once it is painted: whole houses under gabled or flat roofs,
kerbs where pavement meets road, a framed plaza with benches, flower beds in the grass.

Why a separate pass: the districts in build_hearing_day.py are painted as plain ground (one roof
tone per lot, "pavement", "plaza"), which keeps the layout readable; this pass only swaps a tile
for a dressed tile that walks and sees exactly as it does (make_tiles.dressed_tiles), by rules
that look at a tile's neighbours, so the routes, the cameras' sight and the bot's runs stay as
they are. Called once from build_hearing_day.py, before its checks.
"""

from __future__ import annotations

import numpy as np
from make_tiles import ROOF_KINDS

Grid = list[list[str]]
Area = tuple[int, int, int, int]  # an inclusive tile rectangle x0, y0, x1, y1

ROADS = {"road", "road_line_h", "road_line_v", "crosswalk_ew", "crosswalk_ns"}
STEPS = ((0, -1, 1), (1, 0, 2), (0, 1, 4), (-1, 0, 8))  # (dx, dy, edge bit): north, east, south, west


def _run(lots: np.ndarray, x: int, y: int, dx: int, dy: int) -> tuple[int, int]:
    """How many cells of this cell's lot lie before it and after it along (dx, dy)."""
    height, width = lots.shape
    lot = lots[y, x]
    before = after = 0
    while 0 <= x - (before + 1) * dx < width and 0 <= y - (before + 1) * dy < height \
            and lots[y - (before + 1) * dy, x - (before + 1) * dx] == lot:
        before += 1
    while 0 <= x + (after + 1) * dx < width and 0 <= y + (after + 1) * dy < height \
            and lots[y + (after + 1) * dy, x + (after + 1) * dx] == lot:
        after += 1
    return before, after


def _slope(before: int, after: int) -> str:
    """Which part of a gable a cell is, from its place across the house (the ridge in the middle)."""
    n = before + after + 1
    mid = n // 2
    if before < mid:
        return "lit"
    if before == mid:
        return "ridge" if n % 2 else "ridge_edge"
    return "shade"


def dress_roofs(grid: Grid, lots: np.ndarray) -> None:
    """Each lot becomes one house: a gable across it (east-west or north-south by its tone) or a
    flat roof with a parapet, eaves round its outline, and a vent or a skylight on some flat roofs."""
    height, width = lots.shape
    rng = np.random.default_rng(2024)
    flat: dict[int, list[tuple[int, int]]] = {}  # each flat roof's cells, in reading order
    for y in range(height):
        for x in range(width):
            if ROOF_KINDS.get(grid[y][x]) == "flat" and lots[y, x] >= 0:
                flat.setdefault(int(lots[y, x]), []).append((x, y))
    fittings: dict[tuple[int, int], int] = {}  # one vent or skylight on three flat roofs in four
    for lot in sorted(flat):
        cells, detail = flat[lot], int(rng.integers(0, 4))
        if detail:
            fittings[cells[int(rng.integers(0, len(cells)))]] = 1 if detail < 3 else 2
    for y in range(height):
        for x in range(width):
            tone = grid[y][x]
            if tone not in ROOF_KINDS or lots[y, x] < 0:
                continue
            edges = 0
            for dx, dy, bit in STEPS:
                nx, ny = x + dx, y + dy
                if not (0 <= nx < width and 0 <= ny < height) or lots[ny, nx] != lots[y, x]:
                    edges |= bit
            kind = ROOF_KINDS[tone]
            if kind == "flat":
                grid[y][x] = f"{tone}_flat_{fittings.get((x, y), 0)}_{edges}"
            else:
                before, after = _run(lots, x, y, *((0, 1) if kind == "ew" else (1, 0)))
                grid[y][x] = f"{tone}_{_slope(before, after)}_{edges}"


def _edges(grid: Grid, x: int, y: int, outside: set[str] | None, inside: set[str] | None) -> int:
    """Edge bits of the sides whose neighbour is in ``outside`` (or, if given, not in ``inside``)."""
    height, width = len(grid), len(grid[0])
    bits = 0
    for dx, dy, bit in STEPS:
        nx, ny = x + dx, y + dy
        if not (0 <= nx < width and 0 <= ny < height):
            continue
        key = grid[ny][nx]
        if (outside is not None and key in outside) or (inside is not None and key not in inside):
            bits |= bit
    return bits


def dress_ground(grid: Grid, occupied: set[tuple[int, int]], markets: list[Area]) -> None:
    """Kerbs on pavement along roads with a street lamp every few tiles, setts on the market
    squares (``markets``: inclusive tile rectangles), a band round the plaza and its beds,
    benches south of the plaza's tree beds (never under an object), flowers in some grass."""
    height, width = len(grid), len(grid[0])
    plain = [row[:] for row in grid]  # rules read the painted ground, not what they already dressed
    for y in range(height):
        for x in range(width):
            key = plain[y][x]
            if key == "pavement":
                bits = _edges(plain, x, y, ROADS, None)
                lamp = bits in (1, 4) and x % 7 == 3 and (x, y) not in occupied
                if lamp:
                    grid[y][x] = f"pavement_lamp_{bits}"
                elif bits:
                    grid[y][x] = f"pavement_kerb_{bits}"
                elif any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in markets):
                    grid[y][x] = "market_setts"
            elif key == "plaza":
                bench = (y >= 2 and plain[y - 1][x] == "grass" and plain[y - 2][x] == "park_tree"
                         and (x, y) not in occupied)
                bits = _edges(plain, x, y, None, {"plaza"})
                if bench:
                    grid[y][x] = "plaza_bench"
                elif bits:
                    grid[y][x] = f"plaza_edge_{bits}"
            elif key == "grass" and (x * 7 + y * 13) % 6 == 0:
                grid[y][x] = "grass_flowers"


def dress(grid: Grid, lots: np.ndarray, occupied: set[tuple[int, int]],
          markets: list[Area]) -> None:
    """The whole pass: roofs from their lots, then the ground."""
    dress_roofs(grid, lots)
    dress_ground(grid, occupied, markets)
