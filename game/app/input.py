"""Keyboard and gamepad, translated once at the edge into intents and held directions.

The app's single ``pygame.event.get()`` hands its events here; screens never see a pygame event.
Gamepads use SDL's game-controller API, so every pad has the same A/B/X/Y layout, and pads may be
plugged in or out while the game runs.
"""

from __future__ import annotations

import pygame
from pygame._sdl2 import controller

from game.screens.base import Held, Intent, TickInput

KEY_INTENTS: dict[int, tuple[Intent, ...]] = {
    pygame.K_UP: (Intent.UP,), pygame.K_w: (Intent.UP,),
    pygame.K_DOWN: (Intent.DOWN,), pygame.K_s: (Intent.DOWN,),
    pygame.K_LEFT: (Intent.LEFT,), pygame.K_a: (Intent.LEFT,),
    pygame.K_RIGHT: (Intent.RIGHT,), pygame.K_d: (Intent.RIGHT,),
    pygame.K_RETURN: (Intent.CONFIRM,), pygame.K_KP_ENTER: (Intent.CONFIRM,),
    pygame.K_SPACE: (Intent.CONFIRM,),
    pygame.K_ESCAPE: (Intent.BACK, Intent.PAUSE),
    pygame.K_TAB: (Intent.PHONE,),
    pygame.K_e: (Intent.ACT,),
}
BUTTON_INTENTS: dict[int, tuple[Intent, ...]] = {
    pygame.CONTROLLER_BUTTON_A: (Intent.CONFIRM, Intent.ACT),
    pygame.CONTROLLER_BUTTON_B: (Intent.BACK,),
    pygame.CONTROLLER_BUTTON_Y: (Intent.PHONE,),
    pygame.CONTROLLER_BUTTON_START: (Intent.PAUSE,),
    pygame.CONTROLLER_BUTTON_DPAD_UP: (Intent.UP,),
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: (Intent.DOWN,),
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: (Intent.LEFT,),
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: (Intent.RIGHT,),
}
RUN_BUTTONS = (pygame.CONTROLLER_BUTTON_X, pygame.CONTROLLER_BUTTON_RIGHTSHOULDER)
STICK_DEADZONE = 0.35
STICK_MENU_THRESHOLD = 0.6
_AXIS_MAX = 32767


class InputMapper:
    """Turns one frame's pygame events plus what is held into a TickInput."""

    def __init__(self) -> None:
        self.pads: dict[int, controller.Controller] = {}
        self.quit_requested = False
        self._stick_pushed: dict[tuple[int, int], int] = {}
        self.last_activity_frame = 0
        if not controller.get_init():
            controller.init()
        for index in range(controller.get_count()):
            self._add_pad(index)

    def _add_pad(self, index: int) -> None:
        if controller.is_controller(index):
            pad = controller.Controller(index)
            self.pads[pad.as_joystick().get_instance_id()] = pad

    def translate(self, events: list[pygame.event.Event]) -> TickInput:
        """Map this frame's events; ``quit_requested`` is set by a window close or Alt+F4."""
        intents: set[Intent] = set()
        for event in events:
            if event.type == pygame.QUIT:
                self.quit_requested = True
            elif event.type == pygame.KEYDOWN:
                intents.add(Intent.ANY)
                intents.update(KEY_INTENTS.get(event.key, ()))
            elif event.type == pygame.CONTROLLERBUTTONDOWN:
                intents.add(Intent.ANY)
                intents.update(BUTTON_INTENTS.get(event.button, ()))
            elif event.type == pygame.CONTROLLERAXISMOTION:
                intents.update(self._stick_as_menu(event.instance_id, event.axis, event.value))
            elif event.type == pygame.CONTROLLERDEVICEADDED:
                self._add_pad(event.device_index)
            elif event.type == pygame.CONTROLLERDEVICEREMOVED:
                self.pads.pop(event.instance_id, None)
        return TickInput(intents=frozenset(intents), held=self.held())

    def _stick_as_menu(self, pad: int, axis: int, value: int) -> set[Intent]:
        """A stick pushed past the threshold is one menu step, until it comes back."""
        if axis not in (pygame.CONTROLLER_AXIS_LEFTX, pygame.CONTROLLER_AXIS_LEFTY):
            return set()
        key = (pad, axis)
        direction = 0
        if abs(value) / _AXIS_MAX > STICK_MENU_THRESHOLD:
            direction = 1 if value > 0 else -1
        previous = self._stick_pushed.get(key, 0)
        self._stick_pushed[key] = direction
        if direction == 0 or direction == previous:
            return set()
        if axis == pygame.CONTROLLER_AXIS_LEFTX:
            return {Intent.RIGHT if direction > 0 else Intent.LEFT, Intent.ANY}
        return {Intent.DOWN if direction > 0 else Intent.UP, Intent.ANY}

    def held(self) -> Held:
        keys = pygame.key.get_pressed()
        move_x = int(keys[pygame.K_RIGHT] or keys[pygame.K_d]) - int(keys[pygame.K_LEFT] or keys[pygame.K_a])
        move_y = int(keys[pygame.K_DOWN] or keys[pygame.K_s]) - int(keys[pygame.K_UP] or keys[pygame.K_w])
        run = bool(keys[pygame.K_LSHIFT] or keys[pygame.K_RSHIFT])
        for pad in self.pads.values():
            stick_x = pad.get_axis(pygame.CONTROLLER_AXIS_LEFTX) / _AXIS_MAX
            stick_y = pad.get_axis(pygame.CONTROLLER_AXIS_LEFTY) / _AXIS_MAX
            dpad_x = int(pad.get_button(pygame.CONTROLLER_BUTTON_DPAD_RIGHT)) - int(
                pad.get_button(pygame.CONTROLLER_BUTTON_DPAD_LEFT))
            dpad_y = int(pad.get_button(pygame.CONTROLLER_BUTTON_DPAD_DOWN)) - int(
                pad.get_button(pygame.CONTROLLER_BUTTON_DPAD_UP))
            move_x = move_x or dpad_x or _stick_direction(stick_x)
            move_y = move_y or dpad_y or _stick_direction(stick_y)
            run = run or any(pad.get_button(button) for button in RUN_BUTTONS)
        return Held(move_x=max(-1, min(1, move_x)), move_y=max(-1, min(1, move_y)), run=run)


def _stick_direction(value: float) -> int:
    if abs(value) <= STICK_DEADZONE:
        return 0
    return 1 if value > 0 else -1
