"""Every camera of a level as numpy arrays: sweep angles, recognition meters, and cones on demand.

A camera's facing is quantised to whole degrees, so the cone for a (camera, degree) pair is built
once and shared by the detection test and the renderer: what is drawn is exactly what detects.
"""

from __future__ import annotations

import numpy as np

from game import tuning
from game.level.model import Camera, Level
from game.vision import Cone, SightProfile, sight_profile


class CameraBank:
    """The level's cameras: static data as arrays, per-tick state as arrays, cones cached."""

    def __init__(self, level: Level) -> None:
        cameras = level.cameras
        self.cameras: tuple[Camera, ...] = cameras
        self.x = np.array([c.x for c in cameras], dtype=np.float64)
        self.y = np.array([c.y for c in cameras], dtype=np.float64)
        self.range = np.array([c.range for c in cameras], dtype=np.float64)
        self.facing = np.array([c.facing for c in cameras], dtype=np.float64)
        self.sweep = np.array([c.sweep for c in cameras], dtype=np.float64)
        self.fov = np.array([round(c.fov) for c in cameras], dtype=np.int64)
        speed = np.array([c.sweep_speed for c in cameras], dtype=np.float64)
        moving = (self.sweep > 0) & (speed > 0)
        # One sweep there and back takes 2 * sweep / speed seconds; cameras start out of step.
        self.period = np.where(moving, 2 * self.sweep / np.where(moving, speed, 1.0), 0.0)
        self.phase = (np.arange(len(cameras)) * 0.6180339887) % 1.0
        self.moving = moving
        self.profiles: tuple[SightProfile, ...] = tuple(
            sight_profile(level.opaque, (c.x, c.y), c.range) for c in cameras)
        self.angle = np.zeros(len(cameras), dtype=np.int64)
        self.meter = np.zeros(len(cameras), dtype=np.float64)
        self.cooldown = np.zeros(len(cameras), dtype=np.float64)
        self.tracking = np.zeros(len(cameras), dtype=bool)
        self._cones: dict[tuple[int, int], Cone] = {}
        self.aim(0.0)

    def reset(self) -> None:
        """Ready for a new run: meters empty, sweeps at their start; cached cones are kept."""
        self.meter[:] = 0.0
        self.cooldown[:] = 0.0
        self.tracking[:] = False
        self.aim(0.0)

    def __len__(self) -> int:
        return len(self.cameras)

    def aim(self, seconds: float) -> None:
        """Point every camera where its sweep is at ``seconds`` of real play time."""
        safe_period = np.where(self.moving, self.period, 1.0)
        position = (seconds / safe_period + self.phase) % 1.0
        triangle = 4 * np.abs(position - 0.5) - 1  # -1..1..-1 over one period
        angles = self.facing + np.where(self.moving, self.sweep / 2 * triangle, 0.0)
        self.angle = np.rint(angles).astype(np.int64) % 360

    def cone(self, index: int) -> Cone:
        """The cone of camera ``index`` at its current facing, built once per whole degree."""
        key = (index, int(self.angle[index]))
        cone = self._cones.get(key)
        if cone is None:
            cone = self.profiles[index].cone(key[1], int(self.fov[index]), tuning.CONE_ARC_STEP_DEGREES)
            self._cones[key] = cone
        return cone

    def built(self) -> list[tuple[int, int, Cone]]:
        """(camera, degree, cone) of every cone built so far, in that order."""
        return [(index, angle, cone) for (index, angle), cone in sorted(self._cones.items())]

    def candidates(self, px: float, py: float) -> np.ndarray:
        """Indices of cameras close enough that the player might be in their cone."""
        close = np.hypot(self.x - px, self.y - py) <= self.range
        return np.flatnonzero(close)
