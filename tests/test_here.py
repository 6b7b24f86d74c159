"""The second scenario's machinery on small maps: footage after the fact, plates kept, the letter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mapmaker import MapObject, basic_objects, camera, write_map

from game import tuning
from game.events import (
    BusRide,
    Command,
    Footage,
    Letter,
    Observed,
    Passage,
    RuleFired,
    TensionRaised,
    Visit,
)
from game.level import load_level
from game.sim import World

EAST = Command(move_x=1)
RUN_EAST = Command(move_x=1, run=True)
IDLE = Command()

# Home at the west end (front door at x=4), a long street east, the square at the east end.
ROWS = [
    "####################",
    "#...#..............#",
    "#..................#",
    "#...#..............#",
    "####################",
]
DRIVE_ROWS = [
    "####################",
    "#...#..............#",
    "#....RRRRRRRRRRR...#",
    "#...#..............#",
    "####################",
]

HERE_RULES: dict[str, Any] = {
    "profile": {"second_nationality": True},
    "rules": [
        {"id": "H-1", "on": "start", "when": {"profile": "second_nationality"}, "then": {"risk": 1},
         "reason": "Second nationality.", "told": False},
        {"id": "H-2", "on": "minute", "when": {"clock_at_least": "10:05", "risk_at_least": 1},
         "then": {"letter": "You have been selected for an additional check."},
         "reason": "Risk score over the threshold.", "told": False},
        {"id": "H-3", "on": "visit", "when": {"choice": "decline"}, "then": {"risk": 1},
         "reason": "Declined to talk.", "told": False},
        {"id": "H-5", "on": "goal", "when": {}, "then": {"order_footage": 30},
         "reason": "The demonstration was reported.", "told": False},
        {"id": "H-6", "on": "tension", "when": {"tension_at_least": 0.3}, "then": {"order_footage": 3},
         "reason": "Tension on the smart street.", "told": False},
    ],
}
HERE_MAP = {"start_time": "10:00", "hearing_time": "12:00", "goal_ending": "spoke_at_square",
            "goal_label": "Speech at {time}", "date": "2026-12-10"}


def here_level(tmp_path: Path, extra: list[MapObject], *, rows: list[str] = ROWS,
               rules: dict[str, Any] | None = None, **map_properties: Any):
    objects = [*basic_objects(court=(17, 1, 2, 3), health_station=(8, 3, 1, 1)),
               MapObject("goal", 18, 1, 1, 3, name="Square"), *extra]
    path = write_map(tmp_path, rows, objects, rules=rules or HERE_RULES,
                     map_properties={**HERE_MAP, **map_properties})
    return load_level(path)


def walk(world: World, command: Command, ticks: int) -> None:
    for _ in range(ticks):
        if world.ending is not None:
            return
        world.step(command)


def walk_until_end(world: World, command: Command, limit: int = 20000) -> None:
    walk(world, command, limit)
    assert world.ending is not None


def doorbell(name: str, x: float, *, registered: bool) -> MapObject:
    return camera(name, x, 1.5, kind="doorbell", facing=90, fov=120, reach=3, owner="private",
                  registered=registered)


def test_registered_cameras_never_report_live(tmp_path: Path) -> None:
    doorbells = [doorbell("D-1", 8.5, registered=True), doorbell("D-2", 12.5, registered=True)]
    level = here_level(tmp_path, doorbells)
    world = World(level, seed=1)
    walk(world, IDLE, 30)
    walk(world, EAST, 200)  # past both doorbells, before the square
    assert world.ending is None
    assert not [e for e in world.events if isinstance(e, (Observed, Footage))], "nothing reaches anyone live"
    assert {r.camera for r in world.recordings} == {"D-1", "D-2"}


def test_footage_ordered_after_a_report_pieces_the_route_together(tmp_path: Path) -> None:
    cameras = [doorbell("D-1", 8.5, registered=True), doorbell("D-2", 12.5, registered=True),
               doorbell("D-3", 10.5, registered=False)]
    level = here_level(tmp_path, cameras)
    world = World(level, seed=1)
    walk_until_end(world, EAST)
    assert world.ending == "spoke_at_square"
    footage = [e for e in world.events if isinstance(e, Footage)]
    report = next(e for e in world.events if isinstance(e, RuleFired) and e.rule == "H-5")
    assert {e.camera for e in footage} == {"D-1", "D-2"}, "only registered cameras hand footage over"
    assert all(e.tick == report.tick for e in footage), "footage exists in the file only after the report"
    assert [e.seen_at for e in footage] == sorted(e.seen_at for e in footage)
    xs = [e.x for e in footage]
    assert xs == sorted(xs), "in time order, the footage traces her walk east"
    live = [e for e in world.events if isinstance(e, Observed)]
    assert {e.camera for e in live} == {"D-3"}, "the unregistered doorbell is watched live instead"


def test_footage_comes_only_from_cameras_near_the_report(tmp_path: Path) -> None:
    rules = {**HERE_RULES, "rules": [{"id": "H-5", "on": "goal", "when": {}, "then": {"order_footage": 8},
                                      "reason": "Reported.", "told": False}]}
    doorbells = [doorbell("D-1", 6.5, registered=True), doorbell("D-2", 14.5, registered=True)]
    level = here_level(tmp_path, doorbells, rules=rules)
    world = World(level, seed=1)
    walk_until_end(world, EAST)
    assert {e.camera for e in world.events if isinstance(e, Footage)} == {"D-2"}


def test_number_plates_are_read_only_while_driving_and_carry_their_retention_date(tmp_path: Path) -> None:
    anpr = camera("A-1", 10.5, 1.5, kind="anpr", facing=90, fov=90, reach=3, retention_days=28.0)
    walked = World(here_level(tmp_path / "walk", [anpr]), seed=1)
    walk_until_end(walked, EAST)
    assert not [e for e in walked.events if isinstance(e, Passage)], "no plate on foot"
    driven = World(here_level(tmp_path / "drive", [anpr], rows=DRIVE_ROWS), seed=1)
    walk_until_end(driven, EAST)
    passages = [e for e in driven.events if isinstance(e, Passage)]
    assert passages and passages[0].camera == "A-1"
    assert passages[0].kept_until == "2027-01-07", "28 days after 10 December 2026"


def test_the_letter_arrives_only_through_the_risk_rule(tmp_path: Path) -> None:
    level = here_level(tmp_path, [])
    world = World(level, seed=1)
    walk(world, IDLE, 1000)  # past 10:05
    letters = [e for e in world.events if isinstance(e, Letter)]
    assert len(letters) == 1 and "additional check" in letters[0].text
    fired = [e for e in world.events if isinstance(e, RuleFired) and e.rule == "H-2"]
    assert fired and not fired[0].told, "the letter comes; its reason is never told"
    assert world.system.notices[-1].kind == "letter"

    what_if = World(level, seed=1, profile={"second_nationality": False})
    walk(what_if, IDLE, 1000)
    assert not [e for e in what_if.events if isinstance(e, Letter)]


def test_the_police_visit_waits_for_an_answer_and_records_it(tmp_path: Path) -> None:
    level = here_level(tmp_path, [], police_visit=True)
    world = World(level, seed=1)
    start = world.player.x
    walk(world, EAST, 60)
    assert world.player.x == start, "she is at the door while the officers talk"
    assert world.pending_choice == "visit"
    world.step(Command(choice=2))
    assert world.pending_choice is None
    assert [e.choice for e in world.events if isinstance(e, Visit)] == ["decline"]
    assert "H-3" in {e.rule for e in world.events if isinstance(e, RuleFired)}
    walk(world, EAST, 30)
    assert world.player.x > start

    talked = World(level, seed=1)
    talked.step(Command(choice=1))
    assert [e.choice for e in talked.events if isinstance(e, Visit)] == ["talk"]
    assert "H-3" not in {e.rule for e in talked.events if isinstance(e, RuleFired)}


def test_running_past_sound_sensors_raises_tension_walking_does_not(tmp_path: Path) -> None:
    sensors = [camera(f"S-{i}", x, 2.5, kind="sound", fov=360, reach=3) for i, x in enumerate((7.5, 11.5))]
    level = here_level(tmp_path, [*sensors, doorbell("D-1", 12.5, registered=True)])
    calm = World(level, seed=1)
    walk_until_end(calm, EAST)
    assert not [e for e in calm.events if isinstance(e, TensionRaised)], "walking is not noise"

    running = World(level, seed=1)
    walk_until_end(running, RUN_EAST)
    raised = [e for e in running.events if isinstance(e, TensionRaised)]
    assert raised and raised[0].band == "raised"


def test_a_bus_ride_moves_her_and_costs_time_without_a_plate(tmp_path: Path) -> None:
    stops = [MapObject("bus_stop", 5.5, 2.5, name="Canal", properties={"to": "Square", "minutes": 12.0}),
             MapObject("bus_stop", 16.5, 2.5, name="Square", properties={"to": "Canal", "minutes": 12.0})]
    level = here_level(tmp_path, stops)
    world = World(level, seed=1)
    walk(world, EAST, 45)
    before = world.game_minutes
    world.step(Command(act=True))
    assert world.player.x == 16.5 and world.waiting is not None and world.waiting.kind == "bus"
    walk(world, EAST, round(12 * tuning.BUS_REAL_SECONDS_PER_MINUTE * tuning.TICKS_PER_SECOND))
    assert world.waiting is None and world.player.x == 16.5, "she rides, then stands at the stop"
    assert world.game_minutes - before >= 12
    assert [(e.stop, e.to) for e in world.events if isinstance(e, BusRide)] == [("Canal", "Square")]


def test_here_end_to_end_footage_and_a_what_if_without_the_letter(tmp_path: Path) -> None:
    """The issue's own check: the shipped level keeps footage, and the what-if gets no letter."""
    from game.app import main
    from game.events import read_run

    played, what_if = tmp_path / "h.json", tmp_path / "w.json"
    assert main(["--headless", "--autoplay", "--level", "here", "--seed", "5", "--run-out", str(played),
                 "--data-dir", str(tmp_path / "data")]) == 0
    record = read_run(played)
    assert record.ending == "spoke_at_square"
    assert any(isinstance(e, Footage) for e in record.events)
    assert any(isinstance(e, Letter) for e in record.events)
    assert main(["replay", str(played), "--headless", "--profile", "second_nationality=false",
                 "--run-out", str(what_if)]) == 0
    assert not any(isinstance(e, Letter) for e in read_run(what_if).events)
