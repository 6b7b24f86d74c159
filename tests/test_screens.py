"""The screens as a state machine, driven by intents with no window and a small fake app."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.app.settings import Settings
from game.events import Command, decode_inputs
from game.level import Level, load_level
from game.render import Art, Hud, WorldView
from game.render.notices import WALKED_BACK, play_card
from game.screens import EndingScreen, PauseScreen, PhoneScreen, PlayScreen, TitleScreen
from game.screens.base import Pop, Push, Quit, Replace
from game.screens.ending import GUARD_TICKS
from game.screens.intents import Held, Intent, TickInput, Touch
from game.screens.menu import Choice, Menu
from game.screens.play import ENDING_BEAT_TICKS
from game.screens.settings_menu import SettingsScreen
from game.sim import World
from game.sim.bot import Bot
from game.system.debrief import Debrief
from tests.mapmaker import MapObject, basic_objects, camera, court_door, open_rows, write_map

SIZE = (1280, 720)


class FakeRuns:
    """Just enough of the app's runs for screens: a level, seed 3, and somewhere to keep finished runs."""

    def __init__(self, level: Level, *, autoplay: bool = False, quit_after_run: bool = False) -> None:
        self.level = level
        self.data_dir = Path()
        self.preset = None
        self.last_records: dict = {}
        self.autoplay = autoplay
        self.quit_after_run = quit_after_run
        self.finished: list[Debrief] = []
        self.tracked: list[Command] | None = None

    def new_run(self) -> tuple[World, Bot | None]:
        return World(self.level, 3), Bot(self.level, 3) if self.autoplay else None

    def new_attract_run(self) -> tuple[World, Bot]:
        return World(self.level, 4), Bot(self.level, 4)

    def finish_run(self, file: Debrief) -> bool:
        self.finished.append(file)
        return self.quit_after_run

    def track(self, world: World, commands: list[Command], cameras_on_screen: Collection[str] = ()) -> None:
        self.tracked = commands

    def level_paths(self) -> list[Path]:
        return []

    def choose_level(self, path: Path) -> str | None:
        return None

    def use_preset(self, preset: object) -> str | None:
        return None


class FakeSettings:
    """The settings, changed in memory only."""

    def __init__(self) -> None:
        self.current = Settings()

    def change(self, **changes: object) -> str | None:
        self.current = replace(self.current, **changes)  # type: ignore[arg-type]
        return None

    def monitors(self) -> list[tuple[int, int]]:
        return [SIZE]

    def choose_monitor(self, monitor: int) -> str | None:
        return None


class FakeExhibition:
    """A desktop game (no kiosk), with or without the bot; no notice, no statistics."""

    def __init__(self, *, autoplay: bool = False) -> None:
        self.autoplay, self.kiosk = autoplay, False
        self.notice_heading: str | None = None

    def take_notice(self) -> str | None:
        return None

    def stats_summary(self) -> str:
        return "no statistics here"

    def reset_stats(self) -> str | None:
        return None


class FakeApp:
    """Just enough of the app for screens: its art and the three services, faked."""

    def __init__(self, level: Level, art: Art, *, autoplay: bool = False,
                 quit_after_run: bool = False) -> None:
        self.art = art
        self.runs = FakeRuns(level, autoplay=autoplay, quit_after_run=quit_after_run)
        self.settings = FakeSettings()
        self.exhibition = FakeExhibition(autoplay=autoplay)


def press(*intents: Intent, held: Held | None = None) -> TickInput:
    return TickInput(intents=frozenset(intents), held=held or Held())


@pytest.fixture(scope="module")
def level(tmp_path_factory) -> Level:
    objects = [*basic_objects(), court_door(15, 2), camera("C-1", 10.5, 5.5, facing=0, fov=60, reach=6),
               MapObject("bin", 3.5, 6.5, name="B1")]
    return load_level(write_map(tmp_path_factory.mktemp("map"), open_rows(20, 10), objects))


