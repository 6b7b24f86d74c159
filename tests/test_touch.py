"""Touch: SDL's finger events and the mouse events it makes up from them give one tap, menus choose
what is tapped, the play screen turns taps and drags into the keys' commands, and two corners held
are the facilitator's chord. All from synthetic events, headless."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game import tuning
from game.app.input import TAP_TICKS, InputMapper
from game.app.loop import App
from game.app.options import parse_play
from game.app.settings import SETTINGS_VERSION, settings_path
from game.render import Art
from game.render.world_view import view_offset
from game.screens.intents import Held, Intent, TickInput, Touch
from game.screens.menu import Menu
from game.screens.play import PlayScreen
from game.screens.touch_walk import TouchWalk, eight_way

SIZE = (1280, 720)


@pytest.fixture(scope="module", autouse=True)
def display() -> None:
    pygame.display.init()
    pygame.display.set_mode(SIZE)


def finger(kind: int, x: float, y: float, which: int = 0) -> pygame.event.Event:
    return pygame.event.Event(kind, touch_id=7, finger_id=which, x=x, y=y, dx=0.0, dy=0.0, pressure=1.0)


def made_up_mouse(kind: int, x: float, y: float) -> pygame.event.Event:
    """The mouse event SDL sends with every touch, marked as coming from one."""
    return pygame.event.Event(kind, pos=(round(x * SIZE[0]), round(y * SIZE[1])), button=1, touch=True)


def tap_events(x: float, y: float) -> tuple[list[pygame.event.Event], list[pygame.event.Event]]:
    """A touch as SDL delivers it: down, then up, each as a finger and as a made-up mouse event."""
    return ([finger(pygame.FINGERDOWN, x, y), made_up_mouse(pygame.MOUSEBUTTONDOWN, x, y)],
            [finger(pygame.FINGERUP, x, y), made_up_mouse(pygame.MOUSEBUTTONUP, x, y)])


def mapper() -> InputMapper:
    made = InputMapper()
    made.window_size = SIZE
    return made


# --- the mapping -------------------------------------------------------------------------------


def test_a_touch_is_one_tap_not_two() -> None:
    taps = mapper()
    down, up = tap_events(0.5, 0.25)
    pressed = taps.translate(down)
    assert pressed.intents == frozenset({Intent.ANY}) and pressed.touch.taps == ()
    assert pressed.touch.point == (640, 180) and pressed.touch.start == (640, 180)
    lifted = taps.translate(up)
    assert lifted.touch.taps == ((640, 180),) and lifted.touch.point is None
    assert lifted.intents == frozenset()


def test_a_long_press_or_a_drag_is_no_tap_but_the_finger_is_followed() -> None:
    held = mapper()
    held.translate([finger(pygame.FINGERDOWN, 0.5, 0.5)])
    for _tick in range(TAP_TICKS):
        held.translate([])
    assert held.translate([finger(pygame.FINGERUP, 0.5, 0.5)]).touch.taps == ()
    dragged = mapper()
    dragged.translate([finger(pygame.FINGERDOWN, 0.5, 0.5)])
    moved = dragged.translate([finger(pygame.FINGERMOTION, 0.7, 0.5)])
    assert moved.touch.point == (896, 360) and moved.touch.start == (640, 360)
    assert dragged.translate([finger(pygame.FINGERUP, 0.7, 0.5)]).touch.taps == ()


def test_a_real_mouse_clicks_like_one_finger_and_its_other_buttons_do_nothing() -> None:
    mouse = mapper()
    def click(kind: int, pos: tuple[int, int], which: int = 1) -> pygame.event.Event:
        return pygame.event.Event(kind, pos=pos, button=which, touch=False)

    mouse.translate([click(pygame.MOUSEBUTTONDOWN, (100, 50))])
    clicked = mouse.translate([click(pygame.MOUSEBUTTONUP, (100, 50))])
    assert clicked.touch.taps == ((100, 50),)
    right = mouse.translate([click(pygame.MOUSEBUTTONDOWN, (9, 9), 3),
                             click(pygame.MOUSEBUTTONUP, (9, 9), 3)])
    assert right.touch == Touch(size=SIZE) and right.intents == frozenset()


def test_two_bottom_corners_held_open_the_facilitator_menu_and_one_does_not() -> None:
    corners = mapper()
    corners.chord_ticks = (120, 180)
    fired = [Intent.FACILITATOR in corners.translate([finger(pygame.FINGERDOWN, 0.03, 0.97, 0),
                                                      finger(pygame.FINGERDOWN, 0.97, 0.97, 1)]).intents]
    fired += [Intent.FACILITATOR in corners.translate([]).intents for _tick in range(200)]
    assert fired.index(True) == 179 and fired.count(True) == 1  # once, after the gamepad's 3 s
    one = mapper()
    one.translate([finger(pygame.FINGERDOWN, 0.03, 0.97, 0), finger(pygame.FINGERDOWN, 0.5, 0.97, 1)])
    assert not any(Intent.FACILITATOR in one.translate([]).intents for _tick in range(400))


# --- menus -------------------------------------------------------------------------------------


def test_a_tap_on_a_menu_item_chooses_it() -> None:
    surface = pygame.Surface(SIZE)
    menu = Menu(("Play", "Settings", "Quit"))
    menu.draw(surface, Art.load(), (640, 200))
    quit_rect = menu.item_rects[2]
    assert menu.update(TickInput(touch=Touch(taps=(quit_rect.center,), size=SIZE))) == "Quit"
    assert menu.selected == 2
    below = (quit_rect.centerx, quit_rect.bottom + 40)
    assert menu.update(TickInput(touch=Touch(taps=(below,), size=SIZE))) is None


# --- walking -----------------------------------------------------------------------------------


def test_eight_directions_as_the_keys_give_them() -> None:
    assert eight_way(5, 0.5) == Held(move_x=1)
    assert eight_way(-3, 3) == Held(move_x=-1, move_y=1)
    assert eight_way(0.2, -4) == Held(move_y=-1)


def _screen_point(walk: TouchWalk, here: tuple[float, float], tiles: tuple[float, float]) -> tuple[int, int]:
    offset = view_offset(walk.level, here[0], here[1], SIZE)
    return (round(tiles[0] * tuning.TILE_PX + offset[0]), round(tiles[1] * tuning.TILE_PX + offset[1]))


def test_a_tap_walks_her_there_and_stops_keys_win_badge_and_herself() -> None:
    walk = TouchWalk(load_hearing_day())
    here = (12.5, 40.5)
    there = Touch(taps=(_screen_point(walk, here, (16.5, 40.5)),), size=SIZE)
    tapped = walk.orders(there, here, Held(), None)
    assert tapped.held == Held(move_x=1) and not tapped.act and not tapped.phone
    assert walk.orders(Touch(size=SIZE), (14.0, 40.5), Held(), None).held == Held(move_x=1)
    assert walk.orders(Touch(size=SIZE), (16.3, 40.5), Held(), None).held is None  # arrived
    assert walk.target is None
    walk.orders(Touch(taps=(_screen_point(walk, here, (16.5, 44.5)),), size=SIZE), here, Held(), None)
    assert walk.orders(Touch(size=SIZE), here, Held(move_x=-1), None).held is None and walk.target is None
    badge = pygame.Rect(1000, 20, 200, 60)
    assert walk.orders(Touch(taps=(badge.center,), size=SIZE), here, Held(), badge).phone
    on_her = walk.orders(Touch(taps=(_screen_point(walk, here, here),), size=SIZE), here, Held(), badge)
    assert on_her.act and on_her.held is None


def test_a_wall_ends_a_walk() -> None:
    walk = TouchWalk(load_hearing_day())
    here = (12.5, 40.5)  # she does not move from here: a wall
    walk.orders(Touch(taps=(_screen_point(walk, here, (12.5, 30.5)),), size=SIZE), here, Held(), None)
    nothing = Touch(size=SIZE)
    moving = [walk.orders(nothing, here, Held(), None).held for _tick in range(tuning.TOUCH_STUCK_TICKS)]
    assert moving[0] == Held(move_y=-1) and moving[-1] is None


def test_in_the_game_a_tap_walks_her_and_the_badge_opens_the_phone(tmp_path: Path) -> None:
    """The real app: a tap on the map to her right, then a tap on the badge, as SDL sends them."""
    data = tmp_path / "data"
    data.mkdir()
    settings_path(data).write_text(json.dumps({"version": SETTINGS_VERSION}), encoding="utf-8")
    screens: list[PlayScreen] = []

    def first(services) -> PlayScreen:
        play = PlayScreen(services)
        play.draw(pygame.display.get_surface())  # what a window shows at once: the badge is placed
        screens.append(play)
        return play

    here = (12.5, 40.5)
    walk = TouchWalk(load_hearing_day())
    right = _screen_point(walk, here, (15.0, 40.5))  # the room's far side
    to_the_right = tap_events(right[0] / SIZE[0], right[1] / SIZE[1])
    script = {2: to_the_right[0], 3: to_the_right[1]}
    trace = tmp_path / "trace.jsonl"
    badge = None

    def events(frame: int) -> list[pygame.event.Event]:
        nonlocal badge
        if frame == 150:  # where the HUD drew the badge
            badge = screens[0].hud.badge_rect
            down, up = tap_events(badge.centerx / SIZE[0], badge.centery / SIZE[1])
            script[150], script[151] = down, up
        return [*script.get(frame, []), *pygame.event.get()]

    app = App(parse_play(["--headless", "--seed", "1", "--frames", "200", "--data-dir", str(data),
                          "--trace", str(trace)]), data, first_screen=first, event_source=events)
    assert app.run() == 0
    play = screens[0]
    moves = [(command.move_x, command.move_y, command.run) for command in play.commands[:150]]
    assert moves[3] == (1, 0, False)  # the tap's tick already walks, as a key would
    assert set(moves[3:45]) == {(1, 0, False)} and moves[149] == (0, 0, False)  # there, she stops
    assert abs(play.world.player.x - 15.0) <= tuning.TOUCH_ARRIVE_TILES
    assert badge is not None
    lines = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    assert {"frame": 151, "screen": "phone"} in lines


def load_hearing_day():
    from game.level import load_level

    return load_level(Path(__file__).resolve().parent.parent / "levels" / "hearing_day.tmx")
