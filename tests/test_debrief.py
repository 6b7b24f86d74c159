"""The debrief drawn: 'Your file' on screen and as a picture, two files side by side, and its screen.

The figures themselves are tested with the system; here the page must draw every kind of run (none
seen, ended at once, never left home, long, unfinished) at the sizes a projector gets, and the
pictures must hold a real page: the asked size, many colours, the true pass's colour in its band.
"""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game import tuning
from game.events import (
    Command,
    GateScanned,
    Observed,
    PassChanged,
    PhoneLooked,
    PoliceAction,
    RuleFired,
    RunEnded,
    RunRecord,
    ScoreChanged,
    StationVisit,
)
from game.level import load_level
from game.level.model import CAMERA_KINDS
from game.render import Art, palette
from game.render.debrief import (
    draw_comparison,
    draw_file,
    file_of,
    file_of_run,
    render_comparison_png,
    render_debrief_png,
)
from game.render.debrief_story import comparison_labels, figure_lines, series, timeline
from game.screens import EndingScreen, TitleScreen
from game.screens.base import Replace
from game.screens.ending import GUARD_TICKS
from game.screens.intents import Held, Intent, TickInput
from game.sim import World, format_clock
from tests.mapmaker import MapObject, basic_objects, camera, court_door, open_rows, write_map
from tests.test_screens import FakeApp

SIZES = [(1280, 720), (1920, 1080)]
R1 = "Relative of a detainee: higher risk on a hearing day."


@pytest.fixture(scope="module")
def level(tmp_path_factory):
    objects = [
        *basic_objects(),
        court_door(15, 2),
        MapObject("gate", 8, 1, 1, 8, name="G1"),
        camera("C-1", 10.5, 5.5, facing=0, fov=60, reach=6),
        MapObject("bin", 3.5, 6.5, name="B1"),
    ]
    return load_level(write_map(tmp_path_factory.mktemp("map"), open_rows(20, 10), objects))


def _clock(tick: int) -> str:
    return format_clock(480 + tick * tuning.GAME_SECONDS_PER_TICK / 60)


def record(
    events, *, ending: str | None = "too_late", ticks: int = 0, route=(), on_screen=(), profile=None
) -> RunRecord:
    return RunRecord(
        game_version="test",
        level="test",
        seed=1,
        profile=profile or {"relative_of_detainee": True},
        inputs="",
        ending=ending,
        ticks=ticks,
        events=tuple(events),
        route=tuple(route),
        cameras_on_screen=tuple(on_screen),
    )


def no_observations() -> RunRecord:
    route = [(t, 2.5 + t / 300, 2.5, 0) for t in range(0, 3000, 30)]
    return record(
        [
            RuleFired(0, "08:00", "R-1", R1, False),
            GateScanned(1500, "08:20", "G1", "green", "passed"),
            RunEnded(3000, "08:25", "too_late"),
        ],
        ticks=3000,
        route=route,
    )


def ended_at_once() -> RunRecord:
    return record(
        [RuleFired(0, "08:00", "R-1", R1, False), RunEnded(0, "08:00", "stayed_home")],
        ending="stayed_home",
        route=[(0, 2.5, 2.5, 0)],
    )


def never_left_home() -> RunRecord:
    route = [(t, 2.5, 2.5, 0) for t in range(0, 14400, 30)]
    return record(
        [RuleFired(0, "08:00", "R-1", R1, False), RunEnded(14400, "10:00", "stayed_home")],
        ending="stayed_home",
        ticks=14400,
        route=route,
    )


