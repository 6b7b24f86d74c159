"""Keyboard, gamepad and touch, translated once at the edge into intents and held directions.

The app's single ``pygame.event.get()`` hands its events here; screens never see a pygame event.
Gamepads use SDL's game-controller API, so every pad has the same A/B/X/Y layout, and pads may be
plugged in or out while the game runs.

A touch arrives from SDL twice: as a finger event and as a mouse event it makes up from it (with
``event.touch`` set). Fingers are read from the finger events only and such mouse events are
dropped, so a tap is one tap; a real mouse's left button works as one finger. Screens get the
taps and the finger held down as a :class:`Touch` (menus choose the item tapped, the play screen
walks her toward the finger); two fingers held in the two bottom corners are the facilitator's
chord on a touchscreen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

import pygame
from pygame._sdl2 import controller

from game.app.settings import DEFAULT_KEY_BINDINGS as DEFAULT_BINDINGS
from game.screens.intents import Held, Intent, Point, TickInput, Touch

# What each action of the settings' key bindings means as intents. Esc and Enter always mean BACK and
# CONFIRM as well, so no remapping can leave a menu that cannot be closed or chosen in.
ACTION_INTENTS: dict[str, tuple[Intent, ...]] = {
    "up": (Intent.UP,), "down": (Intent.DOWN,), "left": (Intent.LEFT,), "right": (Intent.RIGHT,),
    "confirm": (Intent.CONFIRM,), "pause": (Intent.BACK, Intent.PAUSE), "phone": (Intent.PHONE,),
    "act": (Intent.ACT,), "run": (),
}
FIXED_KEY_INTENTS: dict[int, tuple[Intent, ...]] = {
    pygame.K_ESCAPE: (Intent.BACK,),
    pygame.K_RETURN: (Intent.CONFIRM,), pygame.K_KP_ENTER: (Intent.CONFIRM,),
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
# The facilitator's chord (DESIGN.md, "Exhibition mode"): both held, for a time from the settings.
KEYBOARD_CHORD = frozenset({pygame.K_F10, pygame.K_F12})
GAMEPAD_CHORD = frozenset({pygame.CONTROLLER_BUTTON_BACK, pygame.CONTROLLER_BUTTON_START})
DEFAULT_CHORD_TICKS = (2 * 60, 3 * 60)  # keyboard, gamepad
RUN_BUTTONS = (pygame.CONTROLLER_BUTTON_X, pygame.CONTROLLER_BUTTON_RIGHTSHOULDER)
# A touch let go within this time, not farther than this from where it came down, is a tap.
TAP_TICKS = 30
TAP_SLOP = 0.03  # of the window's longer side
# The touch chord: a finger in each bottom corner (this share of the window from its sides), held
# as long as the gamepad's chord. Nothing is drawn there, and a visitor does not hold two corners.
TOUCH_CORNER = 0.12
MOUSE_POINTER = ("mouse",)
STICK_DEADZONE = 0.35
STICK_MENU_THRESHOLD = 0.6
_AXIS_MAX = 32767


def key_codes(bindings: Mapping[str, tuple[str, ...]],
              notice: Callable[[str], None]) -> dict[str, tuple[int, ...]]:
    """Key names (``pygame.key.name`` spelling) to key codes; an unknown name is noted and skipped."""
    codes: dict[str, tuple[int, ...]] = {}
    for action, names in bindings.items():
        found = []
        for name in names:
            try:
                found.append(pygame.key.key_code(name))
            except ValueError:
                notice(f"key_bindings.{action}: no key called {name!r}; skipped")
        codes[action] = tuple(found)
    return codes


class _Pointer:
    """A finger (or the mouse's left button) down: where it came down, where it is, for how long."""

    def __init__(self, at: Point) -> None:
        self.start = at
        self.at = at
        self.ticks = 0
        self.moved = False


def _stderr_notice(line: str) -> None:
    sys.stderr.write(f"flagged: {line}\n")


class InputMapper:
    """Turns one frame's pygame events plus what is held into a TickInput.

    Keys and buttons held down are followed from their DOWN and UP events (and the keyboard's own
    state), so the facilitator's chord is timed in ticks, the same with synthetic events as with a
    real keyboard. In kiosk mode Esc only closes menus: it never pauses or quits.
    """

    def __init__(self, bindings: Mapping[str, tuple[str, ...]] | None = None, *, kiosk: bool = False,
                 chord_ticks: tuple[int, int] = DEFAULT_CHORD_TICKS,
                 notice: Callable[[str], None] = _stderr_notice) -> None:
        self.pads: dict[int, controller.Controller] = {}
        self.quit_requested = False
        self.kiosk = kiosk
        self.chord_ticks = chord_ticks
        self._stick_pushed: dict[tuple[int, int], int] = {}
        self.last_activity_frame = 0
        self.keys_down: set[int] = set()
        self.buttons_down: set[tuple[int, int]] = set()  # (pad instance id, button)
        self.chord_held_ticks = [0, 0, 0]  # keyboard, gamepad, touch
        self._chord_fired = [False, False, False]
        self.window_size: Point = (1280, 720)  # the app sets it each frame: fingers come in fractions
        self.pointers: dict[tuple[object, ...], _Pointer] = {}  # in the order they came down
        self.set_bindings(DEFAULT_BINDINGS if bindings is None else bindings, notice)
        if not controller.get_init():
            controller.init()
        for index in range(controller.get_count()):
            self._add_pad(index)

    def set_bindings(self, bindings: Mapping[str, tuple[str, ...]],
                     notice: Callable[[str], None] = _stderr_notice) -> None:
        """Use these key bindings (action: key names) from now on."""
        codes = key_codes({**DEFAULT_BINDINGS, **bindings}, notice)
        key_intents: dict[int, set[Intent]] = {}
        for action, keys in codes.items():
            for code in keys:
                key_intents.setdefault(code, set()).update(ACTION_INTENTS.get(action, ()))
        for code, intents in FIXED_KEY_INTENTS.items():
            key_intents.setdefault(code, set()).update(intents)
        if self.kiosk:  # Esc closes a menu but never pauses a visitor's run (nor quits anything)
            key_intents[pygame.K_ESCAPE].discard(Intent.PAUSE)
        self.key_intents = {code: frozenset(intents) for code, intents in key_intents.items()}
        self.move_keys = {action: codes.get(action, ()) for action in ("up", "down", "left", "right", "run")}

    def _add_pad(self, index: int) -> None:
        if controller.is_controller(index):
            pad = controller.Controller(index)
            self.pads[pad.as_joystick().get_instance_id()] = pad

    def translate(self, events: list[pygame.event.Event], ticks: int = 1) -> TickInput:
        """Map this frame's events, which stand for ``ticks`` ticks of held keys.

        ``quit_requested`` is set by a window close or Alt+F4 (the app ignores it in kiosk mode);
        the FACILITATOR intent comes once each time a chord has been held long enough.
        """
        intents: set[Intent] = set()
        taps: list[Point] = []
        for event in events:
            down_before = len(self.pointers)
            if self._pointer_event(event, taps):
                if len(self.pointers) > down_before:
                    intents.add(Intent.ANY)  # a touch wakes the attract loop as any key does
            elif event.type == pygame.QUIT:
                self.quit_requested = True
            elif event.type == pygame.KEYDOWN:
                self.keys_down.add(event.key)
                intents.add(Intent.ANY)
                intents.update(self.key_intents.get(event.key, ()))
            elif event.type == pygame.KEYUP:
                self.keys_down.discard(event.key)
            elif event.type == pygame.CONTROLLERBUTTONDOWN:
                self.buttons_down.add((event.instance_id, event.button))
                intents.add(Intent.ANY)
                intents.update(BUTTON_INTENTS.get(event.button, ()))
            elif event.type == pygame.CONTROLLERBUTTONUP:
                self.buttons_down.discard((event.instance_id, event.button))
            elif event.type == pygame.CONTROLLERAXISMOTION:
                intents.update(self._stick_as_menu(event.instance_id, event.axis, event.value))
            elif event.type == pygame.CONTROLLERDEVICEADDED:
                self._add_pad(event.device_index)
            elif event.type == pygame.CONTROLLERDEVICEREMOVED:
                self.pads.pop(event.instance_id, None)
                self.buttons_down = {held for held in self.buttons_down if held[0] != event.instance_id}
            elif event.type == pygame.WINDOWFOCUSLOST:
                self.keys_down.clear()  # a key let go in another window sends us no KEYUP
        for pointer in self.pointers.values():
            pointer.ticks += ticks
        if self._chords(ticks):
            intents.add(Intent.FACILITATOR)
        return TickInput(intents=frozenset(intents), held=self.held(), touch=self.touch(taps))

    # --- touch --------------------------------------------------------------------------------

    def _pixels(self, x: float, y: float) -> Point:
        width, height = self.window_size
        return (min(width - 1, max(0, round(x * width))), min(height - 1, max(0, round(y * height))))

    def _pointer_event(self, event: pygame.event.Event, taps: list[Point]) -> bool:
        """Follow fingers and the mouse's left button; True if the event was one of theirs.

        Mouse events that SDL made up from a touch are swallowed here, so a tap counts once."""
        kind = event.type
        if kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
            if getattr(event, "touch", False):
                return True
            if kind == pygame.MOUSEMOTION:
                if MOUSE_POINTER in self.pointers:
                    self._move(MOUSE_POINTER, event.pos)
                return True
            if event.button != 1:
                return True
            if kind == pygame.MOUSEBUTTONDOWN:
                self.pointers[MOUSE_POINTER] = _Pointer(event.pos)
            else:
                self._lift(MOUSE_POINTER, event.pos, taps)
            return True
        if kind not in (pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION):
            return False
        which = ("finger", event.touch_id, event.finger_id)
        at = self._pixels(event.x, event.y)
        if kind == pygame.FINGERDOWN:
            self.pointers[which] = _Pointer(at)
        elif kind == pygame.FINGERMOTION:
            if which in self.pointers:
                self._move(which, at)
        else:
            self._lift(which, at, taps)
        return True

    def _move(self, which: tuple[object, ...], at: Point) -> None:
        pointer = self.pointers[which]
        pointer.at = at
        slop = TAP_SLOP * max(self.window_size)
        if abs(at[0] - pointer.start[0]) > slop or abs(at[1] - pointer.start[1]) > slop:
            pointer.moved = True

    def _lift(self, which: tuple[object, ...], at: Point, taps: list[Point]) -> None:
        pointer = self.pointers.pop(which, None)
        if pointer is None:
            return
        pointer.at = at
        if not pointer.moved and pointer.ticks <= TAP_TICKS:
            taps.append(pointer.start)

    def touch(self, taps: list[Point] | tuple[Point, ...] = ()) -> Touch:
        """This tick's taps and the first finger still down."""
        first = next(iter(self.pointers.values()), None)
        if first is None:
            return Touch(taps=tuple(taps), size=self.window_size)
        return Touch(taps=tuple(taps), point=first.at, start=first.start, size=self.window_size)

    def _corner_chord(self) -> bool:
        """A finger held in each of the two bottom corners of the window."""
        width, height = self.window_size
        corner_w, corner_h = TOUCH_CORNER * width, TOUCH_CORNER * height
        lows = [pointer.at for pointer in self.pointers.values() if pointer.at[1] >= height - corner_h]
        return (any(x <= corner_w for x, _ in lows) and any(x >= width - corner_w for x, _ in lows))

    def _chords(self, ticks: int) -> bool:
        """Count how long each chord has been held; True on the tick one first reaches its time."""
        pads = {pad for pad, _ in self.buttons_down}
        held = (KEYBOARD_CHORD.issubset(self.keys_down),
                any(GAMEPAD_CHORD.issubset({button for p, button in self.buttons_down if p == pad})
                    for pad in pads),
                self._corner_chord())
        fired = False
        for which, down in enumerate(held):
            if not down:
                self.chord_held_ticks[which] = 0
                self._chord_fired[which] = False
                continue
            self.chord_held_ticks[which] += ticks
            needed = self.chord_ticks[min(which, 1)]  # touch: as long as the gamepad's chord
            if not self._chord_fired[which] and self.chord_held_ticks[which] >= needed:
                self._chord_fired[which] = True
                fired = True
        return fired

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

    def _key_held(self, pressed: pygame.key.ScancodeWrapper, action: str) -> bool:
        return any(code in self.keys_down or pressed[code] for code in self.move_keys[action])

    def held(self) -> Held:
        """Movement and running from the bound keys, the D-pad and the left stick of any pad."""
        keys = pygame.key.get_pressed()
        move_x = int(self._key_held(keys, "right")) - int(self._key_held(keys, "left"))
        move_y = int(self._key_held(keys, "down")) - int(self._key_held(keys, "up"))
        run = self._key_held(keys, "run")
        for instance, pad in self.pads.items():
            def button(which: int, instance: int = instance, pad: controller.Controller = pad) -> bool:
                return (instance, which) in self.buttons_down or bool(pad.get_button(which))

            stick_x = pad.get_axis(pygame.CONTROLLER_AXIS_LEFTX) / _AXIS_MAX
            stick_y = pad.get_axis(pygame.CONTROLLER_AXIS_LEFTY) / _AXIS_MAX
            dpad_x = int(button(pygame.CONTROLLER_BUTTON_DPAD_RIGHT)) - int(
                button(pygame.CONTROLLER_BUTTON_DPAD_LEFT))
            dpad_y = int(button(pygame.CONTROLLER_BUTTON_DPAD_DOWN)) - int(
                button(pygame.CONTROLLER_BUTTON_DPAD_UP))
            move_x = move_x or dpad_x or _stick_direction(stick_x)
            move_y = move_y or dpad_y or _stick_direction(stick_y)
            run = run or any(button(which) for which in RUN_BUTTONS)
        return Held(move_x=max(-1, min(1, move_x)), move_y=max(-1, min(1, move_y)), run=run)


def _stick_direction(value: float) -> int:
    if abs(value) <= STICK_DEADZONE:
        return 0
    return 1 if value > 0 else -1
