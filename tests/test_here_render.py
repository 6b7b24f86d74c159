"""Drawing the second scenario: the visit dialog, the HUD's deadline, badges, lamps, letters, cones."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.events import Command, Visit, encode_inputs
from game.i18n import _
from game.level import Level, load_level
from game.render import Art, Hud, WorldView, palette, read_hud
from game.render.phone import draw_messages, draw_messages_badge, draw_phone
from game.render.world_view import TILE, lamp_colour
from game.screens.base import Held, Intent, Pop, Push, TickInput
from game.screens.pause import PauseScreen
from game.screens.phone import PhoneScreen
from game.screens.play import PlayScreen
from game.screens.visit import VisitScreen
from game.sim import World
from tests.mapmaker import MapObject, camera
from tests.test_here import doorbell, here_level, walk

SIZE = (1280, 720)
POLICE_BLUE = (38, 66, 128)


class FakeApp:
    """Just enough of the app for the play screen."""

    def __init__(self, level: Level, art: Art) -> None:
        self.level, self.art, self.autoplay, self.kiosk = level, art, False, False
        self.finished: list = []

    def new_run(self):
        return World(self.level, 3), None

    def finish_run(self, world, commands, cameras_on_screen=()) -> bool:
        self.finished.append((world, list(commands)))
        return False

    def track(self, world, commands, cameras_on_screen=()) -> None:
        pass


def press(*intents: Intent) -> TickInput:
    return TickInput(intents=frozenset(intents), held=Held())


@pytest.fixture(scope="module")
def level(tmp_path_factory) -> Level:
    objects = [doorbell("D-1", 6.5, registered=True), doorbell("D-2", 12.5, registered=False),
               MapObject("smart_lamp", 9.5, 3.5, name="L-1"),
               MapObject("bus_stop", 5.5, 2.5, name="Canal", properties={"to": "Square", "minutes": 12.0}),
               MapObject("bus_stop", 16.5, 2.5, name="Square", properties={"to": "Canal", "minutes": 12.0})]
    return here_level(tmp_path_factory.mktemp("here"), objects, police_visit=True)


def draw_world(art: Art, world: World) -> tuple[pygame.Surface, tuple[int, int]]:
    surface = pygame.Surface(SIZE)
    offset = WorldView(art, world.level).draw(surface, world)
    return surface, offset


def screen_point(offset: tuple[int, int], x: float, y: float) -> tuple[int, int]:
    return round(x * TILE + offset[0]), round(y * TILE + offset[1])


# --- the police visit -------------------------------------------------------------------------


def test_the_visit_dialog_sends_the_answer_as_a_recorded_command(art, level) -> None:
    play = PlayScreen(FakeApp(level, art))
    opened = play.update(press())
    assert isinstance(opened, Push) and isinstance(opened.screen, VisitScreen)
    visit = opened.screen
    assert visit.name == "visit" and play.world.pending_choice == "visit"
    clock = play.world.clock_text
    for _tick in range(30 * 60):  # half a minute reading the question: the clock waits with her
        assert visit.update(press()) is None
    assert play.world.tick == 0 and play.commands == [] and play.world.clock_text == clock
    surface = pygame.Surface(SIZE)
    play.draw(surface)
    visit.draw(surface)
    assert visit.update(press(Intent.RIGHT)) is None  # Decline, as with a gamepad's stick
    assert isinstance(visit.update(press(Intent.CONFIRM)), Pop)
    assert play.commands == [Command(choice=2)], "the answer is the one command sent"
    assert encode_inputs(play.commands) == "512:1"
    assert [e.choice for e in play.world.events if isinstance(e, Visit)] == ["decline"]
    assert play.world.pending_choice is None
    assert play.update(press()) is None, "answered: no dialog again"


def test_talking_is_the_first_choice(art, level) -> None:
    play = PlayScreen(FakeApp(level, art))
    visit = play.update(press()).screen
    visit.update(press(Intent.DOWN))
    visit.update(press(Intent.UP))
    assert isinstance(visit.update(press(Intent.CONFIRM)), Pop)
    assert play.commands == [Command(choice=1)]
    assert [e.choice for e in play.world.events if isinstance(e, Visit)] == ["talk"]


def test_esc_at_the_door_pauses_and_the_pause_menu_works_there(art, level) -> None:
    play = PlayScreen(FakeApp(level, art))
    visit = play.update(press()).screen
    paused = visit.update(press(Intent.PAUSE))
    assert isinstance(paused, Push) and isinstance(paused.screen, PauseScreen)
    assert isinstance(paused.screen.update(press(Intent.PAUSE)), Pop), "Esc again resumes"
    assert visit.update(press()) is None and play.world.pending_choice == "visit"
    pause = visit.update(press(Intent.PAUSE)).screen
    pause.update(press(Intent.DOWN))  # "Stay home"
    assert isinstance(pause.update(press(Intent.CONFIRM)), Pop)
    assert isinstance(visit.update(press()), Pop), "the dialog steps aside for the play screen"
    play.update(press())
    assert play.world.ending == "stayed_home" and play.world.tick == 1


# --- the HUD ----------------------------------------------------------------------------------


def test_the_hud_names_the_deadline_with_the_level_goal_label(art, level) -> None:
    world = World(level, 1)
    state = read_hud(world)
    assert _(state.deadline).format(time=state.hearing) == "Speech at 12:00"
    world.step(Command(choice=1))
    walk(world, Command(move_x=1), 40)
    assert read_hud(world).bus == "Square", "a bus stop in reach offers the ride"
    surface, offset = draw_world(art, world)
    Hud(art).draw(surface, world, offset)


def test_a_letter_shows_as_a_banner_and_on_the_phone(art, level) -> None:
    world = World(level, 1)
    world.step(Command(choice=1))
    walk(world, Command(), 1000)  # past 10:05: the risk rule sends the letter
    letters = [n.text for n in world.system.notices if n.kind == "letter"]
    assert letters and read_hud(world).letter == letters[-1], "a banner while the letter is new"
    surface, offset = draw_world(art, world)
    Hud(art).draw(surface, world, offset)
    walk(world, Command(), 600)
    assert read_hud(world).letter is None, "the banner goes; the letter stays on the phone"
    with_letter = pygame.Surface(SIZE)
    draw_phone(with_letter, art, "green", "10:20", letters)
    without = pygame.Surface(SIZE)
    draw_phone(without, art, "green", "10:20")
    assert pygame.image.tobytes(with_letter, "RGB") != pygame.image.tobytes(without, "RGB")
    # The phone screen reads the letters from the notices.
    app = FakeApp(level, art)
    play = PlayScreen(app)
    play.world = world
    shown = pygame.Surface(SIZE)
    PhoneScreen(app, play).draw(shown)
    phone_only = pygame.Surface(SIZE)
    phone_only.blit(shown, (0, 0))
    world.system.notices = [n for n in world.system.notices if n.kind != "letter"]
    PhoneScreen(app, play).draw(shown)
    assert pygame.image.tobytes(phone_only, "RGB") != pygame.image.tobytes(shown, "RGB")


# --- the world --------------------------------------------------------------------------------


def _near(surface: pygame.Surface, centre: tuple[int, int], colour: tuple[int, int, int], radius: int) -> int:
    """How many pixels within ``radius`` of ``centre`` are within a few levels of ``colour``."""
    rgb = pygame.surfarray.array3d(surface).astype(int)
    x, y = centre
    patch = rgb[max(0, x - radius):x + radius, max(0, y - radius):y + radius]
    return int((np.abs(patch - colour).max(axis=2) <= 12).sum())


def test_registered_cameras_wear_the_police_blue_badge(art, level) -> None:
    world = World(level, 1)
    surface, offset = draw_world(art, world)
    registered = screen_point(offset, 6.5, 1.5)
    unregistered = screen_point(offset, 12.5, 1.5)
    assert _near(surface, (registered[0] + 11, registered[1] - 11), POLICE_BLUE, 8) > 10
    assert _near(surface, (unregistered[0] + 11, unregistered[1] - 11), POLICE_BLUE, 8) == 0


def test_the_smart_lamps_light_follows_the_tension(art, level) -> None:
    assert lamp_colour(0.0) != lamp_colour(0.5) != lamp_colour(1.0)
    world = World(level, 1)
    calm, offset = draw_world(art, world)
    world.tension = 0.95
    tense, _offset = draw_world(art, world)
    lamp = screen_point(offset, 9.5, 3.5)
    area = pygame.Rect(0, 0, 80, 80)
    area.center = lamp
    calm_pixels = pygame.surfarray.array3d(calm.subsurface(area)).astype(int)
    tense_pixels = pygame.surfarray.array3d(tense.subsurface(area)).astype(int)
    assert (calm_pixels != tense_pixels).any()
    warmth = [(pixels[..., 0] - pixels[..., 2]).mean() for pixels in (calm_pixels, tense_pixels)]
    assert warmth[1] > warmth[0], "a tense street's light is warmer"


def test_with_reduced_motion_the_lamps_do_not_flicker(art, level) -> None:
    world = World(level, 1)
    world.tension = 0.95
    art.reduced_motion = True
    try:
        frames = []
        for tick in (0, 1, 10, 12):  # flicker ticks and steady ticks alike
            world.tick = tick
            frames.append(pygame.image.tobytes(draw_world(art, world)[0], "RGB"))
    finally:
        art.reduced_motion = False
    assert len(set(frames)) == 1


def test_the_officers_stand_at_the_door_until_she_answers(art, level) -> None:
    world = World(level, 1)
    waiting, _offset = draw_world(art, world)
    world.step(Command(choice=1))
    world.tick = 0
    answered, _offset = draw_world(art, world)
    assert pygame.image.tobytes(waiting, "RGB") != pygame.image.tobytes(answered, "RGB")


def test_high_contrast_cones_differ_from_normal_ones(art, tmp_path: Path) -> None:
    lamp = camera("C-1", 10.5, 2.5, kind="lamp", facing=0, fov=90, reach=6)
    level = here_level(tmp_path, [lamp])
    world = World(level, 1)
    normal, offset = draw_world(art, world)
    art.high_contrast = True
    try:
        contrast, _offset = draw_world(art, world)
    finally:
        art.high_contrast = False
    cone = pygame.Rect(*screen_point(offset, 12.0, 1.5), 3 * TILE, 2 * TILE)
    assert pygame.image.tobytes(normal.subsurface(cone), "RGB") != pygame.image.tobytes(
        contrast.subsurface(cone), "RGB")


def test_a_city_without_checkpoints_has_a_phone_of_messages_not_a_pass() -> None:
    """Here scans no pass: the HUD and the phone carry letters instead of a health pass."""
    levels = Path(__file__).resolve().parent.parent / "levels"
    assert load_level(levels / "hearing_day.tmx").checks_pass
    assert not load_level(levels / "here.tmx").checks_pass
    pygame.display.init()
    surface = pygame.display.set_mode((1280, 720))
    art = Art.load()
    coat = tuple(palette.COAT)

    def coat_in(rect: pygame.Rect) -> bool:
        return any(tuple(surface.get_at((x, y)))[:3] == coat
                   for x in range(rect.left, rect.right) for y in range(rect.top, rect.bottom, 2))

    surface.fill((0, 0, 0))
    assert not coat_in(draw_messages_badge(surface, art, 0, (1250, 30))), "no letter, no envelope"
    surface.fill((0, 0, 0))
    assert coat_in(draw_messages_badge(surface, art, 1, (1250, 30))), "a letter shows an envelope"
    surface.fill((0, 0, 0))
    phone = draw_messages(surface, art, "10:06", ["You have been selected for an additional check."])
    assert coat_in(phone), "the letter's card is drawn"
