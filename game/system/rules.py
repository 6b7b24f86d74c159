"""Evaluating the level's rules: a closed vocabulary of conditions over what the system knows."""

from __future__ import annotations

from collections.abc import Mapping
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


def holds(condition: Mapping[str, Any], knowledge: Knowledge, moment: str,
          context: Mapping[str, Any]) -> bool:
    """Whether every condition in ``condition`` holds now (an empty condition always holds)."""
    for key, value in condition.items():
        if key == "profile":
            ok = bool(knowledge.profile.get(value))
        elif key == "risk_at_least":
            ok = knowledge.risk >= value
        elif key == "near_court":
            ok = context.get("court_distance", float("inf")) <= value
        elif key == "camera_kind":
            ok = context.get("camera_kind") == value
        elif key == "anxious_cameras_at_least":
            ok = len(knowledge.anxious_cameras) >= value
        elif key == "pass_is":
            ok = knowledge.true_pass == value
        elif key == "pass_not":
            ok = knowledge.true_pass != value
        elif key == "score_below":
            ok = knowledge.score < value
        elif key == "fired":
            ok = value in knowledge.fired
        elif key == "times_at_least":
            ok = knowledge.times.get(moment, 0) >= value
        elif key == "choice":
            ok = context.get("choice") == value
        elif key == "clock_at_least":
            hours, minutes = value.split(":")
            ok = context.get("minutes", -1) >= int(hours) * 60 + int(minutes)
        elif key == "tension_at_least":
            ok = knowledge.tension >= value
        elif key == "any":
            ok = any(holds(option, knowledge, moment, context) for option in value)
        else:  # the loader rejects unknown conditions; a rule built in code must not pass silently
            raise KeyError(f"unknown rule condition {key!r}")
        if not ok:
            return False
    return True


def may_fire(rule: Rule, knowledge: Knowledge, moment: str, context: Mapping[str, Any]) -> bool:
    """Whether ``rule`` fires now: checked at this moment, not spent, and its conditions hold."""
    return (rule.on == moment
            and not (rule.once and rule.rule_id in knowledge.fired)
            and holds(rule.when, knowledge, moment, context))
