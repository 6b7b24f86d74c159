"""The scenario comparison ("How different are we, really?") from two hand-built run files."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game import __version__
from game.app.commands import debrief_command
from game.events import (
    BusRide,
    Footage,
    Letter,
    Observed,
    Passage,
    PassChanged,
    RuleFired,
    RunEnded,
    RunRecord,
    Visit,
    read_run,
    write_run,
)
from game.level import load_level
from game.render.debrief import file_of_run
from game.system.compare import compare_scenarios, scenario_figures

LEVELS = Path(__file__).resolve().parent.parent / "levels"


def hearing_day_run() -> RunRecord:
    events = (
        RuleFired(0, "08:00", "R-1", "Relative of a detainee.", False),
        Observed(100, "08:05", "C-1", "lamp", 10.0, 10.0, 0.8, "walking"),
        Observed(200, "08:07", "C-1", "lamp", 11.0, 10.0, 0.8, "walking"),
        Observed(300, "08:09", "C-2", "lamp", 12.0, 10.0, 0.7, "anxious"),
        RuleFired(300, "08:09", "R-2", "Seen near the court.", False),
        PassChanged(300, "08:09", "green", "yellow", "R-2", False),
        RuleFired(400, "08:10", "R-5", "Stay home today.", True),
        RunEnded(500, "08:12", "too_late"),
    )
    return RunRecord(__version__, "hearing_day", 1, {"relative_of_detainee": True}, "0:500", "too_late", 500,
                     events)


def here_run() -> RunRecord:
    events = (
        RuleFired(0, "10:00", "H-1", "Second nationality.", False),
        Visit(90, "10:00", "decline"),
        RuleFired(90, "10:00", "H-3", "Declined to talk.", False),
        Observed(200, "10:05", "C-45", "counting", 25.5, 28.0, 0.7, "dot"),
        Passage(300, "10:10", "C-55", 30.5, 2.0, "2027-01-07"),
        Passage(320, "10:11", "C-56", 72.5, 2.0, "2027-01-07"),
        RuleFired(400, "10:40", "H-2", "Risk score over the threshold.", False),
        Letter(400, "10:40", "You have been selected for an additional check."),
        BusRide(450, "10:42", "Westwal", "Stadhuis", 12),
        RuleFired(600, "11:58", "H-5", "The demonstration was reported.", False),
        Footage(600, "11:58", "C-2", "private", "10:21", 14.0, 20.0),
        Footage(600, "11:58", "C-34", "business", "10:30", 40.0, 20.0),
        Footage(600, "11:58", "C-34", "business", "10:31", 41.0, 20.0),
        RunEnded(600, "11:58", "spoke_at_square"),
    )
    return RunRecord(__version__, "here", 5, {"second_nationality": True}, "0:600", "spoke_at_square", 600,
                     events)


@pytest.fixture(scope="module")
def run_files(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("runs")
    first, second = folder / "a.json", folder / "h.json"
    write_run(first, hearing_day_run())
    write_run(second, here_run())
    return first, second


@pytest.fixture(scope="module")
def runs(run_files):
    first, second = (read_run(path, __version__) for path in run_files)
    return (file_of_run(first, load_level(LEVELS / "hearing_day.tmx")),
            file_of_run(second, load_level(LEVELS / "here.tmx")))


def test_figures_of_each_scenario_from_the_files(runs) -> None:
    day, here = compare_scenarios(*runs)
    assert (day.observations, day.cameras_live, day.footage, day.passages) == (3, 2, 0, 0)
    assert day.owners == {"state": 2, "business": 0, "private": 0}
    assert (day.rules_fired, day.rules_told, day.rules_hidden) == (3, 1, 2)
    assert (day.pass_changes, day.pass_changes_told, day.letters) == (1, 0, 0)
    assert day.recorded == 3 and day.entries == 8

    assert (here.observations, here.dots, here.passages) == (1, 1, 2)
    assert (here.footage, here.footage_cameras) == (3, 2)
    # The crowd counter and two plate readers (state), the shop (business), the doorbell (private).
    assert here.owners == {"state": 3, "business": 1, "private": 1}
    assert here.passages_until == "2027-01-07" and here.retention_days == 28.0
    assert (here.rules_fired, here.rules_told, here.letters, here.bus_rides) == (4, 0, 1, 1)
    assert here.recorded == 6 and here.ending == "spoke_at_square" and here.title == "Here"


def test_a_file_with_nothing_kept_counts_nothing(runs) -> None:
    level = runs[1].level
    empty = RunRecord(__version__, "here", 1, {}, "", None, 0, ())
    figures = scenario_figures(file_of_run(empty, level))
    assert figures.recorded == 0 and figures.passages_until is None and figures.retention_days == 0.0
    assert sum(figures.owners.values()) == 0 and figures.entries == 0


def test_two_levels_make_the_scenario_comparison_picture(run_files, tmp_path: Path) -> None:
    out = tmp_path / "cmp.png"
    assert debrief_command([str(run_files[0]), str(run_files[1]), "--png", str(out), "--size", "1280x720",
                            "--lang", "en"]) == 0
    picture = pygame.image.load(str(out))
    assert picture.get_size() == (1280, 720)
    # The two runs of one level stay the what-if columns: a different picture.
    same = tmp_path / "same.png"
    assert debrief_command([str(run_files[0]), str(run_files[0]), "--png", str(same), "--size", "1280x720",
                            "--lang", "en"]) == 0
    assert pygame.image.tobytes(picture, "RGB") != pygame.image.tobytes(pygame.image.load(str(same)), "RGB")