@pytest.fixture
def app(level, art) -> FakeApp:
    return FakeApp(level, art)


# --- title ------------------------------------------------------------------------------------


def test_title_plays_or_quits(app):
    title = TitleScreen(app)
    assert title.name == "title"
    assert title.update(press()) is None
    started = title.update(press(Intent.CONFIRM))
    assert isinstance(started, Replace) and isinstance(started.screen, PlayScreen)
    title = TitleScreen(app)
    assert title.update(press(Intent.UP)) is None  # Quit is the last item, after Settings
    assert isinstance(title.update(press(Intent.CONFIRM)), Quit)


def test_title_starts_play_at_once_with_autoplay(level, art):
    started = TitleScreen(FakeApp(level, art, autoplay=True)).update(press())
    assert isinstance(started, Replace) and isinstance(started.screen, PlayScreen)
    assert started.screen.bot is not None


# --- play -------------------------------------------------------------------------------------


def test_play_turns_held_input_into_recorded_commands(app):
    play = PlayScreen(app)
    assert play.name == "play" and app.runs.tracked is play.commands
    start_x = play.world.player.x
    for _ in range(10):
        assert play.update(press(held=Held(move_x=1, run=True))) is None
    play.update(press(Intent.ACT))
    assert play.world.tick == 11 == len(play.commands)
    assert play.commands[0] == Command(move_x=1, run=True)
    assert play.commands[-1] == Command(act=True)
    assert play.world.player.x > start_x


def test_front_door_once_walks_her_back_and_a_held_key_does_not_take_her_out_again(app):
    play = PlayScreen(app)
    world, east = play.world, press(held=Held(move_x=1))
    while not any(event.kind == "police" for event in world.events):
        assert play.update(east) is None and world.tick < 600
    assert world.ending is None and world.player.facing_x < 0, "inside, her back to the door"
    card = play_card(world)
    assert card is not None and card.headline == WALKED_BACK, "the walk back is told on screen"
    for _ in range(300):  # W still held from the first exit
        assert play.update(east) is None
    assert world.ending is None and app.runs.level.home.area.contains(world.player.x, world.player.y)
    assert (world.player.x, world.player.y) == app.runs.level.spawn
    play.update(press())  # released; a second, deliberate exit ends the run
    while world.ending is None:
        play.update(east)
        assert world.tick < 1200
    assert world.ending == "stayed_home"


def test_the_bot_plays_when_there_is_one(level, art):
    play = PlayScreen(FakeApp(level, art, autoplay=True))
    for _ in range(30):
        play.update(press())
    assert len(play.commands) == 30 == play.world.tick


def test_phone_opens_keeps_time_running_and_closes(app):
    play = PlayScreen(app)
    opened = play.update(press(Intent.PHONE))
    assert isinstance(opened, Push) and isinstance(opened.screen, PhoneScreen)
    assert play.commands == [Command(look_at_phone=True)]
    phone = opened.screen
    assert phone.name == "phone" and phone.covers is False
    for _ in range(5):
        assert phone.update(press(held=Held(move_x=1))) is None
    assert play.world.tick == 6 and play.commands[1:] == [Command()] * 5
    assert isinstance(phone.update(press(Intent.PHONE)), Pop)
    assert play.world.tick == 6


@pytest.mark.parametrize("intent", [Intent.BACK, Intent.CONFIRM])
def test_phone_closes_on_back_or_confirm(app, intent):
    play = PlayScreen(app)
    assert isinstance(PhoneScreen(app, play).update(press(intent)), Pop)


def test_pause_stops_the_world_and_resumes(app):
    play = PlayScreen(app)
    play.update(press())
    paused = play.update(press(Intent.PAUSE))
    assert isinstance(paused, Push) and isinstance(paused.screen, PauseScreen)
    pause = paused.screen
    assert pause.name == "pause" and pause.covers is False
    for _ in range(20):
        assert pause.update(press(held=Held(move_y=1))) is None
    assert play.world.tick == 1 == len(play.commands)
    assert isinstance(pause.update(press(Intent.CONFIRM)), Pop)  # Resume
    play.update(press())
    assert play.world.tick == 2


