"""The shared vocabulary: commands in, events out, and the run file that keeps both.

Commands are what the player (keyboard, gamepad, bot or replay) asks for in one tick. Events are
what happened. Every screen, the debrief, the replay and the statistics read the same events, so
nothing is shown that did not happen. The run file holds enough to replay a run exactly.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar

RUN_FORMAT = 1
_LEVEL_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
# What a run file may hold; beyond these it was not written by the game, and reading it would cost
# the debrief or the replay unbounded time or memory.
MAX_RUN_TICKS = 60 * 60 * 60  # an hour of play at 60 ticks a second
MAX_SEED = 2**32 - 1
MAX_EVENT_TEXT = 500
MAX_COORDINATE = 4096.0  # tiles; no level is larger (game.level.loader.MAX_TILES_PER_SIDE)
MAX_PROFILE_ENTRIES = 32
RUN_PASS_COLOURS = ("green", "yellow", "red")  # game.level.model.PASS_COLOURS, which events cannot import
_CLOCK_TEXT = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_COLOUR_KEYS = ("from", "to", "pass")
_COLOURED = ("pass", "gate", "phone")  # the kinds of event whose _COLOUR_KEYS are pass colours


# --- commands -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    """What the player asks for during one tick; encoded as one small bit mask in the run file."""

    move_x: int = 0
    move_y: int = 0
    run: bool = False
    act: bool = False
    look_at_phone: bool = False
    give_up: bool = False
    choice: int = 0  # an answer in a dialog: 1 the first option, 2 the second


    def to_bits(self) -> int:
        bits = 0
        if self.move_x < 0:
            bits |= 1
        if self.move_x > 0:
            bits |= 2
        if self.move_y < 0:
            bits |= 4
        if self.move_y > 0:
            bits |= 8
        if self.run:
            bits |= 16
        if self.act:
            bits |= 32
        if self.look_at_phone:
            bits |= 64
        if self.give_up:
            bits |= 128
        return bits | (self.choice & 3) << 8

    @classmethod
    def from_bits(cls, bits: int) -> Command:
        return cls(
            move_x=(1 if bits & 2 else 0) - (1 if bits & 1 else 0),
            move_y=(1 if bits & 8 else 0) - (1 if bits & 4 else 0),
            run=bool(bits & 16),
            act=bool(bits & 32),
            look_at_phone=bool(bits & 64),
            give_up=bool(bits & 128),
            choice=(bits >> 8) & 3,
        )


IDLE = Command()
_MAX_BITS = 1023


class RunFileError(ValueError):
    """A run file that cannot be read: the message is one line for the player or facilitator."""


def encode_inputs(commands: list[Command]) -> str:
    """Run-length encode per-tick commands as ``mask:count`` pairs, e.g. ``0:120,10:35``."""
    runs: list[list[int]] = []
    for command in commands:
        bits = command.to_bits()
        if runs and runs[-1][0] == bits:
            runs[-1][1] += 1
        else:
            runs.append([bits, 1])
    return ",".join(f"{bits}:{count}" for bits, count in runs)


def decode_inputs(text: str) -> list[Command]:
    """Inverse of :func:`encode_inputs`; raises RunFileError on anything malformed."""
    commands: list[Command] = []
    if not text:
        return commands
    for index, chunk in enumerate(text.split(",")):
        try:
            bits_text, count_text = chunk.split(":")
            if len(bits_text) > 5 or len(count_text) > 9:
                raise ValueError(chunk)
            bits, count = int(bits_text), int(count_text)
        except ValueError:
            raise RunFileError(f"inputs: entry {index + 1} ({chunk[:20]!r}) is not mask:count") from None
        if not 0 <= bits <= _MAX_BITS or count <= 0:
            raise RunFileError(f"inputs: entry {index + 1} ({chunk[:20]!r}) is out of range")
        if len(commands) + count > MAX_RUN_TICKS:
            raise RunFileError(f"inputs: more than {MAX_RUN_TICKS} ticks")
        commands.extend([Command.from_bits(bits)] * count)
    return commands


# --- events ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """Something that happened at a tick; ``clock`` is the in-game time, e.g. ``"08:11"``."""

    tick: int
    clock: str
    kind: ClassVar[str] = "event"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"tick": self.tick, "clock": self.clock, "kind": self.kind}
        for item in fields(self)[2:]:
            data[item.metadata.get("key", item.name)] = getattr(self, item.name)
        return data


@dataclass(frozen=True)
class Observed(Event):
    """A camera's recognition meter filled: the system now knows where the player was."""

    camera: str
    camera_kind: str
    x: float
    y: float
    confidence: float
    inferred: str
    kind: ClassVar[str] = "observed"


