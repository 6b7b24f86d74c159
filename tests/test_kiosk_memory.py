"""A kiosk's memory: what it needs is taken at start, and a page opened twice costs no more than once.

Why these tests: the soak (``python -m game.soak --no-bot``) found the kiosk growing by tens of MB
after its first minutes, when a visitor first picked the second scenario or finished a run. These
pin each cause down in-process, with no sleeping: the app is driven frame by frame.
"""

from __future__ import annotations

import gc
import json
import weakref
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game import i18n
from game.app import loop, run_service
from game.app.loop import App, Services, Trace
from game.app.options import parse_play
from game.app.preload import draw_every_screen, every_cone, preload_scenarios
from game.events import Command
from game.level import load_level
from game.render import Art
from game.render.debrief import draw_file, file_of
from game.screens.compare import CompareScreen
from game.screens.ending import EndingScreen, PageCanvas, layout_size
from game.screens.title import TitleScreen
from game.sim import World
from game.sim.cameras import CameraBank


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def art() -> Art:
    """Made for each test: a test that runs the app ends with pygame.quit()."""
    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    return Art.load()


def press(code: int) -> list[pygame.event.Event]:
    return [pygame.event.Event(kind, key=code, mod=0) for kind in (pygame.KEYDOWN, pygame.KEYUP)]


def services_for(tmp_path: Path, art: Art, *args: str) -> Services:
    """The services as the app makes them, without running the app's loop."""
    options = parse_play(["--kiosk", "--data-dir", str(tmp_path), *args])
    return Services.start(options, load_level(options.level), art, tmp_path, Trace(None),
                          frame_source=lambda: 0, stamp_source=lambda: "20240101-000000",
                          seed_source=lambda: 7)


def given_up(services: Services) -> World:
    world, _ = services.runs.new_run()
    world.step(Command(give_up=True))
    return world


# --- every scenario is loaded at start --------------------------------------------------------


def test_kiosk_start_preloads_every_offered_scenario_before_the_title_switches(tmp_path: Path,
                                                                               monkeypatch) -> None:
    """The title's scenario row switches to "Here" without reading a level file: the very level object
    (and camera bank) loaded at start is the one played."""
    loads: list[Path] = []
    real_load = loop.load_level
    for module in (loop, run_service):  # the app's start, and the level chosen later
        monkeypatch.setattr(module, "load_level", lambda path: loads.append(path) or real_load(path))
    at_start: dict[str, object] = {}
    # Down to the scenario row, right to the next scenario, up to the menu, Enter plays.
    script = {5: press(pygame.K_DOWN), 8: press(pygame.K_RIGHT), 11: press(pygame.K_UP),
              14: press(pygame.K_RETURN)}

    def events(frame: int) -> list[pygame.event.Event]:
        if frame == 0:
            runs = app.services.runs
            at_start.update(levels=dict(runs.levels), banks=dict(runs.banks), loads=len(loads))
        return [*script.get(frame, []), *pygame.event.get()]

    options = parse_play(["--headless", "--kiosk", "--frames", "20", "--data-dir", str(tmp_path / "data")])
    app = App(options, tmp_path / "data", event_source=events)
    assert app.run() == 0
    services = app.services
    offered = services.runs.level_paths()
    assert set(at_start["levels"]) == set(offered) and len(offered) >= 2  # type: ignore[arg-type]
    here = next(path for path in offered if path.stem == "here")
    assert services.runs.level is at_start["levels"][here]  # type: ignore[index]
    assert len(loads) == at_start["loads"]  # no level file read after the start
    play = app.stack[0]
    assert play.name == "play" and play.world.level is services.runs.level
    assert play.world.cameras is at_start["banks"][here]  # type: ignore[index]


def test_the_facilitators_level_choice_takes_the_preloaded_level(tmp_path: Path, art: Art) -> None:
    services = services_for(tmp_path, art)
    loaded = preload_scenarios(services)
    assert loaded == services.runs.level_paths()
    first = services.runs.level
    assert services.runs.levels[first.path] is first  # the level loaded at start is not loaded twice
    for path in loaded:
        assert services.runs.choose_level(path) is None
        assert services.runs.level is services.runs.levels[path]
        world, _ = services.runs.new_run()
        assert world.cameras is services.runs.banks[path]


def test_a_game_at_home_preloads_nothing(tmp_path: Path) -> None:
    """Its first frame is budgeted: no other scenario is read before it."""
    options = parse_play(["--headless", "--frames", "1", "--data-dir", str(tmp_path)])
    app = App(options, tmp_path)
    assert app.run() == 0
    assert app.services.runs.levels == {} and app.services.runs.banks == {}


def test_every_cone_a_camera_can_face_is_built_at_start(tmp_path: Path, art: Art) -> None:
    """A run then builds no cone of its own: the bank does not grow while it is played."""
    level = load_level(parse_play([]).level)
    bank = CameraBank(level)
    built = every_cone(bank)
    cones = len(bank.built())
    assert built >= cones > len(level.cameras)
    assert (bank.angle == CameraBank(level).angle).all()  # every camera back where a run starts
    world = World(level, 3, cameras=bank)
    for _ in range(3000):
        world.step(Command())
    assert len(bank.built()) == cones


