"""A bot that plays like a first-time visitor: picks a route, checks the phone, dawdles at bins.

It reads the world's state and returns one Command per tick, exactly as a keyboard would; its choices
come from its own seeded generator, so a seed always gives the same walk. It drives the attract loop,
``--autoplay`` runs, tests and benchmarks.
"""

from __future__ import annotations

import numpy as np

from game.events import Command
from game.level.model import Level, Rect
from game.level.paths import shortest_path
from game.sim.world import World

# Route styles a visitor tries first; consecutive seeds take them in turn, so an attract loop shows
# every route and a handful of seeds reach every kind of ending.
PLANS = ("front_door", "streets", "alleys", "highway")
BUS_PLANS = ("streets", "bus", "highway", "alleys")  # where a bus runs, someone takes it
_SLOW, _FAST = 0.9, 1.5  # tile speeds that mark alleys and the highway
_LATE_MARGIN_MINUTES = 35  # this close to the deadline the bot hurries


def _cost_grid(level: Level, plan: str) -> np.ndarray:
    """Per-tile cost of walking a route in this plan's style; inf where nobody can walk."""
    speed = level.speed
    cost = np.where(level.walkable, 1.0 / np.maximum(speed, 0.1), np.inf)
    alley, highway = speed < _SLOW, speed > _FAST
    if plan == "alleys":
        cost = np.where(alley, cost * 0.4, np.where(highway, cost * 40, cost * 2.5))
    elif plan == "highway":
        cost = np.where(highway, cost * 0.3, np.where(alley, cost * 3, cost))
    else:
        cost = np.where(alley, cost * 5, np.where(highway, cost * 40, cost))
    if plan != "front_door":
        door = level.front_door.area
        cost[int(door.y):int(np.ceil(door.y + door.h)), int(door.x):int(np.ceil(door.x + door.w))] *= 400
    return cost


def _tiles_of(rect: Rect) -> list[tuple[int, int]]:
    return [(x, y) for y in range(int(rect.y), int(np.ceil(rect.y + rect.h)))
            for x in range(int(rect.x), int(np.ceil(rect.x + rect.w)))]


class Bot:
    """Turns the world's state into the commands a plausible player would give."""

    def __init__(self, level: Level, seed: int) -> None:
        self.level = level
        self.rng = np.random.default_rng([seed, 7919])
        plans = BUS_PLANS if level.bus_stops else PLANS
        self.plan = plans[seed % len(plans)]
        # How long she hesitates at the door when the police knock (drawn only where they do).
        self.answer_at = int(self.rng.integers(90, 240)) if level.police_visit else 0
        self.path: list[tuple[int, int]] = []
        self.errand: object | None = None
        self.expected: tuple[float, float] | None = None
        self.hesitating = 0
        self.hesitated_at: set[str] = set()
        self.running_for = 0
        self.next_phone_tick = int(self.rng.integers(300, 900))
        self.stuck_ticks = 0
        self.last_position = (0.0, 0.0)

    def _replan(self, world: World) -> None:
        level, player = self.level, world.player
        cost = _cost_grid(level, self.plan)
        start = (int(player.x), int(player.y))
        if self.plan == "bus" and self.errand is None and level.bus_stops:
            self.errand = min(level.bus_stops, key=lambda s: np.hypot(s.x - player.x, s.y - player.y))
        if self.errand is not None:
            goals = {(int(self.errand.x), int(self.errand.y))}  # type: ignore[attr-defined]
        elif level.goal is not None:
            goals = set(_tiles_of(level.goal.area))
        else:
            goals = {tile for gate in level.gates if gate.court for tile in _tiles_of(gate.area)}
        self.path = shortest_path(cost, start, goals)
        if not self.path and self.errand is not None:
            self.errand = None
            self._replan(world)

    def _maybe_errand(self, world: World) -> None:
        """Now and then a visitor stops to sort the waste or park a bike right."""
        if self.errand is not None or self.rng.random() > 0.004:
            return
        player = world.player
        near = [spot for spot in self.level.spots if spot.object_id not in world.used_spots
                and np.hypot(spot.x - player.x, spot.y - player.y) < 6]
        if near:
            self.errand = near[int(self.rng.integers(len(near)))]
            self._replan(world)

    def command(self, world: World) -> Command:
        """The command for this tick."""
        player = world.player
        position = (player.x, player.y)
        teleported = self.expected is not None and np.hypot(
            position[0] - self.expected[0], position[1] - self.expected[1]) > 1.5
        if world.pending_choice is not None:
            if world.tick < self.answer_at:
                return Command()
            return Command(choice=int(self.rng.integers(1, 3)))
        if teleported:
            if self.plan in ("front_door", "bus"):
                self.plan = str(self.rng.choice(("streets", "alleys")))
            self.errand = None
            self.path = []
            self.hesitated_at.clear()
        self.expected = position
        if world.tick >= self.next_phone_tick:
            self.next_phone_tick = world.tick + int(self.rng.integers(1200, 3000))
            return Command(look_at_phone=True)
        if self.hesitating > 0:
            self.hesitating -= 1
            return Command()
        self._maybe_errand(world)
        if not self.path:
            self._replan(world)
            if not self.path:
                return Command()
        return self._follow(world)

    def _follow(self, world: World) -> Command:
        player = world.player
        while self.path and np.hypot(self.path[0][0] + 0.5 - player.x,
                                     self.path[0][1] + 0.5 - player.y) < 0.25:
            self.path.pop(0)
        if not self.path:
            if self.errand is not None:
                self.errand = None
                return Command(act=True)
            return Command()
        tx, ty = self.path[0]
        gate = next((g for g in self.level.gates if g.area.contains(tx + 0.5, ty + 0.5)), None)
        if gate is not None and gate.name not in self.hesitated_at:
            self.hesitated_at.add(gate.name)
            self.hesitating = int(self.rng.integers(30, 120))
            return Command()
        if gate is None and world.inside_gate is None:
            self.hesitated_at.clear()
        moved = np.hypot(player.x - self.last_position[0], player.y - self.last_position[1])
        self.last_position = (player.x, player.y)
        self.stuck_ticks = self.stuck_ticks + 1 if moved < 1e-6 else 0
        if self.stuck_ticks > 90:
            self.stuck_ticks = 0
            self.path = []
            return Command(move_x=int(self.rng.integers(-1, 2)), move_y=int(self.rng.integers(-1, 2)))
        dx, dy = tx + 0.5 - player.x, ty + 0.5 - player.y
        move_x = 0 if abs(dx) < 0.12 else int(np.sign(dx))
        move_y = 0 if abs(dy) < 0.12 else int(np.sign(dy))
        if self.running_for > 0:
            self.running_for -= 1
        elif (world.game_minutes > world.level.hearing_minutes - _LATE_MARGIN_MINUTES
              or self.rng.random() < 0.002):
            self.running_for = int(self.rng.integers(60, 240))
        return Command(move_x=move_x, move_y=move_y, run=self.running_for > 0)
