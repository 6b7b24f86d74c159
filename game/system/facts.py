"""What the world reports to the system: one typed fact for each thing that happened to her.

The world tells the system a fact and the time it happened (``Now``: the tick and the game clock as a
number); the system writes the file and answers with typed effects (``game.rulebook``) for the world
to apply. Facts carry numbers and names, never text to parse: the clock becomes "HH:MM" only in the
file's events.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.level.model import Camera


def format_clock(minutes: float) -> str:
    """The game clock as the file and the HUD write it: "09:05"."""
    whole = int(minutes)
    return f"{whole // 60:02d}:{whole % 60:02d}"


@dataclass(frozen=True)
class Now:
    """When a fact happened: the tick, and the game clock in minutes since midnight."""

    tick: int
    minutes: float

    @property
    def clock(self) -> str:
        return format_clock(self.minutes)


@dataclass(frozen=True)
class Recording:
    """What a registered camera kept of her: not seen by anyone until the police order it."""

    tick: int
    clock: str
    camera: str
    owner: str
    x: float
    y: float


@dataclass(frozen=True)
class DayBegan:
    """The run starts."""


@dataclass(frozen=True)
class Recognised:
    """A camera's meter filled: it recognised her, and read something into how she moved."""

    camera: Camera
    x: float
    y: float
    confidence: float
    inferred: str


@dataclass(frozen=True)
class ScoreEarned:
    """Something she did moved the visible score (``delta`` may be negative)."""

    delta: int
    reason: str


@dataclass(frozen=True)
class Scanned:
    """A gate or a court door read her pass."""

    gate: str
    court: bool


@dataclass(frozen=True)
class AtStation:
    """She was sent to the health station and loses ``minutes`` there."""

    minutes: int


@dataclass(frozen=True)
class LeftByFrontDoor:
    """She stepped out of her home by the front door."""


@dataclass(frozen=True)
class PoliceActed:
    """The police did something to her (``pulled_over``, ``walked_home``) that costs ``minutes``."""

    action: str
    x: float
    y: float
    minutes: int


@dataclass(frozen=True)
class LookedAtPhone:
    """She looked at her phone, and so at her pass."""


@dataclass(frozen=True)
class DoorAnswered:
    """The police at her door: she chose to ``talk`` or to ``decline``."""

    choice: str


@dataclass(frozen=True)
class ReachedGoal:
    """She reached the level's goal."""


@dataclass(frozen=True)
class MinutePassed:
    """A minute of the game clock passed: rules that wait for a time of day are checked."""


@dataclass(frozen=True)
class TensionRose:
    """The smart street's tension reading rose into a new band."""

    level: float
    band: str


@dataclass(frozen=True)
class PlateRead:
    """A number-plate camera read her plate; the passage is kept until ``kept_until``."""

    camera: Camera
    x: float
    y: float
    kept_until: str


@dataclass(frozen=True)
class FootageHandedOver:
    """The owners of registered cameras handed over what they kept of her."""

    recordings: tuple[Recording, ...]


@dataclass(frozen=True)
class RodeBus:
    """She took the bus from ``stop`` to ``to``: ``minutes`` of the clock, no plate read."""

    stop: str
    to: str
    minutes: int


@dataclass(frozen=True)
class DayEnded:
    """The run ended; ``during`` names the wait the hearing began in, ``waited`` its minutes."""

    ending: str
    during: str = ""
    waited: int = 0


Fact = (DayBegan | Recognised | ScoreEarned | Scanned | AtStation | LeftByFrontDoor | PoliceActed
        | LookedAtPhone | DoorAnswered | ReachedGoal | MinutePassed | TensionRose | PlateRead
        | FootageHandedOver | RodeBus | DayEnded)