# --- pages drawn twice cost no more than once -------------------------------------------------


def test_returning_from_a_debrief_twice_keeps_one_set_of_page_surfaces(tmp_path: Path, art: Art) -> None:
    """The second file, and the comparison over it, are drawn on the first file's surfaces."""
    services = services_for(tmp_path, art)
    surface = pygame.Surface((1280, 720))
    first = EndingScreen(services, given_up(services))
    first.draw(surface)
    window, layout = services.pages.window, services.pages.layout
    assert window is not None and layout is not None and layout.get_size() == (1920, 1080)
    assert not [value for value in vars(first).values() if isinstance(value, pygame.Surface)]
    TitleScreen(services).draw(surface)
    gone = weakref.ref(first)
    del first
    gc.collect()
    assert gone() is None  # the canvas does not keep a closed file alive
    second = EndingScreen(services, given_up(services))
    second.draw(surface)
    CompareScreen(services, second.file, second.file).draw(surface)
    assert services.pages.window is window and services.pages.layout is layout


def test_a_file_uncovered_by_the_comparison_draws_itself_again(tmp_path: Path, art: Art) -> None:
    services = services_for(tmp_path, art)
    surface = pygame.Surface((1280, 720))
    ending = EndingScreen(services, given_up(services))
    ending.draw(surface)
    file_page = pygame.image.tobytes(surface, "RGB")
    CompareScreen(services, ending.file, ending.file).draw(surface)
    assert pygame.image.tobytes(surface, "RGB") != file_page
    ending.draw(surface)
    assert pygame.image.tobytes(surface, "RGB") == file_page


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (1920, 1080), (2560, 1080)])
def test_the_page_canvas_draws_what_the_page_draws_on_its_own(tmp_path: Path, art: Art,
                                                              size: tuple[int, int]) -> None:
    """Laid out on the kept large page and scaled into the kept window page: the same pixels as the
    debrief drawn straight onto a surface of the window's size (which scales a page of its own)."""
    services = services_for(tmp_path, art)
    world = given_up(services)
    file = file_of(world, [])
    alone = pygame.Surface(size)
    draw_file(alone, art, file, hint="hint")
    canvas, owner = PageCanvas(), TitleScreen(services)
    kept = canvas.draw(owner, size, lambda page: draw_file(page, art, file, hint="hint"))
    assert kept.get_size() == size and canvas.kept(owner, size) is kept
    assert pygame.image.tobytes(kept, "RGB") == pygame.image.tobytes(alone, "RGB")
    assert (canvas.layout is None) == (layout_size(size) == size)


# --- the kiosk's start draws every screen, and changes nothing --------------------------------


def test_drawing_every_screen_at_start_leaves_the_session_as_it_was(tmp_path: Path, art: Art,
                                                                     monkeypatch) -> None:
    """Every language is drawn, and the sitting's own is the one in use after."""
    services = services_for(tmp_path, art)
    preload_scenarios(services)
    runs = services.runs
    before = (runs.level, runs.cameras, art.high_contrast, runs.attract_runs)
    drawn: list[str] = []
    real_set = i18n.set_language
    monkeypatch.setattr(i18n, "set_language", lambda lang: drawn.append(lang) or real_set(lang))
    draw_every_screen(services, pygame.Surface((1280, 720)))
    assert (runs.level, runs.cameras, art.high_contrast, runs.attract_runs) == before
    assert set(drawn) == set(i18n.SUPPORTED_LANGUAGES) and i18n.current_language() == "en"
    assert runs.active is None and runs.finished_runs == 0 and runs.last_records == {}
    assert not (tmp_path / "runs").exists()
    assert services.pages.window is not None and services.pages.kept(object(), (1280, 720)) is None
    summary = services.exhibition.stats_summary()
    assert not isinstance(summary, str) and summary.count == 0


def test_the_app_hands_memory_back_once_after_each_change_of_screen(tmp_path: Path, monkeypatch) -> None:
    """One trim per frame in which the screen changed (after it is drawn), none in between."""
    trims: list[int] = []
    monkeypatch.setattr(loop, "release_freed_memory", lambda: trims.append(app.frame))
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"version": 1, "attract_after": 1, "attract_length": 1}))
    trace = tmp_path / "trace.jsonl"
    app = App(parse_play(["--headless", "--kiosk", "--frames", "200", "--data-dir", str(data), "--trace",
                          str(trace)]), data, event_source=lambda frame: pygame.event.get())
    assert app.run() == 0
    changes = [json.loads(line)["frame"] for line in trace.read_text().splitlines()][1:]
    assert len(changes) >= 2  # title, attract, title...
    assert trims[1:] == [frame + 1 for frame in changes]  # the first trim ends the kiosk's start

