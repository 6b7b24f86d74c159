"""The rules file's vocabulary, checked at load so a typo names its rule and field, not a crash later."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game import rulebook
from game.level.errors import Problem
from game.level.model import CAMERA_KINDS, PASS_COLOURS, Rule

# The vocabulary itself is the rulebook's: one entry a moment, condition or effect, read by this
# check and by the system alike, so what loads is what runs.
MOMENTS = tuple(rulebook.MOMENTS)
CONDITIONS: dict[str, str] = {key: entry.value for key, entry in rulebook.CONDITIONS.items()}
EFFECTS: dict[str, str] = {key: entry.value for key, entry in rulebook.EFFECTS.items()}
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# How a value of each of the rulebook's value kinds is checked: whether it is sound, given the
# rules file's profile and rule ids. tests/test_rulebook.py checks every kind has its check.
VALUE_CHECKS: dict[str, Callable[[Any, dict[str, Any], set[str]], bool]] = {
    rulebook.WHOLE: lambda value, _p, _r: isinstance(value, int) and not isinstance(value, bool),
    rulebook.NUMBER: lambda value, _p, _r: _number(value) and value >= 0,
    rulebook.COLOUR: lambda value, _p, _r: value in PASS_COLOURS,
    rulebook.CAMERA_KIND: lambda value, _p, _r: value in CAMERA_KINDS,
    rulebook.PROFILE_KEY: lambda value, profile, _r: isinstance(value, str) and value in profile,
    rulebook.RULE_ID: lambda value, _p, rule_ids: isinstance(value, str) and value in rule_ids,
    rulebook.TRUE: lambda value, _p, _r: value is True,
    rulebook.ENDING: lambda value, _p, _r: value in rulebook.ENDINGS_BY_RULE,
    rulebook.CHOICE: lambda value, _p, _r: value in rulebook.CHOICES,
    rulebook.CLOCK: lambda value, _p, _r: isinstance(value, str) and bool(_CLOCK.match(value)),
    rulebook.SHARE: lambda value, _p, _r: _number(value) and 0 <= value <= 1,
    rulebook.TEXT: lambda value, _p, _r: isinstance(value, str) and bool(value.strip()),
    rulebook.CONDITIONS_LIST: lambda value, _p, _r: isinstance(value, list) and bool(value),
}


def _value_problem(kind: str, value: Any, profile: dict[str, Any], rule_ids: set[str]) -> str | None:
    """What is wrong with one condition or effect value, or None if it is sound."""
    if VALUE_CHECKS[kind](value, profile, rule_ids):
        return None
    if kind == rulebook.PROFILE_KEY:
        return f"{value!r} is not a key of the profile ({', '.join(profile) or 'empty'})"
    if kind == rulebook.CLOCK:
        return f"expected a time like 10:40, got {value!r}"
    if kind == rulebook.CONDITIONS_LIST:
        return "expected a non-empty list of conditions"
    if kind == rulebook.ENDING:
        return (f"expected one of {', '.join(rulebook.ENDINGS_BY_RULE)}, got {value!r} (a stop on the "
                "highway is \"pull_over\": true; the hearing ends it)")
    return f"expected {kind}, got {value!r}"


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
            continue
        message = _value_problem(CONDITIONS[key], value, profile, rule_ids)
        if message:
            problems.append(Problem(path, where, field, message))
        elif CONDITIONS[key] == rulebook.CONDITIONS_LIST:
            for index, option in enumerate(value):
                _check_conditions(path, where, f"{field}[{index}]", option, profile, rule_ids, problems)


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