def test_stay_home_gives_up_on_the_next_command(app):
    play = PlayScreen(app)
    pause = play.update(press(Intent.PAUSE)).screen
    pause.update(press(Intent.DOWN))
    assert isinstance(pause.update(press(Intent.CONFIRM)), Pop)
    assert play.update(press(held=Held(move_x=1))) is None
    assert play.commands[-1] == Command(give_up=True)
    assert play.world.ending == "stayed_home"
    for _ in range(ENDING_BEAT_TICKS - 1):
        assert play.update(press()) is None and not app.runs.finished
    ended = play.update(press())
    assert isinstance(ended, Replace) and isinstance(ended.screen, EndingScreen)
    assert app.runs.finished and decode_inputs(app.runs.finished[0].record.inputs) == play.commands
    # one file of the run: the app keeps what the debrief opens
    assert ended.screen.file is app.runs.finished[0]


def test_quit_to_title_drops_the_run(app):
    play = PlayScreen(app)
    pause = play.update(press(Intent.PAUSE)).screen
    pause.update(press(Intent.UP))
    assert isinstance(pause.update(press(Intent.CONFIRM)), Pop)
    back = play.update(press())
    assert isinstance(back, Replace) and isinstance(back.screen, TitleScreen)
    assert app.runs.finished == []


def test_a_finished_run_may_quit_the_program(level, art):
    app = FakeApp(level, art, quit_after_run=True)
    play = PlayScreen(app)
    play.give_up()
    for _ in range(ENDING_BEAT_TICKS):
        assert play.update(press()) is None  # the ending's moment in the world comes first
    assert play_card(play.world) is not None
    assert isinstance(play.update(press()), Quit)
    assert len(app.runs.finished) == 1


# --- menus of values (settings, presets, the facilitator's menu) -------------------------------


def test_a_menu_tells_a_confirmed_line_from_one_stepped_sideways():
    menu = Menu(("a", "b", "c"))
    assert menu.choose(press()) is None and menu.choose(press(Intent.UP)) is None
    assert menu.choose(press(Intent.RIGHT)) == Choice("c", 1, confirmed=False)
    assert menu.choose(press(Intent.LEFT)) == Choice("c", -1, confirmed=False)
    assert menu.choose(press(Intent.DOWN, Intent.CONFIRM)) == Choice("a", 1, confirmed=True)
    menu.item_rects = [pygame.Rect(0, 40 * index, 100, 40) for index in range(3)]
    tapped = TickInput(touch=Touch(taps=((50, 50),)))
    assert menu.choose(tapped) == Choice("b", 1, confirmed=True) and menu.selected == 1


def test_the_settings_step_their_values_and_close_only_on_back(app):
    settings = SettingsScreen(app)
    assert settings.covers is False and settings.idle_resets is False
    settings.update(press(Intent.DOWN))  # Text size
    assert settings.update(press(Intent.RIGHT)) is None and app.settings.current.text_size == 125
    assert settings.update(press(Intent.LEFT)) is None and app.settings.current.text_size == 100
    assert settings.update(press(Intent.CONFIRM)) is None and app.settings.current.text_size == 125
    settings.update(press(Intent.UP))
    settings.update(press(Intent.UP))  # round to Back, the last line
    assert settings.menu.items[settings.menu.selected] == "Back"
    assert settings.update(press(Intent.RIGHT)) is None, "stepping Back sideways does nothing"
    assert isinstance(settings.update(press(Intent.CONFIRM)), Pop)
    assert isinstance(SettingsScreen(app).update(press(Intent.BACK)), Pop)


