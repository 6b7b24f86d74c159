"""The file's sentences stay true to the run: made-up records of a few events, and what the file says
of them in English and Dutch (the figures with none, one, a few and many; the time taken from her).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game import i18n, tuning
from game.events import (
    GateScanned,
    Letter,
    Observed,
    PoliceAction,
    RunEnded,
    RunRecord,
    StationVisit,
)
from game.level import Level, load_level
from game.level.story import DEFAULT_STORY
from game.render import Art
from game.render.debrief_chart import HOLD_GREY, draw_chart
from game.render.debrief_story import (
    INFERENCES,
    figure_lines,
    kept_figure_lines,
    sentence,
    series,
)
from game.sim.cameras import CameraBank
from game.system.debrief import Debrief, Figures, debrief_of
from tests.mapmaker import MapObject, basic_objects, camera, court_door, open_rows, write_map

LEVELS = Path(__file__).resolve().parent.parent / "levels"


@pytest.fixture(scope="module")
def level(tmp_path_factory: pytest.TempPathFactory) -> Level:
    """A box with a checkpoint (G1) and a court door; the day runs from 08:00 to the hearing at 10:00."""
    objects = [*basic_objects(), court_door(15, 2), MapObject("gate", 8, 1, 1, 8, name="G1"),
               camera("C-1", 10.5, 5.5, facing=0, fov=60, reach=6)]
    return load_level(write_map(tmp_path_factory.mktemp("texts"), open_rows(20, 10), objects))


@pytest.fixture
def dutch() -> Iterator[None]:
    i18n.set_language("nl")
    yield
    i18n.set_language("en")


def file_of(run: RunRecord, level: Level) -> Debrief:
    return debrief_of(run, level, CameraBank(level).profiles)


def compute_figures(run: RunRecord, level: Level) -> Figures:
    return file_of(run, level).figures


def ticks_for(minutes: float) -> int:
    return round(minutes * 60 / tuning.GAME_SECONDS_PER_TICK)


def record(events: list, *, minutes: float = 30, on_screen: tuple = ()) -> RunRecord:
    ended = [event.ending for event in events if isinstance(event, RunEnded)]
    return RunRecord(game_version="test", level="test", seed=1, profile={}, inputs="",
                     ending=ended[-1] if ended else None, ticks=ticks_for(minutes),
                     events=tuple(events), route=((0, 2.5, 2.5, 0), (30, 3.5, 2.5, 0)),
                     cameras_on_screen=on_screen)


def seen(index: int, camera_label: str = "C-1", inferred: str = "walking", kind: str = "lamp") -> Observed:
    return Observed(index, "08:10", camera_label, kind, 10.5, 2.5, 0.9, inferred)


def lines_of(run: RunRecord, level: Level) -> list[str]:
    return [line.sentence for line in figure_lines(run, compute_figures(run, level), level)]


# --- time taken from her ----------------------------------------------------------------------


def test_arriving_early_is_not_time_taken(level: Level) -> None:
    run = record([GateScanned(100, "09:25", "CD", "green", "entered"),
                  RunEnded(100, "09:25", "in_courtroom")], minutes=85)
    data = series(file_of(run, level))
    assert data.holds == () and data.ended == 9 * 60 + 25 < data.end == 10 * 60
    figures = compute_figures(run, level)
    assert figures.minutes_lost == 0 and figures.lost_to == ()
    assert lines_of(run, level)[1] == "minutes lost to the system: it never held you up."


@pytest.mark.parametrize("written", ["08:45", "08:30"])  # the visit written down as it ended, or began
def test_a_checkpoint_queue_and_a_station_visit_are_taken_in_order(level: Level, written: str) -> None:
    run = record([GateScanned(100, "08:30", "G1", "yellow", "sent_to_health_station"),
                  StationVisit(100, written, "Health station", 15, "cleared"),
                  GateScanned(200, "09:00", "G1", "green", "passed"),
                  RunEnded(300, "10:00", "too_late")], minutes=120)
    holds = [(hold.start, hold.end, hold.what) for hold in series(file_of(run, level)).holds]
    assert holds == [(505, 510, "queue"), (510, 525, "station"), (535, 540, "queue")]
    figures = compute_figures(run, level)
    assert figures.minutes_lost == 25 and figures.lost_to == (("queue", 2), ("station", 1))
    assert lines_of(run, level)[1] == (
        "minutes lost to the system: queue at a checkpoint (2×), health station.")


def test_time_running_out_in_a_queue_is_taken_and_said(level: Level) -> None:
    """The hearing began in a checkpoint's line: no scan was written, the ending says where she was."""
    run = record([RunEnded(300, "10:00", "too_late", "queue", 3)], minutes=120)
    holds = [(hold.start, hold.end, hold.what) for hold in series(file_of(run, level)).holds]
    assert holds == [(597, 600, "queue")]
    assert compute_figures(run, level).minutes_lost == 3
    ending = run.events[-1]
    assert sentence(ending) == "Ending: Too late. Time ran out while you stood in the queue at a checkpoint."
    i18n.set_language("nl")
    try:
        assert sentence(ending).endswith("De tijd was om terwijl je in de rij stond bij een controlepost.")
    finally:
        i18n.set_language("en")
    assert sentence(RunEnded(300, "10:00", "too_late")) == "Ending: Too late"


