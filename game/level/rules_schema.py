"""The rules file's vocabulary, checked at load so a typo names its rule and field, not a crash later."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from game.level.errors import Problem
from game.level.model import CAMERA_KINDS, PASS_COLOURS, Rule

MOMENTS = ("start", "observed", "score", "station", "front_door", "visit", "goal", "minute", "tension")
CHOICES = ("talk", "decline")
ENDINGS_BY_RULE = ("pulled_off_highway", "stayed_home", "held_at_gate")

_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_INT = "a whole number"
_NUM = "a number"
CONDITIONS: dict[str, str] = {
    "profile": "profile key",
    "risk_at_least": _INT,
    "near_court": _NUM,
    "camera_kind": "camera kind",
    "anxious_cameras_at_least": _INT,
    "pass_is": "colour",
    "pass_not": "colour",
    "score_below": _INT,
    "fired": "rule id",
    "times_at_least": _INT,
    "choice": "choice",
    "clock_at_least": "clock",
    "tension_at_least": "share",
    "any": "list of conditions",
}
EFFECTS: dict[str, str] = {
    "risk": _INT,
    "pass": "colour",
    "pass_worse": _INT,
    "hold_pass": "true",
    "walk_home": "true",
    "ending": "ending",
    "order_footage": _NUM,
    "letter": "text",
}


def _value_problem(kind: str, value: Any, profile: dict[str, Any], rule_ids: set[str]) -> str | None:
    """What is wrong with one condition or effect value, or None if it is sound."""
    if kind == _INT:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == _NUM:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
    elif kind == "colour":
        ok = value in PASS_COLOURS
    elif kind == "camera kind":
        ok = value in CAMERA_KINDS
    elif kind == "profile key":
        ok = isinstance(value, str) and value in profile
        if not ok:
            return f"{value!r} is not a key of the profile ({', '.join(profile) or 'empty'})"
    elif kind == "rule id":
        ok = isinstance(value, str) and value in rule_ids
    elif kind == "true":
        ok = value is True
    elif kind == "ending":
        ok = value in ENDINGS_BY_RULE
    elif kind == "choice":
        ok = value in CHOICES
    elif kind == "clock":
        ok = isinstance(value, str) and bool(_CLOCK.match(value))
        if not ok:
            return f"expected a time like 10:40, got {value!r}"
    elif kind == "share":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1
    elif kind == "text":
        ok = isinstance(value, str) and bool(value.strip())
    else:
        ok = True
    return None if ok else f"expected {kind}, got {value!r}"


def _check_conditions(path: Path, where: str, prefix: str, when: Any, profile: dict[str, Any],
                      rule_ids: set[str], problems: list[Problem]) -> None:
    if not isinstance(when, dict):
        problems.append(Problem(path, where, prefix, "expected an object of conditions"))
        return
    for key, value in when.items():
        field = f"{prefix}.{key}"
        if key not in CONDITIONS:
            known = ", ".join(CONDITIONS)
            problems.append(Problem(path, where, field, f"unknown condition (known: {known})"))
        elif key == "any":
            if not isinstance(value, list) or not value:
                problems.append(Problem(path, where, field, "expected a non-empty list of conditions"))
                continue
            for index, option in enumerate(value):
                _check_conditions(path, where, f"{field}[{index}]", option, profile, rule_ids, problems)
        else:
            message = _value_problem(CONDITIONS[key], value, profile, rule_ids)
            if message:
                problems.append(Problem(path, where, field, message))


def check_rules(path: Path, data: Any, problems: list[Problem]) -> tuple[dict[str, Any], tuple[Rule, ...]]:
    """Check a parsed rules file and turn it into Rule records; problems name rule and field."""
    if not isinstance(data, dict):
        problems.append(Problem(path, "rules", "file", "expected a JSON object with profile and rules"))
        return {}, ()
    profile = data.get("profile", {})
    if not isinstance(profile, dict) or not all(
            isinstance(value, (bool, int, float, str)) for value in profile.values()):
        problems.append(Problem(path, "rules", "profile", "expected an object of simple values"))
        profile = {}
    entries = data.get("rules", [])
    if not isinstance(entries, list):
        problems.append(Problem(path, "rules", "rules", "expected a list"))
        return profile, ()
    # Only text ids can be named by `fired`; anything else (a list, a number) is reported below.
    rule_ids = {entry["id"] for entry in entries
                if isinstance(entry, dict) and isinstance(entry.get("id"), str)}
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            problems.append(Problem(path, f"rule {index + 1}", "rule", "expected an object"))
            continue
        rule_id = entry.get("id")
        where = f"rule {rule_id}" if isinstance(rule_id, str) and rule_id else f"rule {index + 1}"
        before = len(problems)
        if not isinstance(rule_id, str) or not rule_id:
            problems.append(Problem(path, where, "id", "missing"))
        elif rule_id in seen:
            problems.append(Problem(path, where, "id", "used by another rule"))
        seen.add(str(rule_id))
        if entry.get("on") not in MOMENTS:
            known = ", ".join(MOMENTS)
            problems.append(Problem(path, where, "on", f"{entry.get('on')!r} is not one of {known}"))
        _check_conditions(path, where, "when", entry.get("when", {}), profile, rule_ids, problems)
        then = entry.get("then")
        if not isinstance(then, dict) or not then:
            problems.append(Problem(path, where, "then", "expected an object with at least one effect"))
            then = {}
        for key, value in then.items():
            if key not in EFFECTS:
                known = ", ".join(EFFECTS)
                problems.append(Problem(path, where, f"then.{key}", f"unknown effect (known: {known})"))
                continue
            message = _value_problem(EFFECTS[key], value, profile, rule_ids)
            if message:
                problems.append(Problem(path, where, f"then.{key}", message))
        for key, kind in (("reason", str), ("told", bool)):
            if not isinstance(entry.get(key), kind):
                problems.append(Problem(path, where, key, f"missing or not a {kind.__name__}"))
        if not isinstance(entry.get("once", True), bool):
            problems.append(Problem(path, where, "once", "not a bool"))
        if len(problems) == before:
            rules.append(Rule(rule_id=rule_id, on=entry["on"], when=dict(entry.get("when", {})),
                              then=dict(then), reason=entry["reason"], told=entry["told"],
                              once=entry.get("once", True)))
    return dict(profile), tuple(rules)
