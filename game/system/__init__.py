"""The system: the score everyone sees, the pass that decides, the hidden rules, and the file.

The simulation calls the system at its moments (the run starts, a camera recognises the player, the
score moves, a gate scans, the player is at the health station or leaves by the front door, looks at
the phone). The system applies the level's rules and writes every consequence into one event log,
the file. What the player sees of the pass is only what the phone showed when she last looked, or
what a gate or a told rule revealed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from game import tuning
from game.events import (
    BusRide,
    Event,
    Footage,
    GateScanned,
    Letter,
    Observed,
    Passage,
    PassChanged,
    PhoneLooked,
    PoliceAction,
    RuleFired,
    RunEnded,
    ScoreChanged,
    StationVisit,
    TensionRaised,
    Visit,
)
from game.level.model import PASS_COLOURS, Level, Rule
from game.system.rules import Knowledge, may_fire

__all__ = ["Notice", "Outcome", "Recording", "System"]


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
class Outcome:
    """What the world must do after a moment: walk the player home, order footage, or end the run."""

    walk_home: bool = False
    ending: str | None = None
    order_footage: float | None = None  # tiles around the player whose registered cameras hand over


@dataclass(frozen=True)
class Notice:
    """Something the player is told on screen; screens translate ``text`` when they draw it.

    ``kind`` is ``score`` (``text`` is the reason code, e.g. ``waste_sorted``), ``rule`` (a told
    rule's reason), or ``pass`` (the pass colour the player just learned).
    """

    tick: int
    kind: str
    text: str
    delta: int = 0


class System:
    """Applies the level's rules and keeps the file; knows nothing of movement or drawing."""

    def __init__(self, level: Level, profile: dict[str, Any]) -> None:
        self.level = level
        self.knowledge = Knowledge(profile=dict(profile), score=tuning.START_SCORE)
        self.shown_pass = "green"
        self.log: list[Event] = []
        self.notices: list[Notice] = []

    # --- what the HUD reads -----------------------------------------------------------------

    @property
    def score(self) -> int:
        return self.knowledge.score

    @property
    def true_pass(self) -> str:
        return self.knowledge.true_pass

    def _emit(self, event: Event) -> None:
        self.log.append(event)

    def _tell(self, tick: int, kind: str, text: str, delta: int = 0) -> None:
        self.notices.append(Notice(tick, kind, text, delta))

    # --- rules ------------------------------------------------------------------------------

    def _moment(self, moment: str, tick: int, clock: str, context: dict[str, Any] | None = None) -> Outcome:
        knowledge = self.knowledge
        knowledge.times[moment] = knowledge.times.get(moment, 0) + 1
        hours, minutes = clock.split(":")
        context = {**(context or {}), "minutes": int(hours) * 60 + int(minutes)}
        happened = Consequences()
        for rule in self.level.rules:
            if not may_fire(rule, knowledge, moment, context):
                continue
            knowledge.fired.add(rule.rule_id)
            self._emit(RuleFired(tick, clock, rule.rule_id, rule.reason, rule.told))
            if rule.told:
                self._tell(tick, "rule", rule.reason)
            for key, apply in EFFECTS.items():  # in the table's order, whatever the file's
                if key in rule.then:
                    apply(self, Fired(tick, clock, rule), rule.then[key], happened)
        return Outcome(walk_home=happened.walk_home and happened.ending is None, ending=happened.ending,
                       order_footage=happened.footage)

    def _set_pass(self, tick: int, clock: str, colour: str, rule: Rule | None, told: bool = False) -> None:
        previous = self.knowledge.true_pass
        if colour == previous:
            return
        self.knowledge.true_pass = colour
        rule_id = rule.rule_id if rule else ""
        told = told or bool(rule and rule.told)
        self._emit(PassChanged(tick, clock, previous, colour, rule_id, told))
        if told:
            self.shown_pass = colour

    # --- the moments ------------------------------------------------------------------------

    def begin(self, tick: int, clock: str) -> Outcome:
        return self._moment("start", tick, clock)

    def observed(self, tick: int, clock: str, *, camera: str, camera_kind: str, x: float, y: float,
                 confidence: float, inferred: str) -> Outcome:
        """A camera's meter filled: an observation in the file, then the rules that read it."""
        self._emit(Observed(tick, clock, camera, camera_kind, round(x, 2), round(y, 2), confidence, inferred))
        if inferred in tuning.ANXIOUS_INFERENCES:
            self.knowledge.anxious_cameras.add(camera)
        court_distance = self.level.court.area.distance_to(x, y)
        context = {"camera_kind": camera_kind, "court_distance": court_distance}
        return self._moment("observed", tick, clock, context)

    def change_score(self, tick: int, clock: str, delta: int, reason: str) -> Outcome:
        self.knowledge.score += delta
        self._emit(ScoreChanged(tick, clock, delta, reason, self.knowledge.score))
        self._tell(tick, "score", reason, delta)
        return self._moment("score", tick, clock)

    def scan(self, tick: int, clock: str, gate: str, court: bool) -> str:
        """A gate or court door reads the true pass; the player sees the result, so now knows it."""
        colour = self.knowledge.true_pass
        if colour == "green":
            result = "entered" if court else "passed"
        elif colour == "yellow":
            result = "sent_to_health_station"
        else:
            result = "held"
        self._emit(GateScanned(tick, clock, gate, colour, result))
        self.shown_pass = colour
        return result

    def visit_station(self, tick: int, clock: str, minutes: int = tuning.STATION_MINUTES) -> Outcome:
        """The health station: ``minutes`` lost (fewer when the hearing begins first), then the pass is
        cleared unless a rule holds it."""
        outcome = self._moment("station", tick, clock)
        held = self.knowledge.pass_held
        self._emit(StationVisit(tick, clock, self.level.health_station.name, minutes,
                                "pending_review" if held else "cleared"))
        if not held:
            self._set_pass(tick, clock, "green", None, told=True)
        self.shown_pass = self.knowledge.true_pass
        return outcome

    def left_by_front_door(self, tick: int, clock: str) -> Outcome:
        return self._moment("front_door", tick, clock)

    def police(self, tick: int, clock: str, action: str, x: float, y: float, minutes: int) -> None:
        self._emit(PoliceAction(tick, clock, action, round(x, 2), round(y, 2), minutes))

    def look_at_phone(self, tick: int, clock: str) -> None:
        self.shown_pass = self.knowledge.true_pass
        self._emit(PhoneLooked(tick, clock, self.shown_pass))

    def visit(self, tick: int, clock: str, choice: str) -> Outcome:
        """The police at the door; talking or declining is written down either way."""
        self._emit(Visit(tick, clock, choice))
        return self._moment("visit", tick, clock, {"choice": choice})

    def reached_goal(self, tick: int, clock: str) -> Outcome:
        return self._moment("goal", tick, clock)

    def minute(self, tick: int, clock: str) -> Outcome:
        """Checked once a game minute, for rules that wait for a time of day."""
        return self._moment("minute", tick, clock)

    def tension(self, tick: int, clock: str, level: float, band: str) -> Outcome:
        self.knowledge.tension = level
        self._emit(TensionRaised(tick, clock, round(level, 2), band))
        return self._moment("tension", tick, clock)

    def passage(self, tick: int, clock: str, camera: str, x: float, y: float, kept_until: str) -> None:
        """A number plate read: not a recognition of her face, but kept all the same."""
        self._emit(Passage(tick, clock, camera, round(x, 2), round(y, 2), kept_until))

    def footage(self, tick: int, clock: str, recordings: list[Recording]) -> None:
        """Footage handed over on order: each recording becomes a line of the file, in time order."""
        for item in sorted(recordings, key=lambda r: (r.tick, r.camera)):
            self._emit(Footage(tick, clock, item.camera, item.owner, item.clock, round(item.x, 2),
                               round(item.y, 2)))

    def bus_ride(self, tick: int, clock: str, stop: str, to: str, minutes: int) -> None:
        self._emit(BusRide(tick, clock, stop, to, minutes))

    def end(self, tick: int, clock: str, ending: str, during: str = "", waited: int = 0) -> None:
        self._emit(RunEnded(tick, clock, ending, during, waited))


@dataclass(frozen=True)
class Fired:
    """A rule that fires now: what an effect needs to write its consequence down."""

    tick: int
    clock: str
    rule: Rule


@dataclass
class Consequences:
    """What the rules of one moment ask of the world, gathered before it is told (``Outcome``)."""

    walk_home: bool = False
    ending: str | None = None
    footage: float | None = None


def _risk(system: System, _fired: Fired, value: Any, _happened: Consequences) -> None:
    system.knowledge.risk += int(value)


def _pass(system: System, fired: Fired, value: Any, _happened: Consequences) -> None:
    worst = max(PASS_COLOURS.index(value), PASS_COLOURS.index(system.knowledge.true_pass))
    system._set_pass(fired.tick, fired.clock, PASS_COLOURS[worst], fired.rule)


def _pass_worse(system: System, fired: Fired, value: Any, _happened: Consequences) -> None:
    steps = PASS_COLOURS.index(system.knowledge.true_pass) + int(value)
    system._set_pass(fired.tick, fired.clock, PASS_COLOURS[min(steps, len(PASS_COLOURS) - 1)], fired.rule)


def _hold_pass(system: System, _fired: Fired, value: Any, _happened: Consequences) -> None:
    system.knowledge.pass_held |= bool(value)


def _walk_home(_system: System, _fired: Fired, value: Any, happened: Consequences) -> None:
    happened.walk_home |= bool(value)


def _ending(_system: System, _fired: Fired, value: Any, happened: Consequences) -> None:
    happened.ending = happened.ending or value


def _order_footage(_system: System, _fired: Fired, value: Any, happened: Consequences) -> None:
    happened.footage = max(happened.footage or 0.0, float(value))


def _letter(system: System, fired: Fired, value: Any, _happened: Consequences) -> None:
    system._emit(Letter(fired.tick, fired.clock, value))
    system._tell(fired.tick, "letter", value)


# Every effect a rule may have, by its key in the rules file, applied in this order. The loader's
# schema (``game.level.rules_schema.EFFECTS``) says what value each takes; tests/test_system.py
# checks that the two name the same effects, so none is accepted at load and then ignored here.
EFFECTS: dict[str, Callable[[System, Fired, Any, Consequences], None]] = {
    "risk": _risk,
    "pass": _pass,
    "pass_worse": _pass_worse,
    "hold_pass": _hold_pass,
    "walk_home": _walk_home,
    "ending": _ending,
    "order_footage": _order_footage,
    "letter": _letter,
}
