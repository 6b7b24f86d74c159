"""The system: the pass turns in silence, told rules show, and the rules fire in file order, once."""

from __future__ import annotations

import copy

import pytest

from game import tuning
from game.events import (
    Command,
    GateScanned,
    Observed,
    PassChanged,
    PhoneLooked,
    RuleFired,
    ScoreChanged,
    StationVisit,
)
from game.level import load_level
from game.level.model import Camera
from game.rulebook import EndRun, PullOver, SendToStation, WalkHome
from game.sim import World
from game.system import System
from game.system.facts import (
    AtStation,
    DayBegan,
    LeftByFrontDoor,
    LookedAtPhone,
    Now,
    Recognised,
    Scanned,
    ScoreEarned,
)
from tests.mapmaker import DEFAULT_RULES, basic_objects, camera, court_door, open_rows, write_map

NEAR_COURT = (15.5, 4.5)  # within 4 tiles of the court at (16, 1, 3, 3)
FAR_AWAY = (3.5, 7.5)


def make_level(folder, rules=None, extra=()):
    objects = [*basic_objects(), court_door(15, 2), *extra]
    return load_level(write_map(folder, open_rows(), objects, rules=rules))


@pytest.fixture(scope="module")
def level(tmp_path_factory):
    return make_level(tmp_path_factory.mktemp("system"))


def tell(system: System, fact, tick: int = 0, clock: str = "08:00"):
    """Report ``fact`` at ``tick`` and ``clock``; returns what the system asks of the world."""
    hours, minutes = clock.split(":")
    return system.report(Now(tick, int(hours) * 60 + int(minutes) + 0.5), fact)


def started(level, profile=None) -> System:
    system = System(level, level.profile if profile is None else profile)
    tell(system, DayBegan())
    return system


def see(system: System, where=NEAR_COURT, *, kind="lamp", camera_label="C-1", inferred="walking", tick=10):
    fact = Recognised(a_camera(camera_label, kind), where[0], where[1], 0.9, inferred)
    return tell(system, fact, tick, "08:01")


def a_camera(label: str, kind: str) -> Camera:
    return Camera(object_id=1, label=label, kind=kind, x=0.0, y=0.0, facing=0.0, sweep=0.0, fov=60.0,
                  range=6.0, sweep_speed=0.0)


def of_type(system: System, kind):
    return [event for event in system.log if isinstance(event, kind)]


# --- the pass turns in silence -------------------------------------------------------------------


def test_start_rule_raises_hidden_risk(level):
    system = started(level)
    assert system.knowledge.risk == 1
    assert [e.rule for e in of_type(system, RuleFired)] == ["R-1"]
    assert of_type(system, RuleFired)[0].told is False
    assert system.notices == [], "a hidden rule tells the player nothing"


def test_pass_turns_without_the_shown_pass_changing(level):
    system = started(level)
    outcome = see(system)
    assert outcome == ()
    assert system.true_pass == "yellow"
    assert system.shown_pass == "green", "the HUD still shows what the phone showed last"
    (change,) = of_type(system, PassChanged)
    assert (change.from_colour, change.to, change.rule, change.told) == ("green", "yellow", "R-2", False)
    assert system.notices == []
    tell(system, LookedAtPhone(), 20, "08:02")
    assert system.shown_pass == "yellow"
    assert of_type(system, PhoneLooked)[-1].pass_colour == "yellow"


def test_profile_decides(level):
    system = started(level, profile={"relative_of_detainee": False})
    see(system)
    assert system.knowledge.risk == 0 and system.true_pass == "green"
    assert [e.rule for e in of_type(system, RuleFired)] == []


def test_far_from_the_court_nothing_happens(level):
    system = started(level)
    see(system, FAR_AWAY)
    assert system.true_pass == "green"
    assert len(of_type(system, Observed)) == 1


def test_observation_is_written_rounded(level):
    system = started(level)
    tell(system, Recognised(a_camera("C-9", "tree"), 3.14159, 2.71828, 0.5, "calm"), 5)
    (observed,) = of_type(system, Observed)
    assert (observed.camera, observed.camera_kind, observed.x, observed.y) == ("C-9", "tree", 3.14, 2.72)


def test_three_anxious_cameras_make_the_pass_worse(level):
    system = started(level)
    for index, inferred in enumerate(["anxious", "hurrying", "anxious", "calm"]):
        see(system, FAR_AWAY, camera_label=f"C-{index}", inferred=inferred)
        expected = "yellow" if index >= 2 else "green"
        assert system.true_pass == expected, index
    assert system.knowledge.anxious_cameras == {"C-0", "C-1", "C-2"}


def test_the_same_camera_counts_once_for_anxiety(level):
    system = started(level)
    for _ in range(5):
        see(system, FAR_AWAY, camera_label="C-1", inferred="anxious")
    assert system.true_pass == "green"


def test_gantry_with_risk_ends_the_run(level):
    system = started(level)
    assert see(system, FAR_AWAY, kind="gantry") == (PullOver(),)
    clean = started(level, profile={"relative_of_detainee": False})
    assert see(clean, FAR_AWAY, kind="gantry") == ()


