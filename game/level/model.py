"""A level as plain data: numpy grids and small frozen records, nothing that draws.

Coordinates are in tiles, x to the east and y to the south; grids are indexed ``[y, x]``.
Angles are in degrees, 0 east and 90 south (the screen's direction), as Tiled shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from game.level.camera_kinds import CAMERA_OWNERS as CAMERA_OWNERS
from game.level.camera_kinds import KINDS, senses_of
from game.level.story import DEFAULT_STORY, Story
from game.rulebook import PASS_COLOURS as PASS_COLOURS  # the pass is the rulebook's word

CAMERA_KINDS = tuple(KINDS)  # the kinds' names, in the registry's order (``game.level.camera_kinds``)



@dataclass(frozen=True)
class Rect:
    """An axis-aligned area in tiles."""

    x: float
    y: float
    w: float
    h: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h

    def distance_to(self, px: float, py: float) -> float:
        """Euclidean distance from a point to the nearest point of the rect (0 inside)."""
        dx = max(self.x - px, 0.0, px - (self.x + self.w))
        dy = max(self.y - py, 0.0, py - (self.y + self.h))
        return float(np.hypot(dx, dy))


@dataclass(frozen=True)
class Camera:
    """A fixed camera sweeping its cone between ``facing - sweep/2`` and ``facing + sweep/2``."""

    object_id: int
    label: str
    kind: str
    x: float
    y: float
    facing: float
    sweep: float
    fov: float
    range: float
    sweep_speed: float
    reads_emotion: bool = False
    owner: str = "state"
    registered: bool = False  # registered with the police: never watched live, footage on order
    retention_days: float = 0.0
    guessed: str = ""  # what an imported map guessed where its source said nothing, e.g. "facing, range"

    @property
    def senses(self) -> str:
        """What this camera picks up of her (``game.level.camera_kinds``): its kind's sense, or only a
        recording if it is registered with the police."""
        return senses_of(self.kind, self.registered)


@dataclass(frozen=True)
class Gate:
    """A checkpoint that scans the pass; a court door (``court``) lets a green pass into the hearing."""

    object_id: int
    name: str
    area: Rect
    court: bool = False


@dataclass(frozen=True)
class Spot:
    """A place to do a small civic act: sort waste at a bin, park a bike right at a rack."""

    object_id: int
    name: str
    kind: str
    x: float
    y: float


@dataclass(frozen=True)
class BusStop:
    """A bus stop: ride to the stop named ``to`` in ``minutes``; a bus reads no number plate."""

    object_id: int
    name: str
    x: float
    y: float
    to: str
    minutes: float


@dataclass(frozen=True)
class Crossing:
    """A pedestrian crossing with a light: green for ``green`` of every ``period`` real seconds."""

    object_id: int
    name: str
    area: Rect
    period: float
    green: float

    def is_red(self, seconds: float) -> bool:
        return (seconds % self.period) >= self.green


@dataclass(frozen=True)
class Place:
    """A named area the rules and the bot care about (home, front door, court, health station)."""

    object_id: int
    name: str
    area: Rect


@dataclass(frozen=True)
class Rule:
    """One hidden (or told) rule of the system: data, evaluated by ``game.system.rules``."""

    rule_id: str
    on: str
    when: dict[str, Any]
    then: dict[str, Any]
    reason: str
    told: bool
    once: bool = True


def fill_goal_label(label: str, time: str) -> str:
    """A goal label with its time filled in, e.g. "Hearing at 10:00".

    Why not ``str.format``: the label comes from a level file (and its translation), and a format
    string from outside can raise (``{0}``) or reach into objects (``{time.__class__}``)."""
    return label.replace("{time}", time)


@dataclass(frozen=True)
class Level:
    """Everything the simulation needs of one map, checked and converted once at load."""

    name: str
    path: Path
    title: str
    width: int
    height: int
    tile_px: int
    walkable: np.ndarray
    opaque: np.ndarray
    speed: np.ndarray
    district: np.ndarray
    district_names: tuple[str, ...]
    cameras: tuple[Camera, ...]
    gates: tuple[Gate, ...]
    spots: tuple[Spot, ...]
    crossings: tuple[Crossing, ...]
    officers: tuple[tuple[float, float], ...]
    spawn: tuple[float, float]
    home: Place
    front_door: Place
    court: Place
    health_station: Place
    start_minutes: int
    hearing_minutes: int
    rules: tuple[Rule, ...]
    profile: dict[str, Any] = field(default_factory=dict)
    driving: np.ndarray | None = None  # tiles where the player drives her car (None: nowhere)
    goal: Place | None = None
    goal_ending: str | None = None
    goal_label: str = "Hearing at {time}"
    date: str | None = None
    police_visit: bool = False
    bus_stops: tuple[BusStop, ...] = ()
    smart_lamps: tuple[tuple[float, float], ...] = ()
    # The credit a map built from others' data must carry (OpenStreetMap: "(c) OpenStreetMap
    # contributors, ODbL 1.0"), shown on the title and the file; None for the game's own maps.
    credit: str | None = None
    # The facilitator's rule preset this level was set up with (``game.system.presets``): its name,
    # content hash and content, as the run file records it; None for the level as it is.
    preset: dict[str, Any] | None = None
    # Its words: title-row name, task, endings, questions, article, sources (``game.level.story``).
    story: Story = DEFAULT_STORY

    @property
    def checks_pass(self) -> bool:
        """Whether anything here scans the pass (a gate or a court door); if not, the phone only
        carries messages, as in a city without checkpoints."""
        return bool(self.gates)

    def is_driving(self, x: float, y: float) -> bool:
        return self.driving is not None and bool(self.driving[int(y), int(x)])
