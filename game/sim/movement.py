"""How she moves: a small circle sliding over walkable tiles at the tile's speed, rounding corners.

Apart from the world so that movement can be read, changed and tested on its own: it reads the
level's grids and the command, and changes only the player's body.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from game import tuning
from game.events import Command
from game.level.model import Level

_DT = 1.0 / tuning.TICKS_PER_SECOND


@dataclass
class Player:
    """The player's body: a small circle sliding over walkable tiles."""

    x: float
    y: float
    facing_x: float = 0.0
    facing_y: float = 1.0
    moving: bool = False
    running: bool = False
    still_ticks: int = 0


def free(walkable: np.ndarray, x: float, y: float) -> bool:
    """Whether a player centred at (x, y) overlaps only walkable tiles."""
    r = tuning.PLAYER_RADIUS
    height, width = walkable.shape
    for cx in (x - r, x + r):
        for cy in (y - r, y + r):
            col, row = int(np.floor(cx)), int(np.floor(cy))
            if not (0 <= col < width and 0 <= row < height) or not walkable[row, col]:
                return False
    return True


def move(player: Player, level: Level, command: Command) -> None:
    """One tick of walking or running as ``command`` asks; walls stop her, corners let her round them."""
    dx, dy = float(command.move_x), float(command.move_y)
    if dx == 0.0 and dy == 0.0:
        player.moving = player.running = False
        player.still_ticks += 1
        return
    length = float(np.hypot(dx, dy))
    dx, dy = dx / length, dy / length
    player.facing_x, player.facing_y = dx, dy
    col, row = int(player.x), int(player.y)
    tile_speed = float(level.speed[row, col])
    speed = (tuning.RUN_SPEED if command.run else tuning.WALK_SPEED) * tile_speed * _DT
    start = (player.x, player.y)
    # Axis by axis, so the player slides along walls instead of sticking to them.
    if free(level.walkable, player.x + dx * speed, player.y):
        player.x += dx * speed
    if free(level.walkable, player.x, player.y + dy * speed):
        player.y += dy * speed
    if (player.x, player.y) == start:
        _round_corner(player, level.walkable, dx, dy, speed)
    player.moving = (player.x, player.y) != start
    player.running = player.moving and command.run
    player.still_ticks = 0 if player.moving else player.still_ticks + 1


def _round_corner(player: Player, walkable: np.ndarray, dx: float, dy: float, speed: float) -> None:
    """Blocked head-on by a corner's edge: slip sideways toward the opening if it is near.

    Without this a player a little off a passage's centre walks into its wall and stops; with it
    she rounds the corner, as long as the opening is within CORNER_SLIP_TILES to one side."""
    step = tuning.CORNER_SLIP_STEP_TILES
    for axis_x, axis_y in ((dx, 0.0), (0.0, dy)):
        if axis_x == 0.0 and axis_y == 0.0:
            continue
        side_x, side_y = (0.0, 1.0) if axis_x else (1.0, 0.0)
        for tries in range(1, int(tuning.CORNER_SLIP_TILES / step) + 1):
            offset = tries * step
            for sign in (-1.0, 1.0):
                slip_x, slip_y = player.x + sign * side_x * offset, player.y + sign * side_y * offset
                if (free(walkable, slip_x, slip_y)
                        and free(walkable, slip_x + axis_x * speed, slip_y + axis_y * speed)):
                    shift = min(speed, offset)
                    new_x, new_y = player.x + sign * side_x * shift, player.y + sign * side_y * shift
                    if free(walkable, new_x, new_y):
                        player.x, player.y = new_x, new_y
                        return
