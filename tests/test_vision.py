"""Vision on hand-made grids: which tiles a point sees, how far a camera sees, and the cone that detects."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.vision import Cone, sight_profile, visible_tiles


def grid(*rows: str) -> np.ndarray:
    """``#`` is opaque, anything else is clear; indexed [y, x]."""
    return np.array([[symbol == "#" for symbol in row] for row in rows], dtype=bool)


def seen(opaque: np.ndarray, origin: tuple[int, int], radius: float = 50) -> set[tuple[int, int]]:
    visible = visible_tiles(opaque, origin, radius)
    return {(int(x), int(y)) for y, x in zip(*np.nonzero(visible), strict=True)}


# --- visible_tiles -----------------------------------------------------------------------------


def test_open_ground_sees_everything():
    opaque = grid(*["......."] * 5)
    assert seen(opaque, (3, 2)) == {(x, y) for x in range(7) for y in range(5)}


def test_the_origin_sees_itself():
    opaque = grid("...", "...", "...")
    assert visible_tiles(opaque, (1, 1), 0)[1, 1]
    assert seen(opaque, (1, 1), 0) == {(1, 1)}


def test_walls_block_and_are_seen():
    opaque = grid(
        ".........",
        ".........",
        "....#....",
        ".........",
        ".........",
    )
    tiles = seen(opaque, (1, 2))
    assert (4, 2) in tiles, "the wall itself is seen"
    assert (5, 2) not in tiles and (8, 2) not in tiles, "what lies straight behind the wall is not"
    assert (8, 0) in tiles and (8, 4) in tiles, "the wall's shadow is narrow"


def test_a_wall_row_hides_everything_behind_it():
    opaque = grid(
        ".......",
        ".......",
        "#######",
        ".......",
        ".......",
    )
    tiles = seen(opaque, (3, 0))
    assert all((x, 2) in tiles for x in range(7)), "the whole wall is seen"
    assert not any((x, y) in tiles for x in range(7) for y in (3, 4))


def test_cannot_see_around_a_corner():
    opaque = grid(
        "#######",
        "#.....#",
        "#####.#",
        "    #.#",
        "    #.#",
        "    ###",
    )
    tiles = seen(opaque, (1, 1))
    assert (5, 1) in tiles, "along the corridor"
    assert (5, 2) not in tiles, "the line to the bend's first tile crosses the wall (4, 2)"
    assert (5, 3) not in tiles and (5, 4) not in tiles, "around the corner is hidden"
    # And the other way round: from down the bend, the start of the corridor is hidden.
    assert (1, 1) not in seen(opaque, (5, 4))


def test_diagonal_gap_between_two_walls_is_seen_through():
    """Symmetric shadowcasting lets sight through a gap where two walls touch only at a corner."""
    opaque = grid(
        "........",
        "........",
        "...#....",
        "..#.....",
        "........",
        "........",
    )
    tiles = seen(opaque, (2, 2))
    assert {(3, 3), (4, 4), (5, 5)} <= tiles, "straight down the diagonal, through the gap"
    assert (4, 2) not in tiles and (2, 4) not in tiles, "straight behind each wall stays hidden"
    assert (2, 2) in seen(opaque, (5, 5)), "and back"


def test_radius_limits_sight_to_a_disc():
    opaque = grid(*["..............."] * 15)
    for radius in (0, 1, 1.5, 3, 4.2):
        expected = {(x, y) for x in range(15) for y in range(15)
                    if (x - 7) ** 2 + (y - 7) ** 2 <= radius ** 2}
        assert seen(opaque, (7, 7), radius) == expected, radius


def test_map_edge_is_a_wall_and_nothing_wraps():
    opaque = grid(*["......"] * 4)
    tiles = seen(opaque, (0, 0), 2)
    assert tiles == {(0, 0), (1, 0), (2, 0), (0, 1), (1, 1), (0, 2)}
    assert seen(opaque, (5, 3)) == {(x, y) for x in range(6) for y in range(4)}


