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


@dataclass(frozen=True)
class SightProfile:
    """For each whole degree ``d`` (0 east, 90 south), how far sight reaches in ``[d, d+1)``."""

    origin: tuple[float, float]
    distances: np.ndarray  # float32, shape (360,), in tiles, capped at the camera's range

    def cone(self, facing: int, fov: int, arc_step: int) -> Cone:
        """The cone between ``facing - fov/2`` and ``facing + fov/2``, whole degrees."""
        start = facing - fov // 2
        degrees = np.arange(start, start + fov) % 360
        reach = self.distances[degrees]
        # Vertex angles: every degree where the reach changes (twice: the old reach, then the new one),
        # and along equal runs every arc_step degrees from the run's start. Vectorised: a cone is built
        # whenever a camera first turns to a degree, often in the middle of a frame.
        index = np.arange(1, fov)
        changed = reach[1:] != reach[:-1]
        run_start = np.maximum.accumulate(np.where(changed, index, 0)) if fov > 1 else index
        on_arc = ~changed & ((index - run_start) % arc_step == 0)
        take = np.column_stack((changed | on_arc, changed)).ravel()
        pair_radii = np.column_stack((np.where(changed, reach[:-1], reach[1:]), reach[1:])).ravel()
        pair_angles = np.repeat(index + start, 2)
        angles = np.concatenate(([start], pair_angles[take], [start + fov])).astype(np.float64)
        radii = np.concatenate(([reach[0]], pair_radii[take], [reach[-1]])).astype(np.float64)
        radians = np.radians(angles)
        points = np.column_stack((np.cos(radians) * radii, np.sin(radians) * radii))
        return Cone(origin=self.origin, start=float(start), fov=float(fov),
                    points=points.astype(np.float64), angles=angles)


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
        if ax == bx and ay == by:
            return False  # no reach in this direction (a wall at the apex): nothing drawn, nothing seen
        # Inside when the point is on the origin's side of segment a-b; for b at a larger angle
        # than a, the origin's side is where this cross product is positive.
        cross = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax)
        return cross >= -1e-9


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