# --- told rules ---------------------------------------------------------------------------------


def test_low_score_turns_the_pass_yellow_and_is_told(level):
    system = started(level)
    tell(system, ScoreEarned(-40, "crossed_on_red"), 30, "08:05")
    assert system.score == 960 and system.true_pass == "green"
    tell(system, ScoreEarned(-30, "crossed_on_red"), 40, "08:06")
    assert system.score == 930
    assert system.true_pass == "yellow" and system.shown_pass == "yellow", "told: the HUD shows it"
    change = of_type(system, PassChanged)[-1]
    assert (change.to, change.rule, change.told) == ("yellow", "R-6", True)
    rule = of_type(system, RuleFired)[-1]
    assert (rule.rule, rule.told, rule.text) == ("R-6", True, "Your score is too low.")
    assert [(n.kind, n.text, n.delta) for n in system.notices] == [
        ("score", "crossed_on_red", -40), ("score", "crossed_on_red", -30),
        ("rule", "Your score is too low.", 0)]
    assert [e.score for e in of_type(system, ScoreChanged)] == [960, 930]


def test_score_rises_too(level):
    system = started(level)
    tell(system, ScoreEarned(tuning.SCORE_WASTE_SORTED, "waste_sorted"), 1, "08:00")
    assert system.score == tuning.START_SCORE + tuning.SCORE_WASTE_SORTED
    assert system.notices[-1].kind == "score" and system.notices[-1].delta == tuning.SCORE_WASTE_SORTED


def test_a_once_rule_fires_once(level):
    system = started(level)
    for tick in range(3):
        tell(system, ScoreEarned(-100, "crossed_on_red"), tick, "08:00")
    assert [e.rule for e in of_type(system, RuleFired)].count("R-6") == 1
    see(system)
    see(system)
    assert [e.rule for e in of_type(system, RuleFired)].count("R-2") == 1


def test_front_door_walks_home_then_ends(level):
    system = started(level)
    assert tell(system, LeftByFrontDoor(), 10, "08:01") == (WalkHome(),)
    assert system.notices[-1].kind == "rule" and system.notices[-1].text == "Stay home today."
    assert tell(system, LeftByFrontDoor(), 20, "08:02") == (EndRun("stayed_home"),)
    assert [e.rule for e in of_type(system, RuleFired)] == ["R-1", "R-5", "R-5", "R-5b"], "R-5 is not once"


# --- the health station and gates ------------------------------------------------------------------


def test_station_keeps_the_pass_yellow_pending_review(level):
    system = started(level)
    see(system)  # yellow, not told
    assert tell(system, Scanned("G1", False), 30, "08:03") == (SendToStation(),)
    assert system.shown_pass == "yellow", "the gate showed it"
    tell(system, AtStation(tuning.STATION_MINUTES), 31, "08:18")
    (visit,) = of_type(system, StationVisit)
    assert (visit.result, visit.minutes) == ("pending_review", tuning.STATION_MINUTES)
    assert system.true_pass == "yellow" and system.shown_pass == "yellow"
    assert "R-7" in [e.rule for e in of_type(system, RuleFired)]
    tell(system, AtStation(tuning.STATION_MINUTES), 90, "08:40")
    assert of_type(system, StationVisit)[-1].result == "pending_review", "held for good"


def test_station_clears_a_pass_when_no_rule_holds_it(level):
    system = started(level)
    tell(system, ScoreEarned(-100, "crossed_on_red"), 1, "08:00")  # yellow, told
    tell(system, AtStation(tuning.STATION_MINUTES), 2, "08:15")
    assert of_type(system, StationVisit)[-1].result == "cleared"
    assert system.true_pass == "green" and system.shown_pass == "green"
    change = of_type(system, PassChanged)[-1]
    assert (change.from_colour, change.to, change.rule, change.told) == ("yellow", "green", "", True)


@pytest.mark.parametrize(("colour", "court", "result", "asked"), [
    ("green", False, "passed", ()), ("green", True, "entered", (EndRun("in_courtroom"),)),
    ("yellow", False, "sent_to_health_station", (SendToStation(),)),
    ("yellow", True, "sent_to_health_station", (SendToStation(),)),
    ("red", False, "held", (EndRun("held_at_gate"),)), ("red", True, "held", (EndRun("held_at_gate"),))])
def test_scan_results(level, colour, court, result, asked):
    system = started(level)
    system.knowledge.true_pass = colour
    assert tell(system, Scanned("G", court), 5) == asked
    assert system.shown_pass == colour
    gate = of_type(system, GateScanned)[-1]
    assert (gate.gate, gate.pass_colour, gate.result) == ("G", colour, result)


# --- order and effects of rules, from their own files -------------------------------------------


def rule(rule_id, on="start", when=None, then=None, told=False, once=True):
    return {"id": rule_id, "on": on, "when": when or {}, "then": then or {"risk": 1}, "reason": rule_id,
            "told": told, "once": once}


