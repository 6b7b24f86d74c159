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
OUTLINE_TOLERANCE = 0.06  # tiles (2 px at 32 px tiles): how far an outline may cut a ray's end


@dataclass(frozen=True)
class SightProfile:
    """For each whole degree ``d`` (0 east, 90 south), how far sight reaches in ``[d, d+1)``."""

    origin: tuple[float, float]
    distances: np.ndarray  # float32, shape (360,), in tiles, capped at the camera's range

    def cone(self, facing: int, fov: int, arc_step: int, tolerance: float = OUTLINE_TOLERANCE) -> Cone:
        """The cone between ``facing - fov/2`` and ``facing + fov/2``, whole degrees.

        Its outline runs through the ends of the rays (one through each degree's middle) and the
        cone's two edges, with every point dropped that lies within ``tolerance`` tiles of the line
        between its neighbours: a straight wall becomes one segment, a corner keeps its vertex, and
        the arc at full range keeps a vertex at least every ``arc_step`` degrees. Fewer points draw
        faster, and the polygon drawn is still exactly the polygon that detects.
        """
        start = facing - fov // 2
        reach = self.distances[np.arange(start, start + fov) % 360].astype(np.float64)
        middles = np.arange(start, start + fov) + 0.5
        angles = np.concatenate(([start], middles, [start + fov])).astype(np.float64)
        radii = np.concatenate(([reach[0]], reach, [reach[-1]]))
        radians = np.radians(angles)
        points = np.column_stack((np.cos(radians) * radii, np.sin(radians) * radii))
        keep = _simplified(points, angles, radii, tolerance, arc_step)
        return Cone(origin=self.origin, start=float(start), fov=float(fov),
                    points=points[keep], angles=angles[keep])


def _simplified(points: np.ndarray, angles: np.ndarray, radii: np.ndarray, tolerance: float,
                arc_step: int) -> np.ndarray:
    """Indices of the outline points worth keeping; the first and last always stay.

    Each pass drops every other point of each run of points that lie within ``tolerance`` of the
    line between their neighbours, so runs halve pass by pass (vectorised: cones are built while
    cameras sweep). Along the range circle a gap never grows past ``arc_step`` degrees.
    """
    keep = np.arange(len(points))
    full = radii >= radii.max() - 1e-9
    for _ in range(16):
        if len(keep) <= 3:
            break
        before, here, after = keep[:-2], keep[1:-1], keep[2:]
        chord = points[after] - points[before]
        offset = points[here] - points[before]
        length = np.hypot(chord[:, 0], chord[:, 1])
        cross = np.abs(chord[:, 0] * offset[:, 1] - chord[:, 1] * offset[:, 0])
        distance = np.where(length > 0, cross / np.where(length > 0, length, 1.0),
                            np.hypot(offset[:, 0], offset[:, 1]))
        removable = distance < tolerance
        on_arc = full[before] & full[here] & full[after]
        removable &= ~(on_arc & (angles[after] - angles[before] > arc_step))
        if not removable.any():
            break
        # Within each run of removable points drop the 1st, 3rd, 5th...: never two neighbours at once.
        position = np.arange(len(removable))
        run_start = np.maximum.accumulate(np.where(removable & ~np.r_[False, removable[:-1]], position, 0))
        drop = removable & ((position - run_start) % 2 == 0)
        keep = np.concatenate(([keep[0]], here[~drop], [keep[-1]]))
    return keep


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
