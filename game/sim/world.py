"""The world and its fixed 60 Hz step: movement, cameras, gates, police, and the clock.

``World.step(command)`` is the only way the world changes. It is deterministic for a level, a
seed, a profile and a sequence of commands: one seeded numpy Generator is the only source of chance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from game import tuning
from game.events import Command, Event
from game.level.model import BusStop, Gate, Level, Spot
from game.sim.cameras import CameraBank
from game.system import Outcome, Recording, System

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


@dataclass
class Wait:
    """Time the system takes from her, passing where she can see it: she stands still and the clock
    runs faster than play, so 15 minutes at the health station take seconds, not a cut.

    ``kind`` is ``queue`` (then ``gate`` scans her), ``station``, ``walked_home``, ``held`` (on the
    hard shoulder, until the hearing has begun) or ``bus``."""

    kind: str
    game_seconds: float  # still to pass
    per_tick: float  # game seconds per tick while she waits
    started: float  # the clock (minutes since midnight) when it began
    gate: str | None = None


def format_clock(minutes: float) -> str:
    whole = int(minutes)
    return f"{whole // 60:02d}:{whole % 60:02d}"


class World:
    """One run in progress. Screens read its state; only commands change it."""

    def __init__(self, level: Level, seed: int, profile: dict[str, Any] | None = None,
                 cameras: CameraBank | None = None) -> None:
        self.level = level
        self.seed = seed
        self.profile = {**level.profile, **(profile or {})}
        self.rng = np.random.default_rng(seed)
        self.tick = 0
        self.delay_seconds = 0.0  # game time beyond play's own: waits at gates, the station, the bus
        self.waiting: Wait | None = None
        self.player = Player(*level.spawn)
        self.cameras = cameras if cameras is not None else CameraBank(level)
        self.system = System(level, self.profile)
        self.ending: str | None = None
        self.inside_gate: str | None = None
        self.inside_crossing: str | None = None
        self.was_home = level.home.area.contains(*level.spawn)
        self.used_spots: set[int] = set()
        self.route: list[tuple[int, float, float, int]] = []
        # The second scenario's machinery; idle on a level without these objects.
        self.pending_choice: str | None = "visit" if level.police_visit else None
        self.recordings: list[Recording] = []
        self.handed_over: set[tuple[str, int]] = set()
        self.tension = 0.0
        self.tension_band = 0
        self.last_minute = int(self.game_minutes)
        self._handle(self.system.begin(0, self.clock_text))
        self._sample_route()

    # --- time ------------------------------------------------------------------------------

    @property
    def game_minutes(self) -> float:
        """Minutes on the game clock since midnight."""
        seconds = self.tick * tuning.GAME_SECONDS_PER_TICK + self.delay_seconds
        return self.level.start_minutes + seconds / 60

    @property
    def clock_text(self) -> str:
        return format_clock(self.game_minutes)

    @property
    def real_seconds(self) -> float:
        """Seconds of play; cameras sweep and lights change in this time, not the story's."""
        return self.tick / tuning.TICKS_PER_SECOND

    @property
    def events(self) -> list[Event]:
        return self.system.log

    # --- the step --------------------------------------------------------------------------

    def step(self, command: Command) -> list[Event]:
        """Advance one tick; returns the events it produced."""
        if self.ending is not None:
            return []
        first_new = len(self.system.log)
        self.tick += 1
        if command.give_up:
            self._end("stayed_home")
            return self.system.log[first_new:]
        if self.pending_choice is not None:
            self._answer(command.choice)
            command = Command()  # she stands at the door while the officers talk
        if self.waiting is not None:  # she stands; her phone is all she can still use
            if command.look_at_phone:
                self.system.look_at_phone(self.tick, self.clock_text)
            self.cameras.aim(self.real_seconds)
            self._wait()
        else:
            self._move(command)
            self.cameras.aim(self.real_seconds)
            self._watch()
            if self.ending is None:
                self._places(command)
        if self.ending is None:
            self._street_and_clock()
        if self.ending is None and self.game_minutes >= self.level.hearing_minutes:
            self._hearing_begins()
        if self.tick % tuning.ROUTE_SAMPLE_TICKS == 0 or self.ending is not None:
            self._sample_route()
        return self.system.log[first_new:]

    def _sample_route(self) -> None:
        """Keep where the player walked and whether a camera had her."""
        player, cameras = self.player, self.cameras
        self.route.append((self.tick, round(player.x, 2), round(player.y, 2), int(cameras.tracking.any())))

    def _answer(self, choice: int) -> None:
        """The police visit at the door: 1 talk, 2 decline; time passes until she answers."""
        if choice not in (1, 2):
            return
        self.pending_choice = None
        self._handle(self.system.visit(self.tick, self.clock_text, "talk" if choice == 1 else "decline"))

    def _street_and_clock(self) -> None:
        """The smart street's tension reading, and the rules that wait for a time of day."""
        self.tension = max(self.tension - tuning.TENSION_DECAY_PER_SECOND * _DT, 0.0)
        band = sum(self.tension >= edge for edge in tuning.TENSION_BANDS)
        if band > self.tension_band:
            name = tuning.TENSION_BAND_NAMES[band - 1]
            self._handle(self.system.tension(self.tick, self.clock_text, self.tension, name))
        self.tension_band = band
        minute = int(self.game_minutes)
        if minute > self.last_minute and self.ending is None:
            self.last_minute = minute
            self._handle(self.system.minute(self.tick, self.clock_text))

    def _hearing_begins(self) -> None:
        """The clock reached the hearing, whatever she was doing: the run ends at that minute."""
        if self.waiting is not None and self.waiting.kind == "held":
            ending = "pulled_off_highway"
        elif self.level.home.area.contains(self.player.x, self.player.y):
            ending = "stayed_home"  # at home when the hearing starts, however she got there
        else:
            ending = "too_late"
        wait, self.waiting = self.waiting, None
        if wait is None:
            self._end(ending)
        else:
            self._end(ending, wait.kind, round(self.game_minutes - wait.started))

    def _start_wait(self, kind: str, minutes: float, real_seconds: float, gate: str | None = None) -> None:
        """Begin a wait of ``minutes`` on the clock that passes in ``real_seconds`` of play; no wait
        runs past the hearing, so "too late" comes at its minute."""
        minutes = self._capped(minutes)
        ticks = max(real_seconds * tuning.TICKS_PER_SECOND, 1.0)
        self.waiting = Wait(kind, minutes * 60, minutes * 60 / ticks, self.game_minutes, gate)
        self.player.moving = self.player.running = False
        self.cameras.tracking[:] = False  # out of play while she waits: no cone is tracking her

    def _wait(self) -> None:
        """One tick of a wait: the clock runs at the wait's pace; at its end, what comes next."""
        wait = self.waiting
        assert wait is not None
        passing = min(wait.per_tick, wait.game_seconds)
        # Play's own clock advanced with the tick; the rest of this tick's minutes are the wait's.
        self.delay_seconds += max(passing - tuning.GAME_SECONDS_PER_TICK, 0.0)
        wait.game_seconds -= passing
        if wait.game_seconds > 1e-9:
            return
        if wait.kind == "held":  # held until the hearing's minute, exactly
            self.delay_seconds += (self.level.hearing_minutes - self.game_minutes) * 60
            return
        self.waiting = None
        if wait.kind == "queue" and wait.gate is not None:
            self._scan(next(g for g in self.level.gates if g.name == wait.gate))

    def _capped(self, minutes: float) -> float:
        """``minutes``, or fewer if the hearing begins before they have passed."""
        return min(minutes, max(self.level.hearing_minutes - self.game_minutes, 0.0))

    def _end(self, ending: str, during: str = "", waited: int = 0) -> None:
        self.ending = ending
        self.system.end(self.tick, self.clock_text, ending, during, waited)

    def _handle(self, outcome: Outcome) -> None:
        if outcome.order_footage is not None:
            self._hand_over_footage(outcome.order_footage)
        if outcome.ending and self.ending is None:
            if outcome.ending == "pulled_off_highway":
                # Held on the hard shoulder while the hearing's minutes run out in front of her.
                self.system.police(self.tick, self.clock_text, "pulled_over", self.player.x, self.player.y,
                                   int(self._capped(math.inf)) + 180)
                self._start_wait("held", math.inf, tuning.HELD_REAL_SECONDS)
            else:
                self._end(outcome.ending)
        elif outcome.walk_home:
            minutes = self._capped(tuning.WALKED_HOME_MINUTES)
            self.system.police(self.tick, self.clock_text, "walked_home", self.player.x, self.player.y,
                               round(minutes))
            self._place_player(*self.level.spawn)
            self._face_away_from_front_door()
            self._start_wait("walked_home", minutes, tuning.WALKED_HOME_REAL_SECONDS)

    def _hand_over_footage(self, radius: float) -> None:
        """The police order what registered cameras near her kept; the owners hand it over."""
        player = self.player
        cameras = {camera.label: camera for camera in self.level.cameras}
        handed = []
        for item in self.recordings:
            camera = cameras[item.camera]
            key = (item.camera, item.tick)
            if key in self.handed_over or np.hypot(camera.x - player.x, camera.y - player.y) > radius:
                continue
            self.handed_over.add(key)
            handed.append(item)
        self.system.footage(self.tick, self.clock_text, handed)

    def _face_away_from_front_door(self) -> None:
        """Walked back in, she stands with her back to the door, not ready to walk straight out again."""
        player = self.player
        door_x, door_y = self.level.front_door.area.centre
        away_x, away_y = player.x - door_x, player.y - door_y
        length = float(np.hypot(away_x, away_y))
        if length > 0:
            player.facing_x, player.facing_y = away_x / length, away_y / length

    def _place_player(self, x: float, y: float) -> None:
        self.player.x, self.player.y = x, y
        self.player.moving = False
        self.was_home = self.level.home.area.contains(x, y)

    # --- movement --------------------------------------------------------------------------

    def _free(self, x: float, y: float) -> bool:
        """Whether a player centred at (x, y) overlaps only walkable tiles."""
        r = tuning.PLAYER_RADIUS
        walkable = self.level.walkable
        height, width = walkable.shape
        for cx in (x - r, x + r):
            for cy in (y - r, y + r):
                col, row = int(np.floor(cx)), int(np.floor(cy))
                if not (0 <= col < width and 0 <= row < height) or not walkable[row, col]:
                    return False
        return True

    def _move(self, command: Command) -> None:
        player = self.player
        dx, dy = float(command.move_x), float(command.move_y)
        if dx == 0.0 and dy == 0.0:
            player.moving = player.running = False
            player.still_ticks += 1
            return
        length = float(np.hypot(dx, dy))
        dx, dy = dx / length, dy / length
        player.facing_x, player.facing_y = dx, dy
        col, row = int(player.x), int(player.y)
        tile_speed = float(self.level.speed[row, col])
        speed = (tuning.RUN_SPEED if command.run else tuning.WALK_SPEED) * tile_speed * _DT
        start = (player.x, player.y)
        # Axis by axis, so the player slides along walls instead of sticking to them.
        if self._free(player.x + dx * speed, player.y):
            player.x += dx * speed
        if self._free(player.x, player.y + dy * speed):
            player.y += dy * speed
        if (player.x, player.y) == start:
            self._round_corner(dx, dy, speed)
        player.moving = (player.x, player.y) != start
        player.running = player.moving and command.run
        player.still_ticks = 0 if player.moving else player.still_ticks + 1

    def _round_corner(self, dx: float, dy: float, speed: float) -> None:
        """Blocked head-on by a corner's edge: slip sideways toward the opening if it is near.

        Without this a player a little off a passage's centre walks into its wall and stops; with it
        she rounds the corner, as long as the opening is within CORNER_SLIP_TILES to one side."""
        player = self.player
        step = tuning.CORNER_SLIP_STEP_TILES
        for axis_x, axis_y in ((dx, 0.0), (0.0, dy)):
            if axis_x == 0.0 and axis_y == 0.0:
                continue
            side_x, side_y = (0.0, 1.0) if axis_x else (1.0, 0.0)
            for tries in range(1, int(tuning.CORNER_SLIP_TILES / step) + 1):
                offset = tries * step
                for sign in (-1.0, 1.0):
                    slip_x, slip_y = player.x + sign * side_x * offset, player.y + sign * side_y * offset
                    if (self._free(slip_x, slip_y)
                            and self._free(slip_x + axis_x * speed, slip_y + axis_y * speed)):
                        shift = min(speed, offset)
                        new_x, new_y = player.x + sign * side_x * shift, player.y + sign * side_y * shift
                        if self._free(new_x, new_y):
                            player.x, player.y = new_x, new_y
                            return

    # --- cameras ---------------------------------------------------------------------------

    def _watch(self) -> None:
        cameras = self.cameras
        player = self.player
        cameras.tracking[:] = False
        cameras.cooldown = np.maximum(cameras.cooldown - _DT, 0.0)
        for index in cameras.candidates(player.x, player.y):
            if cameras.cone(int(index)).contains(player.x, player.y):
                cameras.tracking[index] = True
        decay = tuning.RECOGNITION_DECAY_PER_SECOND * _DT
        cameras.meter = np.where(cameras.tracking, cameras.meter, np.maximum(cameras.meter - decay, 0.0))
        for index in np.flatnonzero(cameras.tracking):
            camera = cameras.cameras[int(index)]
            if camera.kind == "sound":
                self._hear()
            elif camera.kind == "anpr":
                self._read_plate(int(index))
            elif not camera.watches_live:
                self._record(int(index))
            else:
                self._recognise(int(index))
            if self.ending is not None:
                return

    def _hear(self) -> None:
        """A sound sensor hears running feet; the street's tension reading rises."""
        if self.player.running:
            self.tension = min(self.tension + tuning.TENSION_PER_SECOND_RUNNING * _DT, 1.0)

    def _read_plate(self, index: int) -> None:
        """A number-plate camera reads her plate only while she drives; the passage is kept."""
        cameras, player = self.cameras, self.player
        if not self.level.is_driving(player.x, player.y) or cameras.cooldown[index] > 0:
            return
        cameras.cooldown[index] = tuning.OBSERVATION_COOLDOWN_SECONDS
        camera = cameras.cameras[index]
        self.system.passage(self.tick, self.clock_text, camera.label, player.x, player.y,
                            self._kept_until(camera.retention_days))

    def _kept_until(self, days: float) -> str:
        if self.level.date is None:
            return f"+{days:g} days"
        return (date.fromisoformat(self.level.date) + timedelta(days=days)).isoformat()

    def _record(self, index: int) -> None:
        """A registered camera records her; nobody watches it, until footage is ordered."""
        cameras, player = self.cameras, self.player
        if cameras.cooldown[index] > 0:
            return
        cameras.cooldown[index] = tuning.OBSERVATION_COOLDOWN_SECONDS
        camera = cameras.cameras[index]
        self.recordings.append(Recording(self.tick, self.clock_text, camera.label, camera.owner,
                                         round(player.x, 2), round(player.y, 2)))

    def _recognise(self, index: int) -> None:
        """Fill the meter of a camera that sees the player; a full meter is an observation."""
        cameras, player = self.cameras, self.player
        camera = cameras.cameras[index]
        nearness = 1.0 - min(float(np.hypot(camera.x - player.x, camera.y - player.y)) / camera.range, 1.0)
        seconds = (tuning.RECOGNITION_SECONDS_AT_RANGE
                   + (tuning.RECOGNITION_SECONDS_CLOSE - tuning.RECOGNITION_SECONDS_AT_RANGE) * nearness)
        if player.running:
            seconds /= tuning.RUNNING_RECOGNITION_FACTOR
        seconds /= tuning.RECOGNITION_FACTOR_BY_KIND.get(camera.kind, 1.0)
        cameras.meter[index] = min(cameras.meter[index] + _DT / seconds, 1.0)
        if cameras.meter[index] < 1.0 or cameras.cooldown[index] > 0:
            return
        cameras.meter[index] = 0.0
        cameras.cooldown[index] = tuning.OBSERVATION_COOLDOWN_SECONDS
        confidence = 0.55 + 0.4 * nearness + float(self.rng.uniform(-0.04, 0.04))
        outcome = self.system.observed(
            self.tick, self.clock_text, camera=camera.label, camera_kind=camera.kind,
            x=player.x, y=player.y, confidence=round(min(max(confidence, 0.0), 0.99), 2),
            inferred=self._infer(camera.reads_emotion, camera.kind))
        self._handle(outcome)
        if camera.kind == "counting":
            self.tension = min(self.tension + tuning.TENSION_PER_COUNT, 1.0)

    def _infer(self, reads_emotion: bool, camera_kind: str) -> str:
        """What the system reads into the player's behaviour (DESIGN.md: core loop, step 3)."""
        player = self.player
        if camera_kind == "counting":
            return "dot"
        if player.running:
            return "hurrying"
        if player.still_ticks >= tuning.LINGER_SECONDS * tuning.TICKS_PER_SECOND:
            return "anxious"
        if reads_emotion:
            return "anxious" if self.rng.random() < tuning.EMOTION_READ_ANXIOUS else "calm"
        return "walking"

    # --- places: gates, doors, crossings, spots --------------------------------------------

    def _places(self, command: Command) -> None:
        level, player = self.level, self.player
        x, y = player.x, player.y
        if command.look_at_phone:
            self.system.look_at_phone(self.tick, self.clock_text)
        at_home = level.home.area.contains(x, y)
        if self.was_home and not at_home and level.front_door.area.contains(x, y):
            self._handle(self.system.left_by_front_door(self.tick, self.clock_text))
            if self.ending is not None:
                return
            at_home = level.home.area.contains(player.x, player.y)
        self.was_home = at_home
        goal = level.goal
        if goal is not None and level.goal_ending is not None and goal.area.contains(player.x, player.y):
            self._handle(self.system.reached_goal(self.tick, self.clock_text))
            if self.ending is None:
                self._end(level.goal_ending)
            return
        self._gates()
        if self.ending is None:
            self._crossings()
        if self.ending is None and command.act:
            self._act()

    def _gates(self) -> None:
        player = self.player
        gate = next((g for g in self.level.gates if g.area.contains(player.x, player.y)), None)
        if gate is None:
            self.inside_gate = None
            return
        if self.inside_gate == gate.name:
            return
        self.inside_gate = gate.name
        if gate.court:
            self._scan(gate)
        else:  # the line at a checkpoint, whatever the pass says; the scan comes at its end
            self._start_wait("queue", tuning.GATE_QUEUE_MINUTES, tuning.QUEUE_REAL_SECONDS, gate.name)

    def _scan(self, gate: Gate) -> None:
        result = self.system.scan(self.tick, self.clock_text, gate.name, gate.court)
        if result == "entered":
            self._end("in_courtroom")
        elif result == "held":
            self._end("held_at_gate")
        elif result == "sent_to_health_station":
            minutes = self._capped(tuning.STATION_MINUTES)
            self._place_player(*self._station_spot())
            self.inside_gate = None
            self._handle(self.system.visit_station(self.tick, self.clock_text, round(minutes)))
            if self.ending is None and self.waiting is None:
                self._start_wait("station", minutes, tuning.STATION_REAL_SECONDS)

    def _ride(self, stop: BusStop) -> None:
        """Take the bus to the stop it serves: the ride costs time, and no plate is read."""
        destination = next(s for s in self.level.bus_stops if s.name == stop.to)
        self.system.bus_ride(self.tick, self.clock_text, stop.name, destination.name, round(stop.minutes))
        self._place_player(destination.x, destination.y)
        self._start_wait("bus", stop.minutes, tuning.BUS_REAL_SECONDS_PER_MINUTE * self._capped(stop.minutes))

    def _station_spot(self) -> tuple[float, float]:
        area = self.level.health_station.area
        return area.centre

    def _crossings(self) -> None:
        player = self.player
        crossing = next((c for c in self.level.crossings if c.area.contains(player.x, player.y)), None)
        if crossing is None:
            self.inside_crossing = None
            return
        if self.inside_crossing == crossing.name:
            return
        if crossing.is_red(self.real_seconds) and self.cameras.tracking.any():
            self.inside_crossing = crossing.name
            self._handle(self.system.change_score(self.tick, self.clock_text, tuning.SCORE_RED_LIGHT,
                                                  "crossed_on_red"))

    def _act(self) -> None:
        player = self.player
        stop = next((s for s in self.level.bus_stops
                     if np.hypot(s.x - player.x, s.y - player.y) <= tuning.ACT_REACH_TILES), None)
        if stop is not None:
            self._ride(stop)
            return
        for spot in self.level.spots:
            if spot.object_id in self.used_spots:
                continue
            if np.hypot(spot.x - player.x, spot.y - player.y) > tuning.ACT_REACH_TILES:
                continue
            self.used_spots.add(spot.object_id)
            if spot.kind == "bin":
                self._handle(self.system.change_score(self.tick, self.clock_text, tuning.SCORE_WASTE_SORTED,
                                                      "waste_sorted"))
            else:
                self._handle(self.system.change_score(self.tick, self.clock_text, tuning.SCORE_BIKE_PARKED,
                                                      "bike_parked"))
            return

    # --- what screens ask ------------------------------------------------------------------

    def nearest_spot(self) -> Spot | None:
        """The unused bin or rack within reach, for the HUD's 'E: sort the waste' hint."""
        player = self.player
        for spot in self.level.spots:
            if spot.object_id not in self.used_spots and np.hypot(
                    spot.x - player.x, spot.y - player.y) <= tuning.ACT_REACH_TILES:
                return spot
        return None

