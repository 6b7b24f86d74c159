"""Keyboard and gamepad mapping from synthetic events: bindings, pads plugged in and out, the chord."""

from __future__ import annotations

import pygame
import pytest

from game.app.input import InputMapper
from game.screens.intents import Held, Intent


@pytest.fixture(scope="module", autouse=True)
def display() -> None:
    pygame.display.init()
    pygame.display.set_mode((320, 240))


def key(key: int, down: bool = True) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN if down else pygame.KEYUP, key=key, mod=0)


def button(pad: int, which: int, down: bool = True) -> pygame.event.Event:
    kind = pygame.CONTROLLERBUTTONDOWN if down else pygame.CONTROLLERBUTTONUP
    return pygame.event.Event(kind, instance_id=pad, button=which)


class FakePad:
    """A controller as SDL's game-controller API shows it: axes and buttons."""

    def __init__(self, axes: dict[int, int] | None = None, buttons: set[int] | None = None) -> None:
        self.axes = axes or {}
        self.buttons = buttons or set()

    def get_axis(self, axis: int) -> int:
        return self.axes.get(axis, 0)

    def get_button(self, which: int) -> bool:
        return which in self.buttons


def test_default_keys_give_intents_and_held_movement() -> None:
    mapper = InputMapper()
    tick = mapper.translate([key(pygame.K_RETURN), key(pygame.K_d)])
    assert {Intent.CONFIRM, Intent.RIGHT, Intent.ANY} <= tick.intents
    assert tick.held == Held(move_x=1)
    tick = mapper.translate([key(pygame.K_d, down=False)])
    assert tick.intents == frozenset() and tick.held == Held()


def test_keys_are_remapped_from_the_settings_and_unknown_names_are_skipped() -> None:
    notices: list[str] = []
    mapper = InputMapper({"up": ("i", "no such key"), "run": ("q",)}, notice=notices.append)
    assert notices == ["key_bindings.up: no key called 'no such key'; skipped"]
    tick = mapper.translate([key(pygame.K_i), key(pygame.K_q)])
    assert Intent.UP in tick.intents
    assert tick.held == Held(move_y=-1, run=True)
    assert Intent.UP not in mapper.translate([key(pygame.K_w)]).intents  # w was "up" by default only


def test_escape_pauses_at_home_but_only_closes_menus_in_kiosk() -> None:
    assert {Intent.PAUSE, Intent.BACK} <= InputMapper().translate([key(pygame.K_ESCAPE)]).intents
    kiosk = InputMapper(kiosk=True).translate([key(pygame.K_ESCAPE)])
    assert Intent.BACK in kiosk.intents and Intent.PAUSE not in kiosk.intents


def test_a_window_close_is_reported_not_acted_on() -> None:
    mapper = InputMapper()
    mapper.translate([pygame.event.Event(pygame.QUIT)])
    assert mapper.quit_requested


def test_gamepad_plugged_in_moves_and_unplugged_stops() -> None:
    mapper = InputMapper()
    mapper.pads[7] = FakePad(axes={pygame.CONTROLLER_AXIS_LEFTX: -30000})  # type: ignore[assignment]
    assert mapper.translate([]).held == Held(move_x=-1)
    tick = mapper.translate([button(7, pygame.CONTROLLER_BUTTON_A)])
    assert {Intent.CONFIRM, Intent.ACT, Intent.ANY} <= tick.intents
    mapper.translate([button(7, pygame.CONTROLLER_BUTTON_X)])
    assert mapper.translate([]).held.run  # X is held: the event says so, whatever the pad reports
    mapper.translate([pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=7)])
    assert 7 not in mapper.pads and mapper.translate([]).held == Held()


def test_a_pad_that_is_not_there_is_not_added() -> None:
    mapper = InputMapper()
    before = dict(mapper.pads)
    mapper.translate([pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=63)])
    assert mapper.pads == before


def test_stick_pushes_are_single_menu_steps() -> None:
    mapper = InputMapper()
    axis = pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=1,
                              axis=pygame.CONTROLLER_AXIS_LEFTY, value=30000)
    assert Intent.DOWN in mapper.translate([axis]).intents
    assert Intent.DOWN not in mapper.translate([axis]).intents  # still pushed: no second step


def test_keyboard_chord_fires_once_after_its_hold_in_ticks() -> None:
    mapper = InputMapper(chord_ticks=(120, 180))
    fired = [Intent.FACILITATOR in mapper.translate([key(pygame.K_F10), key(pygame.K_F12)]).intents]
    fired += [Intent.FACILITATOR in mapper.translate([]).intents for _ in range(200)]
    assert fired.index(True) == 119 and fired.count(True) == 1
    mapper.translate([key(pygame.K_F12, down=False)])
    assert mapper.chord_held_ticks[0] == 0


def test_keyboard_chord_counts_ticks_not_frames() -> None:
    mapper = InputMapper(chord_ticks=(120, 180))
    mapper.translate([key(pygame.K_F10), key(pygame.K_F12)], ticks=60)
    assert Intent.FACILITATOR in mapper.translate([], ticks=60).intents


def test_a_short_chord_does_nothing() -> None:
    mapper = InputMapper(chord_ticks=(120, 180))
    mapper.translate([key(pygame.K_F10), key(pygame.K_F12)])
    for _ in range(100):
        assert Intent.FACILITATOR not in mapper.translate([]).intents
    mapper.translate([key(pygame.K_F10, down=False)])
    for _ in range(100):
        assert Intent.FACILITATOR not in mapper.translate([]).intents


def test_gamepad_chord_back_and_start_on_one_pad() -> None:
    mapper = InputMapper(chord_ticks=(120, 180))
    mapper.translate([button(3, pygame.CONTROLLER_BUTTON_BACK), button(3, pygame.CONTROLLER_BUTTON_START)])
    fired = [Intent.FACILITATOR in mapper.translate([]).intents for _ in range(200)]
    assert fired.index(True) == 178 and fired.count(True) == 1
    # Back on one pad and Start on another is no chord.
    other = InputMapper(chord_ticks=(120, 180))
    other.translate([button(3, pygame.CONTROLLER_BUTTON_BACK), button(4, pygame.CONTROLLER_BUTTON_START)])
    assert not any(Intent.FACILITATOR in other.translate([]).intents for _ in range(200))


def test_unplugging_a_pad_lets_go_of_its_buttons() -> None:
    mapper = InputMapper(chord_ticks=(120, 180))
    mapper.translate([button(3, pygame.CONTROLLER_BUTTON_BACK), button(3, pygame.CONTROLLER_BUTTON_START)])
    mapper.translate([pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=3)])
    assert not any(Intent.FACILITATOR in mapper.translate([]).intents for _ in range(200))