def test_the_file_counts_the_cameras_the_play_screen_drew(art, tmp_path):
    """'On your screen' is what the app drew: a run drawn frame after frame keeps every camera its
    world view showed, in the finished run and in the file the ending opens; the same run never
    drawn (a headless bot) has none on screen."""
    from game.render.debrief import file_of
    from game.render.debrief_story import figure_lines
    from game.screens.base import draw_stack

    watching = camera("C-1", 12.5, 2.5, facing=180, fov=90, reach=10)  # on the way to the court
    objects = [*basic_objects(), court_door(15, 2), watching]
    level = load_level(write_map(tmp_path, open_rows(20, 10), objects))
    app = FakeApp(level, art, autoplay=True)
    play = PlayScreen(app)
    surface = pygame.Surface(SIZE)
    ended = None
    while ended is None:
        ended = play.update(press())
        draw_stack([play], surface, art.compositor)
        assert play.world.tick < 20000
    assert isinstance(ended, Replace) and isinstance(ended.screen, EndingScreen)
    (drawn,) = app.runs.finished
    assert set(drawn.record.cameras_on_screen) == {"C-1"} and ended.screen.file is drawn
    world = play.world
    seen = {event.camera for event in world.events if event.kind == "observed"}
    assert seen == {"C-1"}, "the camera saw her on the bot's way"
    headless = file_of(world, play.commands)
    assert headless.record.cameras_on_screen == () and headless.record.events == drawn.record.events

    def cameras_line(file: Debrief) -> str:
        return figure_lines(file.record, file.figures, level)[0].sentence

    assert cameras_line(drawn) == "camera saw you, and it was on your screen at some point."
    assert cameras_line(headless) == "camera saw you, and it was never on your screen."


# --- ending -----------------------------------------------------------------------------------


def test_the_file_ignores_keys_held_from_play_and_closes_only_on_a_fresh_enter(app):
    world = World(app.runs.level, 1)
    while world.ending is None:
        world.step(Command(move_x=1, move_y=1) if world.tick < 200 else Command(give_up=True))
    ending = EndingScreen(app, world)
    assert ending.entries > 1
    held_down = press(held=Held(move_x=1, move_y=1))  # DOWN and RIGHT still held from play
    for _ in range(GUARD_TICKS * 4):
        assert ending.update(held_down) is None
    assert ending.scroll == 0, "a key held from play does not scroll"
    for intent in (Intent.BACK, Intent.PAUSE, Intent.ANY, Intent.LEFT, Intent.ACT):
        assert ending.update(press(intent, held=Held(move_y=1))) is None, intent  # Esc asks nothing
    assert ending.update(press(Intent.DOWN, held=Held(move_y=1))) is None
    assert ending.scroll == 1, "a fresh press scrolls"
    back = ending.update(press(Intent.CONFIRM))
    assert isinstance(back, Replace) and isinstance(back.screen, TitleScreen)


def test_the_file_does_not_close_on_an_enter_pressed_as_it_opens(app):
    world = World(app.runs.level, 1)
    world.step(Command(give_up=True))
    ending = EndingScreen(app, world)
    for _ in range(GUARD_TICKS):
        assert ending.update(press(Intent.CONFIRM)) is None
    assert isinstance(ending.update(press(Intent.CONFIRM)), Replace)


def test_ending_counts_what_the_player_was_not_told(app):
    world = World(app.runs.level, 1)
    world.player.x, world.player.y = 13.0, 5.5
    while not any(event.kind == "observed" for event in world.events):
        world.step(Command())
    world.step(Command(give_up=True))
    ending = EndingScreen(app, world)
    assert ending.observed == sum(1 for e in world.events if e.kind == "observed") >= 1
    assert ending.untold == sum(1 for e in world.events if e.kind == "rule" and not e.told) >= 1


