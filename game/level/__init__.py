"""Levels as plain data: a Tiled map read with pytmx, checked, and turned into numpy grids."""

from __future__ import annotations

from game.level.errors import LevelError, Problem
from game.level.loader import load_level
from game.level.model import (
           CAMERA_KINDS,
           PASS_COLOURS,
           Camera,
           Crossing,
           Gate,
           Level,
           Place,
           Rect,
           Rule,
           Spot,
)

__all__ = ["CAMERA_KINDS", "PASS_COLOURS", "Camera", "Crossing", "Gate", "Level", "LevelError", "Place",
           "Problem", "Rect", "Rule", "Spot", "load_level"]