def test_held_at_the_gate_takes_the_rest_of_the_morning(level: Level, dutch: None) -> None:
    run = record([GateScanned(100, "09:10", "G1", "red", "held"), RunEnded(100, "09:10", "held_at_gate")],
                 minutes=70)
    holds = [(hold.start, hold.end, hold.what) for hold in series(file_of(run, level)).holds]
    assert holds == [(545, 550, "queue"), (550, 600, "held")]
    assert compute_figures(run, level).minutes_lost == 55
    assert lines_of(run, level)[1] == (
        "minuten kwijt aan het systeem: rij bij een controlepost, vastgehouden bij het poortje.")


def test_a_police_hold_says_hours_and_counts_only_until_the_hearing(level: Level, dutch: None) -> None:
    hold = PoliceAction(100, "09:00", "pulled_over", 5.0, 5.0, 60 + 180)
    run = record([hold, RunEnded(100, "09:00", "pulled_off_highway")], minutes=60)
    assert sentence(hold) == "De politie plukte je van de snelweg en hield je urenlang vast"
    i18n.set_language("en")
    assert sentence(hold) == "Police pulled you off the highway and held you for hours"
    assert "240" not in sentence(hold)
    assert compute_figures(run, level).minutes_lost == 60
    assert series(file_of(run, level)).holds[0].end == 10 * 60  # the chart's axis ends at the hearing


def _grey_pixels(level: Level, run: RunRecord) -> int:
    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    surface = pygame.Surface((1280, 400))
    surface.fill((255, 255, 255))
    draw_chart(surface, Art.load(), series(file_of(run, level)), surface.get_rect(), 1.0)
    pixels = pygame.surfarray.array3d(surface).reshape(-1, 3)
    return int((abs(pixels.astype(int) - HOLD_GREY).max(axis=1) <= 2).sum())


def test_the_chart_hatches_only_what_was_taken(level: Level) -> None:
    early = record([RunEnded(100, "09:25", "in_courtroom")], minutes=85)
    held = record([GateScanned(100, "09:10", "G1", "red", "held"), RunEnded(100, "09:10", "held_at_gate")],
                  minutes=70)
    assert _grey_pixels(level, early) == 0  # no hatch, and no "time taken from you" in the legend
    assert _grey_pixels(level, held) > 1000


# --- the figures, with none, one, a few and many ---------------------------------------------


