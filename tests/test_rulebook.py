"""The rulebook: every moment, condition and effect is one complete entry that loads, runs and is said.

Adding a word to the rules' vocabulary is one entry in ``game/rulebook.py``; these tests fail until
the entry is whole: a value kind the loader can check, a sentence for the file, and (for an effect)
something a later rule or the world can see.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import typing
from pathlib import Path
from types import SimpleNamespace

import pytest

from game import rulebook
from game import system as system_module
from game.level import rules_schema
from game.level.errors import Problem
from game.level.model import Rule
from game.sim import world as world_module
from game.system import _ANSWERS, System
from game.system import facts as facts_module
from game.system.facts import DayBegan, Now

# One sound value of each value kind, for running an entry; a new kind needs its sample here.
SAMPLES = {
    rulebook.WHOLE: 1, rulebook.NUMBER: 3.0, rulebook.COLOUR: "yellow", rulebook.CAMERA_KIND: "lamp",
    rulebook.PROFILE_KEY: "flagged", rulebook.RULE_ID: "R-T", rulebook.TRUE: True,
    rulebook.ENDING: "stayed_home", rulebook.CHOICE: "talk", rulebook.CLOCK: "08:00", rulebook.SHARE: 0.5,
    rulebook.TEXT: "A letter.", rulebook.CONDITIONS_LIST: [{"risk_at_least": 0}],
}
ENTRIES = [*rulebook.MOMENTS.values(), *rulebook.CONDITIONS.values(), *rulebook.EFFECTS.values()]


def test_every_value_kind_has_a_check_at_load_and_a_sample_here():
    kinds = {entry.value for entry in [*rulebook.CONDITIONS.values(), *rulebook.EFFECTS.values()]}
    assert kinds <= set(rules_schema.VALUE_CHECKS), "the loader cannot check every value kind"
    assert set(rules_schema.VALUE_CHECKS) <= set(SAMPLES)
    for kind, sample in SAMPLES.items():
        assert rules_schema.VALUE_CHECKS[kind](sample, {"flagged": True}, {"R-T"}), kind


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: f"{type(entry).__name__}:{entry.key}")
def test_every_entry_says_itself_in_a_sentence(entry):
    assert entry.sentence.strip() and entry.sentence[-1] not in ".:", entry.key
    takes_value = getattr(entry, "value", rulebook.TRUE) not in (rulebook.TRUE, rulebook.TEXT)
    assert ("{value}" in entry.sentence) == takes_value, "a sentence names the value exactly when it has one"


def test_the_loader_knows_exactly_the_rulebooks_words():
    assert set(rules_schema.MOMENTS) == set(rulebook.MOMENTS)
    assert set(rules_schema.CONDITIONS) == set(rulebook.CONDITIONS)
    assert set(rules_schema.EFFECTS) == set(rulebook.EFFECTS)


def test_every_moment_is_reached_by_a_fact_the_system_answers():
    reached = set(re.findall(r'_moment\("(\w+)"', inspect.getsource(system_module)))
    assert reached == set(rulebook.MOMENTS)


def test_every_fact_has_its_answer_and_every_effect_its_application_in_the_world():
    facts = set(typing.get_args(facts_module.Fact))
    assert facts == set(_ANSWERS)
    assert set(typing.get_args(rulebook.WorldEffect)) == set(world_module._APPLY)
    for fact in facts:
        assert dataclasses.is_dataclass(fact) and fact.__dataclass_params__.frozen, fact


def _fire(then: dict, profile: dict | None = None) -> tuple[System, tuple]:
    rule = Rule("R-T", "start", {}, then, "Test.", False)
    level = SimpleNamespace(rules=(rule,), court=None, health_station=None)
    system = System(level, profile or {})  # type: ignore[arg-type]
    return system, system.report(Now(0, 480.0), DayBegan())


@pytest.mark.parametrize("key", list(rulebook.EFFECTS))
def test_every_effect_does_something_a_rule_or_the_world_can_see(key):
    value = SAMPLES[rulebook.EFFECTS[key].value]
    quiet, _ = _fire({"risk": 0})
    system, asked = _fire({key: value})
    seen = (system.knowledge.risk, system.knowledge.true_pass, system.knowledge.pass_held, len(system.log))
    before = (quiet.knowledge.risk, quiet.knowledge.true_pass, quiet.knowledge.pass_held, len(quiet.log))
    assert seen != before or asked, f"{key} changed nothing"


@pytest.mark.parametrize("key", list(rulebook.CONDITIONS))
def test_every_condition_can_hold_and_can_fail(key):
    entry = rulebook.CONDITIONS[key]
    value = SAMPLES[entry.value]
    holding = rulebook.Knowledge(profile={"flagged": True}, score=1000, true_pass="yellow", risk=1,
                                 fired={"R-T"}, anxious_cameras={"C-1"}, times={"start": 1}, tension=0.5)
    failing = rulebook.Knowledge(profile={"flagged": False}, score=0, true_pass="green", risk=-1)
    context_holding = {"camera_kind": "lamp", "court_distance": 1.0, "choice": "talk", "minutes": 600}
    results = {entry.holds(value, holding, "start", context_holding),
               entry.holds(value, failing, "start", {})}
    assert results == {True, False}, key


def test_a_word_the_rulebook_does_not_have_is_refused_at_load():
    problems: list[Problem] = []
    rules = {"profile": {}, "rules": [{"id": "R-X", "on": "start", "when": {"moon_is": "full"},
                                       "then": {"teleport": True}, "reason": "x", "told": False}]}
    rules_schema.check_rules(Path("x.rules.json"), rules, problems)
    fields = {problem.field for problem in problems}
    assert fields == {"when.moon_is", "then.teleport"}


def _plain(kind: str, value) -> str:
    return str(value)


def test_a_rule_is_said_from_its_entries_sentences():
    from game.system.explain import rule_sentence

    near = Rule("R-2", "observed", {"near_court": 12, "risk_at_least": 1}, {"pass": "yellow"}, "x", False)
    assert rule_sentence(near, _plain) == ("When a camera recognised you, if you were within 12 tiles of the "
                                           "court and your risk was 1 or more: your pass turned yellow.")
    start = Rule("R-1", "start", {}, {"risk": 1, "letter": "A letter."}, "x", False)
    said = rule_sentence(start, _plain)
    assert said == "When the day began: your risk rose by 1, a letter was sent."
    either = Rule("R-7", "station", {"any": [{"fired": "R-2"}, {"fired": "R-8"}]}, {"hold_pass": True}, "x",
                  False)
    assert rule_sentence(either, _plain) == (
        "At the health station, if either rule R-2 had fired or rule R-8 had fired: "
        "your pass was held for review.")


def test_the_file_shows_how_each_rule_that_fired_works_in_the_levels_words():
    from game.events import read_run
    from game.level import load_level
    from game.render.debrief_story import timeline

    runs = Path(__file__).parent / "data" / "runs"
    record = read_run(runs / "hearing_day_24.json")
    level = load_level(Path(__file__).parent.parent / "levels" / "hearing_day.tmx")
    details = {entry.sentence.split(" fired")[0]: entry.detail for entry in timeline(record, level)
               if entry.kind == "rule"}
    assert details["Rule R-1"] == ("When the day began, if your profile listed relative of a detainee: "
                                   "your risk rose by 1.")
    assert details["Rule R-7"].startswith("At the health station, if either rule R-2 had fired")
    assert all(entry.detail == "" for entry in timeline(record, level) if entry.kind != "rule")
