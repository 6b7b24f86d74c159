"""The kiosk's monitor and screen: which monitor fullscreen opens on, the facilitator's list of them,
and a screen that never blanks. Headless (SDL's dummy driver has one monitor); more monitors are the
app's ``monitor_sizes`` replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game import i18n
from game.app import settings_service
from game.app.loop import App, display_index
from game.app.options import parse_play
from game.app.settings import SETTINGS_VERSION, load_settings, settings_path
from game.screens.facilitator import MONITOR, FacilitatorScreen
from game.screens.play import PlayScreen

TWO_MONITORS = [(1920, 1080), (2560, 1440)]


def _key(code: int, down: bool = True) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN if down else pygame.KEYUP, key=code, mod=0)


def _press(code: int) -> list[pygame.event.Event]:
    return [_key(code), _key(code, down=False)]


def _run(tmp_path: Path, *args: str, script: dict[int, list[pygame.event.Event]] | None = None,
         **settings: object) -> App:
    data = tmp_path / "data"
    data.mkdir(parents=True, exist_ok=True)
    settings_path(data).write_text(json.dumps({"version": SETTINGS_VERSION, **settings}), encoding="utf-8")
    script = script or {}
    app = App(parse_play(["--headless", "--data-dir", str(data), *args]), data,
              event_source=lambda frame: [*script.get(frame, []), *pygame.event.get()])
    assert app.run() == 0
    return app


def test_a_monitor_is_counted_from_one_and_a_missing_one_is_the_first() -> None:
    assert display_index(1, 2) == (0, None)
    assert display_index(2, 2) == (1, None)
    index, problem = display_index(3, 2)
    assert index == 0 and problem == "display: there is no monitor 3 (this PC has 2); using monitor 1"


def test_display_is_an_option_and_a_setting(tmp_path: Path) -> None:
    assert parse_play(["--display", "2"]).display == 2
    assert parse_play([]).display is None
    for bad in ("0", "two", "17"):
        with pytest.raises(SystemExit) as stopped:
            parse_play(["--display", bad])
        assert stopped.value.code == 2
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": SETTINGS_VERSION, "display": 2}), encoding="utf-8")
    assert load_settings(path) == (load_settings(path)[0], None) and load_settings(path)[0].display == 2
    path.write_text(json.dumps({"version": SETTINGS_VERSION, "display": 0}), encoding="utf-8")
    settings, notice = load_settings(path)
    assert settings.display == 1 and notice is not None and "display (want a monitor's number" in notice


def test_a_monitor_that_is_not_there_is_a_notice_not_a_failure(tmp_path: Path, capsys) -> None:
    _run(tmp_path, "--display", "3", "--frames", "2")
    said = capsys.readouterr().err
    assert "flagged: display: there is no monitor 3 (this PC has 1); using monitor 1" in said


def test_the_facilitator_lists_the_monitors_and_moves_the_game(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_service, "monitor_sizes", lambda: TWO_MONITORS)
    moved: list[int] = []
    monkeypatch.setattr(App, "_move_to_monitor", lambda self, monitor: moved.append(monitor))
    chord = {5: [_key(pygame.K_F10), _key(pygame.K_F12)], 66: [_key(pygame.K_F10, False),
                                                               _key(pygame.K_F12, False)]}
    downs = {70 + index: _press(pygame.K_DOWN) for index in range(6)}  # Resume ... Statistics, Monitor
    app = _run(tmp_path, "--kiosk", "--frames", "90", script={**chord, **downs, 80: _press(pygame.K_RIGHT)},
               attract_after=600, chord_keyboard_hold=1)
    menu = app.stack[-1]
    assert isinstance(menu, FacilitatorScreen) and menu.menu.items[menu.menu.selected] == MONITOR
    assert moved == [2]
    assert load_settings(settings_path(tmp_path / "data"))[0].display == 2
    i18n.set_language("en")
    assert "Monitor: 2 of 2" in menu.labels()
    assert menu.monitor_list() == "1: 1920×1080 · [2: 2560×1440]"
    i18n.set_language("nl")
    assert "Scherm: 2 van 2" in menu.labels()
    i18n.set_language("en")


def test_a_kiosk_keeps_the_screen_saver_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(pygame.display, "set_allow_screensaver", lambda allow=True: asked.append(allow))
    _run(tmp_path, "--frames", "2")
    assert asked == []
    _run(tmp_path, "--kiosk", "--frames", "2")
    assert asked == [False]


def test_moving_to_a_monitor_opens_the_window_again_and_the_game_goes_on(tmp_path: Path) -> None:
    """Not headless (SDL's dummy driver still draws nowhere): the window is made anew mid-run, and
    the play screen, which mends only what changed on a kept frame, draws the new one whole."""
    data = tmp_path / "data"
    shot = tmp_path / "after.png"
    moved: list[pygame.Surface] = []

    def events(frame: int) -> list[pygame.event.Event]:
        if frame == 5:
            before = pygame.display.get_surface()
            app.services.settings.choose_monitor(1)
            moved.append(before)
        return pygame.event.get()

    app = App(parse_play(["--windowed", "--size", "640x360", "--frames", "12", "--fps", "0",
                          "--screenshot", str(shot), "--data-dir", str(data)]), data, event_source=events,
              first_screen=PlayScreen)
    assert app.run() == 0
    assert moved and shot.is_file()
    after = pygame.image.load(str(shot))
    assert after.get_size() == (640, 360)
    blank = sum(after.get_at((x, y))[:3] == (0, 0, 0) for x in range(0, 640, 16) for y in range(0, 360, 16))
    assert blank == 0  # the whole world drawn again on the new window
    assert load_settings(settings_path(data))[0].display == 1