# --- every screen draws, and drawing changes nothing ------------------------------------------


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_every_screen_draws_without_changing_the_world(app, size):
    surface = pygame.Surface(size)
    play = PlayScreen(app)
    for _ in range(5):
        play.update(press(held=Held(move_x=1)))
    before = (play.world.tick, play.world.player.x, len(play.commands), len(play.world.events))
    TitleScreen(app).draw(surface)
    play.draw(surface)
    PhoneScreen(app, play).draw(surface)
    PauseScreen(app, play).draw(surface)
    assert (play.world.tick, play.world.player.x, len(play.commands), len(play.world.events)) == before
    play.world.step(Command(give_up=True))
    EndingScreen(app, play.world).draw(surface)


# --- a screen drawn alone two frames running draws only what changed ----------------------------


def test_only_a_screen_drawn_alone_twice_is_told_its_frame_is_kept(app):
    from game.screens.base import draw_stack

    surface = pygame.Surface(SIZE)
    play = PlayScreen(app)
    pause = PauseScreen(app, play)
    told = []
    for stack in ([play], [play], [play, pause], [play, pause], [play], [play], [TitleScreen(app)]):
        draw_stack(stack, surface, app.art.compositor)
        told.append(app.art.compositor.kept(stack[0]) is not None)
    assert told == [False, True, False, False, False, True, False]


def test_kept_play_frames_look_like_whole_ones(level, art):
    """The play screen as the app draws it, frame after frame while walking past the camera, with
    the pause menu once in between: each frame equals one drawn whole by a fresh screen."""
    from game.screens.base import draw_stack

    app = FakeApp(level, art, autoplay=True)
    kept_surface, whole_surface = pygame.Surface(SIZE), pygame.Surface(SIZE)
    play = PlayScreen(app)
    whole = PlayScreen.__new__(PlayScreen)  # the same run, drawn by a view and HUD of its own
    whole_view, whole_hud = WorldView(Art.load(), level), Hud(art)  # another canvas than play's
    compositor = art.compositor
    kept = 0
    for frame in range(240):
        play.update(press(held=Held(move_x=1 if frame < 120 else -1)))
        stack = [play, PauseScreen(app, play)] if frame == 100 else [play]
        draw_stack(stack, kept_surface, compositor)
        if len(stack) > 1:
            continue
        mended = sum(rect.width * rect.height for rect in compositor.damaged)
        if compositor.kept(play) is not None:
            kept += 1
            assert mended < SIZE[0] * SIZE[1] // 2, "a kept frame draws again only what changed"
        else:
            assert compositor.damaged == [kept_surface.get_rect()], "a frame not kept is drawn whole"
        whole.__dict__.update(play.__dict__, view=whole_view, hud=whole_hud)
        whole.draw(whole_surface)
        assert pygame.image.tobytes(kept_surface, "RGB") == pygame.image.tobytes(whole_surface, "RGB"), frame
    assert kept == 237  # every frame but the first and the one after the pause menu


def test_kept_attract_frames_look_like_whole_ones(level, art):
    """The attract loop keeps its frames the same way, under its "press any button" card."""

    from game.screens.attract import AttractScreen
    from game.screens.base import draw_stack

    app = FakeApp(level, art)
    app.settings.current = replace(app.settings.current, attract_length=60.0)
    kept_surface, whole_surface = pygame.Surface(SIZE), pygame.Surface(SIZE)
    attract = AttractScreen(app)
    whole = AttractScreen.__new__(AttractScreen)
    whole_view, whole_hud = WorldView(Art.load(), level), Hud(art)
    for frame in range(120):
        attract.update(press())
        draw_stack([attract], kept_surface, art.compositor)
        whole.__dict__.update(attract.__dict__, view=whole_view, hud=whole_hud)
        whole.draw(whole_surface)
        assert pygame.image.tobytes(kept_surface, "RGB") == pygame.image.tobytes(whole_surface, "RGB"), frame
    assert art.compositor.kept(attract) is not None
