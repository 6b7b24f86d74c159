"""Exhibition mode, driven headless by frames (one tick each) with scripted input: no sleeping.

The app is run in this process with an event source that hands it synthetic keyboard and gamepad
events at chosen frames; what happened is read from the trace, the data dir and the screen stack.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game import i18n
from game.app import main
from game.app.commands import load_run
from game.app.loop import App
from game.app.options import parse_play
from game.app.settings import SETTINGS_VERSION, Settings, load_settings, settings_path
from game.app.stats import STATS_FILE
from game.i18n import _
from game.render import Art
from game.screens.out_of_order import OutOfOrderScreen
from game.screens.title import PLAY
from game.sim.replay import Replay, compare

REPO = Path(__file__).resolve().parent.parent
Script = dict[int, list[pygame.event.Event]]


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Every test starts and ends in English: the language is the process's, and tests switch it."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def key(code: int, down: bool = True) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN if down else pygame.KEYUP, key=code, mod=0)


def button(which: int, down: bool = True, pad: int = 5) -> pygame.event.Event:
    kind = pygame.CONTROLLERBUTTONDOWN if down else pygame.CONTROLLERBUTTONUP
    return pygame.event.Event(kind, instance_id=pad, button=which)


def press(code: int) -> list[pygame.event.Event]:
    return [key(code), key(code, down=False)]


def write_settings(data: Path, **values: object) -> None:
    data.mkdir(parents=True, exist_ok=True)
    settings_path(data).write_text(json.dumps({"version": SETTINGS_VERSION, **values}), encoding="utf-8")


class Run:
    """One headless run of the app: its exit code, trace, data dir and the app itself."""

    def __init__(self, tmp_path: Path, *args: str, script: Script | None = None, data: Path | None = None,
                 first_screen: type | None = None) -> None:
        self.data = data or tmp_path / "data"
        self.trace_path = tmp_path / "trace.jsonl"
        options = parse_play(["--headless", "--data-dir", str(self.data), "--trace", str(self.trace_path),
                              *args])
        script = script or {}
        extra = {"first_screen": first_screen} if first_screen else {}
        def events(frame: int) -> list[pygame.event.Event]:
            return [*script.get(frame, []), *pygame.event.get()]

        self.app = App(options, self.data, event_source=events, **extra)
        self.code = self.app.run()
        self.trace = [json.loads(line) for line in self.trace_path.read_text().splitlines()]

    @property
    def screens(self) -> list[str]:
        return [entry["screen"] for entry in self.trace if "screen" in entry]

    def frame_of(self, screen: str, nth: int = 0) -> int:
        return [entry["frame"] for entry in self.trace if entry.get("screen") == screen][nth]

    @property
    def endings(self) -> list[str]:
        return [entry["ending"] for entry in self.trace if "ending" in entry]

    def stats_rows(self) -> int:
        path = self.data / STATS_FILE
        if not path.exists():
            return 0
        with sqlite3.connect(path) as db:
            return db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]


# --- the attract loop -------------------------------------------------------------------------


def test_title_gives_way_to_attract_and_back_in_turn(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=1, attract_length=2)
    run = Run(tmp_path, "--kiosk", "--frames", "400")
    assert run.code == 0
    assert run.screens == ["title", "attract", "title", "attract", "title"]
    assert run.frame_of("attract") == 59  # 60 ticks after the first: one second of game time
    assert run.frame_of("title", 1) - run.frame_of("attract") == 120
    assert run.stats_rows() == 0 and not (run.data / "runs").exists(), "attract runs are never kept"


def test_any_button_in_attract_returns_to_the_title(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=1, attract_length=30)
    run = Run(tmp_path, "--kiosk", "--frames", "150",
              script={100: [button(pygame.CONTROLLER_BUTTON_A)],
                      101: [button(pygame.CONTROLLER_BUTTON_A, False)]})
    assert run.screens == ["title", "attract", "title"]
    assert run.frame_of("title", 1) == 100


def test_each_attract_loop_plays_a_new_seed(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=1, attract_length=1)
    run = Run(tmp_path, "--kiosk", "--frames", "300")
    assert run.app.services.runs.attract_runs >= 2
    assert run.app.services.runs.finished_runs == 0


def test_without_kiosk_the_title_waits(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=1)
    assert Run(tmp_path, "--frames", "200").screens == ["title"]


# --- idle reset and the run cap ---------------------------------------------------------------


def test_an_idle_run_returns_to_the_title_and_is_not_counted(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", idle_reset=2, attract_after=600)
    run = Run(tmp_path, "--kiosk", "--frames", "300", script={3: press(pygame.K_RETURN)})
    assert run.screens == ["title", "play", "title"]
    assert run.frame_of("title", 1) - run.frame_of("play") == 120
    assert run.endings == [] and run.stats_rows() == 0
    assert not list((run.data / "runs").glob("*.json")) if (run.data / "runs").exists() else True


def test_a_run_being_played_is_not_reset(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", idle_reset=1, attract_after=600)
    script: Script = {3: press(pygame.K_RETURN), 10: [key(pygame.K_d)]}  # holds "right" from frame 10
    run = Run(tmp_path, "--kiosk", "--frames", "300", script=script)
    assert run.screens == ["title", "play"]


def test_a_paused_run_left_alone_also_returns_to_the_title(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", idle_reset=1, attract_after=600)
    script: Script = {3: press(pygame.K_RETURN), 20: [button(pygame.CONTROLLER_BUTTON_START)],
                      21: [button(pygame.CONTROLLER_BUTTON_START, False)]}
    run = Run(tmp_path, "--kiosk", "--frames", "200", script=script)
    assert run.screens == ["title", "play", "pause", "title"]


def test_the_run_cap_races_the_clock_to_too_late_and_the_run_replays(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", run_cap=20)
    out = tmp_path / "capped.json"
    run = Run(tmp_path, "--kiosk", "--autoplay", "--seed", "1", "--frames", "4000", "--run-out", str(out))
    assert run.endings == ["too_late"]
    record, level = load_run(out)
    assert record.ending == "too_late" and record.ticks > 20 * 60
    # The clock raced: the run took far fewer frames than its ticks.
    ending_frame = next(entry["frame"] for entry in run.trace if "ending" in entry)
    assert ending_frame < record.ticks / 4
    assert compare(record, Replay(record, level).run_to_end()).matches
    assert run.stats_rows() == 1


def test_time_in_the_pause_menu_counts_toward_the_cap(tmp_path: Path) -> None:
    """A visitor who sits in the pause menu still has a turn of the set length, not more."""
    write_settings(tmp_path / "data", run_cap=3, attract_after=600, idle_reset=600)
    # Start a run, pause with the gamepad's Start for four seconds (past the cap), then resume.
    start = pygame.CONTROLLER_BUTTON_START
    script: Script = {2: press(pygame.K_RETURN), 10: [button(start), button(start, False)],
                      250: [button(start), button(start, False)]}
    run = Run(tmp_path, "--kiosk", "--frames", "2400", script=script)
    assert run.screens[:4] == ["title", "play", "pause", "play"]
    # Resumed past the cap, the clock races to the hearing; she never left home, so she stayed home.
    assert run.endings == ["stayed_home"]
    ending_frame = next(entry["frame"] for entry in run.trace if "ending" in entry)
    assert ending_frame < 2400 and ending_frame < 14400 / 4


# --- quitting, and the facilitator's chord ----------------------------------------------------


def test_window_close_and_escape_are_ignored_in_kiosk(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=600)
    script: Script = {2: [pygame.event.Event(pygame.QUIT)], 5: press(pygame.K_RETURN),
                      20: press(pygame.K_ESCAPE), 30: [pygame.event.Event(pygame.QUIT)]}
    run = Run(tmp_path, "--kiosk", "--frames", "100", script=script)
    assert run.app.frame == 100
    assert run.screens == ["title", "play"]


def test_window_close_quits_at_home(tmp_path: Path) -> None:
    run = Run(tmp_path, "--frames", "100", script={2: [pygame.event.Event(pygame.QUIT)]})
    assert run.code == 0 and run.app.frame == 2


def test_the_title_offers_no_quit_in_kiosk(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=600)
    script: Script = {2: press(pygame.K_UP), 4: press(pygame.K_RETURN)}  # up wraps to the last item
    run = Run(tmp_path, "--kiosk", "--frames", "50", script=script)
    assert run.app.frame == 50 and run.screens == ["title", "play"]


def chord_script(start: int, hold: int, *codes: int) -> Script:
    return {start: [key(code) for code in codes], start + hold: [key(code, False) for code in codes]}


def test_holding_f10_and_f12_opens_the_facilitator_menu_over_any_screen(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=1, chord_keyboard_hold=2)
    run = Run(tmp_path, "--kiosk", "--frames", "250",
              script=chord_script(100, 200, pygame.K_F10, pygame.K_F12))
    # F10 wakes the attract loop (any key), and the title waits one second for a press that does not
    # come, so the attract loop is back when the chord, held two seconds, opens the menu over it.
    assert run.screens == ["title", "attract", "title", "attract", "facilitator"]
    assert run.frame_of("facilitator") == 100 + 120 - 1
    assert [type(screen).__name__ for screen in run.app.stack] == ["AttractScreen", "FacilitatorScreen"]


def test_a_short_chord_opens_nothing(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=600)
    script = chord_script(10, 100, pygame.K_F10, pygame.K_F12)  # 100 ticks of the 120 it takes
    run = Run(tmp_path, "--kiosk", "--frames", "400", script=script)
    assert "facilitator" not in run.screens


def test_back_and_start_on_a_gamepad_open_the_facilitator_menu(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=600, chord_gamepad_hold=3)
    start, held = 10, 200
    both = (pygame.CONTROLLER_BUTTON_BACK, pygame.CONTROLLER_BUTTON_START)
    script: Script = {start: [button(b) for b in both], start + held: [button(b, False) for b in both]}
    run = Run(tmp_path, "--kiosk", "--frames", "300", script=script)
    assert run.screens == ["title", "facilitator"]
    assert run.frame_of("facilitator") == start + 180 - 1
    short: Script = {start: [button(b) for b in both], start + 150: [button(b, False) for b in both]}
    assert "facilitator" not in Run(tmp_path, "--kiosk", "--frames", "300", script=short).screens


def test_the_chord_opens_the_menu_during_a_run_which_resumes(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=600, chord_keyboard_hold=1)
    script = {3: press(pygame.K_RETURN), **chord_script(20, 70, pygame.K_F10, pygame.K_F12),
              100: press(pygame.K_RETURN)}  # "Resume" is the menu's first item
    run = Run(tmp_path, "--kiosk", "--frames", "150", script=script)
    assert run.screens == ["title", "play", "facilitator", "play"]
    play = run.app.stack[-1]
    # Play opens on its opening card at 3; the chord's first key (20) is a fresh press that ends it,
    # so the world steps from 21; the menu opens at 79 and closes at 100, and the world stands
    # still from 79 to 100: 58 ticks before, 49 after.
    assert (run.frame_of("facilitator"), run.frame_of("play", 1)) == (79, 100)
    assert play.world.tick == (79 - 21) + (150 - 101)


def test_quit_in_the_facilitator_menu_ends_the_program_with_zero(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=600, chord_keyboard_hold=1)
    script = {**chord_script(5, 70, pygame.K_F10, pygame.K_F12), 80: press(pygame.K_UP),
              82: press(pygame.K_RETURN)}  # up from "Resume" wraps to "Quit"
    run = Run(tmp_path, "--kiosk", "--frames", "1000", script=script)
    assert run.code == 0 and run.app.frame == 83


def test_the_facilitator_menu_shows_and_resets_the_statistics(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Run(tmp_path, "--autoplay", "--seed", "3", "--frames", "40000", data=data)
    write_settings(data, attract_after=600, chord_keyboard_hold=1)
    down = [key(pygame.K_DOWN), key(pygame.K_DOWN, False)]
    script = {**chord_script(5, 70, pygame.K_F10, pygame.K_F12), 80: down, 81: down, 82: down, 83: down,
              84: down, 86: press(pygame.K_RETURN)}  # "Statistics"
    run = Run(tmp_path, "--kiosk", "--frames", "90", script=script, data=data)
    menu = run.app.stack[-1]
    assert menu.mode == "statistics" and menu.summary.count == 1
    script = {**chord_script(5, 70, pygame.K_F10, pygame.K_F12), 80: press(pygame.K_UP),
              81: press(pygame.K_UP), 82: press(pygame.K_RETURN), 84: press(pygame.K_DOWN),
              86: press(pygame.K_RETURN)}  # "Reset statistics", then "Yes"
    run = Run(tmp_path, "--kiosk", "--frames", "90", script=script, data=data)
    assert run.stats_rows() == 0


def test_the_facilitator_sets_the_run_length(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=600, chord_keyboard_hold=1)
    down = press(pygame.K_DOWN)
    script = {**chord_script(5, 70, pygame.K_F10, pygame.K_F12), 80: down, 81: down, 82: down,
              84: press(pygame.K_RIGHT)}  # "Run length": 6 minutes -> 8
    run = Run(tmp_path, "--kiosk", "--frames", "90", script=script)
    settings, _notice = load_settings(settings_path(run.data))
    assert settings.run_cap == 480


# --- settings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("content", ["{not json", "", json.dumps({"version": 99, "language": "nl"})],
                         ids=["corrupt", "empty", "unknown-version"])
def test_a_bad_settings_file_gives_defaults_and_a_notice_on_the_title(tmp_path: Path, content: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    settings_path(data).write_text(content, encoding="utf-8")
    run = Run(tmp_path, "--frames", "3", "--screenshot", str(tmp_path / "notice.png"), data=data)
    assert run.code == 0
    title = run.app.stack[-1]
    assert title.notice and str(settings_path(data)) in title.notice and title.notice_ticks > 0
    assert run.app.services.settings.current == Settings()
    assert i18n.current_language() == "en"
    # The notice is drawn: the top of the title differs from a title without one.
    (tmp_path / "plain").mkdir()
    plain = Run(tmp_path / "plain", "--frames", "3", "--screenshot", str(tmp_path / "plain.png"))
    assert plain.app.stack[-1].notice is None
    top = pygame.Rect(0, 0, 1280, 60)
    shown, not_shown = (pygame.image.load(str(tmp_path / name)).subsurface(top)
                        for name in ("notice.png", "plain.png"))
    assert pygame.image.tobytes(shown, "RGB") != pygame.image.tobytes(not_shown, "RGB")


def test_lang_overrides_the_saved_language(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", language="nl")
    Run(tmp_path, "--frames", "2")
    assert i18n.current_language() == "nl"
    Run(tmp_path, "--frames", "2", "--lang", "en")
    assert i18n.current_language() == "en"


def test_the_language_switch_changes_the_title_at_once_and_is_saved(tmp_path: Path) -> None:
    shots = {}
    for frames, name in ((3, "before"), (6, "after")):
        script = {4: press(pygame.K_RIGHT)}
        folder = tmp_path / name
        folder.mkdir()
        shot = folder / "title.png"
        Run(folder, "--frames", str(frames), "--lang", "en", "--screenshot", str(shot), script=script,
            data=tmp_path / name / "data")
        shots[name] = pygame.image.load(str(shot))
    assert i18n.current_language() == "nl"
    assert _(PLAY) == "Spelen"
    settings, _notice = load_settings(settings_path(tmp_path / "after" / "data"))
    assert settings.language == "nl"
    assert pygame.image.tobytes(shots["before"], "RGB") != pygame.image.tobytes(shots["after"], "RGB")


def test_text_size_and_motion_settings_reach_the_art(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", text_size=150, reduced_motion=True, high_contrast=True)
    art: Art = Run(tmp_path, "--frames", "2").app.services.art
    assert art.text_scale == 1.5 and art.reduced_motion and art.high_contrast
    assert Art.font_size("body", 1080, art.text_scale) == round(Art.font_size("body", 1080) * 1.5)


def test_the_settings_menu_changes_and_saves_the_text_size(tmp_path: Path) -> None:
    down = press(pygame.K_DOWN)
    script = {3: down, 5: press(pygame.K_RETURN), 8: down, 10: press(pygame.K_RIGHT)}  # Settings, Text size
    run = Run(tmp_path, "--frames", "12", script=script)
    assert run.screens == ["title", "settings"]
    assert run.app.services.art.text_scale == 1.25
    settings, _notice = load_settings(settings_path(run.data))
    assert settings.text_size == 125


# --- statistics -------------------------------------------------------------------------------


def test_two_autoplay_runs_add_two_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        run = Run(tmp_path / name, "--autoplay", "--seed", "3", "--frames", "40000", data=data)
        assert run.code == 0 and len(run.endings) == 1
    assert run.stats_rows() == 2


# --- the supervisor and out of order ----------------------------------------------------------


def test_out_of_order_ignores_input_but_not_the_chord(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", chord_keyboard_hold=1)
    script = {5: press(pygame.K_RETURN), 6: press(pygame.K_ESCAPE), 7: [pygame.event.Event(pygame.QUIT)],
              **chord_script(20, 80, pygame.K_F10, pygame.K_F12)}
    run = Run(tmp_path, "--kiosk", "--supervised", "--out-of-order", "--frames", "120", script=script,
              first_screen=OutOfOrderScreen)
    assert run.screens == ["out_of_order", "facilitator"]


def test_out_of_order_from_the_command_line(tmp_path: Path) -> None:
    trace = tmp_path / "t.jsonl"
    code = main(["--headless", "--kiosk", "--supervised", "--out-of-order", "--frames", "5",
                 "--trace", str(trace), "--data-dir", str(tmp_path / "data")])
    assert code == 0
    assert json.loads(trace.read_text().splitlines()[0]) == {"frame": 0, "screen": "out_of_order"}


def test_kiosk_runs_under_the_supervisor_title_attract_title(tmp_path: Path) -> None:
    """The issue's "done when", with shorter timings: the kiosk is a supervised child process."""
    data = tmp_path / "data"
    write_settings(data, attract_after=2, attract_length=3)
    trace = tmp_path / "t.jsonl"
    command = [sys.executable, str(REPO / "main.py"), "--headless", "--kiosk", "--frames", "400",
               "--trace", str(trace), "--data-dir", str(data)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    screens = [json.loads(line).get("screen") for line in trace.read_text().splitlines()]
    assert screens == ["title", "attract", "title"]
    assert "starting" in (data / "logs" / "supervisor.log").read_text()


def test_the_facilitator_chooses_the_level_of_the_next_run(tmp_path: Path) -> None:
    write_settings(tmp_path / "data", attract_after=600, chord_keyboard_hold=1)
    down = press(pygame.K_DOWN)
    # Down twice to "Level", right to the next level, Esc closes the menu, Enter plays.
    script = {**chord_script(5, 70, pygame.K_F10, pygame.K_F12), 80: down, 81: down,
              84: press(pygame.K_RIGHT), 86: press(pygame.K_ESCAPE), 88: press(pygame.K_RETURN)}
    run = Run(tmp_path, "--kiosk", "--frames", "92", script=script)
    runs = run.app.services.runs
    assert runs.level.path != parse_play([]).level
    assert runs.level.path in runs.level_paths()
    play = run.app.stack[0]  # "Here" opens with the police at the door: the visit is over the play screen
    assert play.name == "play" and play.world.level is runs.level