def long_run() -> RunRecord:
    """Every kind of event, over and over, past the hearing: more than any page can show at once."""
    events = [RuleFired(0, "08:00", "R-1", R1, False)]
    score, colour = 1000, "green"
    for step in range(60):
        tick = 60 + step * 70
        kind = CAMERA_KINDS[step % len(CAMERA_KINDS)]
        events.append(
            Observed(
                tick,
                _clock(tick),
                f"C-{step}",
                kind,
                2 + step % 16,
                2 + step % 7,
                0.8,
                ("walking", "hurrying", "anxious", "calm")[step % 4],
            )
        )
        if step % 5 == 0:
            score += -30 if step % 10 else 5
            events.append(
                ScoreChanged(
                    tick,
                    _clock(tick),
                    -30 if step % 10 else 5,
                    "crossed_on_red" if step % 10 else "waste_sorted",
                    score,
                )
            )
        if step % 12 == 6:
            new = "yellow" if colour == "green" else "green"
            events.append(
                PassChanged(tick, _clock(tick), colour, new, "R-3" if new == "yellow" else "", new == "green")
            )
            colour = new
        if step % 15 == 7:
            events.append(PhoneLooked(tick, _clock(tick), colour))
        if step % 20 == 10:
            events.append(GateScanned(tick, _clock(tick), "G1", colour, "sent_to_health_station"))
            events.append(StationVisit(tick, _clock(tick + 1800), "Health station", 15, "pending_review"))
    events.append(PoliceAction(4300, "09:50", "walked_home", 2.5, 2.5, 10))
    events.append(RunEnded(4400, "10:17", "too_late"))
    route = [(t, 2.5 + (t // 30) % 15, 2.5 + (t // 300) % 6, (t // 30) % 2) for t in range(0, 4400, 30)]
    return record(events, ticks=4400, route=route, on_screen=["C-1", "C-2", "C-3"])


def unfinished() -> RunRecord:
    return record(
        [RuleFired(0, "08:00", "R-1", R1, False)],
        ending=None,
        ticks=90,
        route=[(0, 2.5, 2.5, 0), (30, 3.5, 2.5, 0)],
    )


RUNS = {
    "no observations": no_observations,
    "ended at 08:00": ended_at_once,
    "never left home": never_left_home,
    "long run": long_run,
    "unfinished": unfinished,
}


def _pixels(surface: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(surface).reshape(-1, 3)


def _distinct(pixels: np.ndarray) -> int:
    return len(np.unique(pixels[::7], axis=0))


def _has_colour(pixels: np.ndarray, colour: tuple[int, int, int], at_least: int) -> bool:
    """At least so many pixels of this colour (within a few levels: small pages are scaled down)."""
    near = np.abs(pixels.astype(int) - np.array(colour)).max(axis=1) <= 4
    return int(near.sum()) >= at_least


# --- the page ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", sorted(RUNS))
def test_the_file_draws_every_kind_of_run(art, level, name, size):
    run = RUNS[name]()
    surface = pygame.Surface(size)
    file = file_of_run(run, level)
    for scroll in (0, 3, 10_000):
        draw_file(surface, art, file, scroll=scroll, hint="press any button")
    pixels = _pixels(surface)
    assert _distinct(pixels) > 40
    assert _has_colour(pixels, palette.PASS_COLOURS[file.figures.true_pass], 500)


@pytest.mark.parametrize("size", [(1280, 1024), (2560, 1080), (3840, 2160)])
def test_the_file_fits_other_shapes_and_a_larger_text_setting(art, level, size):
    run = long_run()
    copy = Art.load()
    copy.text_scale = 1.5
    surface = pygame.Surface(size)
    draw_file(surface, copy, file_of_run(run, level), scroll=2)
    draw_comparison(surface, copy, file_of_run(run, level), file_of_run(no_observations(), level))
    assert copy.text_scale == 1.5  # the page reads it, and leaves it as it was
    assert _has_colour(_pixels(surface), palette.PASS_COLOURS["green"], 500)


def test_the_timeline_marks_what_she_was_not_told():
    entries = timeline(long_run())
    assert len(entries) == len(long_run().events)
    hidden = [entry for entry in entries if entry.hidden]
    assert hidden and all(entry.kind in ("rule", "pass") for entry in hidden)
    assert entries[0].hidden and "R-1" in entries[0].sentence
    observed = next(entry for entry in entries if entry.kind == "observed")
    assert "C-0" in observed.sentence and "80%" in observed.sentence and "lamp post" in observed.sentence


def test_the_pass_band_runs_from_eight_to_the_ending_and_holds_are_counted(level):
    data = series(file_of_run(long_run(), level))
    assert data.start == 480 and data.end == 10 * 60 + 17 == data.ended
    assert data.passes[0].start == 480 and data.passes[-1].end == data.ended
    assert all(a.end == b.start for a, b in zip(data.passes, data.passes[1:], strict=False))
    assert [hold.what for hold in data.holds].count("queue") == 3  # at the checkpoint G1
    assert len(data.holds) == 7  # three queues, three station visits and one walk home
    at_once = series(file_of_run(ended_at_once(), level))
    assert at_once.end == level.hearing_minutes and at_once.ended == 480


def test_figures_are_phrased_for_a_stranger(level):
    lines = figure_lines(no_observations(), file_of_run(no_observations(), level).figures)
    assert [line.number for line in lines][:2] == ["0", str(tuning.GATE_QUEUE_MINUTES)]  # G1's queue
    stayed = figure_lines(never_left_home(), file_of_run(never_left_home(), level).figures)
    assert "never walked" in stayed[3].sentence


def test_comparison_labels_name_the_changed_attribute():
    played = no_observations()
    what_if = record(played.events, profile={"relative_of_detainee": False})
    assert comparison_labels(played, what_if) == ("As played", "What if: relative of a detainee: no")
    assert comparison_labels(played, played)[1] == "Played again"


# --- the pictures -----------------------------------------------------------------------------


def test_the_picture_has_the_asked_size_and_a_real_page(level, tmp_path):
    out = tmp_path / "file.png"
    run = long_run()
    file = file_of_run(run, level)
    render_debrief_png(file, out, size=(1920, 1080))
    image = pygame.image.load(str(out))
    assert image.get_size() == (1920, 1080)
    pixels = _pixels(image)
    assert _distinct(pixels) > 100
    assert pixels.std(axis=0).mean() > 20  # not one flat colour
    assert _has_colour(pixels, palette.PASS_COLOURS[file.figures.true_pass], 2000)
    assert _has_colour(pixels, palette.PASS_COLOURS["red"], 500)  # 'you were not told'


def test_the_comparison_picture_shows_both_files(level, tmp_path):
    played = long_run()
    what_if = record(
        [RuleFired(0, "08:00", "R-1", R1, False), RunEnded(4400, "08:36", "in_courtroom")],
        ending="in_courtroom",
        ticks=4400,
        route=played.route,
        profile={"relative_of_detainee": False},
    )
    out = tmp_path / "both.png"
    render_comparison_png(file_of_run(played, level), file_of_run(what_if, level), out, size=(1920, 1080))
    image = pygame.image.load(str(out))
    assert image.get_size() == (1920, 1080)
    pixels = _pixels(image)
    assert _distinct(pixels) > 100
    for colour in ("green", "yellow"):
        assert _has_colour(pixels, palette.PASS_COLOURS[colour], 1000)
    surface = pygame.Surface((1280, 720))
    draw_comparison(surface, Art.load(), file_of_run(played, level), file_of_run(unfinished(), level))


# --- the screen -------------------------------------------------------------------------------


def press(*intents: Intent, held: Held | None = None) -> TickInput:
    return TickInput(intents=frozenset(intents), held=held or Held())


def finished_world(level) -> tuple[World, list[Command]]:
    world = World(level, 1)
    commands = [Command(move_x=1)] * 40 + [Command(look_at_phone=True), Command(give_up=True)]
    for command in commands:
        world.step(command)
    return world, commands


def test_the_file_of_a_world_is_the_file_its_run_file_reads_back(level):
    """Built when the run ends, from the world's own camera bank, the file holds the same figures as
    the same run read back from its file (``main.py debrief``), where a bank is built for it."""
    world, commands = finished_world(level)
    played = file_of(world, commands)
    assert played.level is level and played.record.inputs
    again = file_of_run(played.record, level)
    assert again.figures == played.figures and again.spans == played.spans
    assert np.array_equal(again.reach, played.reach)


def test_the_screen_scrolls_and_closes_after_a_moment(level, art):
    world, commands = finished_world(level)
    screen = EndingScreen(FakeApp(level, art), world, commands)
    assert screen.name == "debrief"
    assert screen.record.ending == "stayed_home" and screen.record.inputs
    assert screen.entries == len(world.events) >= 3
    screen.update(press(Intent.DOWN, Intent.ANY))
    assert screen.scroll == 1
    screen.update(press(Intent.UP, Intent.ANY))
    screen.update(press(Intent.UP, Intent.ANY))
    assert screen.scroll == 0
    for _ in range(screen.entries + 5):
        screen.update(press(Intent.DOWN, Intent.ANY))
    assert screen.scroll == screen.entries - 1
    for size in SIZES:
        screen.draw(pygame.Surface(size))
    while screen.ticks < GUARD_TICKS:
        assert screen.update(press(Intent.CONFIRM)) is None  # a key held from play is no reply
    assert screen.update(press(Intent.DOWN, Intent.ANY)) is None  # scrolling does not close the file
    back = screen.update(press(Intent.CONFIRM))
    assert isinstance(back, Replace) and isinstance(back.screen, TitleScreen)


def test_holding_down_after_a_fresh_press_scrolls_on(level, art):
    screen = EndingScreen(FakeApp(level, art), long_world(level), [])
    for _ in range(60):
        screen.update(press(held=Held(move_y=1)))  # held from play: no press here
    assert screen.scroll == 0
    screen.update(press(Intent.DOWN, Intent.ANY, held=Held(move_y=1)))
    for _ in range(60):
        screen.update(press(held=Held(move_y=1)))
    assert screen.scroll > 3


def long_world(level) -> World:
    world = World(level, 1)
    world.player.x, world.player.y = 13.0, 5.5
    for _ in range(1200):
        world.step(Command())
    world.step(Command(give_up=True))
    assert len(world.events) > 5
    return world