@pytest.mark.parametrize("origin", [(-1, 0), (0, -1), (6, 0), (0, 4), (100, 100)])
def test_origin_outside_the_map_sees_nothing(origin):
    opaque = grid(*["......"] * 4)
    visible = visible_tiles(opaque, origin, 10)
    assert visible.shape == opaque.shape and not visible.any()


def test_result_has_the_grids_shape_and_leaves_it_alone():
    opaque = grid("..#", "...", "#..", "...")
    before = opaque.copy()
    visible = visible_tiles(opaque, (1, 1), 5)
    assert visible.shape == (4, 3) and visible.dtype == bool
    np.testing.assert_array_equal(opaque, before)


@st.composite
def random_grids(draw, max_side: int = 11):
    width = draw(st.integers(1, max_side))
    height = draw(st.integers(1, max_side))
    cells = draw(st.lists(st.booleans(), min_size=width * height, max_size=width * height))
    weights = np.array(cells, dtype=bool).reshape(height, width)
    density = draw(st.sampled_from([0.0, 0.15, 0.3, 0.5]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    return weights & (rng.random((height, width)) < density * 2)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(opaque=random_grids(), radius=st.sampled_from([1.5, 3, 5.5, 30]))
def test_sight_is_symmetric_on_random_grids(opaque, radius):
    height, width = opaque.shape
    floors = [(x, y) for y in range(height) for x in range(width) if not opaque[y, x]]
    sight = {tile: visible_tiles(opaque, tile, radius) for tile in floors}
    for a in floors:
        for b in floors:
            assert sight[a][b[1], b[0]] == sight[b][a[1], a[0]], (a, b)


@settings(max_examples=60, deadline=None)
@given(opaque=random_grids(), radius=st.sampled_from([2, 4.5, 30]), data=st.data())
def test_random_grids_basic_properties(opaque, radius, data):
    height, width = opaque.shape
    ox = data.draw(st.integers(0, width - 1))
    oy = data.draw(st.integers(0, height - 1))
    visible = visible_tiles(opaque, (ox, oy), radius)
    assert visible[oy, ox]
    ys, xs = np.nonzero(visible)
    assert np.all((xs - ox) ** 2 + (ys - oy) ** 2 <= radius ** 2 + 1e-9), "nothing beyond the radius"
    # Every neighbour of a clear origin is seen: nothing can stand between them.
    if not opaque[oy, ox]:
        for nx, ny in ((ox + 1, oy), (ox - 1, oy), (ox, oy + 1), (ox, oy - 1)):
            if 0 <= nx < width and 0 <= ny < height:
                assert visible[ny, nx]


# --- sight_profile -----------------------------------------------------------------------------


def room(width: int, height: int) -> np.ndarray:
    """A box of clear tiles with a one-tile wall all round."""
    opaque = np.ones((height, width), dtype=bool)
    opaque[1:-1, 1:-1] = False
    return opaque


def ray_to_box(origin: tuple[float, float], degree: int, low: tuple[float, float],
               high: tuple[float, float]) -> float:
    """Exact distance along the ray through the middle of ``degree`` to the inside of a box."""
    angle = math.radians(degree + 0.5)
    dx, dy = math.cos(angle), math.sin(angle)
    candidates = []
    if dx > 0:
        candidates.append((high[0] - origin[0]) / dx)
    if dx < 0:
        candidates.append((low[0] - origin[0]) / dx)
    if dy > 0:
        candidates.append((high[1] - origin[1]) / dy)
    if dy < 0:
        candidates.append((low[1] - origin[1]) / dy)
    return min(candidates)


def test_profile_in_the_open_is_the_range():
    profile = sight_profile(np.zeros((30, 30), dtype=bool), (15.5, 15.5), 6.0)
    assert profile.distances.shape == (360,)
    assert profile.origin == (15.5, 15.5)
    np.testing.assert_allclose(profile.distances, 6.0)


@pytest.mark.parametrize("origin", [(5.5, 4.5), (2.3, 7.9), (8.7, 1.2)])
def test_profile_stops_at_walls(origin):
    opaque = room(11, 10)  # clear from (1, 1) to (10, 9) exclusive
    profile = sight_profile(opaque, origin, 30.0)
    for degree in range(360):
        exact = ray_to_box(origin, degree, (1.0, 1.0), (10.0, 9.0))
        assert exact - 0.03 <= profile.distances[degree] <= exact + 0.005, (degree, exact)


def test_profile_is_capped_at_range():
    profile = sight_profile(room(11, 10), (5.5, 4.5), 2.25)
    assert profile.distances.max() <= 2.25
    np.testing.assert_allclose(profile.distances, 2.25)
    near = sight_profile(room(11, 10), (5.5, 4.5), 4.0)
    assert near.distances[0] == pytest.approx(4.0)  # east: the wall is 4.5 away
    assert near.distances[90] == pytest.approx(4.0, abs=0.03)  # south: the wall at y=9 is 4.5 away
    assert near.distances[270] < 3.51  # north: the wall at y=1 is 3.5 away


def test_profile_stops_at_the_map_edge():
    profile = sight_profile(np.zeros((5, 5), dtype=bool), (2.5, 2.5), 10.0)
    assert profile.distances[0] == pytest.approx(2.5, abs=0.03)
    assert profile.distances[180] == pytest.approx(2.5, abs=0.03)
    assert profile.distances.max() < 3.6


def test_the_cameras_own_opaque_tile_does_not_block():
    opaque = room(11, 11)
    opaque[5, 5] = True  # the camera hangs on this wall
    profile = sight_profile(opaque, (5.5, 5.5), 3.0)
    np.testing.assert_allclose(profile.distances, 3.0)
    # A door camera on the outer wall sees into the room, not out of the map.
    door = sight_profile(room(11, 11), (5.5, 0.5), 4.0)
    assert door.distances[90] == pytest.approx(4.0)
    assert door.distances[270] < 0.6


def test_a_pillar_casts_a_shadow_in_the_profile():
    opaque = np.zeros((21, 21), dtype=bool)
    opaque[10, 14] = True  # one tile, east of the camera
    profile = sight_profile(opaque, (10.5, 10.5), 8.0)
    assert profile.distances[0] == pytest.approx(3.5, abs=0.03)
    assert profile.distances[359] == pytest.approx(3.5, abs=0.03)
    assert profile.distances[20] == pytest.approx(8.0) and profile.distances[340] == pytest.approx(8.0)


# --- the cone: what is drawn is what detects ---------------------------------------------------


def inside_even_odd(polygon: np.ndarray, x: float, y: float) -> bool:
    """Independent point-in-polygon: count crossings of a ray cast to +x."""
    inside = False
    count = len(polygon)
    for i in range(count):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % count]
        if (y1 > y) != (y2 > y):
            crossing = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if crossing > x:
                inside = not inside
    return inside


def distance_to_outline(polygon: np.ndarray, x: float, y: float) -> float:
    best = math.inf
    count = len(polygon)
    for i in range(count):
        ax, ay = polygon[i]
        bx, by = polygon[(i + 1) % count]
        vx, vy = bx - ax, by - ay
        length = vx * vx + vy * vy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * vx + (y - ay) * vy) / length))
        best = min(best, math.hypot(ax + t * vx - x, ay + t * vy - y))
    return best


