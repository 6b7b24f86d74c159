"""The rules' vocabulary: every moment, condition and effect a rules file may name, one entry each.

An entry holds what the rules file may write for it (its value kind, which the loader checks), what
it means while a run goes on (a test over what the system knows, or a change the system makes), and
the sentence the file and the facilitator use to say it. It sits at the bottom of the layers so
that the level loader and the system read the same entry: a word the loader accepts is a word the
system does, and adding one is one entry here plus its test (tests/test_rulebook.py).

What the world must do after a moment (walk her home, end the run, hold her on the hard shoulder,
order footage, send her to the health station) is answered as typed effects, defined here too, that
the world applies through one table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from game.i18n import N_

PASS_COLOURS = ("green", "yellow", "red")

# The value kinds an entry may take; ``game.level.rules_schema`` checks a value against each.
WHOLE = "a whole number"
NUMBER = "a number"
COLOUR = "colour"
CAMERA_KIND = "camera kind"
PROFILE_KEY = "profile key"
RULE_ID = "rule id"
TRUE = "true"
ENDING = "ending"
CHOICE = "choice"
CLOCK = "clock"
SHARE = "share"
TEXT = "text"
CONDITIONS_LIST = "list of conditions"
CHOICES = ("talk", "decline")
ENDINGS_BY_RULE = ("stayed_home", "held_at_gate")


@dataclass
class Knowledge:
    """What the system knows about the player; the conditions read it, the effects change it."""

    profile: dict[str, Any]
    score: int
    true_pass: str = "green"
    risk: int = 0
    fired: set[str] = field(default_factory=set)
    anxious_cameras: set[str] = field(default_factory=set)
    times: dict[str, int] = field(default_factory=dict)
    pass_held: bool = False
    tension: float = 0.0


# --- what the world is asked to do -------------------------------------------------------------


@dataclass(frozen=True)
class WalkHome:
    """The officers walk her back home from the front door."""


@dataclass(frozen=True)
class EndRun:
    """The run ends now, with this ending."""

    ending: str


@dataclass(frozen=True)
class PullOver:
    """Stopped on the highway: held on the hard shoulder until the hearing has begun without her."""


@dataclass(frozen=True)
class OrderFootage:
    """The police order what registered cameras within ``radius`` tiles of her have kept."""

    radius: float


@dataclass(frozen=True)
class SendToStation:
    """A gate read a yellow pass: she is sent to the health station."""


WorldEffect = WalkHome | EndRun | PullOver | OrderFootage | SendToStation


class Ledger(Protocol):
    """What an effect may change: the system's knowledge, the pass, the letters, the world's to-do."""

    knowledge: Knowledge

    def set_pass(self, colour: str) -> None: ...

    def write_letter(self, text: str) -> None: ...

    def ask_world(self, effect: WorldEffect) -> None: ...


# --- the entries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Moment:
    """A moment the world reports, at which rules ``on`` it are checked."""

    key: str
    sentence: str  # "when ...", completed by the rule's conditions


@dataclass(frozen=True)
class Condition:
    """One test a rule's ``when`` may name: its value kind, how it holds, and how it is said."""

    key: str
    value: str
    holds: Callable[[Any, Knowledge, str, Mapping[str, Any]], bool]
    sentence: str  # with {value}


@dataclass(frozen=True)
class Effect:
    """One consequence a rule's ``then`` may name: its value kind, what it does, and how it is said."""

    key: str
    value: str
    apply: Callable[[Any, Ledger], None]
    sentence: str  # with {value}