@dataclass(frozen=True)
class RuleFired(Event):
    """A rule of the system fired; ``told`` says whether the player was ever told."""

    rule: str
    text: str
    told: bool
    kind: ClassVar[str] = "rule"


@dataclass(frozen=True)
class PassChanged(Event):
    """The true pass colour changed; the phone shows it only when the player looks."""

    from_colour: str = field(metadata={"key": "from"})
    to: str
    rule: str
    told: bool
    kind: ClassVar[str] = "pass"


@dataclass(frozen=True)
class ScoreChanged(Event):
    """The visible social-credit score moved, with the caption's reason."""

    delta: int
    reason: str
    score: int
    kind: ClassVar[str] = "score"


@dataclass(frozen=True)
class GateScanned(Event):
    """A checkpoint gate or court door scanned the pass."""

    gate: str
    pass_colour: str = field(metadata={"key": "pass"})
    result: str
    kind: ClassVar[str] = "gate"


@dataclass(frozen=True)
class StationVisit(Event):
    """Time spent at the health station; ``result`` is ``cleared`` or ``pending_review``."""

    station: str
    minutes: int
    result: str
    kind: ClassVar[str] = "station"


@dataclass(frozen=True)
class PoliceAction(Event):
    """Officers acted: ``walked_home`` (the front door) or ``pulled_over`` (the highway)."""

    action: str
    x: float
    y: float
    minutes: int
    kind: ClassVar[str] = "police"


@dataclass(frozen=True)
class PhoneLooked(Event):
    """The player looked at the phone and saw the pass as it truly is now."""

    pass_colour: str = field(metadata={"key": "pass"})
    kind: ClassVar[str] = "phone"


@dataclass(frozen=True)
class Footage(Event):
    """Footage of a registered camera, ordered by the police after the fact: where she was, when."""

    camera: str
    owner: str
    seen_at: str
    x: float
    y: float
    kind: ClassVar[str] = "footage"


@dataclass(frozen=True)
class Passage(Event):
    """A number-plate camera read her plate; the passage is kept until ``kept_until``."""

    camera: str
    x: float
    y: float
    kept_until: str
    kind: ClassVar[str] = "passage"


@dataclass(frozen=True)
class Letter(Event):
    """A letter on the phone, e.g. "selected for an additional check", with no reason given."""

    text: str
    kind: ClassVar[str] = "letter"


@dataclass(frozen=True)
class Visit(Event):
    """Officers at the door "to talk about your plans"; ``choice`` is ``talk`` or ``decline``."""

    choice: str
    kind: ClassVar[str] = "visit"


@dataclass(frozen=True)
class TensionRaised(Event):
    """The smart street's tension reading went up a band; the lamp posts changed colour."""

    level: float
    band: str
    kind: ClassVar[str] = "tension"


@dataclass(frozen=True)
class BusRide(Event):
    """She took the bus: time passes, and no number plate is read."""

    stop: str
    to: str
    minutes: int
    kind: ClassVar[str] = "ride"


@dataclass(frozen=True)
class RunEnded(Event):
    """The run reached one of the endings; ``during`` names the wait the hearing began in, if any
    (``queue``, ``station``, ``walked_home``, ``held``, ``bus``), and ``waited`` its minutes until
    then, so the file can say that the day ran out there (a queue leaves no other trace)."""

    ending: str
    during: str = ""
    waited: int = 0
    kind: ClassVar[str] = "ending"


EVENT_TYPES: dict[str, type[Event]] = {
    cls.kind: cls
    for cls in (Observed, RuleFired, PassChanged, ScoreChanged, GateScanned, StationVisit,
                PoliceAction, PhoneLooked, Footage, Passage, Letter, Visit, TensionRaised, BusRide, RunEnded)
}

ENDINGS = ("in_courtroom", "held_at_gate", "pulled_off_highway", "too_late", "stayed_home", "spoke_at_square")


