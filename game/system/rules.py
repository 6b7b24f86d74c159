"""When a rule fires: checked at its moment, not spent, and its conditions hold (``game.rulebook``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from game.level.model import Rule
from game.rulebook import Knowledge, holds


def may_fire(rule: Rule, knowledge: Knowledge, moment: str, context: Mapping[str, Any]) -> bool:
    """Whether ``rule`` fires now: checked at this moment, not spent, and its conditions hold."""
    return (rule.on == moment
            and not (rule.once and rule.rule_id in knowledge.fired)
            and holds(rule.when, knowledge, moment, context))