def test_cone_polygon_shape():
    profile = sight_profile(np.zeros((30, 30), dtype=bool), (15.5, 15.5), 5.0)
    cone = profile.cone(90, 60, 6)
    polygon = cone.polygon()
    assert tuple(polygon[0]) == (15.5, 15.5), "the apex first"
    assert cone.start == 60 and cone.fov == 60
    assert cone.angles[0] == 60 and cone.angles[-1] == 120
    assert np.all(np.diff(cone.angles) >= 0)
    np.testing.assert_allclose(np.hypot(*cone.points.T), 5.0)
    assert np.all(np.diff(cone.angles) <= 6), "arc vertices at most arc_step apart"
    assert cone.contains(15.5, 19.0) and not cone.contains(15.5, 12.0)
    assert cone.contains(15.5, 15.5), "the apex"
    assert not cone.contains(15.5, 20.6), "beyond the range"


def test_cone_steps_where_a_wall_cuts_it():
    opaque = np.zeros((30, 30), dtype=bool)
    opaque[10:13, 18] = True  # a short wall east of the camera
    profile = sight_profile(opaque, (15.5, 11.5), 8.0)
    cone = profile.cone(0, 90, 6)
    assert not cone.contains(19.5, 11.5), "behind the wall"
    assert cone.contains(17.5, 11.5), "before the wall"
    assert cone.contains(20.5, 15.5), "beside the wall's shadow"