def event_from_dict(data: dict[str, Any]) -> Event:
    """Rebuild an event from its run-file form; raises RunFileError naming what is wrong."""
    if not isinstance(data, dict):
        raise RunFileError(f"events: {data!r:.40} is not an event")
    kind = data.get("kind")
    cls = EVENT_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise RunFileError(f"events: unknown kind {kind!r}")
    values: dict[str, Any] = {}
    for item in fields(cls):
        key = item.metadata.get("key", item.name)
        if key not in data:
            if item.default is not MISSING:  # a field added later: older run files lack it
                continue
            raise RunFileError(f"events: a {kind!r} event has no {key!r}")
        value = data[key]
        if not _FIELD_CHECKS[str(item.type)](value):
            raise RunFileError(f"events: a {kind!r} event's {key!r} is not {item.type}: {value!r:.40}")
        if key in _COLOUR_KEYS and kind in _COLOURED and value not in RUN_PASS_COLOURS:
            raise RunFileError(f"events: a {kind!r} event's {key!r} is not a pass colour: {value!r:.40}")
        values[item.name] = value
    if not 0 <= values["tick"] <= MAX_RUN_TICKS:
        raise RunFileError(f"events: a {kind!r} event's tick is out of range")
    if not _CLOCK_TEXT.fullmatch(values["clock"]):
        raise RunFileError(f"events: a {kind!r} event's clock is not a time like 08:11: "
                           f"{values['clock']!r:.40}")
    return cls(**values)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= 10**9


def _is_float(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            and abs(value) <= 10**9)


_FIELD_CHECKS: dict[str, Callable[[object], bool]] = {
    "int": _is_int,
    "float": _is_float,
    "str": lambda value: isinstance(value, str) and len(value) <= MAX_EVENT_TEXT,
    "bool": lambda value: isinstance(value, bool),
}


# --- the run file ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RunRecord:
    """One run: enough to replay it exactly and to draw its debrief."""

    game_version: str
    level: str
    seed: int
    profile: dict[str, Any]
    inputs: str
    ending: str | None
    ticks: int
    events: tuple[Event, ...]
    route: tuple[tuple[int, float, float, int], ...] = ()
    cameras_on_screen: tuple[str, ...] = ()
    format: int = RUN_FORMAT
    # The facilitator's rule preset the run was played with: {"name", "hash", "content"}; a run
    # without one writes no such field, so older files and newer ones without a preset read the same.
    preset: dict[str, Any] | None = None

    def to_json(self) -> str:
        """Serialise deterministically: the same run gives the same bytes."""
        head = {key: value for key, value in asdict(self).items() if key not in ("events", "route")}
        head = {"format": head.pop("format"), **head}
        if head["preset"] is None:
            del head["preset"]
        lines = [json.dumps(event.to_dict(), ensure_ascii=False) for event in self.events]
        body = json.dumps(head, ensure_ascii=False)[:-1]
        route = json.dumps([list(sample) for sample in self.route])
        return body + f', "route": {route}, "events": [\n' + ",\n".join(lines) + "]}\n"


def _preset_stamp(value: Any) -> dict[str, Any] | None:
    """A run file's ``preset`` field, checked for its shape (its content is checked against the level
    by ``game.system.presets`` when the run is replayed)."""
    if value is None:
        return None
    if not (isinstance(value, dict) and isinstance(value.get("name"), str)
            and isinstance(value.get("hash"), str) and isinstance(value.get("content"), dict)):
        raise RunFileError("preset: expected an object with name, hash and content")
    return {"name": value["name"], "hash": value["hash"], "content": value["content"]}


def write_run(path: Path, record: RunRecord) -> None:
    """Write a run file atomically and durably: a crash or a pulled plug leaves the old file or the
    whole new one, never half of one, and once this returns the run is on the disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with temporary.open("w", encoding="utf-8") as stream:
            stream.write(record.to_json())
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    try:  # the rename itself is on the disk once the folder is
        folder = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)


def _plain_json(path: Path) -> Any:
    """The JSON of a file the game itself wrote (tests, what it just saved); files from outside are
    read with ``game.app.runs.read_run_file``, which passes the guarded reader as ``load_json``."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RunFileError(f"{path}: cannot read ({error.strerror or error})") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise RunFileError(f"{path}: not a run file (broken JSON: {error})") from None