def _clock_minutes(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def _any_holds(options: list[Mapping[str, Any]], knowledge: Knowledge, moment: str,
               context: Mapping[str, Any]) -> bool:
    return any(holds(option, knowledge, moment, context) for option in options)


def _add_risk(value: int, ledger: Ledger) -> None:
    ledger.knowledge.risk += int(value)


def _turn_pass(value: str, ledger: Ledger) -> None:
    worst = max(PASS_COLOURS.index(value), PASS_COLOURS.index(ledger.knowledge.true_pass))
    ledger.set_pass(PASS_COLOURS[worst])


def _worsen_pass(value: int, ledger: Ledger) -> None:
    steps = PASS_COLOURS.index(ledger.knowledge.true_pass) + int(value)
    ledger.set_pass(PASS_COLOURS[min(steps, len(PASS_COLOURS) - 1)])


def _hold_pass(value: bool, ledger: Ledger) -> None:
    ledger.knowledge.pass_held |= bool(value)


MOMENTS: dict[str, Moment] = {entry.key: entry for entry in (
    Moment("start", N_("When the day began")),
    Moment("observed", N_("When a camera recognised you")),
    Moment("score", N_("When your score changed")),
    Moment("station", N_("At the health station")),
    Moment("front_door", N_("When you left by the front door")),
    Moment("visit", N_("When the police came to your door")),
    Moment("goal", N_("When you reached your goal")),
    Moment("minute", N_("As the clock ran")),
    Moment("tension", N_("When the street's tension rose")),
)}

CONDITIONS: dict[str, Condition] = {entry.key: entry for entry in (
    Condition("profile", PROFILE_KEY, lambda value, k, _m, _c: bool(k.profile.get(value)),
              N_("your profile listed {value}")),
    Condition("risk_at_least", WHOLE, lambda value, k, _m, _c: k.risk >= value,
              N_("your risk was {value} or more")),
    Condition("near_court", NUMBER, lambda value, _k, _m, c: c.get("court_distance", float("inf")) <= value,
              N_("you were within {value} tiles of the court")),
    Condition("camera_kind", CAMERA_KIND, lambda value, _k, _m, c: c.get("camera_kind") == value,
              N_("the camera was a {value}")),
    Condition("anxious_cameras_at_least", WHOLE, lambda value, k, _m, _c: len(k.anxious_cameras) >= value,
              N_("{value} cameras had read you as anxious")),
    Condition("pass_is", COLOUR, lambda value, k, _m, _c: k.true_pass == value,
              N_("your pass was {value}")),
    Condition("pass_not", COLOUR, lambda value, k, _m, _c: k.true_pass != value,
              N_("your pass was not {value}")),
    Condition("score_below", WHOLE, lambda value, k, _m, _c: k.score < value,
              N_("your score was below {value}")),
    Condition("fired", RULE_ID, lambda value, k, _m, _c: value in k.fired,
              N_("rule {value} had fired")),
    Condition("times_at_least", WHOLE, lambda value, k, m, _c: k.times.get(m, 0) >= value,
              N_("it had happened {value} times or more")),
    Condition("choice", CHOICE, lambda value, _k, _m, c: c.get("choice") == value,
              N_("you chose to {value}")),
    Condition("clock_at_least", CLOCK, lambda value, _k, _m, c: c.get("minutes", -1) >= _clock_minutes(value),
              N_("it was {value} or later")),
    Condition("tension_at_least", SHARE, lambda value, k, _m, _c: k.tension >= value,
              N_("the street's tension was at {value} or more")),
    Condition("any", CONDITIONS_LIST, _any_holds, N_("either {value}")),
)}

# Applied in this order, whatever the rules file's order.
EFFECTS: dict[str, Effect] = {entry.key: entry for entry in (
    Effect("risk", WHOLE, _add_risk, N_("your risk rose by {value}")),
    Effect("pass", COLOUR, _turn_pass, N_("your pass turned {value}")),
    Effect("pass_worse", WHOLE, _worsen_pass, N_("your pass got worse by {value}")),
    Effect("hold_pass", TRUE, _hold_pass, N_("your pass was held for review")),
    Effect("walk_home", TRUE, lambda _value, ledger: ledger.ask_world(WalkHome()),
           N_("the officers walked you home")),
    Effect("pull_over", TRUE, lambda _value, ledger: ledger.ask_world(PullOver()),
           N_("the police held you on the hard shoulder")),
    Effect("ending", ENDING, lambda value, ledger: ledger.ask_world(EndRun(value)),
           N_("your day ended: {value}")),
    Effect("order_footage", NUMBER, lambda value, ledger: ledger.ask_world(OrderFootage(float(value))),
           N_("the police ordered the footage of cameras within {value} tiles")),
    Effect("letter", TEXT, lambda value, ledger: ledger.write_letter(value), N_("a letter was sent")),
)}


def holds(condition: Mapping[str, Any], knowledge: Knowledge, moment: str,
          context: Mapping[str, Any]) -> bool:
    """Whether every condition in ``condition`` holds now (an empty condition always holds)."""
    for key, value in condition.items():
        entry = CONDITIONS.get(key)
        if entry is None:  # the loader rejects unknown conditions; a rule built in code must not pass
            raise KeyError(f"unknown rule condition {key!r}")
        if not entry.holds(value, knowledge, moment, context):
            return False
    return True
