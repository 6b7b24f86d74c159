"""The world and its fixed 60 Hz step: movement, cameras, gates, police, and the clock.

``World.step(command)`` is the only way the world changes. It is deterministic for a level, a
seed, a profile and a sequence of commands: one seeded numpy Generator is the only source of chance.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from game import tuning
from game.events import Command, Event
from game.level.camera_kinds import COUNT, FACE, KINDS, PLATE, RECORDING, SOUND
from game.level.model import BusStop, Gate, Level, Spot
from game.rulebook import EndRun, OrderFootage, PullOver, SendToStation, WalkHome
from game.sim.cameras import CameraBank
from game.sim.movement import Player, move
from game.system import System
from game.system.facts import (
    AtStation,
    DayBegan,
    DayEnded,
    DoorAnswered,
    Fact,
    FootageHandedOver,
    LeftByFrontDoor,
    LookedAtPhone,
    MinutePassed,
    Now,
    PlateRead,
    PoliceActed,
    ReachedGoal,
    Recognised,
    Recording,
    RodeBus,
    Scanned,
    ScoreEarned,
    TensionRose,
    format_clock,
)

_DT = 1.0 / tuning.TICKS_PER_SECOND


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
        self._report(DayBegan())
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
    def now(self) -> Now:
        return Now(self.tick, self.game_minutes)

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
                self._report(LookedAtPhone())
            self.cameras.aim(self.real_seconds)
            self._wait()
        else:
            move(self.player, self.level, command)
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
        self._report(DoorAnswered("talk" if choice == 1 else "decline"))

    def _street_and_clock(self) -> None:
        """The smart street's tension reading, and the rules that wait for a time of day."""
        self.tension = max(self.tension - tuning.TENSION_DECAY_PER_SECOND * _DT, 0.0)
        band = sum(self.tension >= edge for edge in tuning.TENSION_BANDS)
        if band > self.tension_band:
            name = tuning.TENSION_BAND_NAMES[band - 1]
            self._report(TensionRose(self.tension, name))
        self.tension_band = band
        minute = int(self.game_minutes)
        if minute > self.last_minute and self.ending is None:
            self.last_minute = minute
            self._report(MinutePassed())

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
        self._report(DayEnded(ending, during, waited))

    # --- the boundary: facts out, effects back ----------------------------------------------

    def _report(self, fact: Fact) -> None:
        """Tell the system what happened now, and do what it answers, in its order."""
        for effect in self.system.report(self.now, fact):
            if self.ending is not None:
                return
            _APPLY[type(effect)](self, effect)

    def _walk_home(self, _effect: WalkHome) -> None:
        minutes = self._capped(tuning.WALKED_HOME_MINUTES)
        self._report(PoliceActed("walked_home", self.player.x, self.player.y, round(minutes)))
        self._place_player(*self.level.spawn)
        self._face_away_from_front_door()
        self._start_wait("walked_home", minutes, tuning.WALKED_HOME_REAL_SECONDS)

    def _pull_over(self, _effect: PullOver) -> None:
        """Held on the hard shoulder while the hearing's minutes run out in front of her."""
        hours_on_the_shoulder = int(self._capped(math.inf)) + 180
        self._report(PoliceActed("pulled_over", self.player.x, self.player.y, hours_on_the_shoulder))
        self._start_wait("held", math.inf, tuning.HELD_REAL_SECONDS)

    def _end_run(self, effect: EndRun) -> None:
        self._end(effect.ending)

    def _send_to_station(self, _effect: SendToStation) -> None:
        minutes = self._capped(tuning.STATION_MINUTES)
        self._place_player(*self.level.health_station.area.centre)
        self.inside_gate = None
        self._report(AtStation(round(minutes)))
        if self.ending is None and self.waiting is None:
            self._start_wait("station", minutes, tuning.STATION_REAL_SECONDS)

    def _hand_over_footage(self, effect: OrderFootage) -> None:
        """The police order what registered cameras near her kept; the owners hand it over."""
        radius = effect.radius
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
        self._report(FootageHandedOver(tuple(handed)))

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
            _SENSE[cameras.cameras[int(index)].senses](self, int(index))
            if self.ending is not None:
                return

    def _hear(self, _index: int) -> None:
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
        self._report(PlateRead(camera, player.x, player.y, self._kept_until(camera.retention_days)))

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
        seconds /= KINDS[camera.kind].recognition_factor
        cameras.meter[index] = min(cameras.meter[index] + _DT / seconds, 1.0)
        if cameras.meter[index] < 1.0 or cameras.cooldown[index] > 0:
            return
        cameras.meter[index] = 0.0
        cameras.cooldown[index] = tuning.OBSERVATION_COOLDOWN_SECONDS
        confidence = 0.55 + 0.4 * nearness + float(self.rng.uniform(-0.04, 0.04))
        counting = camera.senses == COUNT
        inferred = "dot" if counting else self._infer(camera.reads_emotion)
        self._report(Recognised(camera, player.x, player.y,
                                round(min(max(confidence, 0.0), 0.99), 2), inferred))
        if counting:  # a head counted in a crowd: the smart street's reading rises
            self.tension = min(self.tension + tuning.TENSION_PER_COUNT, 1.0)

    def _infer(self, reads_emotion: bool) -> str:
        """What the system reads into the player's behaviour (DESIGN.md: core loop, step 3)."""
        player = self.player
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
            self._report(LookedAtPhone())
        at_home = level.home.area.contains(x, y)
        if self.was_home and not at_home and level.front_door.area.contains(x, y):
            self._report(LeftByFrontDoor())
            if self.ending is not None:
                return
            at_home = level.home.area.contains(player.x, player.y)
        self.was_home = at_home
        goal = level.goal
        if goal is not None and level.goal_ending is not None and goal.area.contains(player.x, player.y):
            self._report(ReachedGoal())
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
        self._report(Scanned(gate.name, gate.court))

    def _ride(self, stop: BusStop) -> None:
        """Take the bus to the stop it serves: the ride costs time, and no plate is read."""
        destination = next(s for s in self.level.bus_stops if s.name == stop.to)
        self._report(RodeBus(stop.name, destination.name, round(stop.minutes)))
        self._place_player(destination.x, destination.y)
        self._start_wait("bus", stop.minutes, tuning.BUS_REAL_SECONDS_PER_MINUTE * self._capped(stop.minutes))

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
            self._report(ScoreEarned(tuning.SCORE_RED_LIGHT, "crossed_on_red"))

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
                self._report(ScoreEarned(tuning.SCORE_WASTE_SORTED, "waste_sorted"))
            else:
                self._report(ScoreEarned(tuning.SCORE_BIKE_PARKED, "bike_parked"))
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



# How the world takes in what each camera senses (``game.level.camera_kinds``): a face or a head
# fills its meter, a plate is read while she drives, a sound sensor hears her run, a registered
# camera records. tests/test_camera_kinds.py checks every sense has its entry.
_SENSE: dict[str, Callable[[World, int], None]] = {
    FACE: World._recognise,
    COUNT: World._recognise,
    PLATE: World._read_plate,
    SOUND: World._hear,
    RECORDING: World._record,
}

# How the world does what the system asks; tests/test_sim.py checks every effect has its entry.
_APPLY: dict[type, Callable[[World, Any], None]] = {
    WalkHome: World._walk_home,
    PullOver: World._pull_over,
    EndRun: World._end_run,
    SendToStation: World._send_to_station,
    OrderFootage: World._hand_over_footage,
}
