"""Every figure of the debrief from hand-built run files: values, and the edge cases of empty runs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from mapmaker import basic_objects, camera, court_door, write_map

from game import tuning
from game.events import (
    GateScanned,
    Observed,
    PassChanged,
    PoliceAction,
    RuleFired,
    RunEnded,
    RunRecord,
    ScoreChanged,
    StationVisit,
)
from game.level import Level, load_level
from game.sim.cameras import CameraBank
from game.system.debrief import Figures, camera_reach, debrief_of, shortest_route, walked_tiles

# A corridor from home (west) to the court door (east); one camera watches its middle.
ROWS = [
    "####################",
    "#...#..............#",
    "#..................#",
    "#...#..............#",
    "####################",
]


@pytest.fixture(scope="module")
def level(tmp_path_factory: pytest.TempPathFactory) -> Level:
    objects = [*basic_objects(health_station=(8, 3, 1, 1)), court_door(18, 2),
               camera("C-1", 10.5, 1.5, facing=90, fov=90, reach=2.0)]
    return load_level(write_map(tmp_path_factory.mktemp("figures"), ROWS, objects))


def compute_figures(run: RunRecord, level: Level) -> Figures:
    return debrief_of(run, level, CameraBank(level).profiles).figures


def record(events: list, *, ticks: int, route: tuple = (), on_screen: tuple = ()) -> RunRecord:
    return RunRecord(game_version="test", level="test", seed=1, profile={}, inputs="", ending=None,
                     ticks=ticks, events=tuple(events), route=route, cameras_on_screen=on_screen)


def seen(tick: int, label: str) -> Observed:
    return Observed(tick, "08:10", label, "lamp", 10.5, 2.5, 0.9, "walking")


def test_every_figure_of_a_full_run(level: Level) -> None:
    ticks = 3000  # 3000 ticks of play are this many game minutes:
    minutes = ticks * tuning.GAME_SECONDS_PER_TICK / 60
    route = tuple((i * 30, 2.5 + i, 2.5, 0) for i in range(16))  # walking east along row 2
    events = [
        RuleFired(0, "08:00", "R-1", "Relative.", False),
        seen(600, "C-1"), seen(900, "C-1"), seen(1200, "C-9"),
        RuleFired(1200, "08:20", "R-2", "Near the court.", False),
        PassChanged(1200, "08:20", "green", "yellow", "R-2", False),
        ScoreChanged(1300, "08:21", 5, "waste_sorted", 1005),
        ScoreChanged(1400, "08:22", -30, "crossed_on_red", 975),
        GateScanned(1500, "08:25", "G1", "green", "passed"),
        GateScanned(1600, "08:26", "CD", "yellow", "sent_to_health_station"),
        StationVisit(1600, "08:26", "Station", 15, "pending_review"),
        PoliceAction(1700, "08:45", "walked_home", 4.0, 2.5, 10),
        RuleFired(1700, "08:45", "R-5", "Walked home.", True),
        RunEnded(ticks, "09:00", "too_late"),
    ]
    figures = compute_figures(record(events, ticks=ticks, route=route, on_screen=("C-1",)), level)
    assert figures.observations == 3
    assert figures.cameras_that_saw == ("C-1", "C-9")
    assert figures.cameras_that_saw_on_screen == 1
    assert figures.minutes_lost == 25
    assert figures.minutes_played == round(minutes, 1)
    assert figures.observations_per_minute == round(3 / minutes, 2)
    assert figures.rules_fired == 3 and figures.rules_hidden == 2
    assert figures.gates_passed == 1
    assert figures.final_score == 975
    assert figures.true_pass == "yellow" and figures.pass_turned and figures.pass_turned_silently
    reach = camera_reach(level, CameraBank(level).profiles)
    walked = walked_tiles(record(events, ticks=ticks, route=route))
    assert walked == [(int(2.5 + i), 2) for i in range(1, 16)]
    assert figures.share_in_reach == round(float(np.mean([reach[y, x] for x, y in walked])), 3)
    path = shortest_route(level)
    assert path[0] == (2, 2) and path[-1] == (18, 2)
    assert figures.shortest_share_in_reach == round(float(np.mean([reach[y, x] for x, y in path])), 3)
    assert 0 < figures.share_in_reach < 1, "the corridor passes under the camera for part of the way"


def test_a_run_with_no_observations(level: Level) -> None:
    figures = compute_figures(record([RunEnded(600, "08:20", "in_courtroom")], ticks=600), level)
    assert figures.observations == 0 and figures.cameras_that_saw == ()
    assert figures.cameras_that_saw_on_screen == 0 and figures.observations_per_minute == 0
    assert figures.minutes_lost == 0 and figures.rules_fired == 0
    assert figures.final_score == tuning.START_SCORE and figures.true_pass == "green"
    assert not figures.pass_turned and not figures.pass_turned_silently


def test_an_ending_at_eight_o_clock(level: Level) -> None:
    """Given up in the first tick: no time played, and no division by it."""
    figures = compute_figures(record([RunEnded(0, "08:00", "stayed_home")], ticks=0), level)
    assert figures.minutes_played == 0 and figures.observations_per_minute == 0
    assert figures.share_in_reach == 0


def test_a_run_that_never_left_home(level: Level) -> None:
    standing = tuple((i * 30, 2.5, 2.5, 0) for i in range(200))
    figures = compute_figures(record([RunEnded(6000, "10:00", "stayed_home")], ticks=6000, route=standing),
                              level)
    assert walked_tiles(record([], ticks=6000, route=standing)) == []
    assert figures.share_in_reach == 0, "no walk, so no share of it in reach"
    assert figures.shortest_share_in_reach > 0, "the way she did not take was watched"


def test_the_shipped_level_has_a_shortest_route(repo_root: Path) -> None:
    level = load_level(repo_root / "levels" / "hearing_day.tmx")
    path = shortest_route(level)
    assert path and any(gate.court and gate.area.contains(path[-1][0] + 0.5, path[-1][1] + 0.5)
                        for gate in level.gates)


def test_the_file_holds_the_time_taken_and_the_reach_its_figures_came_from(level: Level) -> None:
    """One model: the spans and the reach the figures were computed from are the ones it keeps."""
    route = tuple((i * 30, 2.5 + i, 2.5, 0) for i in range(16))
    events = [GateScanned(1500, "08:25", "G1", "green", "passed"),
              PoliceAction(1700, "08:45", "walked_home", 4.0, 2.5, 10), RunEnded(3000, "09:00", "too_late")]
    run = record(events, ticks=3000, route=route)
    file = debrief_of(run, level, CameraBank(level).profiles)
    assert file.record is run and file.level is level
    assert [(span.what, span.end - span.start) for span in file.spans] == [("walked_home", 10.0)]
    assert file.figures.minutes_lost == 10 and file.figures.lost_to == (("walked_home", 1),)
    walked = walked_tiles(run)
    assert file.figures.share_in_reach == round(float(np.mean([file.reach[y, x] for x, y in walked])), 3)
    assert file.reach.any() and not file.reach.all()
