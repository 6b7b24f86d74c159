"""The simulation: the world at a fixed 60 Hz, its cameras, and the bot that can play it."""

from __future__ import annotations

from game.sim.movement import Player
from game.sim.world import World, format_clock

__all__ = ["Player", "World", "format_clock"]
