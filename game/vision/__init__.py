"""What a camera can see: tile visibility, per-degree sight profiles, and the cone drawn and tested.

Cameras and walls do not move, so each camera's sight is a profile computed once at load: for every
whole degree, how far the camera sees before an opaque tile. A cone at a given facing is the slice of
that profile between its edges, turned into one polygon. The same polygon is drawn on screen and used
to decide whether the player is seen, so what the player sees of a cone is exactly what detects.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from game.vision.shadowcast import visible_tiles

__all__ = ["Cone", "SightProfile", "reach_mask", "sight_profile", "visible_tiles"]

_RAY_STEP = 0.02  # tiles between samples along a ray; walls are 1 tile thick, corners need fine steps
_FACE_SLACK = 2 * _RAY_STEP  # a ray's end this close to a tile edge lies on that tile's face


@dataclass(frozen=True)
class SightProfile:
    """For each whole degree ``d`` (0 east, 90 south), how far sight reaches in ``[d, d+1)``."""

    origin: tuple[float, float]
    distances: np.ndarray  # float32, shape (360,), in tiles, capped at the camera's range

    def cone(self, facing: int, fov: int, arc_step: int) -> Cone:
        """The cone between ``facing - fov/2`` and ``facing + fov/2``, whole degrees.

        Its outline runs through the ends of the rays (one through each degree's middle) and the
        cone's two edges, keeping only the points where it turns: a straight wall becomes one
        segment, a corner keeps its vertex, and the arc at full range keeps a vertex every
        ``arc_step`` degrees. Fewer points draw faster, and the polygon drawn is still exactly the
        polygon that detects.
        """
        start = facing - fov // 2
        reach = self.distances[np.arange(start, start + fov) % 360].astype(np.float64)
        middles = np.arange(start, start + fov) + 0.5
        angles = np.concatenate(([start], middles, [start + fov])).astype(np.float64)
        radii = np.concatenate(([reach[0]], reach, [reach[-1]]))
        radians = np.radians(angles)
        points = np.column_stack((np.cos(radians) * radii, np.sin(radians) * radii))
        keep = _simplified(self.origin, points, radii, arc_step)
        return Cone(origin=self.origin, start=float(start), fov=float(fov),
                    points=points[keep], angles=angles[keep])


def _simplified(origin: tuple[float, float], points: np.ndarray, radii: np.ndarray,
                arc_step: int) -> np.ndarray:
    """Indices of the outline points worth keeping: where the outline turns.

    Walls are the faces of square tiles, so the rays that end on one face end on one straight line:
    of each such run only its two ends are kept. Along the arc at full range a point is kept every
    ``arc_step`` degrees, so the arc stays round. Corners and everything else keep their points.
    Vectorised, because cones are built while cameras sweep.
    """
    count = len(points)
    x, y = points[:, 0] + origin[0], points[:, 1] + origin[1]
    on_vertical = np.abs(x - np.rint(x)) < _FACE_SLACK
    on_horizontal = np.abs(y - np.rint(y)) < _FACE_SLACK
    full = radii >= radii.max() - 1e-9
    # One label per point: points with the same label in a row lie on one line (or on the arc).
    label = np.arange(count, dtype=np.int64) + 4 * 10**6  # every other point: a label of its own
    vertical = on_vertical & ~on_horizontal & ~full
    horizontal = on_horizontal & ~on_vertical & ~full
    label[vertical] = 2 * np.rint(x[vertical]).astype(np.int64)
    label[horizontal] = 2 * np.rint(y[horizontal]).astype(np.int64) + 1
    label[full] = -1
    position = np.arange(count)
    starts = np.r_[True, label[1:] != label[:-1]]
    ends = np.r_[label[:-1] != label[1:], True]
    run_start = np.maximum.accumulate(np.where(starts, position, 0))
    on_arc_step = full & ((position - run_start) % arc_step == 0)
    return np.flatnonzero(starts | ends | on_arc_step)


@dataclass(frozen=True)
class Cone:
    """A star-shaped polygon around ``origin``: the apex, then ``points`` in order of angle.

    ``points`` are offsets from the origin in tiles; ``angles`` are their angles in degrees,
    non-decreasing from ``start`` to ``start + fov`` (a step in reach repeats an angle).
    """

    origin: tuple[float, float]
    start: float
    fov: float
    points: np.ndarray
    angles: np.ndarray

    def polygon(self) -> np.ndarray:
        """The apex and the outline, in tiles, ready to scale and draw."""
        apex = np.array([self.origin])
        return np.vstack((apex, self.points + np.array(self.origin)))

    def contains(self, x: float, y: float) -> bool:
        """Whether the point lies inside the polygon drawn for this cone (edges count as inside)."""
        dx, dy = x - self.origin[0], y - self.origin[1]
        if dx == 0.0 and dy == 0.0:
            return True
        angle = float(np.degrees(np.arctan2(dy, dx)))
        relative = (angle - self.start) % 360.0
        if relative > self.fov:
            return False
        target = self.start + relative
        # The outline segment whose angular span holds the point; between repeated angles
        # (a radial step) the segment has no span, so search among strictly rising pairs.
        index = int(np.searchsorted(self.angles, target, side="right")) - 1
        index = min(max(index, 0), len(self.angles) - 2)
        while index > 0 and self.angles[index + 1] == self.angles[index]:
            index -= 1
        ax, ay = self.points[index]
        bx, by = self.points[index + 1]
        # The polygon is star-shaped around its apex, so the point is inside when it is no farther
        # than the outline along its own ray: where that ray meets segment a-b.
        distance = float(np.hypot(dx, dy))
        ux, uy = dx / distance, dy / distance
        across = ux * (by - ay) - uy * (bx - ax)
        if abs(across) < 1e-12:
            # The ray runs along the segment (a spoke of the outline): the segment is the boundary.
            return distance <= max(float(np.hypot(ax, ay)), float(np.hypot(bx, by))) + 1e-9 and abs(
                ux * ay - uy * ax) < 1e-9
        boundary = (ax * by - ay * bx) / across
        return distance <= boundary + 1e-9


def sight_profile(opaque: np.ndarray, origin: tuple[float, float], reach: float) -> SightProfile:
    """March 360 rays (one per degree, through its middle) until they enter an opaque tile.

    The tile holding the camera itself never blocks: door cameras hang on walls.
    """
    ox, oy = origin
    height, width = opaque.shape
    mids = np.radians(np.arange(360) + 0.5)
    steps = np.arange(_RAY_STEP, reach + _RAY_STEP, _RAY_STEP)
    xs = ox + np.outer(np.cos(mids), steps)
    ys = oy + np.outer(np.sin(mids), steps)
    cols = np.floor(xs).astype(np.int64)
    rows = np.floor(ys).astype(np.int64)
    outside = (cols < 0) | (rows < 0) | (cols >= width) | (rows >= height)
    blocked = outside.copy()
    inside = ~outside
    blocked[inside] = opaque[rows[inside], cols[inside]]
    blocked &= ~((cols == int(np.floor(ox))) & (rows == int(np.floor(oy))))
    hit = blocked.any(axis=1)
    first = blocked.argmax(axis=1)
    distances = np.where(hit, steps[first] - _RAY_STEP, reach).astype(np.float32)
    distances = np.minimum(distances, np.float32(reach))
    # Round so equal reaches compare equal and cones merge into few vertices.
    distances = np.round(distances, 2).astype(np.float32)
    return SightProfile(origin=(float(ox), float(oy)), distances=distances)


def reach_mask(profile: SightProfile, low: float, high: float, shape: tuple[int, int]) -> np.ndarray:
    """Tiles whose centre the camera can ever see while sweeping between angles ``low`` and ``high``.

    Used for the debrief's chilling-effect figure: how much of a walk lay within some camera's reach.
    """
    height, width = shape
    mask = np.zeros(shape, dtype=bool)
    ox, oy = profile.origin
    reach = float(profile.distances.max())
    x0, x1 = max(int(ox - reach), 0), min(int(ox + reach) + 1, width)
    y0, y1 = max(int(oy - reach), 0), min(int(oy + reach) + 1, height)
    if x0 >= x1 or y0 >= y1:
        return mask
    ys, xs = np.mgrid[y0:y1, x0:x1]
    dx, dy = xs + 0.5 - ox, ys + 0.5 - oy
    angles = np.degrees(np.arctan2(dy, dx)) % 360.0
    within_arc = ((angles - low) % 360.0) <= (high - low) if high - low < 360 else np.ones_like(angles, bool)
    distance = np.hypot(dx, dy)
    mask[y0:y1, x0:x1] = within_arc & (distance <= profile.distances[angles.astype(np.int64) % 360])
    return mask