def _route_sample(sample: object) -> tuple[int, float, float, int]:
    if not (isinstance(sample, list) and len(sample) == 4 and _is_int(sample[0]) and _is_int(sample[3])
            and all(_is_float(value) and abs(value) <= MAX_COORDINATE for value in sample[1:3])):
        raise RunFileError(f"route: {sample!r:.40} is not a point of the route")
    tick, x, y, facing = sample
    return int(tick), float(x), float(y), int(facing)


def _profile(value: object) -> dict[str, Any]:
    if not isinstance(value, dict) or len(value) > MAX_PROFILE_ENTRIES:
        raise RunFileError("not a run file (missing or bad field 'profile')")
    for key, item in value.items():
        simple = isinstance(item, (bool, str)) or _is_float(item)
        if len(key) > 64 or not simple or (isinstance(item, str) and len(item) > 64):
            raise RunFileError(f"profile: {key[:64]!r} is not a hidden attribute with a simple value")
    return dict(value)


def read_run(path: Path, expected_version: str | None = None,
             load_json: Callable[[Path], Any] = _plain_json) -> RunRecord:
    """Read a run file; any problem becomes a one-line RunFileError naming the file.

    ``load_json`` reads the file's JSON (raising RunFileError); every value is then checked against
    what the game writes, so the debrief and the replay can trust what they draw and run."""
    data = load_json(path)
    if not isinstance(data, dict):
        raise RunFileError(f"{path}: not a run file (expected a JSON object)")
    if data.get("format") != RUN_FORMAT:
        raise RunFileError(f"{path}: run file format {data.get('format')!r:.20}, "
                           f"this game reads {RUN_FORMAT}")
    if expected_version is not None and data.get("game_version") != expected_version:
        raise RunFileError(
            f"{path}: recorded by Flagged {data.get('game_version')!r:.20}, this is {expected_version}"
        )
    try:
        whole = lambda value: isinstance(value, int) and not isinstance(value, bool)  # noqa: E731
        for key, check in (("seed", whole), ("ticks", whole), ("level", _is_text),
                           ("game_version", _is_text), ("inputs", lambda value: isinstance(value, str))):
            if not check(data.get(key)):
                raise RunFileError(f"not a run file (missing or bad field {key!r})")
        if not (0 <= data["seed"] <= MAX_SEED and 0 <= data["ticks"] <= MAX_RUN_TICKS):
            raise RunFileError("seed or ticks: out of range")
        if "ending" not in data:
            raise RunFileError("not a run file (missing or bad field 'ending')")
        if not isinstance(data.get("events"), list):
            raise RunFileError("not a run file (missing or bad field 'events')")
        labels = data.get("cameras_on_screen", [])
        if not isinstance(labels, list) or not all(_is_text(label) for label in labels):
            raise RunFileError("cameras_on_screen: not a list of camera names")
        route = data.get("route", [])
        if not isinstance(route, list):
            raise RunFileError("route: not a list")
        events = tuple(event_from_dict(item) for item in data["events"])
        record = RunRecord(
            game_version=data["game_version"],
            level=data["level"],
            seed=data["seed"],
            profile=_profile(data.get("profile")),
            inputs=data["inputs"],
            ending=data.get("ending"),
            ticks=data["ticks"],
            events=events,
            route=tuple(_route_sample(sample) for sample in route),
            cameras_on_screen=tuple(labels),
            preset=_preset_stamp(data.get("preset")),
        )
        decode_inputs(record.inputs)
        if not _LEVEL_NAME.fullmatch(record.level):
            raise RunFileError(f"level: {record.level!r:.70} is not a level name")
        if record.ending is not None and record.ending not in ENDINGS:
            raise RunFileError(f"ending: {record.ending!r:.40} is not an ending")
        ended = [event.ending for event in events if isinstance(event, RunEnded)]
        if ended and ended[-1] != record.ending:
            raise RunFileError(f"ending: {record.ending!r:.40} is not the ending its events tell")
        if any(event.tick > record.ticks for event in events):
            raise RunFileError("events: an event after the run's last tick")
    except RunFileError as error:
        raise RunFileError(f"{path}: {error}") from None
    except (KeyError, TypeError, ValueError) as error:
        raise RunFileError(f"{path}: not a run file (missing or bad field {error!s:.60})") from None
    return record


def _is_text(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 64
