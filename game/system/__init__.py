"""The system: the score everyone sees, the pass that decides, the hidden rules, and the file.

The world reports what happened to her as typed facts (``game.system.facts``) with the time they
happened; the system writes each into one event log, the file, applies the level's rules at the
fact's moment, and answers with typed effects (``game.rulebook``) for the world to apply. What the
player sees of the pass is only what the phone showed when she last looked, or what a gate or a
told rule revealed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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
from game.level.model import Level, Rule
from game.rulebook import (
    EFFECTS,
    EndRun,
    Knowledge,
    OrderFootage,
    PullOver,
    SendToStation,
    WalkHome,
    WorldEffect,
)
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
    RodeBus,
    Scanned,
    ScoreEarned,
    TensionRose,
)
from game.system.rules import may_fire

__all__ = ["Answer", "Notice", "System"]

Answer = tuple[WorldEffect, ...]  # what the world must do after a fact, in order


@dataclass(frozen=True)
class Notice:
    """Something the player is told on screen; screens translate ``text`` when they draw it.

    ``kind`` is ``score`` (``text`` is the reason code, e.g. ``waste_sorted``), ``rule`` (a told
    rule's reason), ``letter``, or ``pass`` (the pass colour the player just learned).
    """

    tick: int
    kind: str
    text: str
    delta: int = 0


@dataclass
class _Asked:
    """What the rules of one moment ask of the world, gathered before it is told."""

    asked: list[WorldEffect] = field(default_factory=list)

    def effects(self) -> Answer:
        """Footage first (the widest order); then one of: the run ends (the first ending asked), she
        is held on the shoulder, she is walked home."""
        radii = [effect.radius for effect in self.asked if isinstance(effect, OrderFootage)]
        effects: list[WorldEffect] = [OrderFootage(max(radii))] if radii else []
        for kind in (EndRun, PullOver, WalkHome):  # what ends or holds her wins over being walked home
            first = next((effect for effect in self.asked if isinstance(effect, kind)), None)
            if first is not None:
                effects.append(first)
                break
        return tuple(effects)


@dataclass
class _Firing:
    """The rule whose effects are being applied, and when."""

    now: Now
    rule: Rule
    asked: _Asked = field(default_factory=_Asked)


class System:
    """Applies the level's rules and keeps the file; knows nothing of movement or drawing."""

    def __init__(self, level: Level, profile: dict[str, Any]) -> None:
        self.level = level
        self.knowledge = Knowledge(profile=dict(profile), score=tuning.START_SCORE)
        self.shown_pass = "green"
        self.log: list[Event] = []
        self.notices: list[Notice] = []
        self._firing: _Firing | None = None

    # --- what the HUD reads -----------------------------------------------------------------

    @property
    def score(self) -> int:
        return self.knowledge.score

    @property
    def true_pass(self) -> str:
        return self.knowledge.true_pass

    # --- the one way in ---------------------------------------------------------------------

    def report(self, now: Now, fact: Fact) -> Answer:
        """Write ``fact`` into the file, apply the rules of its moment, and answer what the world must do."""
        return _ANSWERS[type(fact)](self, now, fact)

    def _emit(self, event: Event) -> None:
        self.log.append(event)

    def _tell(self, tick: int, kind: str, text: str, delta: int = 0) -> None:
        self.notices.append(Notice(tick, kind, text, delta))

    # --- rules ------------------------------------------------------------------------------

    def _moment(self, moment: str, now: Now, context: dict[str, Any] | None = None) -> Answer:
        knowledge = self.knowledge
        knowledge.times[moment] = knowledge.times.get(moment, 0) + 1
        context = {**(context or {}), "minutes": int(now.minutes)}
        asked = _Asked()
        for rule in self.level.rules:
            if not may_fire(rule, knowledge, moment, context):
                continue
            knowledge.fired.add(rule.rule_id)
            self._emit(RuleFired(now.tick, now.clock, rule.rule_id, rule.reason, rule.told))
            if rule.told:
                self._tell(now.tick, "rule", rule.reason)
            self._firing = _Firing(now, rule, asked)
            for key, effect in EFFECTS.items():  # in the rulebook's order, whatever the file's
                if key in rule.then:
                    effect.apply(rule.then[key], self)
            self._firing = None
        return asked.effects()

    # The ledger the rulebook's effects write to (``game.rulebook.Ledger``).

    def set_pass(self, colour: str) -> None:
        assert self._firing is not None, "a pass is set by a rule only while it fires"
        self._set_pass(self._firing.now, colour, self._firing.rule)

    def write_letter(self, text: str) -> None:
        assert self._firing is not None
        now = self._firing.now
        self._emit(Letter(now.tick, now.clock, text))
        self._tell(now.tick, "letter", text)

    def ask_world(self, effect: WorldEffect) -> None:
        assert self._firing is not None
        self._firing.asked.asked.append(effect)

    def _set_pass(self, now: Now, colour: str, rule: Rule | None, told: bool = False) -> None:
        previous = self.knowledge.true_pass
        if colour == previous:
            return
        self.knowledge.true_pass = colour
        told = told or bool(rule and rule.told)
        self._emit(PassChanged(now.tick, now.clock, previous, colour, rule.rule_id if rule else "", told))
        if told:
            self.shown_pass = colour

    # --- the facts --------------------------------------------------------------------------

    def _day_began(self, now: Now, _fact: DayBegan) -> Answer:
        return self._moment("start", now)

    def _recognised(self, now: Now, fact: Recognised) -> Answer:
        """An observation in the file, then the rules that read it."""
        camera = fact.camera
        self._emit(Observed(now.tick, now.clock, camera.label, camera.kind, round(fact.x, 2),
                            round(fact.y, 2), fact.confidence, fact.inferred))
        if fact.inferred in tuning.ANXIOUS_INFERENCES:
            self.knowledge.anxious_cameras.add(camera.label)
        court_distance = self.level.court.area.distance_to(fact.x, fact.y)
        context = {"camera_kind": camera.kind, "court_distance": court_distance}
        return self._moment("observed", now, context)

    def _score_earned(self, now: Now, fact: ScoreEarned) -> Answer:
        self.knowledge.score += fact.delta
        self._emit(ScoreChanged(now.tick, now.clock, fact.delta, fact.reason, self.knowledge.score))
        self._tell(now.tick, "score", fact.reason, fact.delta)
        return self._moment("score", now)

    def _scanned(self, now: Now, fact: Scanned) -> Answer:
        """A gate or court door reads the true pass; the player sees the result, so now knows it."""
        colour = self.knowledge.true_pass
        if colour == "green":
            result, effects = ("entered", (EndRun("in_courtroom"),)) if fact.court else ("passed", ())
        elif colour == "yellow":
            result, effects = "sent_to_health_station", (SendToStation(),)
        else:
            result, effects = "held", (EndRun("held_at_gate"),)
        self._emit(GateScanned(now.tick, now.clock, fact.gate, colour, result))
        self.shown_pass = colour
        return effects

    def _at_station(self, now: Now, fact: AtStation) -> Answer:
        """The health station: ``minutes`` lost (fewer when the hearing begins first), then the pass is
        cleared unless a rule holds it."""
        effects = self._moment("station", now)
        held = self.knowledge.pass_held
        self._emit(StationVisit(now.tick, now.clock, self.level.health_station.name, fact.minutes,
                                "pending_review" if held else "cleared"))
        if not held:
            self._set_pass(now, "green", None, told=True)
        self.shown_pass = self.knowledge.true_pass
        return effects

    def _left_by_front_door(self, now: Now, _fact: LeftByFrontDoor) -> Answer:
        return self._moment("front_door", now)

    def _police_acted(self, now: Now, fact: PoliceActed) -> Answer:
        x, y = round(fact.x, 2), round(fact.y, 2)
        self._emit(PoliceAction(now.tick, now.clock, fact.action, x, y, fact.minutes))
        return ()

    def _looked_at_phone(self, now: Now, _fact: LookedAtPhone) -> Answer:
        self.shown_pass = self.knowledge.true_pass
        self._emit(PhoneLooked(now.tick, now.clock, self.shown_pass))
        return ()

    def _door_answered(self, now: Now, fact: DoorAnswered) -> Answer:
        """The police at the door; talking or declining is written down either way."""
        self._emit(Visit(now.tick, now.clock, fact.choice))
        return self._moment("visit", now, {"choice": fact.choice})

    def _reached_goal(self, now: Now, _fact: ReachedGoal) -> Answer:
        return self._moment("goal", now)

    def _minute_passed(self, now: Now, _fact: MinutePassed) -> Answer:
        """Checked once a game minute, for rules that wait for a time of day."""
        return self._moment("minute", now)

    def _tension_rose(self, now: Now, fact: TensionRose) -> Answer:
        self.knowledge.tension = fact.level
        self._emit(TensionRaised(now.tick, now.clock, round(fact.level, 2), fact.band))
        return self._moment("tension", now)

    def _plate_read(self, now: Now, fact: PlateRead) -> Answer:
        """A number plate read: not a recognition of her face, but kept all the same."""
        x, y = round(fact.x, 2), round(fact.y, 2)
        self._emit(Passage(now.tick, now.clock, fact.camera.label, x, y, fact.kept_until))
        return ()

    def _footage_handed_over(self, now: Now, fact: FootageHandedOver) -> Answer:
        """Each recording handed over becomes a line of the file, in time order."""
        for item in sorted(fact.recordings, key=lambda r: (r.tick, r.camera)):
            self._emit(Footage(now.tick, now.clock, item.camera, item.owner, item.clock, round(item.x, 2),
                               round(item.y, 2)))
        return ()

    def _rode_bus(self, now: Now, fact: RodeBus) -> Answer:
        self._emit(BusRide(now.tick, now.clock, fact.stop, fact.to, fact.minutes))
        return ()

    def _day_ended(self, now: Now, fact: DayEnded) -> Answer:
        self._emit(RunEnded(now.tick, now.clock, fact.ending, fact.during, fact.waited))
        return ()


# How the system answers each fact; tests/test_system.py checks every fact has its answer.
_ANSWERS: dict[type, Callable[[System, Now, Any], Answer]] = {
    DayBegan: System._day_began,
    Recognised: System._recognised,
    ScoreEarned: System._score_earned,
    Scanned: System._scanned,
    AtStation: System._at_station,
    LeftByFrontDoor: System._left_by_front_door,
    PoliceActed: System._police_acted,
    LookedAtPhone: System._looked_at_phone,
    DoorAnswered: System._door_answered,
    ReachedGoal: System._reached_goal,
    MinutePassed: System._minute_passed,
    TensionRose: System._tension_rose,
    PlateRead: System._plate_read,
    FootageHandedOver: System._footage_handed_over,
    RodeBus: System._rode_bus,
    DayEnded: System._day_ended,
}
