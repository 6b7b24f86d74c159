"""The generated art of Hearing Day: people large enough to find, and dressing that never moves a route."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy as np
import pygame
import pytest

ROOT = Path(__file__).resolve().parent.parent
SPRITES = ROOT / "assets" / "sprites"


def test_officers_are_larger_than_a_tile_and_the_player_points_where_she_faces() -> None:
    for name in ("officer_chair", "officer_standing"):
        width, height = pygame.image.load(str(SPRITES / f"{name}.png")).get_size()
        assert width >= 1.3 * 32 and height >= 1.3 * 32, name
    player = pygame.image.load(str(SPRITES / "player.png"))
    assert player.get_size() == (32, 32)  # the world view zooms and turns it
    alpha = pygame.surfarray.array_alpha(player)
    assert alpha[16, 0] > 64, "the ring's pointer, at the top: she faces north"
    assert alpha[0, 16] < 64, "nothing sticks out of the ring's side"


@pytest.fixture(scope="module")
def builder():
    """build_hearing_day with its map painted and objects placed but not yet dressed."""
    src = str(ROOT / "assets" / "src")
    sys.path.insert(0, src)
    try:
        for name in ("build_hearing_day", "hearing_day_props"):
            sys.modules.pop(name, None)
        module = importlib.import_module("build_hearing_day")
        real = module.dress
        module.dress = lambda *args: None
        module.build()
        module.dress = real
        yield module
    finally:
        sys.path.remove(src)
        sys.modules.pop("build_hearing_day", None)


def test_dressing_the_map_keeps_how_every_tile_walks_and_sees(builder) -> None:
    before = {prop: builder.tile_grid(prop) for prop in ("walkable", "opaque", "speed")}
    plain = [row[:] for row in builder.grid]
    occupied = {(int(o.x), int(o.y)) for objs in builder.objects.values() for o in objs if o.w is None}
    builder.dress(builder.grid, builder.lots, occupied, [builder.MARKET_SQUARE])
    changed = sum(a != b for row_a, row_b in zip(plain, builder.grid, strict=True)
                  for a, b in zip(row_a, row_b, strict=True))
    assert changed > 1000, "the pass dresses the roofs and the streets"
    for prop, grid in before.items():
        assert np.array_equal(grid, builder.tile_grid(prop)), prop
    assert builder.check() == []
    for x, y in occupied:  # no bench under a camera, a bin or an officer
        assert builder.grid[y][x] != "plaza_bench" and not builder.grid[y][x].startswith("pavement_lamp")