@pytest.mark.parametrize(("cameras", "on_screen", "english", "dutch_text"), [
    (0, 0, "cameras saw you: none recognised you.", "camera's zagen je: geen enkele herkende je."),
    (1, 0, "camera saw you, and it was never on your screen.",
     "camera zag je, en die stond nooit op je scherm."),
    (1, 1, "camera saw you, and it was on your screen at some point.",
     "camera zag je, en die stond ooit op je scherm."),
    (3, 0, "cameras saw you; none of them was ever on your screen.",
     "camera's zagen je; geen daarvan stond ooit op je scherm."),
    (3, 1, "cameras saw you; only one of them was ever on your screen.",
     "camera's zagen je; maar één daarvan stond ooit op je scherm."),
    (3, 2, "cameras saw you; 2 of them were ever on your screen.",
     "camera's zagen je; 2 daarvan stonden ooit op je scherm."),
    (12, 12, "cameras saw you; each of them was on your screen at some point.",
     "camera's zagen je; elk daarvan stond ooit op je scherm."),
])
def test_the_cameras_line(level: Level, cameras: int, on_screen: int, english: str, dutch_text: str) -> None:
    labels = [f"C-{n}" for n in range(cameras)]
    run = record([seen(n, label) for n, label in enumerate(labels)], on_screen=tuple(labels[:on_screen]))
    figures = figure_lines(run, compute_figures(run, level), level)
    assert figures[0].number == str(cameras) and figures[0].sentence == english
    i18n.set_language("nl")
    try:
        assert lines_of(run, level)[0] == dutch_text
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(("count", "minutes", "number", "english", "dutch_text"), [
    (0, 30, "0", "observations of you in 30 minutes.", "waarnemingen van jou in 30 minuten."),
    (1, 1, "1", "observation of you in 1 minute: about one a minute.",
     "waarneming van jou in 1 minuut: ongeveer één per minuut."),
    (12, 30, "12", "observations of you in 30 minutes: less than one a minute.",
     "waarnemingen van jou in 30 minuten: minder dan één per minuut."),
    (1, 30, "1", "observation of you in 30 minutes: less than one a minute.",
     "waarneming van jou in 30 minuten: minder dan één per minuut."),
    (75, 30, "75", "observations of you in 30 minutes: about 2 a minute.",
     "waarnemingen van jou in 30 minuten: ongeveer 2 per minuut."),
    (3, 0.1, "3", "observations of you in less than a minute.",
     "waarnemingen van jou in minder dan een minuut."),
])
def test_the_pace_line_says_it_in_words(level: Level, count: int, minutes: float, number: str, english: str,
                                         dutch_text: str) -> None:
    run = record([seen(n) for n in range(count)], minutes=minutes)
    line = figure_lines(run, compute_figures(run, level), level)[2]
    assert line.number == number and line.sentence == english
    assert "0." not in line.number
    i18n.set_language("nl")
    try:
        assert lines_of(run, level)[2] == dutch_text
    finally:
        i18n.set_language("en")


def test_what_was_kept_counts_cameras_and_letters_in_words(level: Level, dutch: None) -> None:
    nothing = record([])
    lines = kept_figure_lines(nothing, compute_figures(nothing, level))
    assert lines[0].sentence == "waarnemingen live: geen enkele camera herkende je."
    assert lines[3].sentence == "brieven: niemand schreef je."
    i18n.set_language("en")
    one = record([seen(0, "D-1", "dot", "counting")])
    lines = kept_figure_lines(one, compute_figures(one, level))
    assert lines[0].sentence == "observation live, by one camera (only as a dot: no face, no name)."
    many = record([seen(n, f"C-{n % 3}") for n in range(5)] + [seen(9, "D-1", "dot", "counting")]
                  + [Letter(10, "09:00", "You were selected for a check.")])
    lines = kept_figure_lines(many, compute_figures(many, level))
    assert lines[0].sentence == "observations live, by 4 cameras (1 of them saw you only as a dot)."
    assert lines[3].sentence == "letter, with no reason given."


def test_the_courtroom_question_does_not_call_a_short_file_long() -> None:
    assert not any("long." in question for question in DEFAULT_STORY.questions_for("in_courtroom"))


# --- the rule that reads more than anxiety ---------------------------------------------------


def test_the_anxious_rule_names_every_reading_it_counts(dutch: None) -> None:
    rules = json.loads((LEVELS / "hearing_day.rules.json").read_text(encoding="utf-8"))["rules"]
    rule = next(rule for rule in rules if "anxious_cameras_at_least" in rule["when"])
    i18n.set_language("en")
    assert rule["reason"] == "Seen looking anxious or hurrying by three cameras."
    for reading in tuning.ANXIOUS_INFERENCES:  # the simulation counts these readings for the rule
        assert reading in rule["reason"]
    i18n.set_language("nl")
    for reading in tuning.ANXIOUS_INFERENCES:  # and the Dutch file names the same readings
        assert i18n._(INFERENCES[reading]) in i18n._(rule["reason"])


@pytest.mark.parametrize(("event", "english", "dutch_text"), [
    (PoliceAction(100, "09:59", "walked_home", 2.5, 2.5, 1), "Officers walked you back home: 1 minute lost",
     "Agenten brachten je terug naar huis: 1 minuut kwijt"),
    (PoliceAction(100, "08:30", "walked_home", 2.5, 2.5, 10),
     "Officers walked you back home: 10 minutes lost",
     "Agenten brachten je terug naar huis: 10 minuten kwijt"),
    (StationVisit(100, "09:59", "Health station", 1, "cleared"),
     "Health station: 1 minute; the pass was cleared", "Gezondheidspost: 1 minuut; de pas werd vrijgegeven"),
])
def test_a_wait_cut_short_by_the_hearing_reads_in_the_singular(event, english: str, dutch_text: str) -> None:
    assert sentence(event) == english
    i18n.set_language("nl")
    try:
        assert sentence(event) == dutch_text
    finally:
        i18n.set_language("en")