def test_rules_fire_in_file_order(tmp_path):
    rules = {"profile": {}, "rules": [
        rule("Z", then={"risk": 1}),
        rule("A", when={"risk_at_least": 1}, then={"pass": "yellow"}),
        rule("M", when={"pass_is": "yellow"}, then={"pass_worse": 1}),
        rule("B", when={"pass_is": "green"}, then={"risk": 5}),
    ]}
    system = started(make_level(tmp_path, rules))
    assert [e.rule for e in of_type(system, RuleFired)] == ["Z", "A", "M"]
    assert system.true_pass == "red" and system.knowledge.risk == 1
    assert [(e.from_colour, e.to, e.rule) for e in of_type(system, PassChanged)] == [
        ("green", "yellow", "A"), ("yellow", "red", "M")]


def test_a_rule_before_its_cause_waits_for_the_next_moment(tmp_path):
    rules = {"profile": {}, "rules": [
        rule("late", on="score", when={"fired": "cause"}, then={"risk": 10}),
        rule("cause", on="score", then={"risk": 1}),
    ]}
    system = started(make_level(tmp_path, rules))
    tell(system, ScoreEarned(1, "waste_sorted"), 1, "08:00")
    assert [e.rule for e in of_type(system, RuleFired)] == ["cause"]
    tell(system, ScoreEarned(1, "waste_sorted"), 2, "08:00")
    assert [e.rule for e in of_type(system, RuleFired)] == ["cause", "late"]


def test_once_false_fires_every_time_and_times_at_least_counts(tmp_path):
    rules = {"profile": {}, "rules": [
        rule("each", on="score", once=False),
        rule("third", on="score", when={"times_at_least": 3}, then={"pass": "red"}),
    ]}
    system = started(make_level(tmp_path, rules))
    for tick in range(1, 6):
        tell(system, ScoreEarned(1, "waste_sorted"), tick, "08:00")
    fired = [e.rule for e in of_type(system, RuleFired)]
    assert fired.count("each") == 5 and fired.count("third") == 1
    assert fired.index("third") == 3, "on the third score change, after that moment's 'each'"
    assert system.knowledge.risk == 5 and system.true_pass == "red"


def test_pass_never_gets_better_from_a_rule_and_stops_at_red(tmp_path):
    rules = {"profile": {}, "rules": [
        rule("red", then={"pass": "red"}),
        rule("yellow", then={"pass": "yellow"}),
        rule("worse", then={"pass_worse": 2}),
    ]}
    system = started(make_level(tmp_path, rules))
    assert system.true_pass == "red"
    assert [(e.to, e.rule) for e in of_type(system, PassChanged)] == [("red", "red")], "no change, no event"


def test_any_condition(tmp_path):
    rules = {"profile": {"dual": True}, "rules": [
        rule("either", on="observed", when={"any": [{"camera_kind": "door"}, {"profile": "dual"}]},
             then={"pass": "yellow"}),
    ]}
    level = make_level(tmp_path, rules)
    system = started(level, profile={"dual": False})
    see(system, FAR_AWAY, kind="lamp")
    assert system.true_pass == "green"
    see(system, FAR_AWAY, kind="door")
    assert system.true_pass == "yellow"
    other = started(level)
    see(other, FAR_AWAY, kind="lamp")
    assert other.true_pass == "yellow"


def test_an_ending_wins_over_walking_home(tmp_path):
    rules = {"profile": {}, "rules": [
        rule("home", on="front_door", then={"walk_home": True}),
        rule("end", on="front_door", then={"ending": "held_at_gate"}),
    ]}
    system = started(make_level(tmp_path, rules))
    assert tell(system, LeftByFrontDoor(), 1, "08:00") == (EndRun("held_at_gate"),)


def test_default_rules_are_untouched():
    assert copy.deepcopy(DEFAULT_RULES) == DEFAULT_RULES


# --- through the world: the phone ----------------------------------------------------------------


def test_world_pass_turns_silently_until_the_phone_is_looked_at(tmp_path):
    # A fixed camera beside the court looks west at the spawn, which is near the court.
    extra = [camera("C-1", 17.5, 6.5, facing=180, fov=90, reach=8)]
    objects = [*basic_objects(spawn=(14.5, 6.5)), court_door(15, 2), *extra]
    level = load_level(write_map(tmp_path, open_rows(), objects))
    world = World(level, seed=3)
    for _ in range(600):
        world.step(Command())
        if world.system.true_pass != "green":
            break
    assert world.system.true_pass == "yellow"
    assert world.system.shown_pass == "green"
    assert any(isinstance(e, PassChanged) and not e.told for e in world.events)
    for _ in range(30):
        world.step(Command())
    assert world.system.shown_pass == "green", "time alone tells nothing"
    events = world.step(Command(look_at_phone=True))
    assert world.system.shown_pass == "yellow"
    assert [type(e) for e in events] == [PhoneLooked]
    assert events[0].pass_colour == "yellow"
