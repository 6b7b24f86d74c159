"""Symmetric shadowcasting (Albert Ford, 2020): the reference for which tiles a point can see.

Symmetric means that if tile A sees tile B, B sees A, which is what players expect of sight.
Exact fractions keep the slopes free of rounding, so corners and diagonal gaps behave the same
on every machine.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

# (row axis x, row axis y, column axis x, column axis y) for the four quadrants: north, east, south, west.
_QUADRANTS = ((0, -1, 1, 0), (1, 0, 0, 1), (0, 1, 1, 0), (-1, 0, 0, 1))


def visible_tiles(opaque: np.ndarray, origin: tuple[int, int], radius: float) -> np.ndarray:
    """Tiles visible from tile ``origin`` (x, y) within ``radius`` tiles, shaped like ``opaque``.

    A tile is within the radius when the distance between tile centres is at most ``radius``.
    Opaque tiles that are seen are marked visible (a wall is seen, not what lies behind it).
    """
    height, width = opaque.shape
    seen = np.zeros(opaque.shape, dtype=bool)
    ox, oy = origin
    if not (0 <= ox < width and 0 <= oy < height):
        return seen
    seen[oy, ox] = True
    limit = int(np.floor(radius))
    radius_squared = radius * radius

    for row_dx, row_dy, col_dx, col_dy in _QUADRANTS:

        def cell(depth: int, column: int, row_dx: int = row_dx, row_dy: int = row_dy,
                 col_dx: int = col_dx, col_dy: int = col_dy) -> tuple[int, int]:
            return ox + row_dx * depth + col_dx * column, oy + row_dy * depth + col_dy * column

        def is_wall(x: int, y: int) -> bool:
            return not (0 <= x < width and 0 <= y < height) or bool(opaque[y, x])

        rows: list[tuple[int, Fraction, Fraction]] = [(1, Fraction(-1), Fraction(1))]
        while rows:
            depth, start, end = rows.pop()
            if depth > limit:
                continue
            previous_wall: bool | None = None
            low = int(np.floor(depth * start + Fraction(1, 2)))
            high = int(np.ceil(depth * end - Fraction(1, 2)))
            for column in range(low, high + 1):
                x, y = cell(depth, column)
                wall = is_wall(x, y)
                symmetric = depth * start <= column <= depth * end
                in_reach = depth * depth + column * column <= radius_squared
                if (wall or symmetric) and in_reach and 0 <= x < width and 0 <= y < height:
                    seen[y, x] = True
                if previous_wall and not wall:
                    start = Fraction(2 * column - 1, 2 * depth)
                if previous_wall is False and wall:
                    rows.append((depth + 1, start, Fraction(2 * column - 1, 2 * depth)))
                previous_wall = wall
            if previous_wall is False:
                rows.append((depth + 1, start, end))
    return seen
