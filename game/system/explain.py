"""A rule said in words, from the rulebook's sentences: what the file shows of how a rule works.

During play the system never explains itself; afterwards the file does. Each moment, condition and
effect brings its own sentence (``game.rulebook``), so a rule in a workshop's own rules file is said
as well as the game's. How a value is said (a colour, a camera kind, a profile key) is the caller's:
the screens know the words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from game.i18n import _
from game.level.model import Rule
from game.rulebook import CONDITIONS, CONDITIONS_LIST, EFFECTS, MOMENTS

SayValue = Callable[[str, Any], str]  # (value kind, value) -> the value in words


def conditions_sentence(when: Mapping[str, Any], say: SayValue) -> str:
    """Every condition of ``when`` in words, joined by "and"; a list of options ("any") by "or"."""
    parts = []
    for key, value in when.items():
        entry = CONDITIONS[key]
        if entry.value == CONDITIONS_LIST:
            words = _(" or ").join(conditions_sentence(option, say) for option in value)
        else:
            words = say(entry.value, value)
        parts.append(_(entry.sentence).format(value=words))
    return _(" and ").join(parts)


def rule_sentence(rule: Rule, say: SayValue) -> str:
    """"When a camera recognised you, if your risk was 1 or more: your pass turned yellow."""
    moment = _(MOMENTS[rule.on].sentence)
    effects = _(", ").join(_(entry.sentence).format(value=say(entry.value, rule.then[key]))
                           for key, entry in EFFECTS.items() if key in rule.then)
    if not rule.when:
        return _("{moment}: {effects}.").format(moment=moment, effects=effects)
    return _("{moment}, if {conditions}: {effects}.").format(
        moment=moment, conditions=conditions_sentence(rule.when, say), effects=effects)
