"""Evaluating the level's rules: a closed vocabulary of conditions over what the system knows."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from game.level.model import Rule


@dataclass
class Knowledge:
    """What the system knows about the player; the rules read it, the effects change it."""

    profile: dict[str, Any]
    score: int
    true_pass: str = "green"
    risk: int = 0
    fired: set[str] = field(default_factory=set)
    anxious_cameras: set[str] = field(default_factory=set)
    times: dict[str, int] = field(default_factory=dict)
    pass_held: bool = False
    tension: float = 0.0


Condition = Callable[[Any, Knowledge, str, Mapping[str, Any]], bool]


def _clock_at_least(value: str, _knowledge: Knowledge, _moment: str, context: Mapping[str, Any]) -> bool:
    hours, minutes = value.split(":")
    return context.get("minutes", -1) >= int(hours) * 60 + int(minutes)


# Every condition a rule may name, by its key in the rules file: how it is tested against what the
# system knows now (its value, the knowledge, the moment, the moment's context). The loader's schema
# (``game.level.rules_schema.CONDITIONS``) says what value each takes; tests/test_system.py checks
# that the two name the same conditions, so none is accepted at load and then unknown here.
CONDITIONS: dict[str, Condition] = {
    "profile": lambda value, k, _m, _c: bool(k.profile.get(value)),
    "risk_at_least": lambda value, k, _m, _c: k.risk >= value,
    "near_court": lambda value, _k, _m, c: c.get("court_distance", float("inf")) <= value,
    "camera_kind": lambda value, _k, _m, c: c.get("camera_kind") == value,
    "anxious_cameras_at_least": lambda value, k, _m, _c: len(k.anxious_cameras) >= value,
    "pass_is": lambda value, k, _m, _c: k.true_pass == value,
    "pass_not": lambda value, k, _m, _c: k.true_pass != value,
    "score_below": lambda value, k, _m, _c: k.score < value,
    "fired": lambda value, k, _m, _c: value in k.fired,
    "times_at_least": lambda value, k, m, _c: k.times.get(m, 0) >= value,
    "choice": lambda value, _k, _m, c: c.get("choice") == value,
    "clock_at_least": _clock_at_least,
    "tension_at_least": lambda value, k, _m, _c: k.tension >= value,
    "any": lambda value, k, m, c: any(holds(option, k, m, c) for option in value),
}


def holds(condition: Mapping[str, Any], knowledge: Knowledge, moment: str,
          context: Mapping[str, Any]) -> bool:
    """Whether every condition in ``condition`` holds now (an empty condition always holds)."""
    for key, value in condition.items():
        test = CONDITIONS.get(key)
        if test is None:  # the loader rejects unknown conditions; a rule built in code must not pass
            raise KeyError(f"unknown rule condition {key!r}")
        if not test(value, knowledge, moment, context):
            return False
    return True


def may_fire(rule: Rule, knowledge: Knowledge, moment: str, context: Mapping[str, Any]) -> bool:
    """Whether ``rule`` fires now: checked at this moment, not spent, and its conditions hold."""
    return (rule.on == moment
            and not (rule.once and rule.rule_id in knowledge.fired)
            and holds(rule.when, knowledge, moment, context))