def test_cone_across_east_wraps_angles():
    profile = sight_profile(np.zeros((30, 30), dtype=bool), (15.5, 15.5), 5.0)
    cone = profile.cone(350, 40, 6)
    assert cone.contains(18.5, 15.5) and cone.contains(18.5, 14.5) and cone.contains(18.5, 16.0)
    assert not cone.contains(12.5, 15.5) and not cone.contains(15.5, 18.5)


def test_no_sight_in_a_direction_detects_nothing_there():
    """A camera flush against a wall sees nothing through it, and must detect nothing there either."""
    opaque = np.zeros((20, 20), dtype=bool)
    opaque[:, 11] = True  # a wall from x=11 to 12
    profile = sight_profile(opaque, (10.99, 10.5), 6.0)
    cone = profile.cone(0, 60, 6)
    polygon = cone.polygon()
    assert profile.distances[0] == 0
    for x, y in [(13.5, 10.5), (12.5, 11.0), (15.5, 9.5), (11.5, 10.5)]:
        assert not inside_even_odd(polygon, x, y)
        assert not cone.contains(x, y), (x, y)


@st.composite
def cones(draw):
    size = draw(st.integers(4, 16))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    density = draw(st.sampled_from([0.0, 0.1, 0.25, 0.4]))
    opaque = rng.random((size, size)) < density
    ox = draw(st.floats(0.0, size, exclude_max=True, allow_nan=False))
    oy = draw(st.floats(0.0, size, exclude_max=True, allow_nan=False))
    reach = draw(st.floats(0.5, 12.0))
    facing = draw(st.integers(0, 359))
    fov = draw(st.integers(1, 180))
    arc_step = draw(st.sampled_from([1, 3, 6, 15]))
    cone = sight_profile(opaque, (ox, oy), reach).cone(facing, fov, arc_step)
    return cone, reach


@settings(max_examples=150, deadline=None)
@given(cone_and_reach=cones(), data=st.data())
def test_contains_is_the_drawn_polygon(cone_and_reach, data):
    cone, reach = cone_and_reach
    polygon = cone.polygon()
    ox, oy = cone.origin
    points = data.draw(st.lists(st.tuples(st.floats(-1.2, 1.2), st.floats(-1.2, 1.2)), min_size=30,
                                max_size=30))
    for fx, fy in points:
        x, y = ox + fx * reach, oy + fy * reach
        if distance_to_outline(polygon, x, y) < 1e-6:
            continue  # on the outline itself: either answer is the same picture
        assert cone.contains(x, y) == inside_even_odd(polygon, x, y), (x, y)


@settings(max_examples=80, deadline=None)
@given(cone_and_reach=cones())
def test_contains_agrees_with_the_polygon_near_its_vertices(cone_and_reach):
    """Points just inside and just outside each outline vertex: the hardest places to agree."""
    cone, _ = cone_and_reach
    polygon = cone.polygon()
    ox, oy = cone.origin
    for px, py in cone.points:
        for scale in (0.97, 1.03):
            for turn in (-0.2, 0.0, 0.2):
                angle = math.atan2(py, px) + math.radians(turn)
                radius = math.hypot(px, py) * scale
                x, y = ox + radius * math.cos(angle), oy + radius * math.sin(angle)
                if distance_to_outline(polygon, x, y) < 1e-6:
                    continue
                assert cone.contains(x, y) == inside_even_odd(polygon, x, y), (x, y)


def test_cone_is_a_frozen_record():
    cone = sight_profile(np.zeros((5, 5), dtype=bool), (2.5, 2.5), 2.0).cone(0, 30, 6)
    assert isinstance(cone, Cone)
    with pytest.raises(AttributeError):
        cone.fov = 10  # type: ignore[misc]
